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

  private Blocks() {}

  /** Returns [start, end) pairs, trimmed of surrounding whitespace, in text order. */
  static List<int[]> split(String text) {
    List<int[]> blocks = new ArrayList<>();
    int n = text.length();
    int blockStart = -1;
    int blockEnd = -1;
    int lineStart = 0;
    String prevLine = null;
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
      } else {
        String line = text.substring(s, e);
        if (blockStart >= 0 && continuesWrappedParagraph(prevLine, line)) {
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
