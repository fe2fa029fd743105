package candor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.engine.Concern;
import candor.engine.Engine;
import candor.engine.Field;
import candor.engine.Finding;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fuzzes the JSON endpoint in-process: body bytes through {@link ApiServer#parseJson} and
 * {@link RequestParser} (which may only throw {@link BadRequest}), then the engine, whose every
 * finding, concern and located insight must index the text it came from. In the test command this runs the seed
 * corpus only ({@code JsonRequestFuzzTestInputs/analyzeJson}); {@code scripts/fuzz.sh json}
 * fuzzes for real.
 */
class JsonRequestFuzzTest {
  private static final Engine ENGINE = Engine.standard(0);
  private static final RequestParser PARSER = new RequestParser(100_000);

  @FuzzTest(maxDuration = "5m")
  void analyzeJson(byte[] body) {
    AnalysisRequest request;
    try {
      JsonNode root = ApiServer.parseJson(body);
      request = PARSER.parse(root);
    } catch (BadRequest e) {
      assertTrue(e.status() >= 400 && e.status() < 500, "status " + e.status());
      return; // documented: a client error with a detail
    }
    check(request, ENGINE.analyze(request));
  }

  static void check(AnalysisRequest request, Analysis a) {
    for (Finding f : a.findings()) {
      String text = f.field() == Field.SUBJECT ? request.draft().subject() : request.draft().text();
      assertTrue(text != null && 0 <= f.start() && f.start() < f.end() && f.end() <= text.length(), f::toString);
      assertEquals(f.text(), text.substring(f.start(), f.end()), f::toString);
    }
    for (Concern c : a.unanswered()) {
      assertTrue(0 <= c.message() && c.message() < a.thread().size(), c::toString);
      String text = a.thread().get(c.message()).text();
      assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= text.length(), c::toString);
      assertEquals(c.text(), text.substring(c.start(), c.end()), c::toString);
    }
    for (candor.insights.Insight i : a.insights()) {
      if (i.offset() == null) continue;
      String text = "draft".equals(i.where()) ? request.draft().text() : a.thread().get(i.message()).text();
      assertTrue(text != null && i.offset() >= 0 && i.length() > 0 && i.offset() + i.length() <= text.length(), i::toString);
    }
  }
}
