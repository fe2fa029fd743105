package candor.detect;

import java.util.Map;

/**
 * Decision thresholds for the model-only findings, one per category. Since session 19 the category
 * model also learns from the pressure and overpromise quotes of the team's thread files; surer of
 * itself, it is held to pressure 0.95 (0.92 gave one dev clean draft a false alarm). Overpromise was
 * chosen in session 20 on threads the model had not seen: trained without batches 44-51, scored on
 * them, 0.90 / 0.87 / 0.85 / 0.80 gave overpromise F1 0.717 / 0.755 / 0.758 / 0.780 with clean drafts
 * flagged 1.0 / 1.0 / 1.0 / 5.2%; 0.87 keeps nearly all of 0.85's gain for fewer findings on the
 * SpamAssassin ham (132 against 147; 111 at 0.90). Dev keeps every finding right and no clean-draft
 * false alarm at either. See README "Detection" and the corpus README, sessions 19 and 20.
 * The system property candor.threshold.CATEGORY overrides one for tuning runs.
 */
final class Thresholds {
  static final Map<String, Double> MODEL = Map.of(
      "pressure", Double.parseDouble(System.getProperty("candor.threshold.pressure", "0.95")),
      "overpromise", Double.parseDouble(System.getProperty("candor.threshold.overpromise", "0.87")));

  /**
   * The lower threshold a pressure sentence meets when it also carries a cue of the type the model
   * gives it and is addressed to the reader ({@link NearMissCues}), chosen in session 32 on the blind
   * threads of sessions 20-30: 0.80 / 0.85 / 0.90 gave pressure F1 0.895 / 0.889 / 0.889 on the 240 of
   * batches 42-43, 52-55 and 68-71 (0.882 without) and 0.835 / 0.835 / 0.822 on 72-73 (0.795), one more
   * clean draft flagged of 121, and 65 / 60 pressure findings on 950 SpamAssassin ham messages at 0.80 /
   * without. Lowering the plain threshold as far instead doubled the clean drafts flagged (session 30).
   */
  private static final double NEAR_MISS_PRESSURE = Double.parseDouble(System.getProperty("candor.threshold.pressure.nearmiss", "0.85"));

  /**
   * The same for overpromise (session 32): at 0.80, overpromise F1 on blind 240 0.853 -> 0.858, read
   * batches 62-67 0.963 -> 0.969, blind 72-73 and dev unchanged, no clean draft newly flagged, 95 -> 100
   * overpromise findings on the 950 ham messages (116 without the seller-or-reader condition).
   */
  private static final double NEAR_MISS_OVERPROMISE = Double.parseDouble(System.getProperty("candor.threshold.overpromise.nearmiss", "0.80"));

  /** The near-miss thresholds by category. */
  static final Map<String, Double> NEAR_MISS = Map.of("pressure", NEAR_MISS_PRESSURE, "overpromise", NEAR_MISS_OVERPROMISE);

  private Thresholds() {}
}
