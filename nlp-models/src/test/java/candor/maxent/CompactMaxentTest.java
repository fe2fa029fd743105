package candor.maxent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.annotate.Sentence;
import candor.features.SentenceContext;
import candor.models.SentenceClassifier;
import candor.train.Corpus;
import candor.train.LabelledSentence;
import java.io.DataInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compact form gives the shipped models' probabilities to the bit, on real sentences' features. */
class CompactMaxentTest {
  private static final List<String> MODELS = List.of(SentenceClassifier.DRAFT_CATEGORY, SentenceClassifier.DRAFT_TYPE,
      SentenceClassifier.BUYER_KIND, SentenceClassifier.BUYER_TOPIC);
  private static List<String[]> contexts;

  @BeforeAll
  static void features() throws Exception {
    Annotator annotator = Annotator.english();
    List<LabelledSentence> sentences = new ArrayList<>(Corpus.draftCategories());
    sentences.addAll(Corpus.buyerKinds());
    contexts = new ArrayList<>();
    // Every fifth line of the two corpora: thousands of contexts, seen and unseen features mixed.
    for (int i = 0; i < sentences.size(); i += 5) {
      AnnotatedText at = annotator.annotate(sentences.get(i).text());
      for (Sentence s : at.sentences()) contexts.add(SentenceContext.of(at.text(), s));
    }
    contexts.add(new String[0]);
    contexts.add(new String[] {"no such feature", "nor this one"});
    contexts.add(new String[] {"bias", "bias"}); // a repeated feature counts twice, as in GISModel
    contexts.add(new String[] {"bias", null, "w=price"}); // a null feature has no weights in either
  }

  private static GISModel shipped(String resource) throws Exception {
    try (InputStream raw = CompactMaxentTest.class.getClassLoader().getResourceAsStream(resource)) {
      return (GISModel) new BinaryGISModelReader(new DataInputStream(new GZIPInputStream(raw))).getModel();
    }
  }

  @Test
  void everyShippedModelGivesTheSameProbabilities() throws Exception {
    assertTrue(contexts.size() > 1000, "contexts: " + contexts.size());
    for (String resource : MODELS) {
      GISModel gis = shipped(resource);
      CompactMaxent compact = CompactMaxent.of(gis);
      for (String[] c : contexts) {
        double[] expected = gis.eval(c);
        assertArrayEquals(expected, compact.eval(c), resource + " " + Arrays.toString(c));
        assertEquals(gis.getBestOutcome(expected), compact.getBestOutcome(expected));
        assertEquals(gis.getAllOutcomes(expected), compact.getAllOutcomes(expected));
      }
    }
  }

  @Test
  void valuesScaleFeaturesAsGisDoes() throws Exception {
    GISModel gis = shipped(SentenceClassifier.BUYER_TOPIC);
    CompactMaxent compact = CompactMaxent.of(gis);
    for (String[] c : contexts.subList(0, 300)) {
      float[] values = new float[c.length];
      for (int i = 0; i < c.length; i++) values[i] = 0.25f * (i % 5);
      assertArrayEquals(gis.eval(c, values), compact.eval(c, values));
      double[] reused = new double[gis.getNumOutcomes()];
      assertSame(reused, compact.eval(c, reused), "the caller's array is filled, as BeamSearch expects");
      assertArrayEquals(gis.eval(c), reused);
    }
  }

  @Test
  void outcomesAreTheModels() throws Exception {
    GISModel gis = shipped(SentenceClassifier.BUYER_KIND);
    CompactMaxent compact = CompactMaxent.of(gis);
    assertEquals(gis.getNumOutcomes(), compact.getNumOutcomes());
    for (int i = 0; i < gis.getNumOutcomes(); i++) {
      assertEquals(gis.getOutcome(i), compact.getOutcome(i));
      assertEquals(i, compact.getIndex(gis.getOutcome(i)));
    }
    assertEquals(-1, compact.getIndex("no such outcome"));
    assertSame(compact, CompactMaxent.of(compact));
  }

  @Test
  void onlyGisModelsAreCompacted() throws Exception {
    // A perceptron scores without GIS's exp-normalise: its compact form would give other numbers.
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    params.put(TrainingParameters.CUTOFF_PARAM, 0);
    params.put("PrintMessages", false);
    MaxentModel perceptron = TrainerFactory.getEventTrainer(params, null).train(ObjectStreamUtils.createObjectStream(
        new Event("a", new String[] {"x"}), new Event("b", new String[] {"y"})));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompactMaxent.of(perceptron));
    assertTrue(e.getMessage().contains("only GIS maxent models"), e.getMessage());
  }
}
