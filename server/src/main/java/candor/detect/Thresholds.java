package candor.detect;

import java.util.Map;

/**
 * Decision thresholds for the model-only findings, one per category. Chosen after the varied-trades
 * training set (session 10) on the dev set and the team's thread files: the lowest pressure threshold
 * with no new false alarm on a clean draft is 0.86 (a clean dev draft scores 0.84, one of batch 8
 * 0.85). Overpromise stays at 0.75: on blind batches 16-19, 0.70 found 4 more of 73 claims but added
 * 3 false ones, 2 of them on clean drafts. See README "Detection".
 * The system property candor.threshold.CATEGORY overrides one for tuning runs.
 */
final class Thresholds {
  static final Map<String, Double> MODEL = Map.of(
      "pressure", Double.parseDouble(System.getProperty("candor.threshold.pressure", "0.86")),
      "overpromise", Double.parseDouble(System.getProperty("candor.threshold.overpromise", "0.75")));

  private Thresholds() {}
}
