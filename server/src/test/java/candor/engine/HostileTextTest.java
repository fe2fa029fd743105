package candor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd text never breaks the engine, and every span it returns still indexes the text sent. */
class HostileTextTest {
  private static final Engine ENGINE = Engine.standard(50);

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   \n\t  \n", "> only quoted\n> text here, act now",
      "\u05e9\u05dc\u05d5\u05dd, \u05d4\u05d4\u05e6\u05e2\u05d4 \u05e4\u05d2\u05d4 \u05d4\u05d9\u05d5\u05dd. This offer expires today.",
      "Cafe\u0301 e\u0301clair: this discount expires at midnight \u0301\u0301\u0301.",
      "\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80 we guarantee it \uD83D\uDC4D\uD83C\uDFFD\u200D\u2642\uFE0F",
      "NUL\u0000bytes\u0000inside. This offer expires today.\u0000",
      "lone \uD800 surrogate \uDC00 here; we guarantee zero downtime.",
      "\u202Eright-to-left override\u202C act now!",
      "a\n\n\n\n\n\n\n\n\n\n\n\nb", "....!!!???,,,;;;", "I've emailed you 5 times 5 times 5 times 5 times"})
  void analysesWithoutErrorAndSpansIndexTheText(String text) {
    ThreadMessage buyer = new ThreadMessage("lee@acme.io", null, null, text + " Can you confirm the price?");
    Analysis a = ENGINE.analyze(new AnalysisRequest(new Draft("d@vendor.com", text, text), List.of(buyer)));
    for (Finding f : a.findings()) {
      // Subject and body are the same string here, so either field's span indexes it.
      assertEquals(f.text(), text.substring(f.start(), f.end()));
    }
    for (Concern c : a.unanswered()) {
      String msg = a.thread().get(c.message()).text();
      assertEquals(c.text(), msg.substring(c.start(), c.end()));
    }
    assertTrue(a.scores().customerFocus() >= 0 && a.scores().customerFocus() <= 1);
  }
}
