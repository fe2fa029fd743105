package candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's analyze verb: one finding a line as FILE:line:col: [RULE] message, for JSON and raw mail. */
class AnalyzeCommandTest {
  @TempDir Path dir;

  private String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, new CommandLine(new Main()).execute(args));
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonFilePrintsOneFindingALineWithLineAndColumn() throws Exception {
    Path f = dir.resolve("req.json");
    Files.writeString(f, "{\"draft\": {\"text\": \"Hi Lee,\\n\\nThis discount expires at midnight.\"}}");
    String out = run("analyze", f.toString());
    assertTrue(out.startsWith(f + ":3:1: [PRESSURE_EXPIRING_OFFER] "), out);
  }

  @Test
  void emlFileIsSplitAndAnalysed() throws Exception {
    Path f = dir.resolve("reply.eml");
    Files.writeString(f, candor.http.RawMailApiTest.REPLY);
    String out = run("analyze", f.toString());
    assertTrue(out.contains("[PRESSURE_EXPIRING_OFFER]"), out);
    assertTrue(out.contains(":thread[0]:") && out.contains("SSO"), out);
    String json = run("analyze", f.toString(), "--json");
    assertTrue(json.contains("\"draft\"") && json.contains("\"thread\""), json);
  }
}
