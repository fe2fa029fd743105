package candor.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuyerSentenceEvalTest {
  static final String FIXTURE = """
      # a comment
      question\tpricing\tWhat does the Pro plan cost?
      request\tcontract\tPlease send the MSA.
      concern\tpricing\tThat's more than we budgeted.
      concern\tintegration\tOur lab analysers are old.
      none\t-\tThanks for the call.
      none\t-\tWe moved to NetSuite in 2022.

      """;

  static final Map<String, Set<String>> SEEN = Map.of(
      "What does the Pro plan cost?", Set.of("question"),
      "Please send the MSA.", Set.of("question"),
      "That's more than we budgeted.", Set.of("concern"),
      "Our lab analysers are old.", Set.of(),
      "Thanks for the call.", Set.of(),
      "We moved to NetSuite in 2022.", Set.of("concern"));

  @Test
  void countsSeenAsAnyKindAsItsOwnKindAndFlaggedPlainSentences() throws IOException {
    List<BuyerSentenceEval.Item> items = BuyerSentenceEval.readAll(new BufferedReader(new StringReader(FIXTURE)));
    assertEquals(6, items.size());
    BuyerSentenceEval eval = new BuyerSentenceEval();
    ByteArrayOutputStream failures = new ByteArrayOutputStream();
    eval.run(items, SEEN::get, new PrintStream(failures, true, StandardCharsets.UTF_8));
    assertArrayEquals(new int[] {1, 1, 1}, eval.counts("question"));
    assertArrayEquals(new int[] {1, 1, 0}, eval.counts("request")); // seen, but as a question
    assertArrayEquals(new int[] {2, 1, 1}, eval.counts("concern"));
    assertArrayEquals(new int[] {2, 1, 1}, eval.counts("none"));
    assertEquals(3, eval.needsAnswer().tp());
    assertEquals(1, eval.needsAnswer().fn());
    assertEquals(1, eval.needsAnswer().fp());
    String listed = failures.toString(StandardCharsets.UTF_8);
    assertTrue(listed.contains("missed concern/integration: Our lab analysers are old."), listed);
    assertTrue(listed.contains("flagged none/-: We moved to NetSuite in 2022."), listed);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    eval.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("concern      2 sentences, seen as a point 0.500 (1 of 2)"), printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMalformedLineIsRefusedWithItsNumber() {
    IOException e = assertThrows(IOException.class, () -> BuyerSentenceEval.readAll(new BufferedReader(new StringReader("question\tpricing\tok\nworry\t-\tbad kind\n"))));
    assertTrue(e.getMessage().startsWith("line 2:"), e.getMessage());
    assertThrows(IOException.class, () -> BuyerSentenceEval.readAll(new BufferedReader(new StringReader("question only\n"))));
  }

  @Test
  void theHeldOutFileReadsWhole() throws IOException {
    try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("corpus/buyer-sentences-heldout.tsv")) {
      List<BuyerSentenceEval.Item> items = BuyerSentenceEval.readAll(new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)));
      assertEquals(1189, items.size());
      assertEquals(276, items.stream().filter(i -> i.kind().equals("concern")).count());
    }
  }
}
