package candor.rules;

import candor.annotate.AnnotatedText;
import candor.annotate.Cancellation;
import candor.annotate.Sentence;
import candor.features.Cues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The active rules: built-in and team packs minus the ids switched off. Immutable; a reload builds
 * a new one. {@link #check} runs every rule on a sentence and drops matches whose context
 * (negation, hedge, buyer's condition, buyer's own words) cancels them.
 */
public final class RuleSet {
  private final List<RulePack> packs;
  private final List<Rule> rules;
  private final Set<String> disabled;
  private final LiteralIndex literals;

  public RuleSet(List<RulePack> packs, Collection<String> disabledIds) {
    PackLoader.checkUniqueIds(packs);
    this.packs = List.copyOf(packs);
    Set<String> off = new HashSet<>(disabledIds);
    for (RulePack p : packs) off.addAll(p.disabled());
    this.disabled = Set.copyOf(off);
    List<Rule> active = new ArrayList<>();
    for (RulePack p : packs) {
      for (Rule r : p.rules()) {
        if (!disabled.contains(r.id())) active.add(r);
      }
    }
    this.rules = List.copyOf(active);
    this.literals = LiteralIndex.forRules(this.rules);
  }

  public static RuleSet builtIn() {
    return new RuleSet(new PackLoader().builtIn(), List.of());
  }

  public List<RulePack> packs() {
    return packs;
  }

  /** Active rules, in pack order. */
  public List<Rule> rules() {
    return rules;
  }

  public Set<String> disabled() {
    return disabled;
  }

  public List<RuleMatch> check(AnnotatedText text, Sentence sentence) {
    String folded = Text.fold(sentence.text(text.text()));
    String lower = folded.toLowerCase(java.util.Locale.ROOT);
    java.util.BitSet[] candidates = literals.candidates(literals.present(lower));
    List<RuleMatch> out = new ArrayList<>();
    // The sentence-wide cues are read only once some rule has matched: most sentences match none.
    Boolean conditional = null;
    Boolean reported = null;
    Boolean hedged = null;
    for (int i = 0; i < rules.size(); i++) {
      java.util.BitSet branches = candidates[i];
      if (branches == null) continue;
      Rule rule = rules.get(i);
      Cancellation.check();
      List<RuleMatch> matches = rule.matchUnfiltered(text, sentence, folded, branches);
      if (matches.isEmpty()) continue;
      if (rule.conditional() && (conditional == null ? conditional = Cues.conditional(folded) : conditional)) continue;
      if (rule.reported() && (reported == null ? reported = Cues.reported(folded) : reported)) continue;
      for (RuleMatch m : matches) {
        if (rule.negatable() && negatedAt(folded, sentence, m)) continue;
        // A hedge counts in the clause of the claim: "X is the best tool, and customers typically ..."
        // hedges the second claim, not the first.
        if (rule.hedgeable() && (hedged == null ? hedged = Cues.hedged(folded) : hedged)
            && hedgedClause(text.text(), sentence, m)) continue;
        out.add(m);
      }
    }
    return out;
  }

  private static boolean hedgedClause(String source, Sentence sentence, RuleMatch m) {
    int[] clause = Text.clause(source, sentence.start(), sentence.end(), m.anchor(), m.anchor() + 1);
    return Cues.hedged(Text.fold(source.substring(clause[0], clause[1])));
  }

  private static boolean negatedAt(String folded, Sentence sentence, RuleMatch m) {
    return Cues.negatedBefore(folded, m.anchor() - sentence.start());
  }
}
