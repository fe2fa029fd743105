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

  private final Pattern pattern;
  private final LiteralIndex guard;

  private GuardedPattern(Pattern pattern) {
    this.pattern = pattern;
    List<Set<String>> clauses = Prefilter.clauses(pattern.pattern());
    List<List<Set<String>>> branch = new ArrayList<>();
    branch.add(clauses);
    this.guard = clauses == null ? null : new LiteralIndex(List.of(branch));
  }

  public static GuardedPattern compile(String regex) {
    GuardedPattern p = new GuardedPattern(Pattern.compile(regex));
    COMPILED.add(p);
    return p;
  }

  /** Every pattern compiled so far (class initialisation compiles them). */
  public static List<GuardedPattern> compiled() {
    return List.copyOf(COMPILED);
  }

  public Pattern pattern() {
    return pattern;
  }

  /** False when the text cannot match: it lacks a literal the pattern requires. */
  public boolean mayMatch(String text) {
    return guard == null || !guard.branches(0, guard.present(text.toLowerCase(java.util.Locale.ROOT))).isEmpty();
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
    return guard != null;
  }
}
