package candor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.http.FeedbackStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedbackCommandTest {
  @TempDir Path dir;

  @Test
  void exportWritesEveryReport() throws Exception {
    Path store = dir.resolve("fb.jsonl");
    new FeedbackStore(store).add("id1", "PRESSURE_ACT_NOW", "act now", "Act now, please.");
    new FeedbackStore(store).add("id2", "OVERPROMISE_ZERO", "zero risk", "It is zero risk.");
    Path config = dir.resolve("c.yml");
    Files.writeString(config, "feedbackFile: " + store + "\n");
    Path out = dir.resolve("out.jsonl");
    assertEquals(0, new CommandLine(new Main()).execute("feedback", "export", "--config", config.toString(), "--out", out.toString()));
    String written = Files.readString(out);
    assertEquals(2, written.strip().split("\n").length);
    assertTrue(written.contains("\"rule\":\"OVERPROMISE_ZERO\""), written);
  }
}
