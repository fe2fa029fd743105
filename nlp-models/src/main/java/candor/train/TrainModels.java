package candor.train;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.annotate.Sentence;
import candor.features.SentenceContext;
import candor.models.SentenceClassifier;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.io.BinaryGISModelWriter;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the sentence classifiers from the team corpus during the build (exec-maven-plugin, phase
 * process-classes) and writes them to target/classes/models. GIS on one thread over the corpus in
 * file order, so the same corpus always gives the same model.
 */
public final class TrainModels {
  public static final int ITERATIONS = 200;
  public static final int CUTOFF = 1;

  private TrainModels() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/classes");
    Annotator annotator = Annotator.english();
    write(annotator, Corpus.draftCategories(), out, SentenceClassifier.DRAFT_CATEGORY);
    write(annotator, Corpus.draftTypes(), out, SentenceClassifier.DRAFT_TYPE);
    write(annotator, Corpus.buyerKinds(), out, SentenceClassifier.BUYER_KIND);
    write(annotator, Corpus.buyerTopics(), out, SentenceClassifier.BUYER_TOPIC);
  }

  /** Trains the model for {@code resource} with the features serving will read it with, and writes it there under {@code out}. */
  private static void write(Annotator annotator, List<LabelledSentence> data, Path out, String resource) throws IOException {
    write(train(annotator, data, SentenceClassifier.featuresFor(resource)), out.resolve(resource));
  }

  /** A classifier for {@code resource}'s labels trained here on {@code data}, never written: for split evaluations and tests. */
  public static SentenceClassifier inMemory(Annotator annotator, List<LabelledSentence> data, String resource) throws IOException {
    SentenceClassifier.Features features = SentenceClassifier.featuresFor(resource);
    return new SentenceClassifier(train(annotator, data, features), features);
  }

  public static AbstractModel train(Annotator annotator, List<LabelledSentence> data) throws IOException {
    return train(annotator, data, SentenceContext::of);
  }

  /** As {@link #train(Annotator, List)}, reading each sentence with {@code features}. */
  public static AbstractModel train(Annotator annotator, List<LabelledSentence> data, SentenceClassifier.Features features)
      throws IOException {
    List<Event> events = new ArrayList<>();
    for (LabelledSentence s : data) events.add(new Event(s.label(), context(annotator, s.text(), features)));
    return train(events, CUTOFF);
  }

  /**
   * A maxent model over {@code events} as every Candor model is trained: GIS, {@link #ITERATIONS}
   * iterations, one thread, so the same events in the same order give the same model; features seen
   * fewer than {@code cutoff} times are dropped.
   */
  public static AbstractModel train(List<Event> events, int cutoff) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put("PrintMessages", false);
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
    return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  /** A corpus line is one sentence, but the sentence model may split it: features are taken over all of it. */
  static String[] context(Annotator annotator, String text, SentenceClassifier.Features features) {
    AnnotatedText at = annotator.annotate(text);
    List<candor.annotate.Token> tokens = new ArrayList<>();
    for (Sentence s : at.sentences()) tokens.addAll(s.tokens());
    if (tokens.isEmpty()) return new String[] {"bias"};
    Sentence whole = new Sentence(0, text.length(), 0, tokens);
    return features.of(text, whole);
  }

  static void write(AbstractModel model, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream os = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new GZIPOutputStream(os))) {
      new BinaryGISModelWriter(model, out).persist();
    }
  }
}
