package candor.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The blocks of quoted lines ("> ...") in a reply that answers inline: where each starts and ends,
 * and its words, so a buyer's point can be found in the block the rep wrote under.
 */
final class InlineQuotes {
  private InlineQuotes() {}

  /** [start, end) of each run of lines that open with '>', in order. */
  static List<int[]> blocks(String source) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int from = 0; from <= source.length(); ) {
      int nl = source.indexOf('\n', from);
      int lineEnd = nl < 0 ? source.length() : nl;
      if (source.substring(from, lineEnd).stripLeading().startsWith(">")) {
        if (start < 0) start = from;
        end = lineEnd;
      } else if (start >= 0 && !source.substring(from, lineEnd).isBlank()) {
        out.add(new int[] {start, end});
        start = -1;
      }
      if (nl < 0) break;
      from = nl + 1;
    }
    if (start >= 0) out.add(new int[] {start, end});
    return out;
  }

  /** Lower-case letters and digits, one space between words: quote marks, wrapping and punctuation aside. */
  static String words(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (!space && c != '\'' && c != '\u2019') {
        b.append(' ');
        space = true;
      }
    }
    int n = b.length();
    return (n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString()).toLowerCase(Locale.ROOT);
  }
}
