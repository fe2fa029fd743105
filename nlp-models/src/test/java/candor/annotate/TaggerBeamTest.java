package candor.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
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
}
