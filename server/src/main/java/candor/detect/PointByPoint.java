package candor.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a reply takes the buyer's points one by one: quoting each ("> Who does the work?") and
 * answering under it, or numbering its answers as the buyer numbered the questions ("2. In our
 * test ..."). Either ties an answer to its point whatever its words.
 */
final class PointByPoint {
  private PointByPoint() {}

  /** [start, end) of each run of lines that open with '>', in order. */
  static List<int[]> blocks(String source) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int from = 0; from <= source.length(); ) {
      int nl = source.indexOf('\n', from);
      int lineEnd = nl < 0 ? source.length() : nl;
      String line = source.substring(from, lineEnd);
      if (line.stripLeading().startsWith(">")) {
        if (start < 0) start = from;
        end = lineEnd;
      } else if (start >= 0 && !line.isBlank()) {
        out.add(new int[] {start, end});
        start = -1;
      }
      if (nl < 0) break;
      from = nl + 1;
    }
    if (start >= 0) out.add(new int[] {start, end});
    return out;
  }

  private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("^[ \\t]*\\(?([0-9]{1,2}|[a-hA-H])[.)][ \\t]+\\S");

  /** The key of the list marker opening {@code line} ("2." and "(2)" are "2", "c)" is "c"), or null. */
  static String marker(String line) {
    java.util.regex.Matcher m = MARKER.matcher(line);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /**
   * The key of the numbered item that holds offset {@code at}: the marker of its own line, or of the
   * nearest line above it with no blank line between ("1. Where is the data stored? Under PHIPA ...").
   */
  static String itemAt(String source, int at) {
    int lineStart = source.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    // An item runs a few lines at most: a bounded walk keeps a message of thousands of unbroken lines linear.
    for (int lines = 0; lines < ITEM_LINES; lines++) {
      int lineEnd = source.indexOf('\n', lineStart);
      String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
      if (line.isBlank()) return null;
      String key = marker(line);
      if (key != null) return key;
      if (lineStart == 0) return null;
      lineStart = source.lastIndexOf('\n', lineStart - 2) + 1;
    }
    return null;
  }

  private static final int ITEM_LINES = 30;

  /**
   * [start, end) of each item of a numbered list ("2. I don't want to oversell this. ..."), by its
   * key, each up to a blank line or the next item; none unless there are two or more.
   */
  static java.util.Map<String, int[]> items(String source) {
    java.util.Map<String, int[]> out = new java.util.LinkedHashMap<>();
    int[] open = null;
    for (int from = 0; from <= source.length(); ) {
      int nl = source.indexOf('\n', from);
      int lineEnd = nl < 0 ? source.length() : nl;
      String line = source.substring(from, lineEnd);
      String key = marker(line);
      if (key != null) {
        open = new int[] {from, lineEnd};
        out.putIfAbsent(key, open);
      } else if (line.isBlank()) {
        open = null;
      } else if (open != null) {
        open[1] = lineEnd;
      }
      if (nl < 0) break;
      from = nl + 1;
    }
    return out.size() >= 2 ? out : java.util.Map.of();
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
    return n > 0 && b.charAt(n - 1) == ' ' ? b.substring(0, n - 1) : b.toString();
  }
}
