package candor.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class DarkInstanceEvalTest {
  // The real format: a header, quoted fields holding commas, a newline and a doubled quote, an
  // empty text (a countdown shown as digits), a repeated text and a type that is not pressure.
  static final String FIXTURE = """
      Pattern String,Comment,Pattern Category,Pattern Type,Where in website?,Deceptive?,Website Page
      "Hurry, sale ends tonight",,Urgency,Limited-time Message,Product Page,No,https://a.example
      ,timer only,Urgency,Countdown Timer,Cart,No,https://b.example
      "No thanks, I ""hate"" saving
      money",,Misdirection,Confirmshaming,Popup,No,https://c.example
      "No thanks, I ""hate"" saving
      money",,Misdirection,Confirmshaming,Popup,No,https://d.example
      Maybe later,,Misdirection,Confirmshaming,Popup,No,https://e.example
      Jane in Ohio bought this - hurry,,Social Proof,Activity Notification,Product Page,No,https://f.example
      Only 3 left,,Scarcity,Low-stock Message,Product Page,No,https://g.example
      """;

  static DarkInstanceEval run(String csv, PrintStream failures) throws IOException {
    DarkInstanceEval eval = new DarkInstanceEval();
    eval.run(new StringReader(csv), text -> {
      List<Finding> f = new ArrayList<>();
      Stubs.findAll(f, text.toLowerCase(), "hurry", "PRESSURE_HURRY", "pressure", "take your time");
      Stubs.findAll(f, text.toLowerCase(), "saving", "PRESSURE_SHAME", "pressure", "no hard feelings");
      Stubs.findAll(f, text.toLowerCase(), "left", "OVERPROMISE_LEFT", "overpromise", "x");
      return Stubs.analysis(f, List.of(), List.of());
    }, failures);
    return eval;
  }

  @Test
  void countsDistinctTextsPerTypeAndOnlyPressureFindings() throws IOException {
    DarkInstanceEval eval = run(FIXTURE, null);
    assertArrayEquals(new int[] {1, 1}, eval.type("Limited-time Message"));
    // The empty countdown is not scored; the repeated confirmshaming text counts once.
    assertArrayEquals(new int[] {0, 0}, eval.type("Countdown Timer"));
    assertArrayEquals(new int[] {1, 2}, eval.type("Confirmshaming"));
    // An overpromise finding is not a pressure finding.
    assertArrayEquals(new int[] {0, 1}, eval.type("Low-stock Message"));
    assertArrayEquals(new int[] {1, 1}, eval.type("Activity Notification"));
    // Social proof is not a pressure type, so its hit is not counted with them.
    assertArrayEquals(new int[] {2, 4}, eval.pressureTypes());
  }

  @Test
  void printsFiguresAndMisses() throws IOException {
    ByteArrayOutputStream failures = new ByteArrayOutputStream();
    DarkInstanceEval eval = run(FIXTURE, new PrintStream(failures, true, StandardCharsets.UTF_8));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("7 rows; 5 distinct texts scored (1 empty, 1 repeats"), printed);
    assertTrue(printed.contains("pressure types together: 0.500 (2 of 4)"), printed);
    assertTrue(printed.contains("recall Confirmshaming         0.500 (1 of 2)"), printed);
    assertTrue(printed.contains("flagged Activity Notification 1.000 (1 of 1)"), printed);
    String f = failures.toString(StandardCharsets.UTF_8);
    assertTrue(f.contains("missed Confirmshaming: Maybe later"), f);
    assertTrue(f.contains("missed Low-stock Message: Only 3 left"), f);
    assertTrue(!f.contains("Jane in Ohio"), "a type that is not pressure is never listed as missed: " + f);
  }

  @Test
  void aFileWithoutTheColumnsIsRefusedByName() {
    IOException e = assertThrows(IOException.class, () -> run("text,label\nhurry,1\n", null));
    assertTrue(e.getMessage().contains("'Pattern String'"), e.getMessage());
  }

  @Test
  void anUnterminatedQuoteIsAClearError() {
    IOException e = assertThrows(IOException.class, () -> run(
        "Pattern String,Pattern Type\n\"Hurry, never closed,Limited-time Message\n", null));
    assertTrue(e.getMessage().startsWith("malformed CSV"), e.getMessage());
  }
}
