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
    // Naming the answers still to come, or whom the rep must consult first.
    for (String later : new String[] {"i'll get replies on both of those back to you by monday.", "we'll respond in full once legal has read it.",
        "the rest to follow next week.", "happy to, though i'll check the racking drawings before i quote.",
        "could you send the floor plan so i can price it?", "to size this accurately we'd need the roof pitch.",
        "i'm gathering the certificates from our compliance team.", "checking with the depot on van availability.",
        "i'm looping in our integration lead.", "i'll dig out the test report for you."}) {
      assertTrue(ReplyCues.PROMISES_LATER.find(later), later);
    }
    // Doing the work later, or saying when it happens, is an answer.
    for (String now : new String[] {"we'll get the crew together on site monday.", "the quote is attached.",
        "we'll have the engineers on site after easter.", "i sent the proposal on friday.",
        "we use the same rate card to price it.", "the checking of each unit is done at the factory."}) {
      assertFalse(ReplyCues.PROMISES_LATER.find(now), now);
    }
  }

  @Test
  void anAnswerHeldBackUntilSomethingIsDone() {
    for (String later : new String[] {"i'll know once our surveyor has seen the loft.", "we can confirm after the site visit.",
        "i'd rather give you a firm figure after our engineer has checked the wiring.", "i'll email the price as soon as i know.",
        "our installer will ring you to measure up before we commit.", "the full terms are in our contract pack, which i'll send with the formal quote."}) {
      assertTrue(ReplyCues.KNOWN_LATER.find(later), later);
    }
    // Saying when the work happens, or what happens once the buyer acts, is not holding an answer back.
    for (String now : new String[] {"we start the week after you sign.", "we'll know the crew by name on the day.",
        "once installed, the panels need no cleaning.", "i'll send the invoice at the end of the month."}) {
      assertFalse(ReplyCues.KNOWN_LATER.find(now), now);
    }
  }

  @Test
  void aPromiseWaitingOnTheRepsOwnSideOrTheBuyersOrder() {
    for (String waits : new String[] {"i'll send the drawings once our engineer has reviewed them.",
        "we'll issue the certificate once we have a signed order.", "i'll book the crew after we've surveyed the site."}) {
      assertTrue(ReplyCues.WAITS_ON.find(waits), waits);
    }
    for (String now : new String[] {"i'll send the drawings today.", "we'll book the crew for tuesday."}) {
      assertFalse(ReplyCues.WAITS_ON.find(now), now);
    }
  }
}
