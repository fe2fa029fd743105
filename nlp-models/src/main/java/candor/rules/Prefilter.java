package candor.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Derives from a regular expression what any text it matches must contain (the idea of RE2's
 * FilteredRE2): clauses that must all hold, each a set of literal strings at least one of which
 * occurs. A sentence failing a clause cannot match, so the rule's re2j scan, the expensive part,
 * is skipped. Null when nothing can be proved; the rule then always runs. The analysis is
 * conservative: unknown syntax gives null.
 */
final class Prefilter {
  private static final int MAX_EXACT = 64;
  private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private final String re;
  private int pos;

  private Prefilter(String re) {
    this.re = re;
  }

  /** Lower-cased required strings, or null when nothing can be required: the single most selective clause. */
  static Set<String> required(String regex) {
    List<Set<String>> all = clauses(regex);
    if (all == null) return null;
    Set<String> best = null;
    for (Set<String> c : all) best = better(best, c);
    return best;
  }

  /**
   * Every requirement that can be proved, as clauses that must all hold: each clause is a set of
   * lower-cased strings at least one of which occurs in any text the pattern matches. "this is my
   * (third|\d+th) email" gives [{this is my}, {third, th}, { email}]: together they reject far more
   * sentences than any one does. Null when nothing can be required.
   */
  static List<Set<String>> clauses(String regex) {
    try {
      Prefilter p = new Prefilter(regex);
      Info info = p.alternation();
      if (p.pos != regex.length()) return null;
      List<Set<String>> out = new ArrayList<>();
      for (Set<String> c : info.all()) {
        // A clause with a blank literal holds in nearly every sentence: dropping it loses nothing.
        if (c.isEmpty() || c.stream().anyMatch(String::isBlank)) continue;
        Set<String> lower = new HashSet<>();
        for (String x : c) lower.add(x.toLowerCase(Locale.ROOT));
        if (!out.contains(lower)) out.add(lower);
      }
      return out.isEmpty() ? null : out;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * exact: every string the sub-expression can match (null if unknown or too many); need: clauses that
   * all hold; digits: how many digit characters any match contains at least.
   */
  private record Info(Set<String> exact, List<Set<String>> need, int digits) {
    Info {
      need = need == null ? List.of() : need;
    }

    Info(Set<String> exact, List<Set<String>> need) {
      this(exact, need, exact != null && !exact.isEmpty() && exact.stream().allMatch(Prefilter::oneDigit) ? 1 : 0);
    }

    Set<String> best() {
      Set<String> out = usable(exact);
      for (Set<String> c : need) out = better(out, usable(c));
      return out;
    }

    List<Set<String>> all() {
      List<Set<String>> out = new ArrayList<>(need);
      if (usable(exact) != null) out.add(exact);
      return out;
    }
  }

  private static Set<String> usable(Set<String> s) {
    return s == null || s.isEmpty() || s.contains("") ? null : s;
  }

  private static Set<String> better(Set<String> a, Set<String> b) {
    if (a == null) return b;
    if (b == null) return a;
    return score(a) >= score(b) ? a : b;
  }

  /** Words so common in email that requiring them filters almost nothing. */
  private static final Set<String> COMMON = Set.copyOf(java.util.Arrays.asList("all", "any", "every", "you", "your", "will", "we", "our", "the",
      "i", "i'll", "we'll", "you'll", "i've", "we've", "i'm", "we're", "have", "has", "need", "want", "can", "is",
      "are", "to", "for", "and", "or", "it", "this", "that", "a", "an", "of", "in", "on", "with", "be", "by", "if",
      "no", "not", "would", "could", "get", "got", "one", "more", "only", "just", "us", "at", "out", "there", "as",
      "so", "do", "up", "from", "what", "how", "when", "was", "were", "been", "'s", "'re", "'ll", "'ve", "they", "them",
      "their", "he", "she", "his", "her", "my", "me", "than", "then", "over", "about", "some", "new", "now", "other",
      "day", "days", "week", "weeks", "month", "months", "hour", "hours", "minute", "minutes", "year", "years", "time"));

  /** How selective a literal is: its longest word that is not a common one (1 if all its words are common). */
  private static int rarity(String literal) {
    int best = 0;
    for (String w : literal.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9#$%'-]+")) {
      if (!w.isEmpty() && !COMMON.contains(w)) best = Math.max(best, w.length());
    }
    return best == 0 ? 1 : best;
  }

  /** A set is as selective as its least selective string: short and common words select little. */
  static int score(Set<String> s) {
    int min = Integer.MAX_VALUE;
    // A lone digit is in most sentences with a figure: the last choice as a branch's one clause.
    for (String x : s) min = Math.min(min, x.length() == 1 && Character.isDigit(x.charAt(0)) ? 0 : rarity(x));
    return min;
  }

  private static boolean oneDigit(String s) {
    return s.length() == 1 && s.charAt(0) >= '0' && s.charAt(0) <= '9';
  }

  /**
   * How many digit characters any text the pattern matches contains at least: "\\d+h \\d+m" needs
   * two, which most sentences lack, though their digits and letters are everywhere. 0 when unknown.
   */
  static int minDigits(String regex) {
    try {
      Prefilter p = new Prefilter(regex);
      Info info = p.alternation();
      return p.pos == regex.length() ? info.digits : 0;
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** An alternation requires one clause of each branch: the union of each branch's best. */
  private Info alternation() {
    Info first = concatenation();
    if (pos >= re.length() || re.charAt(pos) != '|') return first;
    int digits = first.digits;
    Set<String> exact = first.exact == null ? null : new HashSet<>(first.exact);
    Set<String> need = first.best() == null ? null : new HashSet<>(first.best());
    while (pos < re.length() && re.charAt(pos) == '|') {
      pos++;
      Info next = concatenation();
      digits = Math.min(digits, next.digits);
      if (exact != null && next.exact != null && exact.size() + next.exact.size() <= MAX_EXACT) exact.addAll(next.exact);
      else exact = null;
      Set<String> nb = next.best();
      if (need != null && nb != null) need.addAll(nb);
      else need = null;
    }
    return new Info(exact, need == null ? List.of() : List.of(need), digits);
  }

  /** A concatenation requires what each part requires; adjacent exact parts join into longer strings. */
  private Info concatenation() {
    Set<String> run = Set.of("");
    List<Set<String>> need = new ArrayList<>();
    Set<String> exactAll = Set.of("");
    int digits = 0;
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      Info atom = quantified();
      digits += atom.digits;
      if (atom.exact != null && run.size() * atom.exact.size() <= MAX_EXACT) {
        run = product(run, atom.exact);
      } else {
        if (usable(run) != null) need.add(run);
        need.addAll(atom.need);
        run = atom.exact == null ? Set.of("") : atom.exact;
      }
      exactAll = exactAll != null && atom.exact != null && exactAll.size() * atom.exact.size() <= MAX_EXACT
          ? product(exactAll, atom.exact) : null;
    }
    if (usable(run) != null) need.add(run);
    return new Info(exactAll, need, digits);
  }

  private static Set<String> product(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>();
    for (String x : a) for (String y : b) out.add(x + y);
    return out;
  }

  private Info quantified() {
    Info atom = atom();
    if (pos >= re.length()) return atom;
    char c = re.charAt(pos);
    Info result;
    if (c == '?' || c == '*') {
      pos++;
      Set<String> exact = null;
      if (c == '?' && atom.exact != null) {
        exact = new HashSet<>(atom.exact);
        exact.add("");
      }
      result = new Info(exact, null, 0);
    } else if (c == '+') {
      pos++;
      result = new Info(null, atom.all(), atom.digits);
    } else if (c == '{') {
      int close = re.indexOf('}', pos);
      String[] range = re.substring(pos + 1, close).split(",", -1);
      pos = close + 1;
      int min = Integer.parseInt(range[0].trim());
      if (min == 0) result = new Info(range.length == 2 && range[1].trim().equals("1") && atom.exact != null ? withEmpty(atom.exact) : null, null, 0);
      else if (min == 1 && range.length == 1) result = atom;
      else result = new Info(null, atom.all(), min * atom.digits);
    } else {
      return atom;
    }
    if (pos < re.length() && re.charAt(pos) == '?') pos++; // lazy
    return result;
  }

  private static Set<String> withEmpty(Set<String> s) {
    Set<String> out = new HashSet<>(s);
    out.add("");
    return out;
  }

  private Info atom() {
    char c = re.charAt(pos);
    switch (c) {
      case '(' -> {
        pos++;
        if (re.startsWith("?=", pos) || re.startsWith("?!", pos) || re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
          // A lookaround (java.util.regex patterns only) consumes nothing: it requires nothing here.
          pos += re.charAt(pos + 1) == '<' ? 3 : 2;
          alternation();
          if (pos >= re.length() || re.charAt(pos) != ')') throw new IllegalArgumentException("unbalanced");
          pos++;
          return new Info(Set.of(""), null);
        }
        if (re.startsWith("?:", pos)) pos += 2;
        else if (re.startsWith("?P<", pos)) pos = re.indexOf('>', pos) + 1;
        else if (re.startsWith("?<", pos)) pos = re.indexOf('>', pos) + 1;
        else if (re.charAt(pos) == '?') {
          // A flag group such as (?-i:IT) or (?i): flags do not change which letters are required once lower-cased.
          int colon = re.indexOf(':', pos);
          int close = re.indexOf(')', pos);
          if (close >= 0 && (colon < 0 || close < colon)) {
            pos = close + 1;
            return new Info(Set.of(""), null);
          }
          pos = colon + 1;
        }
        Info inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') throw new IllegalArgumentException("unbalanced");
        pos++;
        return inner;
      }
      case '[' -> {
        int end = classEnd(pos);
        String body = re.substring(pos + 1, end);
        pos = end + 1;
        // [0-9] is a digit, as \\d is.
        return body.equals("0-9") ? new Info(DIGITS, null) : new Info(classChars(body), null);
      }
      case '\\' -> {
        char e = re.charAt(pos + 1);
        pos += 2;
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z') return new Info(Set.of(""), null);
        if (e == 'Q') {
          int end = re.indexOf("\\E", pos);
          String lit = end < 0 ? re.substring(pos) : re.substring(pos, end);
          pos = end < 0 ? re.length() : end + 2;
          return new Info(Set.of(lit), null);
        }
        // A digit is one of ten strings: "\\d+ ?hours?" needs a digit, which most sentences lack.
        if (e == 'd') return new Info(DIGITS, null);
        if (Character.isLetterOrDigit(e)) return new Info(null, null); // \s \S \w \p...
        return new Info(Set.of(String.valueOf(e)), null);
      }
      case '.' -> {
        pos++;
        return new Info(null, null);
      }
      case '^', '$' -> {
        pos++;
        return new Info(Set.of(""), null);
      }
      default -> {
        pos++;
        return new Info(Set.of(String.valueOf(c)), null);
      }
    }
  }

  private int classEnd(int open) {
    int i = open + 1;
    if (i < re.length() && re.charAt(i) == '^') i++;
    if (i < re.length() && re.charAt(i) == ']') i++;
    while (i < re.length() && re.charAt(i) != ']') {
      if (re.charAt(i) == '\\') i++;
      i++;
    }
    if (i >= re.length()) throw new IllegalArgumentException("unclosed class");
    return i;
  }

  /** The characters of a small, plain character class such as [- ] ; null for ranges, negations or escapes. */
  private static Set<String> classChars(String body) {
    if (body.startsWith("^") || body.contains("\\") || body.length() > 6) return null;
    if (body.indexOf('-') > 0 && body.indexOf('-') < body.length() - 1) return null; // a range
    Set<String> out = new HashSet<>();
    for (char ch : body.toCharArray()) out.add(String.valueOf(ch));
    return out;
  }
}
