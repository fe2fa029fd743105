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
    boolean unwrapped = unwrappedParagraph(text, 0);
    while (lineStart <= n) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? n : nl;
      int s = lineStart;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (s == e) {
        if (blockStart >= 0) blocks.add(new int[] {blockStart, blockEnd});
        blockStart = -1;
        prevLine = null;
        if (nl >= 0) unwrapped = unwrappedParagraph(text, nl + 1);
      } else {
        String line = text.substring(s, e);
        if (blockStart >= 0 && !unwrapped && continuesWrappedParagraph(prevLine, line)) {
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

  /** Whether the paragraph that starts at {@code from} (up to a blank line) has a line too long to be wrapped. */
  private static boolean unwrappedParagraph(String text, int from) {
    int n = text.length();
    for (int start = from; start < n; ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      String line = text.substring(start, end).strip();
      if (line.isEmpty()) return false;
      // A link or a quoted line runs long whoever wrapped the text.
      if (line.length() > WRAP_WIDTH && !line.startsWith(">") && !line.contains("://")) return true;
      if (nl < 0) break;
      start = nl + 1;
    }
    return false;
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
