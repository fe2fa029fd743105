package candor.cli;

import candor.engine.Analysis;
import candor.engine.Concern;
import candor.engine.Engine;
import candor.engine.Finding;
import candor.http.AnalysisJson;
import candor.http.BadRequest;
import candor.http.Json;
import candor.http.RequestParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Analyses one request file: one finding a line (FILE:line:col: [RULE] message), or the API's JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Analyse a draft and its thread from a JSON file.")
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "A JSON file shaped like the POST /v1/analyze body.")
  Path file;

  @Option(names = "--json", description = "Print the API's JSON response.")
  boolean asJson;

  @Override
  public Integer call() throws IOException {
    ObjectMapper json = Json.mapper();
    JsonNode root;
    try {
      root = json.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      System.err.println(file + ": not valid JSON: " + e.getMessage());
      return 2;
    }
    Analysis a;
    try {
      a = Engine.standard(0).analyze(new RequestParser(Integer.MAX_VALUE).parse(root));
    } catch (BadRequest e) {
      System.err.println(file + ": " + e.getMessage());
      return 2;
    }
    if (asJson) {
      System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(AnalysisJson.of(a)));
      return 0;
    }
    String draft = root.path("draft").path("text").asText("");
    String subject = root.path("draft").path("subject").asText("");
    for (Finding f : a.findings()) {
      String text = f.field() == candor.engine.Field.SUBJECT ? subject : draft;
      int[] lc = lineCol(text, f.start());
      String where = f.field() == candor.engine.Field.SUBJECT ? "subject:" : "";
      System.out.println(file + ":" + where + lc[0] + ":" + lc[1] + ": [" + f.ruleId() + "] " + f.message());
    }
    for (Concern c : a.unanswered()) {
      String text = root.path("thread").path(c.message()).path("text").asText("");
      int[] lc = lineCol(text, c.start());
      System.out.println(file + ":thread[" + c.message() + "]:" + lc[0] + ":" + lc[1] + ": [UNANSWERED_"
          + c.topic().toUpperCase() + "] " + c.status().wire() + ": \"" + c.text() + "\" " + c.suggestion());
    }
    a.warnings().forEach(w -> System.out.println(file + ": warning: " + w));
    return 0;
  }

  /** 1-based line and column (in UTF-16 units, like the API's offsets). */
  static int[] lineCol(String text, int offset) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new int[] {line, col};
  }
}
