package candor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real engine on small threads: positives, hard negatives, speaker, quotes, offsets. */
class EngineTest {
  private static Engine engine;

  @BeforeAll
  static void load() {
    engine = Engine.standard(100);
  }

  private static Analysis draft(String text) {
    return engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "", text), List.of()));
  }

  @Test
  void flagsPressureAndOverpromiseWithSpansThatMatchTheText() {
    String text = "Hi Sam,\n\nThe discount expires Friday at noon. We guarantee your error rate goes to zero.\n\nDana";
    Analysis a = draft(text);
    assertTrue(a.findings().stream().anyMatch(f -> f.category().equals("pressure") && f.type().equals("urgency")));
    assertTrue(a.findings().stream().anyMatch(f -> f.category().equals("overpromise")));
    for (Finding f : a.findings()) {
      assertEquals(f.text(), text.substring(f.start(), f.end()));
      assertFalse(f.suggestions().get(0).isBlank());
    }
    assertTrue(a.scores().pressure() > 0.5);
  }

  @Test
  void negationHedgesAndFactualDatesAreNotFlagged() {
    Analysis a = draft("We can't guarantee a ranking. Most customers typically cut costs by 10% in a year. "
        + "The webinar is on May 3. You mentioned your board meets on the 14th, so I'll send numbers by the 10th.");
    assertEquals(List.of(), a.findings());
  }

  @Test
  void buyerWordsInTheThreadAreNeverTheDraftsPressure() {
    ThreadMessage buyer = new ThreadMessage("Lee <lee@acme.io>", null, null,
        "We need a decision by Friday, the discount expires then and our CFO wants it signed this week.");
    Analysis a = engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "", "Thanks Lee, noted."), List.of(buyer)));
    assertEquals(List.of(), a.findings());
  }

  @Test
  void quotedHistoryInTheDraftIsNotFlagged() {
    String text = "Thanks, that works.\n\nOn Mon, Mar 2, 2026 at 9:14 AM Lee Park <lee@acme.io> wrote:\n> This offer expires today, act now!";
    assertEquals(List.of(), draft(text).findings());
  }

  @Test
  void offsetsAreUtf16UnitsAfterEmoji() {
    String text = "\uD83D\uDE80\uD83D\uDE80 Great news \uD83D\uDC4D: this discount expires at midnight.";
    Analysis a = draft(text);
    assertFalse(a.findings().isEmpty());
    Finding f = a.findings().get(0);
    assertEquals(f.text(), text.substring(f.start(), f.end()));
    assertTrue(f.text().contains("expires"));
  }

  @Test
  void subjectLineIsChecked() {
    Analysis a = engine.analyze(new AnalysisRequest(new Draft("d@v.com", "Last chance: price goes up after Friday if you wait", "Hi"), List.of()));
    assertTrue(a.findings().stream().anyMatch(f -> f.field() == Field.SUBJECT));
  }

  @Test
  void idsAreStableForTheSameRuleOnTheSameWords() {
    String a = draft("This discount expires at midnight.").findings().get(0).id();
    String b = draft("Hello again. This discount expires at midnight.").findings().get(0).id();
    assertEquals(a, b);
  }

  @Test
  void nonEnglishDraftGetsAWarningAndNoFindings() {
    Analysis a = draft("Hola Juan, gracias por tu correo. La oferta caduca hoy, el precio es de cien euros por usuario al mes.");
    assertEquals(List.of(), a.findings());
    assertEquals(1, a.warnings().size());
  }

  @Test
  void unansweredAndDeferredConcernsPointIntoTheBuyersMessage() {
    String buyer = "Hi Dana. What does the Pro plan cost per seat? Also, does it integrate with NetSuite?";
    ThreadMessage m = new ThreadMessage("Lee <lee@acme.io>", Role.CUSTOMER, null, buyer);
    Analysis a = engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "",
        "Hi Lee, good question on NetSuite; let me check with our integrations team and get back to you."), List.of(m)));
    assertEquals(2, a.unanswered().size(), a.unanswered().toString());
    Concern price = a.unanswered().get(0);
    assertEquals("pricing", price.topic());
    assertEquals(Concern.Status.UNANSWERED, price.status());
    assertEquals(price.text(), buyer.substring(price.start(), price.end()));
    Concern integration = a.unanswered().get(1);
    assertEquals("integration", integration.topic());
    assertEquals(Concern.Status.DEFERRED, integration.status());
  }

  @Test
  void answeredQuestionsAreNotListed() {
    ThreadMessage m = new ThreadMessage("Lee <lee@acme.io>", null, null, "What does the Pro plan cost per seat?");
    Analysis a = engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "",
        "Pro is $45 per seat per month, billed annually."), List.of(m)));
    assertEquals(List.of(), a.unanswered());
  }

  @Test
  void customerFocusIsTheShareOfYouWords() {
    assertEquals(0.75, draft("You and your team: we can help you.").scores().customerFocus(), 1e-9);
  }
}
