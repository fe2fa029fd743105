package candor.models;

import candor.annotate.Sentence;
import candor.features.SentenceContext;
import candor.maxent.CompactMaxent;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maxent sentence classifier trained in the build from the team corpus (see candor.train) and
 * packaged under models/. Evaluation only reads the immutable model, so one instance serves all threads.
 */
public final class SentenceClassifier {
  /** Pressure / overpromise / none, for the rep's draft sentences. */
  public static final String DRAFT_CATEGORY = "models/draft-category.bin.gz";
  /** The fine type (e.g. pressure:urgency) of a draft sentence, trained on positives only. */
  public static final String DRAFT_TYPE = "models/draft-type.bin.gz";
  /** Question / request / concern / none, for the buyer's sentences. */
  public static final String BUYER_KIND = "models/buyer-kind.bin.gz";

  /** Topic of a buyer's question or concern (pricing, timeline, integration, ...). */
  public static final String BUYER_TOPIC = "models/buyer-topic.bin.gz";

  /** How a model reads a sentence: the same function in training and in serving. */
  @FunctionalInterface
  public interface Features {
    String[] of(String source, Sentence sentence);
  }

  private final MaxentModel model;
  private final Features features;

  /**
   * {@code model} as trained, read with the {@code features} it was trained on ({@link #featuresFor});
   * evaluated in its compact form (same probabilities, cheaper per feature).
   */
  public SentenceClassifier(MaxentModel model, Features features) {
    this.model = CompactMaxent.of(model);
    this.features = features;
  }

  /** The features the model at {@code resource} was trained on: the topic model reads only the point's words. */
  public static Features featuresFor(String resource) {
    return BUYER_TOPIC.equals(resource) ? candor.features.TopicContext::of : SentenceContext::of;
  }

  /** Loaded models by resource: a model is immutable, so every user of one shares it. */
  private static final java.util.concurrent.ConcurrentHashMap<String, SentenceClassifier> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The packaged model at {@code resource}, read once per process. */
  public static SentenceClassifier load(String resource) {
    return LOADED.computeIfAbsent(resource, SentenceClassifier::read);
  }

  private static SentenceClassifier read(String resource) {
    try (InputStream raw = SentenceClassifier.class.getClassLoader().getResourceAsStream(resource)) {
      if (raw == null) throw new IllegalStateException(resource + " is not on the classpath: the build trains it (mvn package)");
      return new SentenceClassifier(new BinaryGISModelReader(new DataInputStream(new GZIPInputStream(raw))).getModel(),
          featuresFor(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Label -> probability, for one sentence of {@code source}. */
  public Map<String, Double> classify(String source, Sentence sentence) {
    return classify(features.of(source, sentence));
  }

  /**
   * Label -> probability for a context already made by this model's features: two models that
   * read one sentence (category, then type) share its context rather than each building it.
   */
  public Map<String, Double> classify(String[] context) {
    double[] p = model.eval(context);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) out.put(model.getOutcome(i), p[i]);
    return out;
  }

  public String best(String source, Sentence sentence) {
    return model.getBestOutcome(model.eval(features.of(source, sentence)));
  }
}
