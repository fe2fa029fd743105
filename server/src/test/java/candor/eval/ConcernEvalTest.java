package candor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.engine.Concern;
import candor.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcernEvalTest {
  static final String MSG = "What does it cost per seat? Does it work with Okta? When could we go live? Who signs off?";
  // concern-threads.jsonl's format: unanswered items carry topic and status.
  static final String CASE = """
      {"id": "T1", "thread": [{"from": "Lee <lee@acme.io>", "role": "customer", "text": "%s"}],
       "draft": {"from": "Dana <dana@vendor.com>", "text": "Thanks!"},
       "expect": {"pressure": [], "overpromise": [],
         "unanswered": [{"message": 0, "quote": "What does it cost per seat?", "topic": "pricing", "status": "deferred"},
                        {"message": 0, "quote": "Does it work with Okta?", "topic": "integration", "status": "unanswered"},
                        {"message": 0, "quote": "When could we go live?", "topic": "timeline", "status": "unanswered"}],
         "answered": [{"message": 0, "quote": "Who signs off?", "topic": "authority"}]}}
      """.formatted(MSG);

  @Test
  void topicAndStatusAmongMatchedItems() throws Exception {
    JsonNode c = Json.mapper().readTree(CASE);
    List<Concern> predicted = List.of(
        Stubs.concern(0, MSG, "What does it cost per seat?", "pricing", Concern.Status.DEFERRED),      // both right
        Stubs.concern(0, MSG, "Does it work with Okta?", "other", Concern.Status.UNANSWERED),         // topic wrong
        Stubs.concern(0, MSG, "Who signs off?", "authority", Concern.Status.UNANSWERED));              // answered, listed
    // "When could we go live?" is not predicted: not matched.
    ConcernEval eval = new ConcernEval();
    eval.score(c, Stubs.analysis(List.of(), predicted, List.of()));
    assertEquals(2, eval.matched());
    assertEquals(0.5, eval.topicAccuracy(), 1e-12);
    assertEquals(1.0, eval.statusAccuracy(), 1e-12);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("3 expected unanswered/deferred items, 2 matched"), printed);
    assertTrue(printed.contains("topic accuracy (matched items):   0.500 (1 of 2)"), printed);
    assertTrue(printed.contains("integration -> other 1"), printed);
    assertTrue(printed.contains("answered items listed anyway: 1.000 (1 of 1)"), printed);
    assertTrue(printed.contains("T1 not found (timeline, unanswered): 'When could we go live?'"), printed);
  }

  @Test
  void unmatchedItemsAreSplitByWhetherTheyWereRecognised() throws Exception {
    JsonNode c = Json.mapper().readTree(CASE);
    ConcernEval eval = new ConcernEval((text, s, e) -> text.substring(s, e).startsWith("When"));
    eval.score(c, Stubs.analysis(List.of(), List.of(), List.of()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("unmatched: 1 recognised as question/request/concern but judged answered, 2 not recognised"), printed);
    assertTrue(printed.contains("T1 not found (recognised, judged answered; timeline, unanswered): 'When could we go live?'"), printed);
    assertTrue(printed.contains("T1 not found (not recognised; pricing, deferred)"), printed);
    // Recognition counts every labelled point, the answered one too: only "When could we go live?" is seen.
    assertTrue(printed.contains("labelled points recognised (open and answered): 0.250 (1 of 4)"), printed);
  }

  @Test
  void theLargestOverlapOnTheSameMessageWins() {
    List<Concern> items = List.of(new Concern("a", 1, 0, 30, "x", "pricing", Concern.Status.UNANSWERED, "s", 0.9),
        new Concern("b", 0, 0, 5, "x", "other", Concern.Status.UNANSWERED, "s", 0.9),
        new Concern("c", 0, 5, 30, "x", "timeline", Concern.Status.UNANSWERED, "s", 0.9));
    assertEquals("c", ConcernEval.bestOverlap(items, 0, 3, 20).id());
    assertEquals(null, ConcernEval.bestOverlap(items, 2, 3, 20));
  }
}
