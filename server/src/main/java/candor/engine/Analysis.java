package candor.engine;

import java.util.List;

/** Everything the engine says about one draft. */
/**
 * Everything the engine says about one draft. {@code thread} is the thread unanswered items index,
 * with roles filled in: the messages sent, followed by any split out of the draft's quoted history
 * ({@code threadExtended} then true).
 */
public record Analysis(List<Finding> findings, List<Concern> unanswered, List<candor.insights.Insight> insights,
    Scores scores, List<String> warnings, List<ThreadMessage> thread, boolean threadExtended, double millis) {
  public Analysis {
    insights = List.copyOf(insights);
    thread = List.copyOf(thread);
    findings = List.copyOf(findings);
    unanswered = List.copyOf(unanswered);
    warnings = List.copyOf(warnings);
  }

  public record Scores(double pressure, double overpromise, double customerFocus) {}
}
