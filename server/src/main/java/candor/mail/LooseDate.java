package candor.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that reply headers print ("Tue, Mar 3, 2026 at 10:14 AM", "3. März 2026 um
 * 10:14", "Tuesday, March 3, 2026 10:14 AM", "03.03.2026"). Good enough to order a thread;
 * without a zone the wall-clock time is read as UTC. Returns null rather than guess wildly.
 */
final class LooseDate {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("janv", 1), Map.entry("ene", 1), Map.entry("jän", 1),
      Map.entry("feb", 2), Map.entry("fév", 2), Map.entry("fev", 2),
      Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("maa", 3), Map.entry("mrt", 3),
      Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("abr", 4),
      Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mei", 5), Map.entry("mag", 5),
      Map.entry("jun", 6), Map.entry("jui", 6), Map.entry("juin", 6),
      Map.entry("jul", 7), Map.entry("juil", 7),
      Map.entry("aug", 8), Map.entry("aoû", 8), Map.entry("aou", 8), Map.entry("ago", 8),
      Map.entry("sep", 9), Map.entry("set", 9),
      Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("ott", 10),
      Map.entry("nov", 11),
      Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("déc", 12), Map.entry("dic", 12));

  private static final String MONTH = "([A-Za-zÀ-ÿ]{3,9})\\.?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(\\d{1,2})\\.?\\s+(?:de\\s+)?" + MONTH + "\\s+(?:de\\s+)?(\\d{4})");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2,4})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2,4})");
  private static final Pattern TIME = Pattern.compile(
      "(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp])\\.?\\s?[Mm]\\b\\.?)?");
  private static final Pattern ZONE = Pattern.compile("(?:\\s|^)([+-])(\\d{2}):?(\\d{2})\\b");

  private LooseDate() {}

  /** Parses a date; {@code monthFirst} says how to read 3/4/2026 (English headers). */
  static Instant parse(String s, boolean monthFirst) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.length() > 200 ? s.substring(0, 200) : s;
    int year;
    int month;
    int day;
    int timeFrom;
    Matcher m;
    if ((m = ISO.matcher(t)).find()) {
      year = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      day = Integer.parseInt(m.group(3));
    } else if ((m = MONTH_FIRST.matcher(t)).find() && month(m.group(1)) > 0) {
      month = month(m.group(1));
      day = Integer.parseInt(m.group(2));
      year = Integer.parseInt(m.group(3));
    } else if ((m = DAY_FIRST.matcher(t)).find() && month(m.group(2)) > 0) {
      day = Integer.parseInt(m.group(1));
      month = month(m.group(2));
      year = Integer.parseInt(m.group(3));
    } else if ((m = DOTTED.matcher(t)).find()) {
      day = Integer.parseInt(m.group(1));
      month = Integer.parseInt(m.group(2));
      year = fullYear(Integer.parseInt(m.group(3)));
    } else if ((m = SLASHED.matcher(t)).find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      month = monthFirst ? a : b;
      day = monthFirst ? b : a;
      year = fullYear(Integer.parseInt(m.group(3)));
    } else {
      return null;
    }
    timeFrom = m.end();
    int hour = 0;
    int minute = 0;
    int second = 0;
    Matcher tm = TIME.matcher(t);
    if (tm.find(timeFrom) || tm.find(0)) {
      hour = Integer.parseInt(tm.group(1));
      minute = Integer.parseInt(tm.group(2));
      second = tm.group(3) == null ? 0 : Integer.parseInt(tm.group(3));
      String ampm = tm.group(4);
      if (ampm != null && hour <= 12) {
        boolean pm = ampm.equalsIgnoreCase("p");
        hour = pm ? (hour % 12) + 12 : hour % 12;
      }
    }
    try {
      LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
      Matcher z = ZONE.matcher(t);
      ZoneOffset offset = ZoneOffset.UTC;
      if (z.find(timeFrom)) {
        int sign = z.group(1).equals("-") ? -1 : 1;
        offset = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(z.group(2)),
            sign * Integer.parseInt(z.group(3)));
      }
      return local.toInstant(offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (int len = Math.min(4, w.length()); len >= 3; len--) {
      Integer v = MONTHS.get(w.substring(0, len));
      if (v != null) {
        return v;
      }
    }
    return 0;
  }

  private static int fullYear(int y) {
    return y < 100 ? 2000 + y : y;
  }
}
