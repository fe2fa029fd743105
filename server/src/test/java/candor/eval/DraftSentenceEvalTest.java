package candor.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.engine.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftSentenceEvalTest {
  static final String FIXTURE = """
      # a comment line
      pressure\tguilt\tIf you don't care about your staff, ignore this.
      pressure\turgency\tHurry, the price goes up Friday.
      overpromise\tguarantee\tWe guarantee zero downtime.

      none\t-\tIf the timing is wrong, just say so.
      none\t-\tHurry back from your holiday first!
      """;

  static DraftSentenceEval run(PrintStream failures) throws IOException {
    DraftSentenceEval eval = new DraftSentenceEval();
    eval.run(DraftSentenceEval.readAll(new StringReader(FIXTURE)), text -> {
      List<Finding> f = new ArrayList<>();
      String lower = text.toLowerCase();
      Stubs.findAll(f, lower, "hurry", "PRESSURE_HURRY", "pressure", "take your time");
      Stubs.findAll(f, lower, "guarantee", "OVERPROMISE_GUARANTEE", "overpromise", "we aim for");
      return Stubs.analysis(f, List.of(), List.of());
    }, failures);
    return eval;
  }

  @Test
  void eachCategoryIsScoredAgainstEveryOtherRow() throws IOException {
    DraftSentenceEval eval = run(null);
    Confusion p = eval.confusion("pressure");
    // The urgency row is found, the guilt row missed, the holiday "hurry" a false alarm.
    assertEquals(List.of(1, 1, 1, 2), List.of(p.tp(), p.fp(), p.fn(), p.tn()));
    Confusion o = eval.confusion("overpromise");
    assertEquals(List.of(1, 0, 0, 4), List.of(o.tp(), o.fp(), o.fn(), o.tn()));
    assertArrayEquals(new int[] {0, 0, 1}, eval.type("pressure:guilt"));
    // Stubs give every finding the type "urgency": the guarantee is found, but not with its own type.
    assertArrayEquals(new int[] {1, 1, 1}, eval.type("pressure:urgency"));
    assertArrayEquals(new int[] {0, 1, 1}, eval.type("overpromise:guarantee"));
  }

  @Test
  void printsFiguresAndFailures() throws IOException {
    ByteArrayOutputStream failures = new ByteArrayOutputStream();
    DraftSentenceEval eval = run(new PrintStream(failures, true, StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("P 0.500  R 0.500  F1 0.500"), printed);
    assertTrue(printed.contains("pressure:guilt") && printed.contains("found 0.000 (0 of 1)"), printed);
    String f = failures.toString(StandardCharsets.UTF_8);
    assertTrue(f.contains("missed pressure:guilt: If you don't care about your staff, ignore this."), f);
    assertTrue(f.contains("false alarm PRESSURE_HURRY 'hurry' on none: Hurry back from your holiday first!"), f);
  }

  @Test
  void aMalformedRowIsRefusedWithItsLine() {
    IOException e = assertThrows(IOException.class,
        () -> DraftSentenceEval.readAll(new StringReader("none\t-\tfine\npressure guilt no tabs here\n")));
    assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
  }

  @Test
  void windowsLineEndsAreNotPartOfTheSentence() throws IOException {
    List<DraftSentenceEval.Item> items = DraftSentenceEval.readAll(new StringReader("# comment\r\npressure\tguilt\tAct now.\r\n\r\nnone\t-\tFine.\r\n"));
    assertEquals(List.of(new DraftSentenceEval.Item("pressure", "guilt", "Act now."), new DraftSentenceEval.Item("none", "-", "Fine.")), items);
  }
}
