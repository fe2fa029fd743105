package candor.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/** The beam's cut-off is the value OpenNLP's BeamSearch reads from its sorted copy of the scores. */
class TaggerBeamTest {
  @Test
  void kthLargestIsWhatTheSortedCopyGives() {
    Random random = new Random(7);
    double[] scratch = new double[5];
    for (int trial = 0; trial < 20_000; trial++) {
      int n = 1 + random.nextInt(40);
      double[] scores = new double[n];
      // Few distinct values, so ties (which the sorted copy counts once each) are common.
      for (int i = 0; i < n; i++) scores[i] = random.nextInt(4) == 0 ? 0.0 : random.nextInt(6) / 8.0;
      int k = 1 + random.nextInt(5);
      double[] sorted = scores.clone();
      Arrays.sort(sorted);
      double expected = sorted[Math.max(0, n - k)];
      assertEquals(expected, TaggerBeam.kthLargest(scores, k, scratch), Arrays.toString(scores) + " k=" + k);
    }
  }

  @Test
  void aBeamHoldsAtLeastOnePath() {
    assertThrows(IllegalArgumentException.class, () -> new TaggerBeam(0, null));
  }

  /**
   * Paths whose contexts are equal get one evaluation between them, and the beam still keeps what
   * OpenNLP's BeamSearch keeps. The context here looks back one tag, so paths that differ earlier share it.
   */
  @Test
  void anEqualContextIsEvaluatedOnceAndTheBeamIsOpenNlps() {
    String[] tags = {"A", "B", "C", "D"};
    int[] evaluations = {0};
    MaxentModel model = new MaxentModel() {
      @Override
      public double[] eval(String[] context) {
        return eval(context, new double[tags.length]);
      }

      @Override
      public double[] eval(String[] context, double[] probs) {
        evaluations[0]++;
        // Deterministic, uneven probabilities from the context's words.
        int h = String.join("|", context).hashCode();
        double sum = 0;
        for (int o = 0; o < tags.length; o++) sum += probs[o] = 1 + Math.floorMod(h * 31 + o * 17, 13);
        for (int o = 0; o < tags.length; o++) probs[o] /= sum;
        return probs;
      }

      @Override
      public double[] eval(String[] context, float[] values) {
        return eval(context);
      }

      @Override
      public String getBestOutcome(double[] outcomes) {
        return null;
      }

      @Override
      public String getAllOutcomes(double[] outcomes) {
        return null;
      }

      @Override
      public String getOutcome(int i) {
        return tags[i];
      }

      @Override
      public int getIndex(String outcome) {
        return Arrays.asList(tags).indexOf(outcome);
      }

      @Override
      public int getNumOutcomes() {
        return tags.length;
      }
    };
    // A fresh array every call, as OpenNLP's generators give.
    opennlp.tools.util.BeamSearchContextGenerator<String> lookBackOne = (i, words, prior, extra) ->
        new String[] {"w=" + words[i], "t=" + (i == 0 ? "bos" : prior[i - 1])};
    opennlp.tools.util.SequenceValidator<String> any = (i, words, prior, outcome) -> true;
    String[] words = "one two three four five six seven".split(" ");

    opennlp.tools.util.Sequence[] expected = new opennlp.tools.ml.BeamSearch(3, model).bestSequences(3, words, null, lookBackOne, any);
    int stock = evaluations[0];
    evaluations[0] = 0;
    opennlp.tools.util.Sequence[] ours = new TaggerBeam(3, model).bestSequences(3, words, null, lookBackOne, any);

    assertEquals(expected.length, ours.length);
    for (int s = 0; s < expected.length; s++) {
      assertEquals(expected[s].getOutcomes(), ours[s].getOutcomes());
      assertEquals(expected[s].getScore(), ours[s].getScore());
    }
    assertTrue(evaluations[0] < stock, "evaluations: " + evaluations[0] + " against BeamSearch's " + stock);
  }
}
