package candor.detect;

import java.util.Map;

/**
 * Decision thresholds for the model-only findings, one per category, chosen on the dev set and the
 * team's 25 thread files after the second varied-trades round (session 10): pressure 0.90 and
 * overpromise 0.80 find more than the first round's model did at 0.86 / 0.75 (pressure 0.840 vs 0.834
 * of expected quotes, overpromise 0.808 vs 0.798) with one clean-draft false alarm fewer (4 vs 5 of
 * 335) and none on dev; 0.86 / 0.75 with the larger corpus would have doubled the false alarms.
 * See README "Detection". The system property candor.threshold.CATEGORY overrides one for tuning runs.
 */
final class Thresholds {
  static final Map<String, Double> MODEL = Map.of(
      "pressure", Double.parseDouble(System.getProperty("candor.threshold.pressure", "0.90")),
      "overpromise", Double.parseDouble(System.getProperty("candor.threshold.overpromise", "0.80")));

  private Thresholds() {}
}
