package candor.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Proposals: the writer proposes or accepts something done with the reader; a plan without the reader is none. */
class ProposalsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "I'll call you Thursday morning to go through the quote.",
      "I shall give you a ring after the site visit.",
      "Let's go over the numbers on Monday.",
      "We can set up a call with our engineer next week.",
      "I'd be glad to meet with your facilities team.",
      "We would be happy to walk the yard with you.",
      "Tuesday at 2 works for me.",
      "Wednesday or Thursday would work for us.",
      "Friday afternoon is good.",
      "We're ok for 8:30 on Saturday.",
      "I'm free for lunch on Friday if that suits.",
      "I'm available to meet at your convenience.",
      "If you want to talk it through, I'm in the office all day.",
      "If anything in the pack is unclear, give me a call.",
      "We'd love to have you visit the plant.",
      "We hope you can join us at the open day.",
      "I'll fill you in after the board meeting.",
      "Please give me a ring if anything in the schedule looks wrong to your site team.",
      "Feel free to call me on the yard number.",
      "Glad to talk it through on Thursday.",
      "I'll check the stock at the depot and get back to you.",
      "We'll have to get together once the survey is in.",
  })
  void proposes(String sentence) {
    assertTrue(Proposals.proposes(sentence), sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "I will not be able to join the call on Friday.",
      "I shall call the warehouse on Thursday.",
      "The quote is valid until March 31.",
      "Our team met with the council last week.",
      "If you have any questions, contact us at support@example.com.",
      "I'm in Leeds on Monday.",
      "The new pump works.",
      "Delivery on a Saturday works out dearer because the depot pays the drivers time and a half for weekend shifts.",
      "We can't meet the March deadline.",
      "What time works for you?",
      "> I'll call you Thursday.",
      "Please contact us at support@example.com for a copy of the invoice.",
      "We're glad to hear the trial went well.",
  })
  void doesNotPropose(String sentence) {
    assertFalse(Proposals.proposes(sentence), sentence);
  }
}
