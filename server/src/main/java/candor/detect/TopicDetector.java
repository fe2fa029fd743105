package candor.detect;

import candor.annotate.Sentence;
import candor.models.SentenceClassifier;
import java.util.Map;

/**
 * The topic of a buyer's question or concern: the trained topic classifier when it is confident of
 * a topic, else the keyword lexicon ({@link Topics}) over the whole concern, else the classifier's
 * best guess when it has one.
 */
public final class TopicDetector {
  static final double CONFIDENT = Double.parseDouble(System.getProperty("candor.topic.confident", "0.6"));
  static final double GUESS = Double.parseDouble(System.getProperty("candor.topic.guess", "0.35"));

  private final SentenceClassifier model;

  public TopicDetector(SentenceClassifier model) {
    this.model = model;
  }

  public static TopicDetector standard() {
    return new TopicDetector(SentenceClassifier.load(SentenceClassifier.BUYER_TOPIC));
  }

  public String of(String source, Sentence sentence, String span) {
    String best = "other";
    double bestP = 0;
    for (Map.Entry<String, Double> e : model.classify(source, sentence).entrySet()) {
      if (e.getValue() > bestP) {
        best = e.getKey();
        bestP = e.getValue();
      }
    }
    // "other" only says the classifier saw no topic words in the sentence; a topic word anywhere in
    // the concern ("your block price is up 11%. Can you explain it?") is better evidence than that.
    if (bestP >= CONFIDENT && !"other".equals(best)) return best;
    String lexical = Topics.of(span);
    if (!"other".equals(lexical)) return lexical;
    return bestP >= GUESS ? best : "other";
  }
}
