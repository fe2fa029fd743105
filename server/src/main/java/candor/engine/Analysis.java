package candor.engine;

import java.util.List;

/** Everything the engine says about one draft. */
public record Analysis(List<Finding> findings, List<Concern> unanswered, Scores scores, List<String> warnings,
    double millis) {
  public Analysis {
    findings = List.copyOf(findings);
    unanswered = List.copyOf(unanswered);
    warnings = List.copyOf(warnings);
  }

  public record Scores(double pressure, double overpromise, double customerFocus) {}
}
