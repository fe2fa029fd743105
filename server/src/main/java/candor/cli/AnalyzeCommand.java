package candor.cli;

import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.http.RawMail;
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
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse a draft and its thread: a JSON request file, a raw .eml reply, or an mbox of one thread.")
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "A JSON file shaped like the POST /v1/analyze body.")
  Path file;

  @Option(names = "--json", description = "Print the API's JSON response.")
  boolean asJson;

  @Override
  public Integer call() throws IOException {
    ObjectMapper json = Json.mapper();
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    AnalysisRequest request;
    boolean raw = !name.endsWith(".json");
    try {
      if (name.endsWith(".eml")) {
        request = new RawMail().fromRfc822(bytes);
      } else if (name.endsWith(".mbox") || name.endsWith(".mbx") || startsWith(bytes, "From ")) {
        request = new RawMail().fromMbox(bytes);
      } else {
        raw = false;
        JsonNode root;
        try {
          root = json.readTree(bytes);
        } catch (IOException e) {
          System.err.println(file + ": not valid JSON (use .eml or .mbox for raw mail): " + e.getMessage());
          return 2;
        }
        request = new RequestParser(Integer.MAX_VALUE).parse(root);
      }
    } catch (BadRequest e) {
      System.err.println(file + ": " + e.getMessage());
      return 2;
    }
    Analysis a = Engine.standard(0).analyze(request);
    if (asJson) {
      Object out = raw ? AnalysisJson.withInput(a, request) : AnalysisJson.of(a);
      System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
      return 0;
    }
    String draft = request.draft().text();
    String subject = request.draft().subject();
    for (Finding f : a.findings()) {
      String text = f.field() == candor.engine.Field.SUBJECT ? subject : draft;
      int[] lc = lineCol(text, f.start());
      String where = f.field() == candor.engine.Field.SUBJECT ? "subject:" : "";
      System.out.println(file + ":" + where + lc[0] + ":" + lc[1] + ": [" + f.ruleId() + "] " + f.message());
    }
    for (Concern c : a.unanswered()) {
      String text = a.thread().get(c.message()).text();
      int[] lc = lineCol(text, c.start());
      System.out.println(file + ":thread[" + c.message() + "]:" + lc[0] + ":" + lc[1] + ": [UNANSWERED_"
          + c.topic().toUpperCase(java.util.Locale.ROOT) + "] " + c.status().wire() + ": \"" + c.text() + "\" " + c.suggestion());
    }
    a.warnings().forEach(w -> System.out.println(file + ": warning: " + w));
    return 0;
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) return false;
    for (int i = 0; i < prefix.length(); i++) if (bytes[i] != prefix.charAt(i)) return false;
    return true;
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
