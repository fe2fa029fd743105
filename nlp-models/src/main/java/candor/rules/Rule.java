package candor.rules;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.annotate.Token;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One compiled rule of a pack. Patterns are compiled once at load; {@link #match} only scans.
 * Team-written patterns run on re2j, whose matching time is linear in the input, so no pattern
 * can stall the server by backtracking.
 */
public final class Rule {
  /** How far a span is widened beyond what the pattern matched. */
  public enum Extend { NONE, CLAUSE, SENTENCE }

  private final RuleSpec spec;
  private final String pack;
  private final MatchKind kind;
  /** A phrase rule's alternatives, each compiled alone so only those whose literals occur are scanned. */
  private final List<Pattern> phrases;
  /**
   * Per branch, the prefilter's clauses; null: always run. A branch is one alternative of a phrase's
   * outermost alternation (see {@link Alternatives}), or a whole phrase that cannot be cut, or the one
   * branch of a sequence rule.
   */
  private final List<List<java.util.Set<String>>> branchClauses;
  /** Per branch, its phrase. */
  private final int[] branchPhrase;
  /** Per branch, its alternative within the phrase; -1 for a whole phrase. */
  private final int[] branchAlternative;
  /** Per branch, how many digits a sentence needs before it can match ("\\d+h \\d+m" needs two). */
  private final int[] branchDigits;
  /** Per phrase, its narrowed forms (null: its alternation is not cut). */
  private final List<Narrowed<Pattern>> narrowed;
  private final List<Step> steps;
  private final Map<String, String> swaps;
  private final List<Pattern> unless;
  /** Per exception, the prefilter's clauses (null: none proved, the exception always runs). */
  private final List<List<java.util.Set<String>>> unlessClauses;
  private final Extend extend;
  /** Whether the phrase marks its span with a named group {@code (?P<span>...)}. */
  private final boolean spanGroup;

  Rule(RuleSpec spec, String pack, MatchKind kind, List<Pattern> phrases, List<Step> steps,
      Map<String, String> swaps, List<Pattern> unless, Extend extend) {
    this.spec = spec;
    this.pack = pack;
    this.kind = kind;
    this.phrases = phrases == null ? List.of() : List.copyOf(phrases);
    List<List<java.util.Set<String>>> clauses = new ArrayList<>();
    List<int[]> owners = new ArrayList<>();
    List<Integer> digits = new ArrayList<>();
    List<Narrowed<Pattern>> cut = new ArrayList<>();
    for (int b = 0; b < this.phrases.size(); b++) {
      Pattern phrase = this.phrases.get(b);
      Alternatives alt = Alternatives.of(phrase.pattern());
      cut.add(alt == null ? null : new Narrowed<>(alt, phrase, re -> Pattern.compile(re, phrase.flags())));
      List<String> branches = Alternatives.branches(phrase.pattern(), alt);
      for (int j = 0; j < branches.size(); j++) {
        clauses.add(Prefilter.clauses(branches.get(j)));
        digits.add(Prefilter.minDigits(branches.get(j)));
        owners.add(new int[] {b, alt == null ? -1 : j});
      }
    }
    if (this.phrases.isEmpty()) {
      clauses.add(null);
      digits.add(0);
      owners.add(new int[] {0, -1});
    }
    this.branchClauses = java.util.Collections.unmodifiableList(clauses);
    this.branchPhrase = owners.stream().mapToInt(o -> o[0]).toArray();
    this.branchAlternative = owners.stream().mapToInt(o -> o[1]).toArray();
    this.branchDigits = digits.stream().mapToInt(Integer::intValue).toArray();
    this.narrowed = java.util.Collections.unmodifiableList(cut);
    this.steps = steps == null ? List.of() : List.copyOf(steps);
    this.swaps = swaps == null ? Map.of() : Map.copyOf(swaps);
    this.unless = List.copyOf(unless);
    this.unlessClauses = this.unless.stream().map(p -> Prefilter.clauses(p.pattern())).collect(java.util.stream.Collectors.toList());
    this.extend = extend;
    this.spanGroup = this.phrases.stream().anyMatch(p -> p.pattern().contains("(?P<span>"));
  }

  public String id() { return spec.id; }
  public String pack() { return pack; }
  public String category() { return spec.category; }
  public String type() { return spec.type; }
  public String description() { return spec.description; }
  public MatchKind kind() { return kind; }
  public String level() { return spec.level == null ? "warning" : spec.level; }
  public double confidence() { return spec.confidence == null ? 0.8 : spec.confidence; }
  public String message() { return spec.message; }
  public List<String> suggestions() { return spec.suggestions(); }
  /** Whether a negation just before the match ("can't guarantee") cancels it. */
  public boolean negatable() { return spec.negatable == null || spec.negatable; }
  /** Whether a hedge in the sentence ("typically", "may") cancels it. */
  public boolean hedgeable() { return spec.hedgeable == null ? "overpromise".equals(spec.category) : spec.hedgeable; }
  /** Whether a condition the buyer controls ("if that works for you") cancels it. */
  public boolean conditional() { return spec.conditional != null && spec.conditional; }
  /** Whether restating the buyer's own words ("you mentioned ...") cancels it. */
  public boolean reported() { return spec.reported != null && spec.reported; }
  public RuleSpec.Examples examples() { return spec.examples == null ? new RuleSpec.Examples() : spec.examples; }

  /** All matches of this rule in one sentence, in text order; overlapping matches are not repeated. */
  public List<RuleMatch> match(AnnotatedText text, Sentence sentence) {
    String folded = Text.fold(sentence.text(text.text()));
    return match(text, sentence, folded, folded.toLowerCase(java.util.Locale.ROOT));
  }

  /** As {@link #match(AnnotatedText, Sentence)}, with the sentence already folded and lower-cased. */
  List<RuleMatch> match(AnnotatedText text, Sentence sentence, String folded, String lower) {
    java.util.BitSet branches = branches(lower);
    return branches.isEmpty() ? List.of() : matchUnfiltered(text, sentence, folded, branches);
  }

  /** Matching with the branches the literal prefilter let through (for a sequence rule: bit 0). */
  List<RuleMatch> matchUnfiltered(AnnotatedText text, Sentence sentence, String folded, java.util.BitSet branches) {
    String source = text.text();
    List<RuleMatch> out = new ArrayList<>();
    switch (kind) {
      case PHRASE, SUBSTITUTION -> {
        int digits = -1;
        int phrasesRun = 0;
        for (int b = branches.nextSetBit(0); b >= 0; ) {
          // The branches of one phrase are adjacent: gather those that may match, then run the phrase
          // narrowed to them (the same matches as the whole phrase, since the rest cannot match).
          int phrase = branchPhrase[b];
          java.util.BitSet alive = new java.util.BitSet();
          for (; b >= 0 && branchPhrase[b] == phrase; b = branches.nextSetBit(b + 1)) {
            // Literals say nothing of how many digits there are: a countdown ("2d 4h 12m") needs three,
            // and most sentences with "in" and a digit have one.
            if (branchDigits[b] > 1 && (digits < 0 ? digits = digitCount(folded) : digits) < branchDigits[b]) continue;
            alive.set(Math.max(0, branchAlternative[b]));
          }
          if (alive.isEmpty()) continue;
          matchPhrase(patternFor(phrase, alive), source, sentence, folded, out);
          phrasesRun++;
        }
        if (phrasesRun > 1) dropOverlaps(out);
      }
      case SEQUENCE -> matchSequence(source, sentence, out);
      default -> throw new IllegalStateException(kind.name());
    }
    if (!out.isEmpty()) {
      String lower = null;
      for (int u = 0; u < unless.size(); u++) {
        // The exception's own literal guard first: a re2j scan costs several times a few contains.
        List<java.util.Set<String>> guard = unlessClauses.get(u);
        if (guard != null) {
          if (lower == null) lower = folded.toLowerCase(java.util.Locale.ROOT);
          if (!holds(guard, lower)) continue;
        }
        if (unless.get(u).matcher(folded).find()) return List.of();
      }
    }
    return out;
  }

  /** The branches whose prefilter clauses all hold in the lower-cased sentence (the slow path, without an index). */
  java.util.BitSet branches(String lower) {
    java.util.BitSet out = new java.util.BitSet();
    for (int b = 0; b < branchClauses.size(); b++) {
      List<java.util.Set<String>> cnf = branchClauses.get(b);
      if (cnf == null || holds(cnf, lower)) out.set(b);
    }
    return out;
  }

  /** Whether every clause has one of its literals in the lower-cased text. */
  private static boolean holds(List<java.util.Set<String>> cnf, String lower) {
    for (java.util.Set<String> clause : cnf) {
      if (clause.stream().noneMatch(lower::contains)) return false;
    }
    return true;
  }

  /** False when no branch's prefilter holds: the re2j scan can be skipped. */
  public boolean mayMatch(String lowerSentence) {
    return !branches(lowerSentence).isEmpty();
  }

  private static int digitCount(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= '0' && text.charAt(i) <= '9') n++;
    return n;
  }

  /** The phrase, or the phrase narrowed to the alternatives in {@code alive}. */
  private Pattern patternFor(int phrase, java.util.BitSet alive) {
    Narrowed<Pattern> n = narrowed.get(phrase);
    return n == null ? phrases.get(phrase) : n.get(alive);
  }

  int phraseCount() {
    return phrases.size();
  }

  /** Per branch, the clauses its prefilter requires (null: none could be proved, the branch always runs). */
  List<List<java.util.Set<String>>> branchClauses() {
    return branchClauses;
  }

  /** Keeps matches in text order, dropping any that overlaps an earlier one (branches can overlap). */
  private static void dropOverlaps(List<RuleMatch> out) {
    out.sort(java.util.Comparator.comparingInt(RuleMatch::start));
    List<RuleMatch> kept = new ArrayList<>();
    for (RuleMatch m : out) {
      if (kept.isEmpty() || m.start() >= kept.get(kept.size() - 1).end()) kept.add(m);
    }
    out.clear();
    out.addAll(kept);
  }

  private void matchPhrase(Pattern phrase, String source, Sentence sentence, String folded, List<RuleMatch> out) {
    int before = out.size();
    Matcher m = phrase.matcher(folded);
    int from = 0;
    while (from <= folded.length() && m.find(from)) {
      int gs = m.start();
      int ge = m.end();
      if (spanGroup && m.start("span") >= 0) {
        gs = m.start("span");
        ge = m.end("span");
      }
      if (ge > gs) {
        int[] span = widen(source, sentence, sentence.start() + gs, sentence.start() + ge);
        span = Text.trim(source, span[0], span[1]);
        boolean overlapsPrevious = out.size() > before && span[0] < out.get(out.size() - 1).end();
        if (span[1] > span[0] && !overlapsPrevious) {
          List<String> groups = new ArrayList<>();
          groups.add(source.substring(span[0], span[1]));
          for (int g = 1; g <= m.groupCount(); g++) {
            int s = m.start(g);
            groups.add(s < 0 ? null : source.substring(sentence.start() + s, sentence.start() + m.end(g)));
          }
          String replacement = kind == MatchKind.SUBSTITUTION
              ? swaps.get(Text.normaliseSpaces(folded.substring(m.start(), m.end())))
              : null;
          out.add(new RuleMatch(this, span[0], span[1], sentence.start() + gs, groups, replacement));
        }
      }
      from = Math.max(m.end(), m.start() + 1);
    }
  }

  private void matchSequence(String source, Sentence sentence, List<RuleMatch> out) {
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int end = matchStepsAt(tokens, i, 0);
      if (end > i) {
        int[] span = widen(source, sentence, tokens.get(i).start(), tokens.get(end - 1).end());
        out.add(new RuleMatch(this, span[0], span[1], tokens.get(i).start(), List.of(source.substring(span[0], span[1])), null));
        i = end;
      } else {
        i++;
      }
    }
  }

  /** Returns the token index after the last step matched from {@code at}, or -1. */
  private int matchStepsAt(List<Token> tokens, int at, int stepIndex) {
    if (stepIndex == steps.size()) return at;
    Step step = steps.get(stepIndex);
    int maxSkip = stepIndex == 0 ? 0 : step.skip();
    for (int skip = 0; skip <= maxSkip && at + skip < tokens.size(); skip++) {
      if (step.matches(tokens.get(at + skip))) {
        int r = matchStepsAt(tokens, at + skip + 1, stepIndex + 1);
        if (r >= 0) return r;
      }
    }
    if (step.optional()) return matchStepsAt(tokens, at, stepIndex + 1);
    return -1;
  }

  private int[] widen(String source, Sentence sentence, int start, int end) {
    return switch (extend) {
      case NONE -> new int[] {start, end};
      case SENTENCE -> Text.trim(source, sentence.start(), sentence.end());
      case CLAUSE -> Text.clause(source, sentence.start(), sentence.end(), start, end);
    };
  }

  @Override
  public String toString() {
    return pack + ":" + spec.id;
  }
}
