package candor.rules;

/** Small text helpers that keep UTF-16 offsets intact. */
public final class Text {
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  /** A line holding nothing but spaces (CRLF and no-break spaces included). */
  private static final java.util.regex.Pattern BLANK_LINE = java.util.regex.Pattern.compile("\\n[ \\t\\r\\u00a0]*\\n");

  private Text() {}

  /**
   * Folds typographic apostrophes and quotes to ASCII, one char for one char, so that patterns
   * written with ' match text typed with \u2019 while offsets stay the same.
   */
  public static String fold(String s) {
    char[] c = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      char f = switch (ch) {
        case '\u2018', '\u2019', '\u02bc', '\u2032' -> '\'';
        case '\u201c', '\u201d' -> '"';
        case '\u2013', '\u2014' -> '-';
        case '\u00a0' -> ' ';
        default -> ch;
      };
      if (f != ch) {
        if (c == null) c = s.toCharArray();
        c[i] = f;
      }
    }
    return c == null ? s : new String(c);
  }

  /** Whether [aStart, aEnd) and [bStart, bEnd) share a character. */
  public static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
    return aStart < bEnd && bStart < aEnd;
  }

  /** A line that opens a list item: "- ", "* ", "\u2022 ", "2. ", "(b) ". */
  public static final java.util.regex.Pattern LIST_ITEM =
      java.util.regex.Pattern.compile("^[ \\t]*(?:[-*\u2022\u2013]|\\(?\\d{1,2}[.)]|\\(?[a-h][.)])\\s+");

  /**
   * Whether a new paragraph begins between a sentence ending at {@code previousEnd} and one starting at
   * {@code start}: a blank line between them, or the second opening a list item on a line of its own
   * (each bullet is a point of its own, on the buyer's side as on the reply's).
   */
  public static boolean paragraphBreak(String source, int previousEnd, int start) {
    return blankLineBetween(source, previousEnd, start) || startsListItem(source, previousEnd, start);
  }

  /** Whether the sentence at {@code start} opens a list item on a line that begins after {@code previousEnd}. */
  public static boolean startsListItem(String source, int previousEnd, int start) {
    int lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    if (lineStart <= previousEnd || start - lineStart > 6) return false;
    int lineEnd = source.indexOf('\n', start);
    return LIST_ITEM.matcher(source).region(lineStart, lineEnd < 0 ? source.length() : lineEnd).find();
  }

  /** Whether a blank line lies in [from, to) of {@code source}: a paragraph break between two sentences. */
  public static boolean blankLineBetween(String source, int from, int to) {
    return from < to && BLANK_LINE.matcher(source).region(from, to).find();
  }

  public static String normaliseSpaces(String s) {
    return WHITESPACE.matcher(s.trim()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
  }

  /** Narrows [start, end) past surrounding whitespace and trailing sentence punctuation. */
  public static int[] trim(String source, int start, int end) {
    while (start < end && Character.isWhitespace(source.charAt(start))) start++;
    while (end > start && (Character.isWhitespace(source.charAt(end - 1)) || ".!?,;:".indexOf(source.charAt(end - 1)) >= 0)) end--;
    return new int[] {start, end};
  }

  /** Longer than the clauses of real sentences: with it, eval --show-misses prints the same on dev and the team threads. */
  static final int MAX_CLAUSE = 200;

  /**
   * Widens [start, end) to its clause inside the sentence [sStart, sEnd): clauses end at ; : dashes
   * and parentheses, and at a comma before a conjunction that starts a new clause.
   */
  public static int[] clause(String source, int sStart, int sEnd, int start, int end) {
    // A clause reaches at most MAX_CLAUSE characters either side of the match: read to the ends of a
    // run-on paste with no break in it, every match would scan the whole of it.
    int from = Math.max(sStart, start - MAX_CLAUSE);
    int s = start;
    while (s > from && !clauseBreakBefore(source, s, sStart)) s--;
    // The clause is the one the match starts in: a pattern's trailing words never carry the span
    // into the next clause ("..., and I can guarantee ...").
    int to = Math.min(sEnd, Math.max(end, start + 1) + MAX_CLAUSE);
    int e = start + 1;
    while (e < to && !clauseBreakAt(source, e, sEnd)) e++;
    return trim(source, s, e);
  }

  private static boolean clauseBreakBefore(String source, int i, int sStart) {
    char prev = source.charAt(i - 1);
    if (prev == ':' && timeColon(source, i - 1)) return false;
    if (";:()\u2014\u2013".indexOf(prev) >= 0) return true;
    return prev == ' ' && commaConjunction(source, i - 1, sStart);
  }

  private static boolean clauseBreakAt(String source, int i, int sEnd) {
    char c = source.charAt(i);
    if (c == ':' && timeColon(source, i)) return false;
    if (";:()\u2014\u2013".indexOf(c) >= 0) return true;
    if (c == ',' && i + 1 < sEnd) {
      String rest = source.substring(i + 1, Math.min(sEnd, i + 10)).stripLeading().toLowerCase(java.util.Locale.ROOT);
      return rest.startsWith("but ") || rest.startsWith("so ") || rest.startsWith("and ") || rest.startsWith("which ");
    }
    return false;
  }

  /** A colon inside a time or a countdown ("10:30", "02:14:37"): part of the clause, not a break. */
  private static boolean timeColon(String source, int i) {
    return i > 0 && i + 1 < source.length() && Character.isDigit(source.charAt(i - 1)) && Character.isDigit(source.charAt(i + 1));
  }

  /** True when the space at {@code i} follows ", but" / ", so" / ", and": the next clause starts after it. */
  private static boolean commaConjunction(String source, int i, int sStart) {
    for (String conj : new String[] {", but", ", so", ", and", ", which"}) {
      int from = i - conj.length();
      if (from >= sStart && source.regionMatches(true, from, conj, 0, conj.length())) return true;
    }
    return false;
  }
}
