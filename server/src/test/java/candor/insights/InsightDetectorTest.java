package candor.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.annotate.Annotator;
import candor.engine.Draft;
import candor.engine.Role;
import candor.engine.ThreadMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One or two positives and the hard negatives for each insight type; spans checked against the text. */
class InsightDetectorTest {
  private static InsightDetector detector;
  private static final String REP = "Dana Kim <dana@vendor.com>";
  private static final String BUYER = "Lee Park <lee@acme.io>";

  @BeforeAll
  static void load() {
    detector = new InsightDetector(Annotator.english());
  }

  private static ThreadMessage buyer(String text) {
    return new ThreadMessage(BUYER, Role.CUSTOMER, null, text);
  }

  private static ThreadMessage buyer(String from, String date, String text) {
    return new ThreadMessage(from, Role.CUSTOMER, date == null ? null : Instant.parse(date), text);
  }

  private static ThreadMessage rep(String text) {
    return new ThreadMessage(REP, Role.REP, null, text);
  }

  private static ThreadMessage rep(String date, String text) {
    return new ThreadMessage(REP, Role.REP, Instant.parse(date), text);
  }

  private static List<Insight> of(String type, String draft, ThreadMessage... thread) {
    List<ThreadMessage> t = List.of(thread);
    List<Insight> all = detector.detect(new Draft(REP, "Re: pricing", draft), t);
    List<Insight> out = new ArrayList<>();
    for (Insight i : all) {
      if (i.hasSpan()) {
        String text = Insight.DRAFT.equals(i.where()) ? draft : t.get(i.message()).text();
        assertTrue(i.offset() + i.length() <= text.length(), "span inside the text: " + i);
      }
      assertFalse(i.detail().isBlank());
      if (i.type().equals(type)) out.add(i);
    }
    return out;
  }

  private static String spanText(Insight i, String draft, ThreadMessage... thread) {
    String text = Insight.DRAFT.equals(i.where()) ? draft : thread[i.message()].text();
    return text.substring(i.offset(), i.offset() + i.length());
  }

  // next_step

  @Test
  void pricingWithoutAConcreteNextStepIsFlagged() {
    List<Insight> hits = of(Insight.NEXT_STEP, "Here is the quote: $1,200 per month for 10 seats. Let me know your thoughts!",
        buyer("What would 10 seats cost?"));
    assertEquals(1, hits.size());
    assertEquals(Insight.DRAFT, hits.get(0).where());
  }

  @Test
  void aDateStatedAsFactIsNotANextStep() {
    assertEquals(1, of(Insight.NEXT_STEP, "The quote is valid until March 31. Our webinar is on May 3.",
        rep("Attached is the proposal for the 40 seats."), buyer("Thanks.")).size());
  }

  @Test
  void aMeetingWithATimeOrTheBuyersDecisionDateIsANextStep() {
    ThreadMessage proposal = rep("Attached is the proposal: $9,000 a year.");
    assertEquals(List.of(), of(Insight.NEXT_STEP, "Would Tuesday at 2pm or Wednesday at 10am work for a call?", proposal));
    assertEquals(List.of(), of(Insight.NEXT_STEP, "When do you expect the committee to make a decision?", proposal));
    assertEquals(List.of(), of(Insight.NEXT_STEP, "You said the board votes on March 20, so I will have the answers to you by March 16.", proposal));
    assertEquals(List.of(), of(Insight.NEXT_STEP, "Grab a time here: calendly.com/dana/30min", proposal));
    assertEquals(List.of(), of(Insight.NEXT_STEP, "You can book any 20-minute slot from https://meet.vendor.com/dana", proposal));
    assertEquals(List.of(), of(Insight.NEXT_STEP, "I've also sent our onboarding invite for Monday, May 4 at 10am.", proposal));
  }

  @Test
  void aDatedCallOfferOrAnAcceptedTimeIsANextStep() {
    ThreadMessage proposal = rep("Attached is the proposal: $9,000 a year.");
    assertEquals(List.of(), of(Insight.NEXT_STEP, "I'll give you a call Thursday at 10 to go through it line by line.", proposal));
    assertEquals(List.of(), of(Insight.NEXT_STEP, "Thanks for the reply. Tuesday at 2pm works for me.", proposal));
    // A call promised to someone else, or a call declined, is not the buyer's next step.
    assertEquals(1, of(Insight.NEXT_STEP, "I'll call our warehouse on Thursday to check the stock.", proposal).size());
    assertEquals(1, of(Insight.NEXT_STEP, "I won't be able to call you on Thursday, I'm travelling.", proposal).size());
  }

  @Test
  void aVagueCallOrAQuestionAboutCriteriaIsNotANextStep() {
    ThreadMessage proposal = rep("Attached is the proposal: $9,000 a year.");
    assertEquals(1, of(Insight.NEXT_STEP, "Happy to jump on a call sometime if that helps.", proposal).size());
    assertEquals(1, of(Insight.NEXT_STEP, "When the freeze lifts, what will decide which programs get funded first?", proposal).size());
  }

  @Test
  void noPricingYetMeansNoNextStepInsight() {
    assertEquals(List.of(), of(Insight.NEXT_STEP, "Thanks for the details, I'll check the ceiling height.", buyer("Are the tanks jacketed?")));
  }

  // stall

  @Test
  void deferralsAreStalls() {
    for (String s : List.of("Let's revisit next quarter.", "This is not a priority right now.",
        "Honestly we have too much on our plate with the new site.", "We'll have to hold off until after the audit.",
        "We won't have the bandwidth for this until the school year ends.", "We need to put this on hold.",
        "So the upgrade gets shelved until the new fiscal year.")) {
      ThreadMessage m = buyer(s);
      List<Insight> hits = of(Insight.STALL, "Understood.", m);
      assertEquals(1, hits.size(), s);
      assertEquals(0, hits.get(0).message());
      assertEquals(s.replaceAll("[.]$", ""), spanText(hits.get(0), "Understood.", m));
    }
  }

  @Test
  void nearTimesNegationAndBusyWithoutDeferringAreNotStalls() {
    for (String s : List.of("Let's revisit the SOW tomorrow on our call.", "We're not putting this on hold.",
        "Our warehouse is slammed with spring orders, how fast can you get us live?", "Please hold October 9 for us.",
        "Security is not a problem for us.", "This is a priority right now.", "The old racks were shelved in the basement.")) {
      assertEquals(List.of(), of(Insight.STALL, "Thanks.", buyer(s)), s);
    }
  }

  @Test
  void aRepsOwnDeferralIsNotABuyerStall() {
    assertEquals(List.of(), of(Insight.STALL, "Thanks.", rep("Let's revisit next quarter.")));
  }

  // going_dark

  @Test
  void aBumpAfterAnUnansweredMessageIsGoingDark() {
    String draft = "Hi Lee, just checking in on the proposal. Any update?";
    List<Insight> hits = of(Insight.GOING_DARK, draft, buyer("Send me a proposal."), rep("Attached is the proposal."));
    assertEquals(1, hits.size());
    assertEquals("Hi Lee, just checking in on the proposal", spanText(hits.get(0), draft));
  }

  @Test
  void twoUnansweredRepMessagesPlusTheDraftIsGoingDarkWithoutBumpWords() {
    assertEquals(1, of(Insight.GOING_DARK, "Here is a case study from a firm like yours.", buyer("Send me a proposal."),
        rep("Attached is the proposal."), rep("Here are two references.")).size());
  }

  @Test
  void followThroughOrABuyerReplyIsNotGoingDark() {
    assertEquals(List.of(), of(Insight.GOING_DARK, "The banners ship Monday.", buyer("When do the banners ship?"),
        rep("Checking with production.")));
    assertEquals(List.of(), of(Insight.GOING_DARK, "Just checking in.", rep("Attached is the proposal."), rep("Any update?"),
        buyer("Sorry, travelling. Who reviews it?")));
  }

  // stakeholders

  @Test
  void fewerThanThreeBuyerPeopleIsFlaggedAndTheSamePersonCountsOnce() {
    assertEquals(1, of(Insight.STAKEHOLDERS, "Thanks.", buyer("Hi."), buyer("Ray <ray@acme.io>", null, "Hi."),
        buyer("Lee Park <lee.park@gmail.com>", null, "From my phone.")).size());
    assertEquals(List.of(), of(Insight.STAKEHOLDERS, "Thanks.", buyer("Hi."), buyer("Ray <ray@acme.io>", null, "Hi."),
        buyer("Ana <ana@acme.io>", null, "Hi.")));
    assertEquals(List.of(), of(Insight.STAKEHOLDERS, "A cold first email.")); // nobody to widen from yet
  }

  // money, authority, need

  @Test
  void budgetCameUpEvenWhenNegated() {
    ThreadMessage m = buyer("Budget is not a problem if it cuts alert volume.");
    Insight money = of(Insight.MONEY, "Thanks.", m).get(0);
    assertTrue(money.hasSpan());
    assertTrue(money.detail().startsWith("Budget came up"));
    assertEquals("Budget is not a problem if it cuts alert volume", spanText(money, "Thanks.", m));
  }

  @Test
  void anAmountTheBuyerHasForItIsBudget() {
    assertTrue(of(Insight.MONEY, "Thanks.", buyer("We have about $25k for the whole refit.")).get(0).hasSpan());
    assertFalse(of(Insight.MONEY, "Thanks.", buyer("We have 40 staff on two floors.")).get(0).hasSpan());
  }

  @Test
  void aPriceOrAffordingDowntimeIsNotBudget() {
    Insight money = of(Insight.MONEY, "It is $40 per seat.", buyer("We can't afford another outage. What does it cost?")).get(0);
    assertFalse(money.hasSpan());
    assertTrue(money.detail().startsWith("Budget has not come up"));
    assertEquals(Insight.THREAD, money.where());
    assertNull(money.message());
  }

  @Test
  void theDecisionMakerCameUpButAnApprovalWorkflowIsAFeature() {
    assertTrue(of(Insight.AUTHORITY, "Thanks.", buyer("Our CFO has to approve anything over $5k.")).get(0).hasSpan());
    assertTrue(of(Insight.AUTHORITY, "Who else will be involved in the decision?", buyer("Hi.")).get(0).hasSpan());
    assertFalse(of(Insight.AUTHORITY, "Yes.", buyer("Does your approval workflow support two levels?")).get(0).hasSpan());
    assertTrue(of(Insight.AUTHORITY, "Thanks.", buyer("My partner and I will decide together after the trial.")).get(0).hasSpan());
  }

  @Test
  void needIsTheBuyersProblemNotANegatedOne() {
    assertTrue(of(Insight.NEED, "Thanks.", buyer("Our bookkeeping is a week behind every month.")).get(0).hasSpan());
    assertFalse(of(Insight.NEED, "Thanks.", buyer("We don't have any problems with our current supplier.")).get(0).hasSpan());
    assertTrue(of(Insight.NEED, "You mentioned your team loses a day a week to password resets.", buyer("Hi.")).get(0).hasSpan());
    assertFalse(of(Insight.NEED, "Most teams lose a day a week to password resets.", buyer("Hi.")).get(0).hasSpan());
    assertTrue(of(Insight.NEED, "Thanks.", buyer("The printer jammed twice and we had to reschedule the mailing.")).get(0).hasSpan());
    assertTrue(of(Insight.NEED, "Thanks.", buyer("Please make sure the mix-up on the labels doesn't happen again.")).get(0).hasSpan());
  }

  // slow_response

  @Test
  void aQuestionWaitingTwoBusinessDaysIsSlow() {
    ThreadMessage q = buyer(BUYER, "2026-03-02T14:00:00Z", "Thanks. How long does a full restore take?");
    List<Insight> hits = of(Insight.SLOW_RESPONSE, "Thanks.", q, rep("2026-03-04T17:00:00Z", "About three hours."));
    assertEquals(1, hits.size());
    assertEquals("How long does a full restore take?", spanText(hits.get(0), "Thanks.", q));
  }

  @Test
  void weekendsDoNotCount() {
    // Friday -> Monday is one business day; Saturday -> Monday none.
    assertEquals(List.of(), of(Insight.SLOW_RESPONSE, "Thanks.", buyer(BUYER, "2026-03-06T20:00:00Z", "Does it cover repairs?"),
        rep("2026-03-09T14:00:00Z", "Yes.")));
    assertEquals(List.of(), of(Insight.SLOW_RESPONSE, "Thanks.", buyer(BUYER, "2026-03-07T10:00:00Z", "Does it cover repairs?"),
        rep("2026-03-09T16:00:00Z", "Yes.")));
    // Friday -> Tuesday is two.
    assertEquals(1, of(Insight.SLOW_RESPONSE, "Thanks.", buyer(BUYER, "2026-03-06T20:00:00Z", "Does it cover repairs?"),
        rep("2026-03-10T09:00:00Z", "Yes.")).size());
  }

  @Test
  void missingDatesOrNothingAskedIsNotJudged() {
    assertEquals(List.of(), of(Insight.SLOW_RESPONSE, "Thanks.", buyer("Does it cover repairs?"), rep("Yes.")));
    assertEquals(List.of(), of(Insight.SLOW_RESPONSE, "Thanks.", buyer(BUYER, "2026-03-02T14:00:00Z", "Great, thanks!"),
        rep("2026-03-06T14:00:00Z", "You're welcome.")));
  }

  @Test
  void businessDays() {
    assertEquals(1, BusinessDays.between(Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-03T17:00:00Z")));
    assertEquals(2, BusinessDays.between(Instant.parse("2026-03-05T14:00:00Z"), Instant.parse("2026-03-09T15:00:00Z")));
    assertEquals(0, BusinessDays.between(Instant.parse("2026-03-08T10:00:00Z"), Instant.parse("2026-03-09T10:00:00Z")));
    assertEquals(10, BusinessDays.between(Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-16T10:00:00Z")));
    assertEquals(0, BusinessDays.between(Instant.parse("2026-03-09T10:00:00Z"), Instant.parse("2026-03-02T10:00:00Z")));
  }

  // customer_focus

  @Test
  void aSelfFocusedDraftPointsAtItsMostSelfFocusedSentence() {
    String draft = "We are the leading provider and we have 400 customers. Our team is proud of our support. "
        + "I think we would be a great fit for you.";
    List<Insight> hits = of(Insight.CUSTOMER_FOCUS, draft, buyer("Hi."));
    assertEquals(1, hits.size());
    // Two sentences tie at two more I/we than you: the first is reported.
    assertEquals("We are the leading provider and we have 400 customers", spanText(hits.get(0), draft));
  }

  @Test
  void aBuyerCentredOrShortDraftIsNotFlagged() {
    assertEquals(List.of(), of(Insight.CUSTOMER_FOCUS, "You asked about pickup. Your staff keep their par levels, and we "
        + "replace anything torn at no charge to you. Could you meet Thursday?", buyer("Hi.")));
    assertEquals(List.of(), of(Insight.CUSTOMER_FOCUS, "We will. I think so.", buyer("Hi.")));
  }

  // the record

  @Test
  void insightsRejectBadShapes() {
    assertThrows(IllegalArgumentException.class, () -> new Insight("nope", "x", "draft", null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Insight("stall", "x", "inbox", null, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Insight("stall", "x", "draft", 2, null, null));
    assertThrows(IllegalArgumentException.class, () -> new Insight("stall", "x", "thread", 0, 3, 0));
    assertThrows(IllegalArgumentException.class, () -> new Insight("stall", "x", "thread", null, 3, 4));
  }
}
