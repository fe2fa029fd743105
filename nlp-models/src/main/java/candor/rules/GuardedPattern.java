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
  /** One branch per alternative (or one for the whole), each its clauses; null: that branch always runs. */
  private final List<List<Set<String>>> branches;
  /** Whether any branch has clauses: if none has, every text goes to the whole pattern. */
  private final boolean anyGuard;
  /** This pattern's place in {@link #COMPILED}, and so its item in the shared automaton. */
  private final int id;
  /** The pattern narrowed to the alternatives a text's literals allow; null when its alternation is not cut. */
  private final Narrowed<Pattern> narrowed;

  private GuardedPattern(Pattern pattern, int id) {
    this.pattern = pattern;
    Alternatives alternatives = Alternatives.of(pattern.pattern());
    List<List<Set<String>>> b = new ArrayList<>();
    for (String branch : Alternatives.branches(pattern.pattern(), alternatives)) b.add(Prefilter.clauses(branch));
    this.branches = java.util.Collections.unmodifiableList(b);
    this.anyGuard = b.stream().anyMatch(java.util.Objects::nonNull);
    this.narrowed = alternatives == null ? null : new Narrowed<>(alternatives, pattern, Pattern::compile);
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
    if (!anyGuard) return true;
    Shared s = shared();
    return s.index.anyBranch(id, SCANS.get().holds(s, text));
  }

  /**
   * The pattern to run on {@code text}: the whole one, or only the alternatives whose literals the
   * text has (the same matches, fewer attempts), or null when nothing can match.
   */
  private Pattern forText(String text) {
    if (!anyGuard) return pattern;
    Shared s = shared();
    long[] holds = SCANS.get().holds(s, text);
    if (narrowed == null) return s.index.anyBranch(id, holds) ? pattern : null;
    java.util.BitSet keep = s.index.branches(id, holds);
    return keep.isEmpty() ? null : narrowed.get(keep);
  }

  /** The shared automaton, rebuilt first if it predates this pattern. */
  private Shared shared() {
    Shared s = shared;
    return s == null || id >= s.count ? rebuild() : s;
  }

  private static Shared rebuild() {
    synchronized (COMPILED) {
      Shared s = shared;
      if (s != null && s.count == COMPILED.size()) return s;
      List<List<List<Set<String>>>> items = new ArrayList<>();
      for (GuardedPattern p : COMPILED) items.add(p.branches);
      s = new Shared(new LiteralIndex(items), items.size());
      shared = s;
      return s;
    }
  }

  private record Shared(LiteralIndex index, int count) {}

  /** A few recent texts and the clauses that hold in each, replaced round-robin. */
  private static final class Scans {
    private static final int SIZE = 32;
    private final String[] texts = new String[SIZE];
    private final long[][] holds = new long[SIZE][];
    private Shared of;
    private int next;

    long[] holds(Shared s, String text) {
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
    Pattern p = forText(text);
    return p != null && p.matcher(text).find();
  }

  /**
   * A matcher over the text, or over the empty string when the text cannot match (a guarded
   * pattern requires a literal, so it never matches the empty string). Its matches are the whole
   * pattern's; the pattern behind it may be a narrowed one, so read them, not {@code pattern()}.
   */
  public Matcher matcher(String text) {
    Pattern p = forText(text);
    return p != null ? p.matcher(text) : pattern.matcher("");
  }

  /** Whether the prefilter can turn a text away (false: some alternative, or the whole, runs on every text). */
  public boolean guarded() {
    return branches.stream().noneMatch(java.util.Objects::isNull);
  }
}
