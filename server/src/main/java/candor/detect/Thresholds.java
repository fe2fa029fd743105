package candor.detect;

import java.util.Map;

/**
 * Decision thresholds for the model-only findings, one per category, chosen on the dev set and the
 * team's 26 thread files after the third varied-trades round (session 10): pressure 0.92 and
 * overpromise 0.85 find more than the second round's model did at 0.90 / 0.80 (pressure 0.851 vs
 * 0.836 of expected quotes, overpromise 0.815 vs 0.803) with fewer clean-draft false alarms (3 vs 5
 * of 347) and none on dev. Each round's larger corpus makes the model surer, so the same threshold
 * flags more; the thresholds rise with it. See README "Detection".
 * The system property candor.threshold.CATEGORY overrides one for tuning runs.
 */
final class Thresholds {
  static final Map<String, Double> MODEL = Map.of(
      "pressure", Double.parseDouble(System.getProperty("candor.threshold.pressure", "0.92")),
      "overpromise", Double.parseDouble(System.getProperty("candor.threshold.overpromise", "0.85")));

  private Thresholds() {}
}
