package candor.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A near miss of the pressure model counts only with its type's cue, said to the reader. */
class PressureCuesTest {
  @Test
  void aCueOfTheTypeAddressedToTheReaderCounts() {
    assertTrue(PressureCues.has("urgency", "six weeks is a long time for your crews to wait, so i'd get this done before friday"));
    assertTrue(PressureCues.has("scarcity", "we only have the one rig, and your neighbours have asked about it"));
    assertTrue(PressureCues.has("escalation", "happy to take it to your director if that speeds things up"));
  }

  @Test
  void theCueOfAnotherTypeOrNoReaderDoesNot() {
    // a deadline word is no scarcity cue
    assertFalse(PressureCues.has("scarcity", "your order ships on friday"));
    // a conditional alone is no ultimatum: "if you want to start stocking up, ..."
    assertFalse(PressureCues.has("ultimatum", "if you want to start stocking up on spares, the list is attached"));
    // said of no one in particular
    assertFalse(PressureCues.has("scarcity", "only four people need to know this, and they already do"));
    assertFalse(PressureCues.has(null, "your order ships on friday"));
  }
}
