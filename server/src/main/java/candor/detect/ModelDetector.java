package candor.detect;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.models.SentenceClassifier;
import candor.rules.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trained sentence classifiers: catch pressure and overpromise phrased in ways no rule names.
 * A sentence is flagged when the category model's probability reaches the category's threshold
 * (chosen on the dev set; see README); its type comes from the type model.
 */
public final class ModelDetector {
  public record Hit(String category, String type, int start, int end, double probability) {}

  private final SentenceClassifier categories;
  private final SentenceClassifier types;
  private final Map<String, Double> thresholds;

  public ModelDetector(SentenceClassifier categories, SentenceClassifier types, Map<String, Double> thresholds) {
    this.categories = categories;
    this.types = types;
    this.thresholds = Map.copyOf(thresholds);
  }

  public static ModelDetector standard() {
    return new ModelDetector(SentenceClassifier.load(SentenceClassifier.DRAFT_CATEGORY),
        SentenceClassifier.load(SentenceClassifier.DRAFT_TYPE), Thresholds.MODEL);
  }

  /** Probability per category for one sentence (pressure, overpromise, none). */
  public Map<String, Double> categoryProbabilities(String source, Sentence s) {
    return categories.classify(source, s);
  }

  public List<Hit> detect(AnnotatedText text, PatternDetector.Region own) {
    List<Hit> out = new ArrayList<>();
    String source = text.text();
    List<Sentence> sentences = text.sentences();
    for (int index = 0; index < sentences.size(); index++) {
      Sentence s = sentences.get(index);
      if (!own.startsIn(s) || s.tokens().size() < 4) continue;
      String[] context = candor.features.SentenceContext.of(source, s); // read again by the type model on a hit
      Map<String, Double> p = categories.classify(context);
      String folded = null; // for the vetoes, made only once something scores
      for (String category : List.of("pressure", "overpromise")) {
        double threshold = thresholds.getOrDefault(category, 1.01);
        double prob = p.getOrDefault(category, 0.0);
        // A claim inside a long sentence is judged on its own clause and underlined there. Pressure is
        // judged on the whole sentence: it lives in how clauses combine ("sign by Friday, or the price goes").
        List<Scored> clauses = category.equals("overpromise") && prob >= CLAUSE_FLOOR
            ? clausesReaching(source, s, category, threshold) : List.of();
        // Just under the threshold, a sentence still counts with its type's cue words (NearMissCues).
        boolean nearMiss = clauses.isEmpty() && prob < threshold;
        if (nearMiss && prob < Thresholds.NEAR_MISS.getOrDefault(category, 1.01)) continue;
        if (folded == null) folded = Text.fold(source.substring(s.start(), s.end())).toLowerCase(java.util.Locale.ROOT);
        String type = nearMiss ? bestType(context, category) : null; // read once, kept for the finding
        if (nearMiss && !NearMissCues.of(category, type, folded)) continue;
        if (vetoed(category, folded)) continue;
        if (!clauses.isEmpty() && !qualified(folded)) {
          for (Scored c : clauses) add(out, source, c.clause(), null, category, c.probability());
        } else if (prob >= threshold || nearMiss) {
          int before = out.size();
          addTyped(out, source, s, type != null ? type : bestType(context, category), category, prob);
          if (out.size() > before && TakenBack.applies(category, out.get(before).type()) && TakenBack.after(source, sentences, index)) {
            out.remove(before);
          }
        }
      }
    }
    return out;
  }

  private record Scored(Sentence clause, double probability) {}

  /**
   * The clauses of {@code hit}'s sentence that no span in {@code covered} touches, each judged on its
   * own: a rule naming one clause ("waiting until Q1 is a mistake: every week ..., and if there's a
   * recall people will ask why") must not silence the model on the rest of the sentence. A sentence of
   * one clause gives nothing, as the rule already speaks for it. A hedge elsewhere in the sentence does
   * not stop this, as it stops {@link #detect} reading clauses: the model has already flagged the
   * sentence whole, and a rule found an unhedged claim in it (on the read thread files, holding back
   * here lost 5 overpromise items of batches 1-33 and gained no precision).
   */
  public List<Hit> uncovered(AnnotatedText text, Hit hit, List<int[]> covered) {
    Sentence sentence = text.sentenceAt(hit.start());
    if (sentence == null) return List.of();
    String source = text.text();
    String category = hit.category();
    double threshold = thresholds.getOrDefault(category, 1.01);
    List<Hit> out = new ArrayList<>();
    // A clause just under the threshold counts with its type's cue words, as a sentence does in detect.
    for (Scored c : clausesReaching(source, sentence, category, Math.min(threshold, Thresholds.NEAR_MISS.getOrDefault(category, 1.01)))) {
      Sentence clause = c.clause();
      boolean touched = covered.stream().anyMatch(span -> Text.overlaps(span[0], span[1], clause.start(), clause.end()));
      if (touched) continue;
      String folded = Text.fold(source.substring(clause.start(), clause.end())).toLowerCase(java.util.Locale.ROOT);
      if (vetoed(category, folded)) continue;
      if (c.probability() < threshold && !NearMissCues.anyOf(category, folded)) continue;
      add(out, source, clause, null, category, c.probability());
    }
    return out;
  }

  /** The clauses of a sentence of several that reach {@code threshold} read on their own; none for a one-clause sentence. */
  private List<Scored> clausesReaching(String source, Sentence s, String category, double threshold) {
    List<Sentence> clauses = candor.annotate.Clauses.of(s);
    if (clauses.size() < 2) return List.of();
    List<Scored> out = new ArrayList<>();
    for (Sentence c : clauses) {
      double prob = categories.classify(source, c).getOrDefault(category, 0.0);
      if (prob >= threshold) out.add(new Scored(c, prob));
    }
    return out;
  }

  /**
   * Clauses are read only when the whole sentence gives the category at least this: 58% of the team's
   * multi-clause draft sentences score below it, and 3 of the 66 clause hits among them came from one
   * (a sentence that reads as plain business whole rarely hides a claim). It keeps most of the
   * clause pass's cost off the analysis.
   */
  static final double CLAUSE_FLOOR = 0.005;

  /**
   * A hedge or a source anywhere in the sentence qualifies every clause of it ("across last quarter's
   * checks the median was 6 days, and 90% were back within 14"): a clause is not read on its own then.
   */
  private static boolean qualified(String folded) {
    return candor.features.Cues.hedged(folded) || candor.features.Cues.reported(folded);
  }

  /** A clause's hit, typed from its own context. */
  private void add(List<Hit> out, String source, Sentence s, String[] context, String category, double prob) {
    addTyped(out, source, s, bestType(context != null ? context : candor.features.SentenceContext.of(source, s), category), category, prob);
  }

  /** A hit of the type already read for it. */
  private void addTyped(List<Hit> out, String source, Sentence s, String type, String category, double prob) {
    int[] span = Text.trim(source, s.start(), s.end());
    if (span[1] > span[0]) out.add(new Hit(category, type, span[0], span[1], prob));
  }

  /**
   * A sentence that declines to promise ("I can't promise the import will be error-free, but ...") is
   * the opposite of an overpromise, and one about waiting on the rep's own side ("I'm still waiting on
   * our technical team to confirm ...") holds no leverage over the buyer: the model's words ("error-free",
   * "every", "waiting") are not the claim or the push.
   */
  private static final java.util.regex.Pattern DECLINES_TO_PROMISE = java.util.regex.Pattern.compile(
      "\\b(?:can't|cannot|can not|won't|will not|wouldn't|would not|don't|do not|never) (?:promise|guarantee|claim|pretend|tell you|say)\\b|\\bno guarantees?\\b"
          // a limit admitted is the opposite of a claim: "no tuner can stop that", "no fence is completely dog-proof"
          + "|\\bno (?:[\\w'-]+ ){0,2}?(?:can|could|will|would) (?:ever )?(?:stop|prevent|guarantee|promise|eliminate|avoid|fix|remove)\\b"
          + "|\\b(?:nothing|no (?:[\\w'-]+ ){1,2}?)(?:is|are) (?:ever )?(?:completely|totally|entirely|fully|100%|perfectly)\\b"
          // what an insurance, warranty or contract covers is a term the buyer can hold us to, not an outcome
          // (unless it covers "anything that could ever happen")
          + "|\\b(?:insurance|warranty|indemnity|policy|cover) (?:covers?|pays?|includes?|protects?) (?!(?:you )?(?:any|every|all|everything|anything|whatever)\\b)");
  private static final java.util.regex.Pattern WAITS_ON_OWN_SIDE = java.util.regex.Pattern.compile(
      "\\b(?:waiting|wait) (?:on|for) (?:our|my) \\w+|\\b(?:not sure|don't know|do not know) yet\\b"
          // a step the buyer's side chose, done on their word: "I've put you in for Tuesday, since Marguerite mentioned Tuesday suits"
          + "|\\b(?:since|as|because) (?!i\\b|we\\b|i've\\b|we've\\b)(?:[\\w'-]+ ){1,2}?(?:mentioned|said|asked for|suggested|requested|confirmed|picked|chose)\\b");

  static boolean vetoed(String category, String foldedLower) {
    return "overpromise".equals(category) ? DECLINES_TO_PROMISE.matcher(foldedLower).find() : WAITS_ON_OWN_SIDE.matcher(foldedLower).find();
  }

  private String bestType(String[] context, String category) {
    String best = null;
    double bestP = -1;
    for (Map.Entry<String, Double> e : types.classify(context).entrySet()) {
      if (e.getKey().startsWith(category + ":") && e.getValue() > bestP) {
        best = e.getKey().substring(category.length() + 1);
        bestP = e.getValue();
      }
    }
    return best;
  }
}
