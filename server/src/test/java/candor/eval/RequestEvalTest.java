package candor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RequestEvalTest {
  // The real format: Yes|No, a tab, the sentence.
  static final String FIXTURE = """
      Yes\tCan you send the draft by Friday?
      Yes\tPlease call me tomorrow at 10.
      Yes\tLet's meet on Tuesday to go over the numbers.
      No\tWe are worried about the cost.
      No\tThanks for the update.
      No\tWhat a day it has been?

      """;

  static final Map<String, Set<String>> KINDS = Map.of(
      "Can you send the draft by Friday?", Set.of("question"),
      "Please call me tomorrow at 10.", Set.of("request"),
      "Let's meet on Tuesday to go over the numbers.", Set.of("proposal"),
      "We are worried about the cost.", Set.of("concern"),
      "Thanks for the update.", Set.of(),
      "What a day it has been?", Set.of("question"));

  @Test
  void exactCountsUnderEachMapping() throws IOException {
    RequestEval eval = new RequestEval();
    Map<String, Function<String, Set<String>>> recognisers = new LinkedHashMap<>();
    recognisers.put("stub", KINDS::get);
    ByteArrayOutputStream failures = new ByteArrayOutputStream();
    eval.run(new BufferedReader(new StringReader(FIXTURE)), recognisers, Set.of("stub"),
        new PrintStream(failures, true, StandardCharsets.UTF_8));
    Confusion qr = eval.result("stub", "question|request");
    assertEquals(List.of(2, 1, 1, 2), List.of(qr.tp(), qr.fp(), qr.fn(), qr.tn()));
    assertEquals(2.0 / 3, qr.precision(), 1e-12);
    assertEquals(2.0 / 3, qr.recall(), 1e-12);
    assertEquals(2.0 / 3, qr.f1(), 1e-12);
    assertEquals(4.0 / 6, qr.accuracy(), 1e-12);
    Confusion qrc = eval.result("stub", "question|request|concern");
    assertEquals(List.of(2, 2, 1, 1), List.of(qrc.tp(), qrc.fp(), qrc.fn(), qrc.tn()));
    assertEquals(0.5, qrc.precision(), 1e-12);
    // Parakweet's own definition counts the proposal.
    Confusion qrp = eval.result("stub", "question|request|proposal");
    assertEquals(List.of(3, 1, 0, 2), List.of(qrp.tp(), qrp.fp(), qrp.fn(), qrp.tn()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("6 sentences (3 Yes, 3 No)"), printed);
    assertTrue(printed.contains("stub, question|request|concern"), printed);
    assertTrue(printed.contains("P 0.500  R 0.667  F1 0.571  accuracy 0.500  (TP 2, FP 2, FN 1, TN 1)"), printed);
    String f = failures.toString(StandardCharsets.UTF_8);
    // Failures are listed under the first mapping, Parakweet's: the proposal is no miss there.
    assertTrue(!f.contains("Let's meet"), f);
    assertTrue(f.contains("false Yes  [question]  What a day"), f);
  }

  @Test
  void refusesAnUnknownLabel() {
    assertThrows(IOException.class, () -> RequestEval.parse("Maybe\tsomething", 3));
    assertThrows(IOException.class, () -> RequestEval.parse("Yes something", 4));
  }

  @Test
  void trainingLinesBecomeBuyerKinds() {
    var kinds = RequestEval.asBuyerKinds(List.of(new RequestEval.Item(true, "a"), new RequestEval.Item(false, "b")));
    assertEquals("request", kinds.get(0).label());
    assertEquals("none", kinds.get(1).label());
  }

  @Test
  void crossValidationScoresEveryTrainingLineOnceWithAModelThatNeverSawIt() throws IOException {
    // Two clearly separable kinds, repeated so each fold's model has both to learn from.
    List<RequestEval.Item> train = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      train.add(new RequestEval.Item(true, "Please send me the signed contract by day " + i + "."));
      train.add(new RequestEval.Item(false, "The weather in town " + i + " was lovely."));
    }
    Confusion cv = RequestEval.crossValidate(candor.annotate.Annotator.english(), train, 5);
    assertEquals(train.size(), cv.total());
    assertEquals(10, cv.tp() + cv.fn());
    assertTrue(cv.f1() > 0.9, "separable kinds should be learnt: " + cv.line("cv"));
  }
}
