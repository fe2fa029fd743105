package candor.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenConfidenceTest {
  @Test
  void risesWithTheJudgesOpennessAndStaysAProbability() {
    double previous = 0;
    for (double p = 0; p <= 1.0001; p += 0.05) {
      double c = OpenConfidence.of(Math.min(p, 1), false, false);
      assertTrue(c > 0 && c < 1, p + " -> " + c);
      assertTrue(c >= previous, "not monotone at " + p);
      previous = c;
    }
    assertTrue(OpenConfidence.of(0.95, false, false) > OpenConfidence.of(0.5, false, false) + 0.2);
  }

  @Test
  void aPutOffPointRanksHigherAndAConcernLowerThanAPlainQuestion() {
    double question = OpenConfidence.of(0.7, false, false);
    assertTrue(OpenConfidence.of(0.7, true, false) > question);
    assertTrue(OpenConfidence.of(0.7, false, true) < question);
    assertTrue(OpenConfidence.of(null, true, false) > OpenConfidence.of(null, false, false));
    assertTrue(OpenConfidence.of(null, false, true) < OpenConfidence.of(null, false, false));
  }

  @Test
  void isTheFittedCurveRoundedToThreePlaces() {
    // logit 0 at openness 0.5: only the intercept and the concern weight count.
    assertEquals(Math.round(1000 / (1 + Math.exp(0.09 + 0.49))) / 1000.0, OpenConfidence.of(0.5, false, true), 1e-12);
    assertEquals(Math.round(1000 / (1 + Math.exp(-0.62))) / 1000.0, OpenConfidence.of(null, false, false), 1e-12);
  }
}
