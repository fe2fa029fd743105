package candor.cli;

import candor.engine.Engine;
import candor.eval.Scorer;
import candor.http.AnalysisJson;
import candor.http.Json;
import candor.http.RequestParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Precision, recall and F1 per category on a labelled JSONL file, in-process or against a server. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score detection on labelled cases (the format of shared/eval/dev.jsonl).")
public final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "Cases, one JSON object a line.")
  Path cases;

  @Option(names = "--url", description = "Score a running server instead of the in-process engine.")
  String url;

  @Option(names = "--show-misses", description = "List every false alarm and miss.")
  boolean showMisses;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean asJson;

  @Override
  public Integer call() throws IOException {
    ObjectMapper json = Json.mapper();
    List<JsonNode> list = new ArrayList<>();
    for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) list.add(json.readTree(line));
    }
    Scorer scorer = new Scorer();
    scorer.scoreAll(list, url == null ? inProcess(json) : remote(json, url.replaceAll("/+$", "")));
    if (asJson) System.out.println(json.writeValueAsString(scorer.summary()));
    else scorer.print(System.out, showMisses);
    return scorer.errors() == 0 ? 0 : 1;
  }

  private static Function<JsonNode, JsonNode> inProcess(ObjectMapper json) {
    Engine engine = Engine.standard(0);
    RequestParser parser = new RequestParser(Integer.MAX_VALUE);
    return body -> json.valueToTree(AnalysisJson.of(engine.analyze(parser.parse(body))));
  }

  private static Function<JsonNode, JsonNode> remote(ObjectMapper json, String base) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return body -> {
      try {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/v1/analyze"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
            .build();
        HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) throw new IllegalStateException("HTTP " + res.statusCode());
        return json.readTree(res.body());
      } catch (IOException e) {
        throw new IllegalStateException(e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    };
  }
}
