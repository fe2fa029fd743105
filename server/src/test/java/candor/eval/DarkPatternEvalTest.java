package candor.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

class DarkPatternEvalTest {
  // The real format: header, tabs, a quoted text with a newline and a doubled quote, other categories left out.
  static final String FIXTURE = """
      page_id\ttext\tlabel\tPattern Category
      1\tHurry, sale ends tonight\t1\tUrgency
      2\t"Only 2 left
      order ""now"" HURRY"\t1\tScarcity
      3\tOnly 5 left in stock\t1\tScarcity
      4\tLimited time offer\t1\tUrgency
      5\tWrite a review\t0\tNot Dark Pattern
      6\tHurry to our store page\t0\tNot Dark Pattern
      7\tFree shipping\t0\tNot Dark Pattern
      8\tJane in Ohio bought this, hurry\t1\tSocial Proof
      """;

  static DarkPatternEval run(PrintStream failures) throws IOException {
    DarkPatternEval eval = new DarkPatternEval();
    eval.run(new StringReader(FIXTURE), text -> {
      List<Finding> f = new ArrayList<>();
      Stubs.findAll(f, text.toLowerCase(), "hurry", "PRESSURE_HURRY", "pressure", "take your time");
      Stubs.findAll(f, text.toLowerCase(), "offer", "OVERPROMISE_OFFER", "overpromise", "x");
      return Stubs.analysis(f, List.of(), List.of());
    }, failures);
    return eval;
  }

  @Test
  void exactCountsGiveExactFigures() throws IOException {
    DarkPatternEval eval = run(null);
    Confusion c = eval.confusion();
    // Positives 1,2 flagged; 3,4 missed (4's finding is overpromise, not pressure); negative 6 flagged; row 8 left out.
    assertEquals(List.of(2, 1, 2, 2), List.of(c.tp(), c.fp(), c.fn(), c.tn()));
    assertEquals(2.0 / 3, c.precision(), 1e-12);
    assertEquals(0.5, c.recall(), 1e-12);
    assertEquals(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), c.f1(), 1e-12);
    assertEquals(4.0 / 7, c.accuracy(), 1e-12);
    assertArrayEquals(new int[] {1, 2}, eval.category("Urgency"));
    assertArrayEquals(new int[] {1, 2}, eval.category("Scarcity"));
  }

  @Test
  void printsFiguresAndFailures() throws IOException {
    ByteArrayOutputStream failures = new ByteArrayOutputStream();
    DarkPatternEval eval = run(new PrintStream(failures, true, StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("8 texts; scored 7 (4 Urgency+Scarcity, 3 Not Dark Pattern); 1 of other categories left out"), printed);
    assertTrue(printed.contains("P 0.667  R 0.500  F1 0.571  accuracy 0.571  (TP 2, FP 1, FN 2, TN 2)"), printed);
    assertTrue(printed.contains("recall Scarcity   0.500 (1 of 2)"), printed);
    String f = failures.toString(StandardCharsets.UTF_8);
    assertTrue(f.contains("missed Scarcity: Only 5 left in stock"), f);
    assertTrue(f.contains("false alarm PRESSURE_HURRY 'hurry': Hurry to our store page"), f);
  }

  @Test
  void tsvReaderHandlesQuotedNewlinesAndDoubledQuotes() throws IOException {
    TsvReader r = new TsvReader(new StringReader("a\tb\r\n\"x\ty\n\"\"z\"\"\"\t2\n\nlast\t\n"));
    assertEquals(List.of("a", "b"), r.next());
    assertEquals(List.of("x\ty\n\"z\"", "2"), r.next());
    assertEquals(List.of("last", ""), r.next());
    assertEquals(null, r.next());
  }
}
