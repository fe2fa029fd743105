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
    for (Sentence s : text.sentences()) {
      if (!own.startsIn(s) || s.tokens().size() < 4) continue;
      Map<String, Double> p = categories.classify(source, s);
      for (String category : List.of("pressure", "overpromise")) {
        double prob = p.getOrDefault(category, 0.0);
        if (prob < thresholds.getOrDefault(category, 1.01)) continue;
        String type = bestType(source, s, category);
        int[] span = Text.trim(source, s.start(), s.end());
        if (span[1] > span[0]) out.add(new Hit(category, type, span[0], span[1], prob));
      }
    }
    return out;
  }

  private String bestType(String source, Sentence s, String category) {
    String best = null;
    double bestP = -1;
    for (Map.Entry<String, Double> e : types.classify(source, s).entrySet()) {
      if (e.getKey().startsWith(category + ":") && e.getValue() > bestP) {
        best = e.getKey().substring(category.length() + 1);
        bestP = e.getValue();
      }
    }
    return best;
  }
}
