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

  /**
   * The question itself when a lead-in comes before a colon ("before we sign the agreement: what's
   * the restocking fee?"): its words name the topic, the lead-in's only set the scene.
   */
  static String asked(String span) {
    int colon = span.lastIndexOf(':');
    if (colon < 0) return span;
    String after = span.substring(colon + 1).trim();
    return after.split("\\s+").length >= 3 ? after : span;
  }

  public String of(String source, Sentence sentence, String span) {
    String asked = asked(span);
    String decided = Topics.decisive(asked);
    if (decided != null) return decided; // settled by its form: no need to run the classifier
    String best = "other";
    double bestP = 0;
    for (Map.Entry<String, Double> e : model.classify(source, sentence).entrySet()) {
      if (e.getValue() > bestP) {
        best = e.getKey();
        bestP = e.getValue();
      }
    }
    String lexical = Topics.of(asked);
    if ("other".equals(lexical)) lexical = Topics.of(span);
    // The lexicon's cue words in the concern itself win over a classifier that read the whole
    // sentence (which may hold another question) and guessed from its neighbours' words; a
    // confident classifier still decides when the concern also mentions its topic, or has no cue.
    // "other" from the classifier only says it saw no topic words.
    boolean confident = bestP >= CONFIDENT && !"other".equals(best);
    if (confident && ("other".equals(lexical) || Topics.mentions(asked, best))) return best;
    if (!"other".equals(lexical)) return lexical;
    return bestP >= GUESS ? best : "other";
  }
}
