package candor.cli;

import candor.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams the cases of a dev-format JSONL file, one object a line, to {@code each}. */
final class Cases {
  interface Each {
    void accept(JsonNode c) throws IOException;
  }

  private Cases() {}

  static void forEach(Path file, Each each) throws IOException {
    ObjectMapper json = Json.mapper();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) each.accept(json.readTree(line));
      }
    }
  }

  /** The case's draft and thread as the API receives them. */
  static JsonNode body(JsonNode c) {
    com.fasterxml.jackson.databind.node.ObjectNode body = Json.mapper().createObjectNode();
    body.set("draft", c.get("draft"));
    body.set("thread", c.get("thread"));
    return body;
  }

  /**
   * The standard engine but for its topic classifier and answer judge (an evaluation's, trained in
   * memory on part of the corpus; a null judge leaves the coverage rules' verdict standing).
   */
  static candor.engine.Engine engineWith(candor.annotate.Annotator annotator, candor.detect.TopicDetector topics,
      candor.detect.AnswerJudge judge) {
    candor.rules.RuleSet builtIn = candor.rules.RuleSet.builtIn();
    return new candor.engine.Engine(annotator, () -> builtIn, candor.detect.ModelDetector.standard(), topics, judge, 0);
  }

  /** The standard engine judging each text as a draft of its own, with no thread. */
  static java.util.function.Function<String, candor.engine.Analysis> draftAlone() {
    candor.engine.Engine engine = candor.engine.Engine.standard(0);
    return text -> engine.analyze(new candor.engine.AnalysisRequest(new candor.engine.Draft("", "", text), java.util.List.of()));
  }
}
