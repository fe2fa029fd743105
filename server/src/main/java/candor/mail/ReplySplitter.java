package candor.mail;

import static candor.mail.ReplyPatterns.ATTRIBUTION;
import static candor.mail.ReplyPatterns.ATTRIBUTION_START;
import static candor.mail.ReplyPatterns.DASH_NAME;
import static candor.mail.ReplyPatterns.DISCLAIMER;
import static candor.mail.ReplyPatterns.HEADER_CC;
import static candor.mail.ReplyPatterns.HEADER_DATE;
import static candor.mail.ReplyPatterns.HEADER_FROM;
import static candor.mail.ReplyPatterns.HEADER_SUBJECT;
import static candor.mail.ReplyPatterns.HEADER_TO;
import static candor.mail.ReplyPatterns.LIST_FOOTER_LINK;
import static candor.mail.ReplyPatterns.LIST_FOOTER_NAME;
import static candor.mail.ReplyPatterns.LIST_FOOTER_RULE;
import static candor.mail.ReplyPatterns.LOOSE_ATTRIBUTION;
import static candor.mail.ReplyPatterns.MOBILE_FOOTER;
import static candor.mail.ReplyPatterns.ORIGINAL_MESSAGE;
import static candor.mail.ReplyPatterns.POSTSCRIPT;
import static candor.mail.ReplyPatterns.SIGNATURE_DELIMITER;
import static candor.mail.ReplyPatterns.SIGN_OFF;
import static candor.mail.ReplyPatterns.UNDERSCORES;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plain-text body into new text, signature and quoted history.
 *
 * <p>History is recognised two ways, as clients write it: "&gt;" quoting (each level one
 * message older; an "On ... wrote:" line names its author), and unquoted blocks that start with
 * an Outlook header ("From:/Sent:/To:/Subject:", "-----Original Message-----", or an
 * attribution followed by unquoted text), after which everything is history. Unquoted lines
 * before such a block are the sender's own, so top-posting, bottom-posting and inline replies
 * all come out right. Stateless and thread-safe.
 */
public final class ReplySplitter {

  /** Deeper chains are kept as one message: nobody reads the 31st reply down. */
  private static final int MAX_LEVELS = 30;
  /** Lines longer than this are never headers, and regexes need not look at them. */
  private static final int MAX_PATTERN_LINE = 1_000;
  private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern CONTACT = Pattern.compile(
      "@|https?://|www\\.|\\|\\s|\\+?\\d[\\d ().-]{7,}\\d|\\b(?:Inc|LLC|Ltd|GmbH)\\b");
  private static final Pattern NAME_LINE =
      Pattern.compile("^\\s*\\p{Lu}[\\p{L}.'-]+(?:\\s\\p{Lu}[\\p{L}.'-]*){1,3}\\s*$");

  /**
   * Where the first line marking a forwarded message ends ("---------- Forwarded message ---------"),
   * or -1: the same marker lines that start history here.
   */
  public static int forwardedMarkerEnd(String body) {
    java.util.regex.Matcher m = ReplyPatterns.FORWARDED.matcher(body);
    return m.find() ? m.end() : -1;
  }

  /** Splits {@code body}; offsets in the result index into it. */
  public SplitBody split(String body) {
    List<Line> lines = lines(body);
    List<String> texts = new ArrayList<>(lines.size());
    for (Line l : lines) {
      texts.add(l.text());
    }
    Analysis top = analyze(texts, true);

    // The sender's own lines, grouped into blocks that quotes or headers interrupt.
    List<int[]> blocks = blocks(texts, top.own());
    int sigStart = -1;
    int sigEnd = -1;
    if (!blocks.isEmpty()) {
      int[] last = blocks.get(blocks.size() - 1);
      int blockEnd = last[1];
      // "Best, Sam" then "P.S. the price holds till Friday": the postscript is the sender's own words
      // again (and a favourite place for pressure), so the signature is looked for above it first.
      int ps = postscript(texts, last[0], blockEnd);
      if (ps > last[0]) {
        int before = lastNonBlank(texts, last[0], ps - 1);
        int start = before < 0 ? -1 : signatureStart(texts, last[0], before);
        if (start >= 0) {
          sigStart = start;
          sigEnd = before;
        }
      }
      if (sigStart < 0) {
        int start = signatureStart(texts, last[0], blockEnd);
        if (start >= 0 && (ps <= last[0] || start > ps)) {
          sigStart = start;
          sigEnd = blockEnd;
        }
      }
      if (sigStart >= 0) {
        int end = lastNonBlank(texts, last[0], sigStart - 1);
        if (end < 0) {
          blocks.remove(blocks.size() - 1);
        } else {
          last[1] = end;
        }
        if (ps > sigEnd) {
          blocks.add(new int[] {ps, blockEnd});
        }
      }
    }
    List<Span> spans = new ArrayList<>();
    for (int[] b : blocks) {
      spans.add(new Span(lines.get(b[0]).start(), lines.get(b[1]).trimmedEnd()));
    }
    Span signature = sigStart < 0 ? null
        : new Span(lines.get(sigStart).start(), lines.get(sigEnd).trimmedEnd());
    int newTextEnd = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end();

    List<Found> newestFirst = new ArrayList<>();
    history(top, texts, 1, newestFirst);
    List<QuotedMessage> quoted = new ArrayList<>();
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      Found f = newestFirst.get(i);
      quoted.add(new QuotedMessage(f.header.from, f.header.date, f.header.subject, f.text, i + 1));
    }
    return new SplitBody(newTextEnd, spans, signature, quoted);
  }

  // ---- one level of a message ----

  /** What one level holds: own line indexes, "&gt;"-quoted content, and unquoted history. */
  private record Analysis(List<Integer> own, Header quoteHeader, List<String> quoted,
      int restStart) {}

  private record Header(String from, Instant date, String subject) {
    static final Header NONE = new Header("", null, "");
  }

  private record Found(Header header, String text) {}

  private static Analysis analyze(List<String> lines, boolean top) {
    List<Integer> own = new ArrayList<>();
    List<String> quoted = new ArrayList<>();
    Header header = null;
    int rest = -1;
    int lastQuoted = -2;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (level(l) > 0) {
        if (!quoted.isEmpty() && lastQuoted != i - 1 && !quoted.get(quoted.size() - 1).isBlank()) {
          quoted.add(""); // inline replies cut the quote; keep its pieces apart
        }
        quoted.add(stripOneLevel(l));
        lastQuoted = i;
        continue;
      }
      if (l.isBlank() || l.length() > MAX_PATTERN_LINE) {
        own.add(i);
        continue;
      }
      int[] attr = attribution(lines, i);
      if (attr[0] > 0) {
        int next = nextNonBlank(lines, i + attr[0]);
        if (next >= 0 && level(lines.get(next)) > 0) {
          if (header == null) {
            header = parseAttribution(join(lines, i, attr[0]));
          }
          i += attr[0] - 1;
          continue;
        }
        if (top && attr[1] == 1 && allBlank(lines, own)) {
          // An attribution above everything the sender wrote: they cut the quote (or keep
          // it further down). Nobody sends only history, so what follows is theirs.
          if (header == null) {
            header = parseAttribution(join(lines, i, attr[0]));
          }
          i += attr[0] - 1;
          continue;
        }
        if (attr[1] == 1) {
          rest = i; // "On ... wrote:" over unquoted text: the rest is history
          break;
        }
      }
      if (startsHeaderBlock(lines, i)) {
        if (top && allBlank(lines, own)) {
          // Outlook Express bottom-posting: header, "> " quote, then the reply below it.
          int[] consumed = new int[1];
          Header h = parseHeaderBlock(lines.subList(i, lines.size()), consumed);
          int used = Math.max(1, consumed[0]);
          int next = nextNonBlank(lines, i + used);
          if (next >= 0 && level(lines.get(next)) > 0) {
            if (header == null) {
              header = h;
            }
            i += used - 1;
            continue;
          }
        }
        rest = i;
        break;
      }
      own.add(i);
    }
    return new Analysis(own, header == null ? Header.NONE : header, quoted, rest);
  }

  /** Collects the earlier messages below a level, newest first. */
  private static void history(Analysis a, List<String> lines, int depth, List<Found> out) {
    if (!a.quoted().isEmpty()) {
      message(a.quoteHeader(), a.quoted(), depth, out);
    }
    if (a.restStart() >= 0) {
      List<String> block = lines.subList(a.restStart(), lines.size());
      int[] consumed = new int[1];
      Header h = parseHeaderBlock(block, consumed);
      message(h, block.subList(consumed[0], block.size()), depth, out);
    }
  }

  private static void message(Header h, List<String> lines, int depth, List<Found> out) {
    if (depth >= MAX_LEVELS) {
      out.add(new Found(h, String.join("\n", lines).strip()));
      return;
    }
    Analysis a = analyze(lines, false);
    if (a.quoted().isEmpty() && a.restStart() >= 0 && allBlank(lines, a.own())) {
      // The quote starts with its own header (iOS quotes "On ... wrote:"; a quoted Outlook
      // message starts "From:"): that header names this message, not an older one.
      List<String> block = lines.subList(a.restStart(), lines.size());
      int[] consumed = new int[1];
      Header inner = parseHeaderBlock(block, consumed);
      message(merge(inner, h), block.subList(consumed[0], block.size()), depth + 1, out);
      return;
    }
    StringBuilder text = new StringBuilder();
    for (int i : a.own()) {
      text.append(lines.get(i)).append('\n');
    }
    out.add(new Found(h, text.toString().strip()));
    history(a, lines, depth + 1, out);
  }

  private static boolean allBlank(List<String> lines, List<Integer> indexes) {
    for (int i : indexes) {
      if (!lines.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static Header merge(Header first, Header fallback) {
    return new Header(first.from().isEmpty() ? fallback.from() : first.from(),
        first.date() == null ? fallback.date() : first.date(),
        first.subject().isEmpty() ? fallback.subject() : first.subject());
  }

  // ---- recognising headers ----

  /** {lines used, 1 if strict}; strict attributions start history even without quotes. */
  private static int[] attribution(List<String> lines, int i) {
    String l = lines.get(i);
    if (ATTRIBUTION.matcher(l).matches()) {
      return new int[] {1, 1};
    }
    if (ATTRIBUTION_START.matcher(l).find()) {
      // Clients wrap long attributions: "On Tue, ... Dana Kim <" / "dana@x.io> wrote:".
      for (int k = 2; k <= 3 && i + k <= lines.size(); k++) {
        String add = lines.get(i + k - 1);
        if (add.isBlank() || level(add) > 0 || add.length() > MAX_PATTERN_LINE) {
          break;
        }
        if (ATTRIBUTION.matcher(join(lines, i, k)).matches()) {
          return new int[] {k, 1};
        }
      }
    }
    if (LOOSE_ATTRIBUTION.matcher(l).matches()) {
      return new int[] {1, 0};
    }
    return new int[] {0, 0};
  }

  private static boolean startsHeaderBlock(List<String> lines, int i) {
    String l = lines.get(i);
    if (ORIGINAL_MESSAGE.matcher(l).matches()) {
      return true;
    }
    if (UNDERSCORES.matcher(l).matches()) {
      int next = nextNonBlank(lines, i + 1);
      return next >= 0 && next <= i + 3 && HEADER_FROM.matcher(lines.get(next)).matches();
    }
    return HEADER_FROM.matcher(l).matches() && isHeaderBlock(lines, i);
  }

  /** From: followed within a few lines by a date and a subject or recipient. */
  private static boolean isHeaderBlock(List<String> lines, int from) {
    boolean date = false;
    boolean other = false;
    for (int j = from + 1; j < Math.min(lines.size(), from + 8); j++) {
      String l = lines.get(j);
      if (l.length() > MAX_PATTERN_LINE) {
        continue;
      }
      date |= HEADER_DATE.matcher(l).matches();
      other |= HEADER_SUBJECT.matcher(l).matches() || HEADER_TO.matcher(l).matches();
    }
    return date && other;
  }

  /** Reads the header at the top of an unquoted history block; sets how many lines it used. */
  private static Header parseHeaderBlock(List<String> block, int[] consumed) {
    int i = 0;
    if (!block.isEmpty() && (ORIGINAL_MESSAGE.matcher(block.get(0)).matches()
        || UNDERSCORES.matcher(block.get(0)).matches())) {
      i = 1;
      while (i < block.size() && block.get(i).isBlank()) {
        i++;
      }
    }
    if (i < block.size() && block.get(i).length() <= MAX_PATTERN_LINE) {
      int[] attr = attribution(block, i);
      if (attr[0] > 0) {
        consumed[0] = i + attr[0];
        return parseAttribution(join(block, i, attr[0]));
      }
    }
    String from = "";
    Instant date = null;
    String subject = "";
    int fields = 0;
    String last = "";
    for (; i < block.size() && fields < 12; i++) {
      String l = block.get(i);
      if (l.isBlank() || l.length() > MAX_PATTERN_LINE) {
        if (fields > 0) {
          i++; // the blank line that ends the header block
        }
        break;
      }
      Matcher m;
      if ((m = HEADER_FROM.matcher(l)).matches()) {
        from = person(m.group(1));
        last = "from";
      } else if ((m = HEADER_DATE.matcher(l)).matches()) {
        date = LooseDate.parse(m.group(1), true);
        last = "date";
      } else if ((m = HEADER_SUBJECT.matcher(l)).matches()) {
        subject = m.group(1).strip();
        last = "subject";
      } else if (HEADER_TO.matcher(l).matches() || HEADER_CC.matcher(l).matches()) {
        last = "to";
      } else if (fields > 0 && last.equals("to") && (l.startsWith(" ") || l.startsWith("\t")
          || l.contains("@") || l.strip().endsWith(";"))) {
        last = "to"; // a long recipient list wrapped onto the next line
      } else {
        break;
      }
      fields++;
    }
    consumed[0] = i;
    return new Header(from, date, subject);
  }

  private static final Pattern TIME_TOKEN = Pattern.compile(
      "\\d{1,2}[:h]\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?\\s?[Mm]\\b\\.?)?(?:\\s*\\(?[A-Z]{2,5}\\)?)?");
  private static final Pattern ATTR_AFTER_VERB = Pattern.compile(
      "^\\s*(?:Am|Op|Den)\\s(.*?)\\s(?:schrieb|schreef|skrev)\\s(.*?)\\s*:\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ATTR_BEFORE_VERB = Pattern.compile(
      "^\\s*(?:On|Le|El|Il|Em)?\\s?(.*?)\\s(?:wrote|writes|said|a [ée]crit|escribi[óo]|ha scritto"
          + "|escreveu|schrieb|schreef)\\s?:\\s*$", Pattern.CASE_INSENSITIVE);

  /** "On &lt;date&gt;, &lt;name&gt; wrote:" into who and when. */
  private static Header parseAttribution(String line) {
    Matcher after = ATTR_AFTER_VERB.matcher(line);
    if (after.matches()) {
      return new Header(person(after.group(2)), LooseDate.parse(after.group(1), false), "");
    }
    Matcher m = ATTR_BEFORE_VERB.matcher(line);
    if (!m.matches()) {
      return Header.NONE;
    }
    String middle = m.group(1);
    boolean english = line.strip().regionMatches(true, 0, "On ", 0, 3);
    // The name follows the date: after the time ("10:14 AM Dana Kim") or the last comma.
    int cut = -1;
    Matcher t = TIME_TOKEN.matcher(middle);
    while (t.find()) {
      cut = t.end();
    }
    int emailAt = middle.indexOf('<');
    String beforeEmail = emailAt >= 0 ? middle.substring(0, emailAt) : middle;
    int comma = beforeEmail.lastIndexOf(',');
    cut = Math.max(cut, comma + 1);
    if (cut <= 0) {
      return new Header(person(middle), null, "");
    }
    String when = middle.substring(0, Math.min(cut, middle.length()));
    String who = middle.substring(Math.min(cut, middle.length()));
    return new Header(person(who.replaceFirst("^\\s*,\\s*", "")), LooseDate.parse(when, english),
        "");
  }

  /** Normalises "Dana Kim [mailto:dana@x.io]", "'Dana' &lt;dana@x.io&gt;" to "Dana Kim &lt;dana@x.io&gt;". */
  static String person(String raw) {
    String s = raw.replace("*", "").replace("(", " ").replace(")", " ").strip();
    Matcher e = EMAIL.matcher(s);
    if (!e.find()) {
      return s.replaceAll("^[\"']|[\"']$", "").strip();
    }
    String addr = e.group();
    String name = (s.substring(0, e.start()) + " " + s.substring(e.end()))
        .replaceAll("mailto:|[<>\\[\\]\"]", " ")
        .replaceAll("\\s+", " ")
        .replaceAll("^'|'$", "")
        .strip();
    if (name.contains("@")) {
      name = "";
    }
    return name.isEmpty() ? addr : name + " <" + addr + ">";
  }

  // ---- signatures ----

  /** The first postscript line after the first line of the block [from, to], or -1. */
  private static int postscript(List<String> lines, int from, int to) {
    for (int j = from + 1; j <= to; j++) {
      String l = lines.get(j);
      if (l.length() <= MAX_PATTERN_LINE && POSTSCRIPT.matcher(l).find()) {
        return j;
      }
    }
    return -1;
  }

  /** The line where the signature starts in the block [from, to], or -1. */
  private static int signatureStart(List<String> lines, int from, int to) {
    int limit = to + 1;
    int delimiter = -1;
    int footer = -1;
    for (int j = from; j <= to; j++) {
      String l = lines.get(j);
      if (l.length() > MAX_PATTERN_LINE) {
        continue;
      }
      if (delimiter < 0 && SIGNATURE_DELIMITER.matcher(l).matches()) {
        delimiter = j;
      }
      if (footer < 0 && (MOBILE_FOOTER.matcher(l).matches()
          || DISCLAIMER.matcher(l).matches() && (j == from || lines.get(j - 1).isBlank())
          || isListFooter(lines, j, to))) {
        footer = j;
      }
    }
    if (delimiter >= 0) {
      limit = delimiter;
    }
    if (footer >= 0) {
      limit = Math.min(limit, footer);
    }
    int signOff = signOff(lines, from, limit);
    if (signOff >= 0) {
      return signOff;
    }
    if (limit <= to) {
      return limit;
    }
    return contactBlock(lines, from, to);
  }

  private static boolean isListFooter(List<String> lines, int j, int to) {
    String l = lines.get(j);
    if (LIST_FOOTER_RULE.matcher(l).matches()) {
      return j < to && LIST_FOOTER_NAME.matcher(lines.get(j + 1)).matches();
    }
    return LIST_FOOTER_LINK.matcher(l).matches() && (j == to || j > 0 && lines.get(j - 1).isBlank());
  }

  /** The last sign-off line before {@code limit} that only name-like lines follow. */
  private static int signOff(List<String> lines, int from, int limit) {
    int nonBlankAfter = 0;
    for (int j = limit - 1; j >= from && nonBlankAfter <= 6; j--) {
      String l = lines.get(j);
      if (l.isBlank()) {
        continue;
      }
      if (l.length() <= 80 && SIGN_OFF.matcher(l).matches()) {
        return j;
      }
      // "-Dana" signs off only after a blank line; after a list line it is a bullet.
      if (DASH_NAME.matcher(l).matches() && (j == from || lines.get(j - 1).isBlank())) {
        return j;
      }
      if (!signatureLike(l)) {
        return -1;
      }
      nonBlankAfter++;
    }
    return -1;
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!:]$");

  /** Name, title, company, phone or link lines: short, and not a sentence. */
  private static boolean signatureLike(String l) {
    String s = l.strip();
    if (s.length() > 80) {
      return false;
    }
    if (CONTACT.matcher(s).find()) {
      return true;
    }
    int words = WHITESPACE.split(s).length;
    return !(words >= 4 && SENTENCE_END.matcher(s).matches());
  }

  /** A closing paragraph of a name and contact lines, with no sign-off above it. */
  private static int contactBlock(List<String> lines, int from, int to) {
    int start = to;
    while (start > from && !lines.get(start - 1).isBlank()) {
      start--;
    }
    int count = to - start + 1;
    if (start == from || count < 2 || count > 6) {
      return -1; // the whole reply is never a signature
    }
    if (!NAME_LINE.matcher(lines.get(start)).matches()) {
      return -1;
    }
    boolean contact = false;
    for (int j = start; j <= to; j++) {
      String l = lines.get(j);
      if (!signatureLike(l)) {
        return -1;
      }
      contact |= CONTACT.matcher(l).find();
    }
    return contact ? start : -1;
  }

  // ---- lines ----

  private record Line(int start, int end, String text) {
    int trimmedEnd() {
      int e = end;
      while (e > start && Character.isWhitespace(text.charAt(e - start - 1))) {
        e--;
      }
      return e;
    }
  }

  private static List<Line> lines(String body) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    int n = body.length();
    while (start <= n) {
      int nl = body.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int contentEnd = end > start && body.charAt(end - 1) == '\r' ? end - 1 : end;
      out.add(new Line(start, contentEnd, body.substring(start, contentEnd)));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  /** Runs of consecutive own lines, trimmed of blank lines: {first, last} index pairs. */
  private static List<int[]> blocks(List<String> lines, List<Integer> own) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < own.size()) {
      int j = i;
      while (j + 1 < own.size() && own.get(j + 1) == own.get(j) + 1) {
        j++;
      }
      int first = own.get(i);
      int last = own.get(j);
      while (first <= last && lines.get(first).isBlank()) {
        first++;
      }
      while (last >= first && lines.get(last).isBlank()) {
        last--;
      }
      if (first <= last) {
        out.add(new int[] {first, last});
      }
      i = j + 1;
    }
    return out;
  }

  static int level(String l) {
    int i = 0;
    int n = Math.min(l.length(), 4096);
    while (i < n && i < 3 && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) {
      i++;
    }
    int level = 0;
    while (i < n && l.charAt(i) == '>') {
      level++;
      i++;
      if (i < n && l.charAt(i) == ' ' && i + 1 < n && l.charAt(i + 1) == '>') {
        i++;
      }
    }
    return level;
  }

  private static String stripOneLevel(String l) {
    int gt = l.indexOf('>');
    int from = gt + 1;
    if (from < l.length() && l.charAt(from) == ' ') {
      from++;
    }
    return l.substring(from);
  }

  private static int nextNonBlank(List<String> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  private static int lastNonBlank(List<String> lines, int from, int to) {
    for (int j = to; j >= from; j--) {
      if (!lines.get(j).isBlank()) {
        return j;
      }
    }
    return -1;
  }

  private static String join(List<String> lines, int from, int count) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < count; k++) {
      String l = lines.get(from + k).strip();
      if (b.length() > 0 && !(b.charAt(b.length() - 1) == '<' || l.startsWith(">"))) {
        b.append(' ');
      }
      b.append(l);
    }
    return b.toString();
  }
}
