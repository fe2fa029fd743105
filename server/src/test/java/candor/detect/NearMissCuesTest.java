package candor.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A near miss of the pressure model counts only with its type's cue, said to the reader. */
class NearMissCuesTest {
  @Test
  void aCueOfTheTypeAddressedToTheReaderCounts() {
    assertTrue(NearMissCues.pressure("urgency", "six weeks is a long time for your crews to wait, so i'd get this done before friday"));
    assertTrue(NearMissCues.pressure("scarcity", "we only have the one rig, and your neighbours have asked about it"));
    assertTrue(NearMissCues.pressure("escalation", "happy to take it to your director if that speeds things up"));
    assertTrue(NearMissCues.pressure("guilt", "if the lift fails in service, that lands on your desk, not mine"));
    assertTrue(NearMissCues.pressure("assumptive_close", "i've put 400 crates through on your account and they go out tuesday"));
  }

  @Test
  void theCueOfAnotherTypeOrNoReaderDoesNot() {
    // a deadline word is no scarcity cue
    assertFalse(NearMissCues.pressure("scarcity", "your order ships on friday"));
    // a conditional alone is no ultimatum: "if you want to start stocking up, ..."
    assertFalse(NearMissCues.pressure("ultimatum", "if you want to start stocking up on spares, the list is attached"));
    // said of no one in particular
    assertFalse(NearMissCues.pressure("scarcity", "only four people need to know this, and they already do"));
    assertFalse(NearMissCues.pressure(null, "your order ships on friday"));
    // the rep explaining is no blame: "I'll explain why on the call"
    assertFalse(NearMissCues.pressure("guilt", "i'll explain why the rate changed when you call"));
  }

  @Test
  void aClauseOfAFlaggedSentenceNeedsTheCueOfAnyTypeOfItsCategory() {
    // the type model called this fragment an assumptive close; "release" is an ultimatum's cue
    assertTrue(NearMissCues.anyOf("pressure", "after that i'll have to release your lanes to another carrier"));
    assertTrue(NearMissCues.anyOf("overpromise", "so the lift never runs during trading hours"));
    assertFalse(NearMissCues.anyOf("pressure", "refrigerant top-ups are charged at cost"));
    assertFalse(NearMissCues.anyOf("overpromise", "drug screening goes through your own consortium"));
  }

  @Test
  void anOverclaimNeedsItsOwnWordAndTheSellerOrTheBuyer() {
    assertTrue(NearMissCues.overpromise("absolute", "our hoists never drop a load"));
    assertTrue(NearMissCues.overpromise("superlative", "you won't find a better crew anywhere, we're the best in the county"));
    assertFalse(NearMissCues.overpromise("absolute", "matches any single character except a slash"));
    assertFalse(NearMissCues.overpromise("superlative", "our hoists are inspected every six months"));
  }
}
