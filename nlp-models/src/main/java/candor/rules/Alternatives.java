package candor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A regular expression cut at its outermost alternation: {@code prefix (?:a|b|c) suffix}, or a bare
 * {@code a|b|c}. Each alternative gets its own literal guard, and a text is then matched by only the
 * alternatives its literals allow: one guard for a forty-way alternation holds in nearly every
 * sentence, while most alternatives hold in few.
 *
 * <p>Leaving out alternatives that cannot match changes no match, so the narrowed pattern finds
 * exactly what the whole one finds, as long as no group number or inline flag depends on the
 * alternatives left out: a pattern with capturing groups, back references or an unscoped inline
 * flag after its start is not cut.
 */
record Alternatives(String prefix, List<String> alternatives, String suffix) {
  private static final Pattern UNSAFE = Pattern.compile(
      "\\\\[1-9]|\\\\k<|\\((?!\\?)|\\(\\?P?<(?![=!])|.\\(\\?[a-zA-Z-]+\\)");

  /** The regexes to guard one by one: each alternative alone, or the whole when {@code cut} is null. */
  static List<String> branches(String regex, Alternatives cut) {
    if (cut == null) return List.of(regex);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cut.alternatives().size(); i++) out.add(cut.only(i));
    return out;
  }

  /** The alternative {@code i} alone, as a pattern of its own. */
  String only(int i) {
    return prefix + "(?:" + alternatives.get(i) + ")" + suffix;
  }

  /** The alternatives whose bits are set, in their order, as one pattern. */
  String narrowed(java.util.BitSet keep) {
    StringBuilder sb = new StringBuilder(prefix).append("(?:");
    String sep = "";
    for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
      sb.append(sep).append(alternatives.get(i));
      sep = "|";
    }
    return sb.append(')').append(suffix).toString();
  }

  /** The outermost alternation of {@code regex}, or null when it has none or cannot be cut safely. */
  static Alternatives of(String regex) {
    if (UNSAFE.matcher(stripClasses(regex)).find()) return null;
    List<Integer> bars = bars(regex, 0, regex.length());
    if (bars == null) return null;
    if (!bars.isEmpty()) return new Alternatives("", cut(regex, 0, regex.length(), bars), "");
    // No bar at the top: the widest unquantified (?:...) group at the top level that has one.
    Alternatives best = null;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') i++;
      else if (c == '[') i = classEnd(regex, i);
      else if (c == '(') {
        int close = closing(regex, i);
        if (close < 0) return null;
        boolean quantified = close + 1 < regex.length() && "?*+{".indexOf(regex.charAt(close + 1)) >= 0;
        if (regex.startsWith("(?:", i) && !quantified) {
          List<Integer> inner = bars(regex, i + 3, close);
          if (inner != null && !inner.isEmpty() && (best == null || inner.size() + 1 > best.alternatives.size())) {
            best = new Alternatives(regex.substring(0, i), cut(regex, i + 3, close, inner), regex.substring(close + 1));
          }
        }
        i = close;
      }
    }
    return best;
  }

  /**
   * The regex with its character classes blanked and its escapes other than back references made
   * "\\x", so an escaped or bracketed "(" is not read as a group.
   */
  private static String stripClasses(String regex) {
    StringBuilder sb = new StringBuilder(regex.length());
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char next = regex.charAt(++i);
        sb.append(c).append(Character.isDigit(next) || next == 'k' ? next : 'x');
      } else if (c == '[') {
        int end = classEnd(regex, i);
        sb.append("[]");
        i = end;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Positions of the bars at depth 0 within [from, to); null if the syntax is not understood. */
  private static List<Integer> bars(String re, int from, int to) {
    List<Integer> out = new ArrayList<>();
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        if (i + 1 < to && re.charAt(i + 1) == 'Q') return null;
        i++;
      } else if (c == '[') {
        i = classEnd(re, i);
        if (i >= to) return null;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (--depth < 0) return null;
      } else if (c == '|' && depth == 0) {
        out.add(i);
      }
    }
    return depth == 0 ? out : null;
  }

  private static List<String> cut(String re, int from, int to, List<Integer> bars) {
    List<String> out = new ArrayList<>();
    int start = from;
    for (int b : bars) {
      out.add(re.substring(start, b));
      start = b + 1;
    }
    out.add(re.substring(start, to));
    return out;
  }

  /** The index of the ")" closing the group opened at {@code open}, or -1. */
  private static int closing(String re, int open) {
    int depth = 0;
    for (int i = open; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') i++;
      else if (c == '[') i = classEnd(re, i);
      else if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return i;
    }
    return -1;
  }

  /** The index of the "]" closing the class opened at {@code open} (Java's nested classes included). */
  private static int classEnd(String re, int open) {
    int i = open + 1;
    if (i < re.length() && re.charAt(i) == '^') i++;
    if (i < re.length() && re.charAt(i) == ']') i++; // a leading ']' is a literal
    int depth = 1;
    for (; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') i++;
      else if (c == '[') depth++;
      else if (c == ']' && --depth == 0) return i;
    }
    return re.length();
  }
}
