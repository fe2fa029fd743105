package candor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import candor.engine.Engine;
import candor.http.AnalysisJson;
import candor.http.Json;
import candor.http.RequestParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the dev set through the in-process engine and prints the figures (skipped without ../shared). */
class DevSetEvalTest {
  static Path shared() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("eval"))) return candidate;
    }
    return null;
  }

  @Test
  void devSetScoresWithoutErrors() throws IOException {
    Path shared = shared();
    assumeTrue(shared != null, "SKIPPED: ../shared/eval is not beside the repository; dev-set evaluation not run");
    ObjectMapper json = Json.mapper();
    List<JsonNode> cases = new ArrayList<>();
    for (String line : Files.readAllLines(shared.resolve("eval/dev.jsonl"))) {
      if (!line.isBlank()) cases.add(json.readTree(line));
    }
    Engine engine = Engine.standard(0);
    RequestParser parser = new RequestParser(Integer.MAX_VALUE);
    Scorer scorer = new Scorer();
    scorer.scoreAll(cases, body -> json.valueToTree(AnalysisJson.of(engine.analyze(parser.parse(body)))));
    scorer.print(System.out, false);
    assertEquals(0, scorer.errors());
  }
}
