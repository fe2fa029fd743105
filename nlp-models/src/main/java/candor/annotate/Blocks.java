package candor.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits email text into blocks that no sentence may cross. Email lines carry structure the sentence
 * model never saw: a greeting ("Hi Nate,"), a sign-off, a name, a bullet or a quoted line ends its
 * sentence even without a full stop. Lines of a hard-wrapped paragraph are joined again.
 */
final class Blocks {
  /** Lines shorter than this are greetings, names, titles or headings: never a wrapped sentence. */
  private static final int SHORT_LINE = 45;
  /**
   * Mail clients wrap plain text at 72 to 78 characters. A paragraph with a longer line was not
   * wrapped by one, so each of its line breaks is the writer's own ("do you supply the calcs" /
   * "we were hoping to have the frame up by August": two points typed on two lines, no full stops).
   */
  private static final int WRAP_WIDTH = 80;

  private Blocks() {}

  /** Returns [start, end) pairs, trimmed of surrounding whitespace, in text order. */
  static List<int[]> split(String text) {
    List<int[]> blocks = new ArrayList<>();
    int n = text.length();
    int blockStart = -1;
    int blockEnd = -1;
    int lineStart = 0;
    String prevLine = null;
    int paragraphFrom = 0;
    Boolean unwrapped = null; // read only when a line would join the one before
    while (lineStart <= n) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? n : nl;
      int s = lineStart;
      int e = lineEnd;
      s = firstNonSpace(text, s, e);
      e = afterLastNonSpace(text, s, e);
      if (s == e) {
        if (blockStart >= 0) blocks.add(new int[] {blockStart, blockEnd});
        blockStart = -1;
        prevLine = null;
        paragraphFrom = nl + 1;
        unwrapped = null;
      } else {
        String line = text.substring(s, e);
        boolean joins = blockStart >= 0 && continuesWrappedParagraph(prevLine, line);
        if (joins && unwrapped == null) unwrapped = unwrappedParagraph(text, paragraphFrom);
        if (joins && !unwrapped) {
          blockEnd = e;
        } else {
          if (blockStart >= 0) blocks.add(new int[] {blockStart, blockEnd});
          blockStart = s;
          blockEnd = e;
        }
        prevLine = line;
      }
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    if (blockStart >= 0) blocks.add(new int[] {blockStart, blockEnd});
    return blocks;
  }

  private static int firstNonSpace(String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) s++;
    return s;
  }

  private static int afterLastNonSpace(String text, int s, int e) {
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
    return e;
  }

  /** Whether the paragraph that starts at {@code from} (up to a blank line) has a line too long to be wrapped. */
  private static boolean unwrappedParagraph(String text, int from) {
    int n = text.length();
    for (int start = from; start < n; ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      int s = firstNonSpace(text, start, end);
      int e = afterLastNonSpace(text, s, end);
      if (s == e) return false;
      // A link or a quoted line runs long whoever wrapped the text.
      if (e - s > WRAP_WIDTH && text.charAt(s) != '>' && indexWithin(text, "://", s, e) < 0) return true;
      if (nl < 0) break;
      start = nl + 1;
    }
    return false;
  }

  /** Where {@code what} first occurs in [s, e), or -1; never reads past {@code e}. */
  private static int indexWithin(String text, String what, int s, int e) {
    for (int at = s; at + what.length() <= e; at++) if (text.startsWith(what, at)) return at;
    return -1;
  }

  private static boolean continuesWrappedParagraph(String prev, String line) {
    if (prev.length() < SHORT_LINE) return false;
    char last = prev.charAt(prev.length() - 1);
    if (".!?:;,)\"\u201d".indexOf(last) >= 0) return false;
    if (isBullet(line) || line.startsWith(">") || prev.startsWith(">")) return false;
    return true;
  }

  private static boolean isBullet(String line) {
    char c = line.charAt(0);
    if (c == '-' || c == '*' || c == '\u2022' || c == '\u2013') return true;
    int i = 0;
    while (i < line.length() && Character.isDigit(line.charAt(i))) i++;
    return i > 0 && i < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')');
  }
}
