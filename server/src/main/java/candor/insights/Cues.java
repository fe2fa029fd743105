package candor.insights;

import candor.annotate.Sentence;
import candor.annotate.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import candor.rules.GuardedPattern;

/** Shared language cues: negation scope, time expressions, money amounts. */
final class Cues {
  private Cues() {}

  private static final Set<String> NEGATORS = Set.of("not", "n't", "no", "never", "nobody", "nothing", "without",
      "hardly", "don't", "doesn't", "isn't", "aren't", "wasn't", "won't", "can't", "didn't", "nor", "neither");
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "but", "although", "though", "-", "--", "(", ")");

  /**
   * Whether the words just before {@code at} (an offset into the message text, inside {@code s})
   * negate it: a negator within four tokens, in the same clause. "We're not putting this on hold"
   * negates "on hold"; "if not, we'll revisit next quarter" does not negate "revisit".
   */
  static boolean negatedBefore(Sentence s, int at) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).start() < at) i++;
    for (int k = i - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
      String w = tokens.get(k).lower();
      if (CLAUSE_BREAKS.contains(w)) return false;
      if (NEGATORS.contains(w) || w.endsWith("n't")) return true;
    }
    return false;
  }

  /** The first match of {@code p} in the lower-cased sentence that no negator governs; -1 if none. */
  static int firstUnnegated(GuardedPattern p, String lower, Sentence s) {
    Matcher m = p.matcher(lower);
    while (m.find()) {
      if (!negatedBefore(s, s.start() + m.start())) return m.start();
    }
    return -1;
  }

  /** A day, date or clock time: what makes a proposed meeting concrete. */
  static final GuardedPattern TIME = GuardedPattern.compile(
      "\\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\\b|tomorrow|tmrw|next week|this week|later this week|end of (?:the )?(?:day|week|month)|eod|eow"
          + "|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}|noon|(?:this|tomorrow) (?:morning|afternoon|evening)"
          + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)\\b|\\d{1,2}/\\d{1,2}\\b"
          + "|the (?:first|second|third|last) week of)");

  /** A price: a currency amount or an amount per unit of time or seat. */
  static final GuardedPattern MONEY_AMOUNT = GuardedPattern.compile(
      "[$\u20ac\u00a3]\\s?\\d|\\d\\s?(?:usd|eur|gbp|dollars|k/(?:yr|year|mo|month))\\b|\\d\\s?(?:/|per )(?:seat|user|month|mo|year|yr|unit|hour|load|license)\\b");
}
