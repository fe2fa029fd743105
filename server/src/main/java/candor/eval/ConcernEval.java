package candor.eval;

import candor.engine.Analysis;
import candor.engine.Concern;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Topic and deferral on labelled threads (concern-threads.jsonl: dev.jsonl's shape, each expected
 * unanswered item with its topic and status). An expected item is matched by the predicted item on
 * the same message whose span overlaps it most; among matched items, the topic and the status
 * (unanswered vs deferred) are scored.
 */
public final class ConcernEval {
  private int cases;
  private int expected;
  private int matched;
  private int topicRight;
  private int statusRight;
  private int answeredItems;
  private int answeredFlagged;
  /** "expected -> predicted" for wrong topics and wrong statuses. */
  private final Map<String, Integer> topicErrors = new TreeMap<>();
  private final Map<String, Integer> statusErrors = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int unmatchedRecognised;
  /** Every labelled point, open or answered, and how many of them the recogniser sees at all. */
  private int labelled;
  private int labelledRecognised;

  /** Whether the recogniser sees a question, request or concern in [start, end) of a message's text. */
  public interface Recognised {
    boolean test(String messageText, int start, int end);
  }

  private final Recognised recognised;

  /** {@code recognised} splits unmatched items into "never recognised" and "recognised but judged answered"; null skips that. */
  public ConcernEval(Recognised recognised) {
    this.recognised = recognised;
  }

  public ConcernEval() {
    this(null);
  }

  public void score(JsonNode c, Analysis a) {
    cases++;
    String id = c.path("id").asText();
    JsonNode thread = c.path("thread");
    for (JsonNode u : c.path("expect").path("unanswered")) {
      expected++;
      int m = u.path("message").asInt();
      String text = thread.path(m).path("text").asText();
      String quote = u.path("quote").asText();
      int s = text.indexOf(quote);
      if (s < 0) throw new IllegalArgumentException(id + ": quote not in message " + m + ": " + quote);
      Concern best = bestOverlap(a.unanswered(), m, s, s + quote.length());
      String topic = u.path("topic").asText();
      String status = u.path("status").asText();
      boolean seen = recognised != null && countRecognised(text, s, s + quote.length());
      if (best == null) {
        String why = "";
        if (recognised != null) {
          if (seen) unmatchedRecognised++;
          why = seen ? "recognised, judged answered; " : "not recognised; ";
        }
        failures.add(id + " not found (" + why + topic + ", " + status + "): '" + quote + "'");
        continue;
      }
      matched++;
      boolean topicOk = topic.equals(best.topic());
      boolean statusOk = status.equals(best.status().wire());
      if (topicOk) topicRight++;
      else topicErrors.merge(topic + " -> " + best.topic(), 1, Integer::sum);
      if (statusOk) statusRight++;
      else statusErrors.merge(status + " -> " + best.status().wire(), 1, Integer::sum);
      if (!topicOk || !statusOk) {
        failures.add(id + (topicOk ? "" : " topic " + topic + " -> " + best.topic()) + (statusOk ? "" : " status " + status + " -> "
            + best.status().wire()) + ": '" + quote + "'");
      }
    }
    for (JsonNode u : c.path("expect").path("answered")) {
      answeredItems++;
      int m = u.path("message").asInt();
      String text = thread.path(m).path("text").asText();
      int s = text.indexOf(u.path("quote").asText());
      if (s >= 0 && recognised != null) countRecognised(text, s, s + u.path("quote").asText().length());
      if (s >= 0 && bestOverlap(a.unanswered(), m, s, s + u.path("quote").asText().length()) != null) {
        answeredFlagged++;
        failures.add(id + " answered but listed: '" + u.path("quote").asText() + "'");
      }
    }
  }

  private boolean countRecognised(String text, int start, int end) {
    labelled++;
    boolean seen = recognised.test(text, start, end);
    if (seen) labelledRecognised++;
    return seen;
  }

  public void scoreAll(Iterable<JsonNode> caseList, Function<JsonNode, Analysis> analyze) {
    for (JsonNode c : caseList) score(c, analyze.apply(c));
  }

  static Concern bestOverlap(List<Concern> items, int message, int start, int end) {
    Concern best = null;
    int bestLen = 0;
    for (Concern p : items) {
      if (p.message() != message) continue;
      int len = Math.min(end, p.end()) - Math.max(start, p.start());
      if (len > bestLen) {
        best = p;
        bestLen = len;
      }
    }
    return best;
  }

  public int matched() {
    return matched;
  }

  public double topicAccuracy() {
    return matched == 0 ? 0.0 : (double) topicRight / matched;
  }

  public double statusAccuracy() {
    return matched == 0 ? 0.0 : (double) statusRight / matched;
  }

  public void print(PrintStream out, boolean showFailures) {
    if (showFailures) failures.forEach(out::println);
    out.printf(Locale.ROOT, "%d cases; %d expected unanswered/deferred items, %d matched by an overlapping predicted item%n",
        cases, expected, matched);
    if (recognised != null) {
      out.printf("unmatched: %d recognised as question/request/concern but judged answered, %d not recognised%n",
          unmatchedRecognised, expected - matched - unmatchedRecognised);
      // Recognition on its own, before any answer is judged: the first of the two steps that can lose a point.
      out.println("labelled points recognised (open and answered): " + Confusion.share(labelledRecognised, labelled));
    }
    out.println("topic accuracy (matched items):   " + Confusion.share(topicRight, matched));
    out.println("status accuracy (matched items):  " + Confusion.share(statusRight, matched) + "  (deferred vs unanswered)");
    out.println("wrong topics (expected -> predicted): " + DarkPatternEval.top(topicErrors));
    out.println("wrong statuses (expected -> predicted): " + DarkPatternEval.top(statusErrors));
    out.println("answered items listed anyway: " + Confusion.share(answeredFlagged, answeredItems));
  }
}
