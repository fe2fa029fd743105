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

  @Option(names = "--rules-only", description = "Judge buyer points answered or open by the coverage rules alone, without the trained answer judge.")
  boolean rulesOnly;

  @Option(names = "--judge-trained-through", paramLabel = "BATCH",
      description = "Use an answer judge trained in memory on concern-thread batches 1..BATCH only (not the packaged one), to score it on"
          + " later batches it has not seen.")
  Integer judgeThrough;

  @Override
  public Integer call() throws IOException {
    ObjectMapper json = Json.mapper();
    List<JsonNode> list = new ArrayList<>();
    for (String line : Files.readAllLines(cases, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) list.add(json.readTree(line));
    }
    Scorer scorer = new Scorer();
    if (url != null && (rulesOnly || judgeThrough != null)) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--url scores the server's own engine: leave out --rules-only and --judge-trained-through");
    }
    scorer.scoreAll(list, url == null ? inProcess(json, engine()) : remote(json, url.replaceAll("/+$", "")));
    if (asJson) System.out.println(json.writeValueAsString(scorer.summary()));
    else scorer.print(System.out, showMisses);
    return scorer.errors() == 0 ? 0 : 1;
  }

  private Engine engine() throws IOException {
    if (!rulesOnly && judgeThrough == null) return Engine.standard(0);
    candor.detect.AnswerJudge judge = null;
    if (judgeThrough != null) {
      List<String> files = candor.train.Corpus.threadFiles(judgeThrough);
      judge = candor.engine.TrainAnswerJudge.inMemory(files);
      System.out.println("NOT SHIPPED: answer judge trained in memory on " + files.size() + " concern-thread files (batches up to "
          + judgeThrough + ")");
    } else {
      System.out.println("NOT SHIPPED: coverage rules alone, no answer judge");
    }
    return Cases.engineWith(candor.annotate.Annotator.english(), candor.detect.TopicDetector.standard(), judge);
  }

  private static Function<JsonNode, JsonNode> inProcess(ObjectMapper json, Engine engine) {
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
