package candor.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.engine.Concern;
import candor.engine.Finding;
import candor.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationEvalTest {
  static final String DRAFT = "Sign today or lose the price. We guarantee 3x ROI. Best regards.";
  // dev.jsonl's format.
  static final String CASE = """
      {"id": "K1", "thread": [], "draft": {"from": "Dana <dana@vendor.com>", "text": "%s"},
       "expect": {"pressure": ["Sign today or lose the price"], "overpromise": ["guarantee 3x ROI"], "unanswered": [], "answered": []}}
      """.formatted(DRAFT);

  static Finding at(String rule, String category, String words, double confidence) {
    return Stubs.finding(rule, category, words, DRAFT.indexOf(words), "x", confidence);
  }

  @Test
  void bandsCountFindingsAndTheShareRight() throws Exception {
    JsonNode c = Json.mapper().readTree(CASE);
    CalibrationEval eval = new CalibrationEval();
    eval.score(c, Stubs.analysis(List.of(
        at("P1", "pressure", "Sign today", 0.95),          // right, 0.9-1.0
        at("P2", "pressure", "lose the price", 1.0),       // right, 0.9-1.0 (1.0 belongs to the last band)
        at("O1", "overpromise", "Sign today", 0.85),       // wrong category for that quote, 0.8-0.9
        at("O2", "overpromise", "guarantee", 0.8),         // right, 0.8-0.9 (a band's lower edge is inside it)
        at("P3", "pressure", "Best regards", 0.55),        // wrong, 0.5-0.6
        at("P4", "pressure", "We guarantee", 0.7)),        // wrong (overpromise quote), 0.7-0.8
        List.of(), List.of()));
    assertArrayEquals(new int[] {1, 0}, eval.band(0));
    assertArrayEquals(new int[] {0, 0}, eval.band(1));
    assertArrayEquals(new int[] {1, 0}, eval.band(2));
    assertArrayEquals(new int[] {2, 1}, eval.band(3));
    assertArrayEquals(new int[] {2, 2}, eval.band(4));
    assertArrayEquals(new int[] {4, 3}, eval.high());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("0.8-0.9       2 findings, right 0.500 (1 of 2)"), printed);
    assertTrue(printed.contains("confidence >= 0.8: right 0.750 (3 of 4)"), printed);
    assertTrue(printed.contains("wrong at >= 0.8: K1 O1 0.850 'Sign today'"), printed);
  }

  @Test
  void openItemsAreRightOnlyOnTheExpectedMessageAndBandedByTenths() throws Exception {
    String first = "Can you send the SOC 2 report? Also, what does onboarding cost?";
    String second = "Can you send the SOC 2 report? We need it this week.";
    JsonNode c = Json.mapper().readTree("""
        {"id": "K2", "draft": {"from": "Dana <dana@vendor.com>", "text": "Thanks, Lee."},
         "thread": [{"from": "Lee <lee@acme.io>", "text": "%s"}, {"from": "Lee <lee@acme.io>", "text": "%s"}],
         "expect": {"pressure": [], "overpromise": [], "unanswered": [{"message": 0, "quote": "send the SOC 2 report"}], "answered": []}}
        """.formatted(first, second));
    CalibrationEval eval = new CalibrationEval();
    eval.score(c, Stubs.analysis(List.of(), List.of(
        Stubs.concern(0, first, "Can you send the SOC 2 report?", "security", Concern.Status.UNANSWERED, 0.85),  // right, 0.8-0.9
        Stubs.concern(1, second, "Can you send the SOC 2 report?", "security", Concern.Status.UNANSWERED, 0.82), // another message: wrong
        Stubs.concern(0, first, "what does onboarding cost?", "pricing", Concern.Status.UNANSWERED, 0.35),      // not expected: wrong
        Stubs.concern(0, first, "SOC 2", "security", Concern.Status.DEFERRED, 1.0)), List.of()));                // right, last band
    assertArrayEquals(new int[] {2, 1}, eval.openBand(8));
    assertArrayEquals(new int[] {1, 0}, eval.openBand(3));
    assertArrayEquals(new int[] {1, 1}, eval.openBand(9));
    assertArrayEquals(new int[] {0, 0}, eval.openBand(5));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8), false);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("0.8-0.9       2 items, right 0.500 (1 of 2), mean confidence 0.835"), printed);
  }
}
