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
}
