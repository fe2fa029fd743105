package candor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Asks a buyer makes without a question mark or a "please": a meeting wished for, a condition then
 * "let me know". And what only looks like one: the buyer's own plans, help offered.
 */
class BuyerRequestFormsTest {
  private static Engine engine;
  /** A reply that takes up nothing the buyer wrote. */
  private static final String DRAFT = "Hi Lee,\n\nThanks for the note. I have attached our brochure.\n\nDana";

  @BeforeAll
  static void load() {
    engine = Engine.standard(100);
  }

  private static List<String> open(String sentence) {
    String buyer = "Hi Dana,\n\nThanks for the overview of the cold-store scanners. " + sentence + "\n\nLee";
    ThreadMessage m = new ThreadMessage("Lee <lee@acme.io>", Role.CUSTOMER, null, buyer);
    return engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "", DRAFT), List.of(m)))
        .unanswered().stream().map(c -> bare(c.text())).toList();
  }

  /** A point's span leaves out the sentence's full stop. */
  private static String bare(String sentence) {
    return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
  }

  @Test
  void aMeetingTheBuyerAsksForIsAPointTheReplyMustTakeUp() {
    for (String ask : List.of(
        "We would like to meet with you to go over the pilot results.",
        "I would like to invite you to visit our plant in Leeds in July.",
        "We'd welcome the chance to discuss a multi-year price.",
        "We need to sit down and talk about the renewal terms.")) {
      assertEquals(List.of(bare(ask)), open(ask), ask);
    }
  }

  @Test
  void aConditionThenLetMeKnowAsksToBeTold() {
    String ask = "If the price changes before the order goes in, let me know.";
    assertEquals(List.of(bare(ask)), open(ask));
    assertEquals(List.of(), open("If you have any questions, let me know."));
  }

  @Test
  void theBuyersOwnPlansAskNothing() {
    assertEquals(List.of(), open("I shall send you our updated floor plan next week."));
    assertEquals(List.of(), open("I am meeting with our operations director tomorrow to go through the figures."));
    // A plan that wants something of the reader still asks.
    String ask = "We will need a copy of your insurance certificate before the site visit.";
    assertEquals(List.of(bare(ask)), open(ask));
  }

  @Test
  void aDateTheBuyerHopesToHaveItByIsAPoint() {
    for (String ask : List.of(
        "We were hoping to have the frame up by the end of August so we can get the roof on before winter.",
        "I was hoping to get the new line running by Easter.",
        "We're aiming to go live before the end of the financial year.")) {
      assertEquals(List.of(bare(ask)), open(ask), ask);
    }
    assertEquals(List.of(), open("We are hoping to see you at the trade show in May."));
    // A month's short name is a whole word: "before the market" names no date.
    assertEquals(List.of(), open("We were hoping to get our stall set up before the market opens."));
    String march = "We were hoping to have the new till in before March.";
    assertEquals(List.of(bare(march)), open(march));
  }

  @Test
  void aRivalsOfferAQuestionJoinedByHasAndAMeetingWithCustomersArePoints() {
    assertEquals(List.of("Liftway has offered us 10% off to renew with them"), open("Liftway has offered us 10% off to renew with them."));
    assertEquals(List.of("You would need to close some of that gap"), open("You would need to close some of that gap."));
    assertEquals(List.of("We'd want to talk to a couple of your existing customers too"), open("We'd want to talk to a couple of your existing customers too."));
    assertEquals(List.of("What is the accuracy of your review", "has it been accepted by courts?"),
        open("What is the accuracy of your review, and has it been accepted by courts?"));
  }
  @Test
  void whatTheBuyerHasToldAsBackgroundIsNoPointButItsLimitIs() {
    for (String background : List.of(
        "We've got roughly 3,400 panels on the roof of our Corby warehouse, installed 2019.",
        "We've got 14 rooftop units across the three blocks, mostly Daikin plus a couple of older Carrier ones from 2009.",
        "We run a 2.4MW ground mount on the lower fields, about 5,800 panels.")) {
      assertEquals(List.of(), open(background), background);
    }
    String limit = "We run 24/7 so any roof access has to be booked with our site lead 48 hours in advance.";
    assertEquals(List.of(bare(limit)), open(limit));
  }

  @Test
  void anOfferThatWouldHelpAsksForIt() {
    for (String ask : List.of(
        "If you have schools we could speak to who have had the work done, that would help.",
        "We may want the same set-up for the smaller room later, if you could price that as an option.")) {
      assertEquals(List.of(bare(ask)), open(ask), ask);
    }
    assertEquals(List.of(), open("If you have any questions, that's fine, I'm in all week."));
  }

  @Test
  void aHoldUntilApprovalALeaningADateToBeOpenByAndWhatCannotCloseArePoints() {
    for (String ask : List.of(
        "We can't commit until the trust's finance committee approves the budget in May.",
        "We're leaning towards staying with our current supplier, who is a little cheaper.",
        "We'd really like to be up and running for the spring half term.",
        "The loading bay can't be closed during the morning deliveries.")) {
      List<String> open = open(ask);
      assertEquals(1, open.size(), ask);
      assertEquals(true, open.get(0).endsWith(bare(ask)), open.toString());
    }
  }

  @Test
  void whatTheBuyerWillNeedAndABudgetSaidToBeTightArePoints() {
    for (String ask : List.of(
        "We'll need COSHH data sheets for the fluid for the venue.",
        "Budget is tight this quarter.",
        "$31k is steep for us.",
        "Nothing gets signed before the trustees have approved it.")) {
      List<String> open = open(ask);
      assertEquals(1, open.size(), ask);
      assertEquals(true, open.get(0).endsWith(bare(ask)), open.toString());
    }
    // Needing to do something themselves asks nothing of the rep.
    assertEquals(List.of(), open("We'll need to tidy the yard before you come."));
  }

  @Test
  void settingTheSceneAsksNothingUnlessItCarriesALimit() {
    assertEquals(List.of(), open("We're replacing the chain link on our jaguar yard (about 340 linear ft, 16 ft high)."));
    assertEquals(List.of(), open("For information, the helipad currently handles around 30 movements a month."));
    String limit = "We're a small charity, so anything over £5,000 has to go to the trustees.";
    assertEquals(1, open(limit).size(), limit);
  }
}
