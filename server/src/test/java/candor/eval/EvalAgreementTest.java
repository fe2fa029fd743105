package candor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import candor.cli.Main;
import candor.config.Config;
import candor.engine.Engine;
import candor.http.ApiServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The eval command prints the same figures in-process, against a running server, and as the
 * reference scorer ../shared/eval/score.py does against that server.
 */
class EvalAgreementTest {
  private static String cli(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      new CommandLine(new Main()).execute(args);
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void inProcessServerAndReferenceScorerAgree() throws Exception {
    Path shared = DevSetEvalTest.shared();
    assumeTrue(shared != null, "SKIPPED: ../shared/eval is not beside the repository");
    String dev = shared.resolve("eval/dev.jsonl").toString();
    Config c = new Config();
    c.port = 0;
    try (ApiServer server = new ApiServer(c, Engine.standard(1000)).start()) {
      String url = "http://127.0.0.1:" + server.port();
      String local = cli("eval", dev);
      String remote = cli("eval", dev, "--url", url);
      assertEquals(local, remote);
      System.out.print(local);
      boolean python;
      try {
        python = new ProcessBuilder("python3", "--version").start().waitFor(10, TimeUnit.SECONDS);
      } catch (java.io.IOException e) {
        python = false;
      }
      assumeTrue(python, "SKIPPED: no python3 to run the reference scorer");
      Process p = new ProcessBuilder("python3", shared.resolve("eval/score.py").toString(), dev, "--url", url)
          .redirectErrorStream(true).start();
      String reference = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(120, TimeUnit.SECONDS);
      assertEquals(reference, local);
    }
  }
}
