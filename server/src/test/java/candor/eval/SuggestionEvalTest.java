package candor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.engine.Draft;
import candor.engine.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SuggestionEvalTest {
  /** A fake engine with four phrase rules, each with its first suggestion. */
  static final Function<AnalysisRequest, Analysis> ENGINE = req -> {
    String t = req.draft().text();
    List<Finding> f = new ArrayList<>();
    Stubs.findAll(f, t, "act now", "ACT_NOW", "pressure", "take your time");                 // holds
    Stubs.findAll(f, t, "guaranteed", "GUARANTEE", "overpromise", "guaranteed results");     // same rule, same place
    Stubs.findAll(f, t, "best ever", "SUPERLATIVE", "overpromise", "the best ever, act now");  // adds ACT_NOW
    Stubs.findAll(f, t, "hurry", "HURRY", "pressure", "hurry");                               // unchanged
    f.sort(java.util.Comparator.comparingInt(Finding::start));
    return Stubs.analysis(f, List.of(), List.of());
  };

  @Test
  void holdsOnlyWhenTheFindingGoesAndNothingNewComes() {
    SuggestionEval eval = new SuggestionEval();
    eval.score("S1", new AnalysisRequest(new Draft("", "", "Please act now. Results guaranteed. The best ever."), List.of()), ENGINE);
    // A draft with the same phrase twice: replacing one keeps the other (not new, not overlapping).
    eval.score("S2", new AnalysisRequest(new Draft("", "", "act now, act now"), List.of()), ENGINE);
    eval.score("S3", new AnalysisRequest(new Draft("", "", "hurry up"), List.of()), ENGINE);
    assertEquals(6, eval.tried());
    assertEquals(3, eval.held());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("first suggestion holds: 0.500 (3 of 6)"), printed);
    assertTrue(printed.contains("S1 GUARANTEE 'guaranteed' -> 'guaranteed results': still flagged: 'guaranteed'"), printed);
    assertTrue(printed.contains("S1 SUPERLATIVE 'best ever' -> 'the best ever, act now': still flagged"), printed);
    assertTrue(printed.contains("S3 HURRY 'hurry' -> 'hurry': still flagged"), printed);
  }

  @Test
  void aNewFindingElsewhereFailsIt() {
    SuggestionEval eval = new SuggestionEval();
    Function<AnalysisRequest, Analysis> engine = req -> {
      String t = req.draft().text();
      List<Finding> f = new ArrayList<>();
      Stubs.findAll(f, t, "zero risk", "ABSOLUTE", "overpromise", "little risk");
      Stubs.findAll(f, t, "little", "SMALL", "pressure", "x");
      return Stubs.analysis(f, List.of(), List.of());
    };
    eval.score("N1", new AnalysisRequest(new Draft("", "", "There is zero risk."), List.of()), engine);
    assertEquals(1, eval.tried());
    assertEquals(0, eval.held());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8), true);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("new finding SMALL: 'little'"), out.toString(StandardCharsets.UTF_8));
  }
}
