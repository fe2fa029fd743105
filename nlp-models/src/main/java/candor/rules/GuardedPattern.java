package candor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of our own fixed patterns (java.util.regex: lookaheads allowed, never team-written input)
 * behind the same literal prefilter the rule packs use: a text lacking what the pattern needs is
 * rejected by one automaton pass instead of a regex attempt at every word. The guard reads the
 * text lower-cased, so it holds whatever case the pattern or the text is in.
 */
public final class GuardedPattern {
  /** Every guarded pattern compiled so far, so a test can check each guard against its pattern. */
  private static final List<GuardedPattern> COMPILED = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** One automaton over the guards of every pattern compiled so far; rebuilt when a class compiles more. */
  private static volatile Shared shared;
  /** Per thread, the texts scanned last: many patterns are tried on one sentence in a row. */
  private static final ThreadLocal<Scans> SCANS = ThreadLocal.withInitial(Scans::new);

  private final Pattern pattern;
  /** This pattern's clauses (null: nothing can be required, every text goes to the regex). */
  private final List<Set<String>> clauses;
  /** This pattern's place in {@link #COMPILED}, and so its item in the shared automaton. */
  private final int id;

  private GuardedPattern(Pattern pattern, int id) {
    this.pattern = pattern;
    this.clauses = Prefilter.clauses(pattern.pattern());
    this.id = id;
  }

  public static GuardedPattern compile(String regex) {
    Pattern compiled = Pattern.compile(regex);
    synchronized (COMPILED) {
      GuardedPattern p = new GuardedPattern(compiled, COMPILED.size());
      COMPILED.add(p);
      return p;
    }
  }

  /** Every pattern compiled so far (class initialisation compiles them). */
  public static List<GuardedPattern> compiled() {
    return List.copyOf(COMPILED);
  }

  public Pattern pattern() {
    return pattern;
  }

  /**
   * False when the text cannot match: it lacks a literal the pattern requires. The text is scanned
   * once for the literals of every pattern, and the scan is kept for the next pattern tried on it.
   */
  public boolean mayMatch(String text) {
    if (clauses == null) return true;
    Shared s = shared;
    if (s == null || id >= s.count) s = rebuild();
    return s.index.anyBranch(id, SCANS.get().holds(s, text));
  }

  private static Shared rebuild() {
    synchronized (COMPILED) {
      Shared s = shared;
      if (s != null && s.count == COMPILED.size()) return s;
      List<List<List<Set<String>>>> items = new ArrayList<>();
      for (GuardedPattern p : COMPILED) {
        List<List<Set<String>>> branch = new ArrayList<>();
        branch.add(p.clauses); // null: a branch that always passes
        items.add(branch);
      }
      s = new Shared(new LiteralIndex(items), items.size());
      shared = s;
      return s;
    }
  }

  private record Shared(LiteralIndex index, int count) {}

  /** A few recent texts and the clauses that hold in each, replaced round-robin. */
  private static final class Scans {
    private static final int SIZE = 8;
    private final String[] texts = new String[SIZE];
    private final java.util.BitSet[] holds = new java.util.BitSet[SIZE];
    private Shared of;
    private int next;

    java.util.BitSet holds(Shared s, String text) {
      if (of != s) {
        java.util.Arrays.fill(texts, null);
        of = s;
      }
      for (int i = 0; i < SIZE; i++) if (texts[i] == text) return holds[i];
      for (int i = 0; i < SIZE; i++) if (text.equals(texts[i])) return holds[i];
      int i = next;
      next = (next + 1) % SIZE;
      holds[i] = s.index.present(text.toLowerCase(java.util.Locale.ROOT));
      texts[i] = text;
      return holds[i];
    }
  }

  public boolean find(String text) {
    return mayMatch(text) && pattern.matcher(text).find();
  }

  /**
   * A matcher over the text, or over the empty string when the text cannot match (a guarded
   * pattern requires a literal, so it never matches the empty string).
   */
  public Matcher matcher(String text) {
    return pattern.matcher(mayMatch(text) ? text : "");
  }

  /** Whether the prefilter could prove anything (false: every text goes to the regex). */
  public boolean guarded() {
    return clauses != null;
  }
}
