package candor.detect;

/**
 * How likely a listed open item is right: a point the buyer made that the draft leaves open, as a
 * labeller marks it. A logistic curve over the answer judge's "open" probability (in log-odds), with
 * a put-off point (the rep said they would come back to it) more often right and a concern (a
 * worry, not a question or request) less often: among concerns are remarks no answer was owed.
 *
 * <p>Fitted on 356 listed points the judge had not been trained on: held-out batches 44-61 judged by
 * a judge trained on batches 1-41, and the read batches 62-63 and 66-67 with the packaged judge
 * (corpus README, session 28). Fitted on two of the three and tried on the third, the curve beat
 * the base rate on each. {@code eval-calibration} prints the share right per band.
 */
public final class OpenConfidence {
  private OpenConfidence() {}

  static final double INTERCEPT = -0.09;
  static final double PER_LOG_ODDS = 0.64;
  static final double PUT_OFF = 0.27;
  static final double A_CONCERN = -0.49;
  /** Without a judge (the rules alone): the same fit without the judge's probability. */
  static final double RULES_INTERCEPT = 0.62;
  static final double RULES_PUT_OFF = 0.61;
  static final double RULES_A_CONCERN = -0.58;

  /**
   * The confidence of an open item, {@code openness} the judge's probability that it is open (null
   * when there is no judge), {@code putOff} whether the draft only deferred it.
   */
  public static double of(Double openness, boolean putOff, boolean concern) {
    double z;
    if (openness == null) {
      z = RULES_INTERCEPT + (putOff ? RULES_PUT_OFF : 0) + (concern ? RULES_A_CONCERN : 0);
    } else {
      double p = Math.min(Math.max(openness, 1e-4), 1 - 1e-4);
      z = INTERCEPT + PER_LOG_ODDS * Math.log(p / (1 - p)) + (putOff ? PUT_OFF : 0) + (concern ? A_CONCERN : 0);
    }
    return Math.round(1000 / (1 + Math.exp(-z))) / 1000.0;
  }
}
