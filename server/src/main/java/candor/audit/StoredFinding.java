package candor.audit;

/**
 * One flagged span as the audit keeps it: enough to coach on, no more.
 *
 * @param category   pressure | overpromise | unanswered
 * @param ruleId     the rule (UNANSWERED_/DEFERRED_ plus the topic for unanswered concerns)
 * @param type       the finding's type (the topic for unanswered concerns)
 * @param confidence 0..1; the worst examples are those with the highest
 * @param text       the flagged words (for unanswered: the buyer's words left open)
 * @param sentence   the sentence around them
 * @param spanStart  where {@code text} starts in {@code sentence} (UTF-16 units)
 * @param spanEnd    where it ends
 * @param message    why it was flagged
 */
public record StoredFinding(String category, String ruleId, String type, double confidence, String text,
    String sentence, int spanStart, int spanEnd, String message) {
  public static final String PRESSURE = "pressure";
  public static final String OVERPROMISE = "overpromise";
  public static final String UNANSWERED = "unanswered";
}
