package candor.detect;

import java.util.Map;

/** The next step a coach would suggest for an open buyer concern, by topic and status. */
public final class ConcernAdvice {
  private static final Map<String, String> ANSWER = Map.of(
      "pricing", "Answer the pricing question directly: give the figure or the pricing model, and what would change it.",
      "timeline", "Give a realistic timeline with a range and what it depends on, rather than leaving the date open.",
      "integration", "Say plainly whether and how it connects to their system (native connector, API, or a gap), and offer a technical call if needed.",
      "security_compliance", "Address the security or compliance requirement head-on: what you meet, the document that shows it, and any gap.",
      "contract", "Answer the contract question: the term, what they own, and how it can end, or who will confirm it and by when.",
      "competitor", "Address the comparison honestly: where you differ from the alternative they named, without knocking it.",
      "authority", "Ask who else is involved in the decision and offer material that helps them make the case internally.",
      "other", "Answer this question or concern directly, or say honestly that you don't know yet and when you will.");

  private ConcernAdvice() {}

  public static String of(String topic, boolean deferred) {
    String base = ANSWER.getOrDefault(topic, ANSWER.get("other"));
    return deferred ? "You put this off. " + base + " If you truly can't yet, commit to a specific date for the answer." : base;
  }
}
