package candor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import candor.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Runs each evaluation verb on the real data beside the repository and checks that the files were
 * read whole (counts as their SOURCE.md gives them). Figures are printed, not asserted: the lead
 * tunes detection. Each test skips with a message when its corpus is absent.
 */
class RealCorporaEvalTest {
  static String cli(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = new CommandLine(new Main()).execute(args);
    } finally {
      System.setOut(old);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    System.out.print(printed);
    assertEquals(0, code, printed);
    return printed;
  }

  static Path corpus(String name) {
    Path shared = DevSetEvalTest.shared();
    Path p = shared == null ? null : shared.resolve("corpora").resolve(name);
    assumeTrue(p != null && Files.exists(p), "SKIPPED: ../shared/corpora/" + name + " is not beside the repository");
    return p;
  }

  static Path teamThreads() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("nlp-models/src/main/resources/corpus/concern-threads.jsonl");
      if (Files.exists(c)) return c;
    }
    return null;
  }

  @Test
  void darkPatterns() {
    String out = cli("eval-darkpattern", corpus("ec-darkpattern/dataset.tsv").toString());
    assertTrue(out.contains("2356 texts; scored 1806 (628 Urgency+Scarcity, 1178 Not Dark Pattern); 550 of other categories left out"), out);
  }

  @Test
  void mathurDarkPatterns() {
    String out = cli("eval-mathur", corpus("mathur-dark-patterns/dark-patterns.csv").toString());
    // 1,818 rows less 306 empty texts and the repeats of a text within its type (SOURCE.md's unique counts).
    assertTrue(out.contains("1818 rows; 1179 distinct texts scored (306 empty, 333 repeats"), out);
    assertTrue(out.contains("recall Confirmshaming") && out.contains("(positives only"), out);
  }

  @Test
  void requests() {
    String out = cli("eval-requests", corpus("parakweet-email-intent").toString(), "--no-train");
    assertTrue(out.contains("992 sentences (309 Yes, 683 No)"), out);
    assertTrue(out.contains("engine (ConcernFinder: patterns + model), question|request|proposal P "), out);
  }

  @Test
  void semEval() {
    String out = cli("eval-semeval", corpus("semeval2016-task3-cqa/SemEval2016-Task3-CQA-QL-dev.xml").toString());
    assertTrue(out.contains("244 threads (256 duplicate threads skipped); 2027 replies scored: Good 818, Bad 1209; PotentiallyUseful 413 skipped"), out);
    // Authors are read: 323 Bad and 40 Good replies are the asker's own comments.
    assertTrue(out.contains("with authorship (363 scored replies are the asker's own comments"), out);
  }

  @Test
  void heldOutDraftSentences() {
    Path threads = teamThreads();
    assumeTrue(threads != null, "SKIPPED: the team corpus was not found above the working directory");
    Path shaming = threads.resolveSibling("draft-sentences-heldout-shaming.tsv");
    String out = cli("eval-draft-sentences", shaming.toString());
    assertTrue(out.contains("160 sentences") && out.contains("pressure:guilt"), out);
  }

  @Test
  void concernsCalibrationAndSuggestionsOnTheTeamThreads() {
    Path threads = teamThreads();
    assumeTrue(threads != null, "SKIPPED: concern-threads.jsonl not found above the working directory");
    assertTrue(cli("eval-concerns", threads.toString()).contains("84 cases; 53 expected unanswered/deferred items"));
    assertTrue(cli("eval-calibration", threads.toString()).contains("confidence >= 0.8: right"));
    assertTrue(cli("eval-suggestions", threads.toString()).contains("first suggestion holds:"));
  }

  @Test
  void calibrationAndSuggestionsOnTheDevSet() {
    Path shared = DevSetEvalTest.shared();
    assumeTrue(shared != null, "SKIPPED: ../shared/eval is not beside the repository");
    String dev = shared.resolve("eval/dev.jsonl").toString();
    assertTrue(cli("eval-calibration", dev).contains("40 cases;"));
    assertTrue(cli("eval-suggestions", dev).contains("first suggestion holds:"));
  }
}
