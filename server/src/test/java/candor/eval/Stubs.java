package candor.eval;

import candor.engine.Analysis;
import candor.engine.Concern;
import candor.engine.Field;
import candor.engine.Finding;
import java.util.List;

/** Hand-made analyses, so the evaluation arithmetic is tested without the engine's current rules. */
final class Stubs {
  private Stubs() {}

  static Finding finding(String rule, String category, String text, int start, String suggestion, double confidence) {
    return new Finding(rule + "@" + start, rule, category, "urgency", Field.TEXT, start, start + text.length(), text, "msg",
        List.of(suggestion), "warning", confidence);
  }

  /** Every occurrence of {@code words} in {@code text} as a finding of {@code rule}. */
  static void findAll(List<Finding> out, String text, String words, String rule, String category, String suggestion) {
    for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
      out.add(finding(rule, category, words, i, suggestion, 0.9));
    }
  }

  static Analysis analysis(List<Finding> findings, List<Concern> unanswered, List<String> warnings) {
    return new Analysis(findings, unanswered, List.of(), new Analysis.Scores(0, 0, 0), warnings, List.of(), false, 0);
  }

  static Concern concern(int message, String messageText, String quote, String topic, Concern.Status status) {
    return concern(message, messageText, quote, topic, status, 0.9);
  }

  static Concern concern(int message, String messageText, String quote, String topic, Concern.Status status, double confidence) {
    int s = messageText.indexOf(quote);
    if (s < 0) throw new IllegalArgumentException(quote);
    return new Concern("c" + s, message, s, s + quote.length(), quote, topic, status, "next step", confidence);
  }
}
