package candor.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What counts as the rep committing to do something. */
class ReplyCuesTest {
  @Test
  void sureAgreesButBeingSureOfSomethingDoesNot() {
    assertTrue(ReplyCues.COMMITMENT.matcher("sure, i can send the reference list today.").find());
    assertTrue(ReplyCues.COMMITMENT.matcher("yes, we'll hold the slot.").find());
    // "I'm sure Claire will like what she sees" promises nothing; nor does "make sure" or "not sure".
    assertFalse(ReplyCues.COMMITMENT.matcher("we work with practices across the uk and i'm sure claire will like what she sees.").find());
    assertFalse(ReplyCues.COMMITMENT.matcher("please make sure the site is clear.").find());
    assertFalse(ReplyCues.COMMITMENT.matcher("honestly not sure about that part.").find());
  }

  @Test
  void promisingTheWorkForLaterIsNotDoingIt() {
    for (String later : new String[] {"thanks gwen, i'll pull some numbers together.", "quote to follow.",
        "i'll put a proposal together once i've seen the plans.", "i'll send lease and purchase prices over shortly.",
        "let me get some options together for you.", "we'll send you a full quote after the survey.",
        "thanks helen, i'll put a response together.", "i'll pull together answers on the data questions.", "i'll have answers to you shortly."}) {
      assertTrue(ReplyCues.PROMISES_LATER.find(later), later);
    }
    // Doing the work later, or saying when it happens, is an answer.
    for (String now : new String[] {"we'll get the crew together on site monday.", "the quote is attached.",
        "we'll have the engineers on site after easter.", "i sent the proposal on friday."}) {
      assertFalse(ReplyCues.PROMISES_LATER.find(now), now);
    }
  }
}
