package candor.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sentence cues that switch rule matches off: which conditions and restatements count. */
class CuesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Happy to walk your CFO through the numbers if that would help you.",
      "If you'd like to go ahead, I'll send the contract.",
      "Let me know if the 12th suits your team.",
      "If it helps, I can send a one-page summary for your director."})
  void aChoiceLeftToTheBuyerIsAConditional(String sentence) {
    assertTrue(Cues.conditional(sentence));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // A negative condition is the seller's threat, not the buyer's choice.
      "I'll try your general manager next week if this doesn't reach you.",
      "If it still isn't signed by Friday, I'll call your director.",
      // The buyer being happy is not the rep offering to help.
      "I'll assume you're happy to proceed unless I hear otherwise."})
  void aThreatOrAnAssumptionIsNotAConditional(String sentence) {
    assertFalse(Cues.conditional(sentence));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You mentioned the board meets on the 14th, so I'll have the proposal ready.",
      "If you want the launch on the 1st, we'd need the PO by the 20th.",
      "You want it live by June, so the order would need to be in by May."})
  void theBuyersOwnGoalIsReported(String sentence) {
    assertTrue(Cues.reported(sentence));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // "If you want it" is the seller's leverage over the thing on offer, not the buyer's stated goal.
      "So if you want it I'd need a signed letter of intent by Friday.",
      "If you want to hold the rate, I'll need the order signed by this Friday."})
  void theSellersLeverageIsNotReported(String sentence) {
    assertFalse(Cues.reported(sentence));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I'd be wary of promising that every",
      "we're reluctant to say it never",
      "I would hesitate to claim that all",
      "we can't say that every"})
  void decliningToClaimNegatesWhatFollows(String before) {
    String folded = before + " form maps perfectly";
    assertTrue(Cues.negatedBefore(folded, before.lastIndexOf(' ') + 1), before); // the match starts at the last word
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // past the window of a few words: the refusal governs its whole that-clause
      "I can't tell you that a survey of the older trees means a tree will never",
      "I won't promise you that after the second season the new drains will never"})
  void aRefusedStatementNegatesItsWholeClause(String before) {
    String folded = before + " fail";
    assertTrue(Cues.negatedBefore(folded, before.lastIndexOf(' ') + 1), before);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I can't tell you how pleased we are; the new drains will never",
      "I can tell you that a survey of the older trees means a tree will never"})
  void aRefusalEndsWithItsClause(String before) {
    String folded = before + " fail";
    assertFalse(Cues.negatedBefore(folded, before.lastIndexOf(' ') + 1), before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"I'm confident that every", "we are aware that every"})
  void confidenceIsNotNegation(String before) {
    String folded = before + " form maps perfectly";
    assertFalse(Cues.negatedBefore(folded, before.length() - "every".length()), before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"it does _not_ guarantee", "we *never* guarantee", "this is _not_ a guarantee"})
  void emphasisedNegationStillNegates(String before) {
    String folded = before + " uptime";
    assertTrue(Cues.negatedBefore(folded, before.lastIndexOf(' ') + 1), before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AFAIK no current release will ever use it.", "As far as I know every unit shipped on time.",
      "To our knowledge none of them has failed."})
  void whatTheWriterKnowsOfIsHedged(String sentence) {
    assertTrue(Cues.hedged(sentence));
  }

  @Test
  void aPlainAbsoluteIsNotHedged() {
    assertFalse(Cues.hedged("No current release will ever use it."));
  }

  @Test
  void couldNotIsNoHedge() {
    // "could not be in safer hands", like "couldn't be easier", claims the most; "could" alone hedges
    assertFalse(Cues.hedged("Your data could not be in safer hands."));
    assertTrue(Cues.hedged("It could cut your waiting times."));
  }
}
