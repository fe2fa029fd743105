package candor.detect;

import java.util.Map;

/**
 * Decision thresholds for the model-only findings, one per category. Since session 19 the category
 * model also learns from the pressure and overpromise quotes of the team's thread files; surer of
 * itself, it is held to pressure 0.95 (0.92 gave one dev clean draft a false alarm) and overpromise
 * 0.90 (0.85 kept dev clean too, but flagged more of the older batches' clean drafts and 23 more
 * SpamAssassin ham messages). With these, dev keeps every finding right and no clean-draft false
 * alarm, and the ham gets fewer findings than before. Fresh blind batches 38-39 (never trained on)
 * are the check on new text. See README "Detection" and the corpus README, session 19.
 * The system property candor.threshold.CATEGORY overrides one for tuning runs.
 */
final class Thresholds {
  static final Map<String, Double> MODEL = Map.of(
      "pressure", Double.parseDouble(System.getProperty("candor.threshold.pressure", "0.95")),
      "overpromise", Double.parseDouble(System.getProperty("candor.threshold.overpromise", "0.90")));

  private Thresholds() {}
}
