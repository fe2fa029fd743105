package candor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
    // "Typically" alone does not hedge an invented figure (the corpus README's rule); a range with its dependency does.
    Analysis a = draft("We can't guarantee a ranking. Most customers cut costs by 8 to 12% in a year, depending on volume. "
        + "The webinar is on May 3. You mentioned your board meets on the 14th, so I'll send numbers by the 10th.");
    assertEquals(List.of(), a.findings());
  }

  @Test
  void aLimitTakenBackInTheSameParagraphIsAFact() {
    // The label rules' "if not, no concern", said a sentence later: the limit is there to plan by.
    assertEquals(List.of(), draft("Hi Jo,\n\nOur workshop has room for one more order cut in March. I'm only mentioning it so you "
        + "can plan. If May suits you better, that's completely fine.\n\nSam").findings());
    // "No pressure, but ..." takes nothing back, and a release in the next paragraph is about something else.
    assertTrue(draft("Hi Jo,\n\nOur workshop has room for one more order cut in March. No pressure, but I need your answer "
        + "by Friday.\n\nSam").findings().stream().anyMatch(f -> f.type().equals("scarcity")));
    assertTrue(draft("Hi Jo,\n\nOur workshop has room for one more order cut in March.\n\nThe colour card is attached; if "
        + "you'd rather see samples, that's completely fine.\n\nSam").findings().stream().anyMatch(f -> f.type().equals("scarcity")));
  }

  @Test
  void aLimitAdmittedAndAStepTheBuyerChoseAreNotFlagged() {
    assertEquals(List.of(), draft("Hi Jo,\n\nNo fence is completely dog-proof, so we add a dig guard along the base.\n\nSam").findings());
    assertEquals(List.of(), draft("Hi Jo,\n\nI've booked the fitters in for Thursday the 9th at 8am, since Priya mentioned "
        + "Thursday suits.\n\nSam").findings());
    // A policy that "covers anything that could ever happen" still claims too much.
    assertTrue(draft("Hi Jo,\n\nOur policy covers anything that could ever happen to your freight.\n\nSam").findings().stream()
        .anyMatch(f -> f.category().equals("overpromise")));
  }

  @Test
  void aRuleOnOneClauseLeavesTheSentencesOtherClausesToTheModel() {
    // The expiring-offer rule names the first clause; the threat to go to the MD is the model's, and
    // used to vanish because the model's sentence-wide hit overlapped the rule's span.
    String text = "Hi Sam,\n\nThe discount expires on Friday; if it's gone quiet by then I'll send the figures to your MD "
        + "so he can take a view.\n\nDana";
    List<Finding> pressure = draft(text).findings().stream().filter(f -> f.category().equals("pressure")).toList();
    assertEquals(List.of("The discount expires on Friday",
        "if it's gone quiet by then I'll send the figures to your MD so he can take a view"), pressure.stream().map(Finding::text).toList());
    // The model had not flagged this sentence whole, so its second clause (a near miss with a release cue)
    // went unread: a sentence a rule flagged is read clause by clause all the same.
    List<Finding> both = draft("Hi Sam,\n\nThe quote for the annual service is $4,800. This price only stands if we have a "
        + "signed order by Friday; after that I'll have to release your slot to another customer.\n\nBest,\nJo").findings();
    assertEquals(List.of("This price only stands if we have a signed order by Friday",
        "after that I'll have to release your slot to another customer"), both.stream().map(Finding::text).toList());
    // A clause the model flagged on its own is not reported twice when it is read again for the rest of a sentence.
    List<Finding> claims = draft("Hi Sam,\n\nThe membrane is completely waterproof, and your basement will never flood again.\n\nDana")
        .findings();
    assertEquals(claims.size(), claims.stream().map(f -> f.start() + ":" + f.end()).distinct().count(), claims.toString());
    for (int i = 1; i < claims.size(); i++) assertTrue(claims.get(i - 1).end() <= claims.get(i).start(), claims.toString());
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

  /** Exactly one open item, and the draft puts it off. */
  private static void assertOneDeferred(Analysis a) {
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertEquals(Concern.Status.DEFERRED, a.unanswered().get(0).status());
  }

  private static Analysis reply(String buyer, String draft) {
    ThreadMessage m = new ThreadMessage("Lee <lee@acme.io>", Role.CUSTOMER, null, buyer);
    return engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "", draft), List.of(m)));
  }

  @Test
  void aQuestionAfterAShortLeadAndADashIsAQuestion() {
    // Lower case and no question mark: only its opening words show it asks.
    assertEachIsOnePoint("also forgot - what's the damage waiver cost", "And the battery, how many hours does it last",
        "one more thing \u2013 what is the lead time on the doors");
  }

  /** Each buyer message, answered with a note that answers nothing, leaves exactly one point open. */
  private static void assertEachIsOnePoint(String... buyers) {
    for (String buyer : buyers) assertEquals(1, reply(buyer, "Hi Lee,\n\nThanks, noted.\n\nDana").unanswered().size(), buyer);
  }

  @Test
  void questionsWithoutTheirMarkAreSeenByHowTheyOpen() {
    // No question mark, and none of the short openings ("what is", "who owns", "do you") that were known.
    assertEachIsOnePoint("Thanks. what warranty period do you give on the pumps.",
        "who else in the Midlands runs your scanners", "is installation + commissioning in that figure or on top",
        "And if the mains drops for an hour, what happens to the readings stored on the unit.");
  }

  @Test
  void anyVerbAskedForWithPleaseOrToMeIsARequest() {
    // Verbs outside the usual asks (send, share, confirm ...): the tag finds them.
    assertEachIsOnePoint("If the drawings look right to you, please initial each page and post them back to our site office.",
        "Please email me the wiring schematic for the twin-pump unit.", "Marta, please pencil the 14th into your installer's diary.",
        "Remind me on Friday which of the three colours the board picked.",
        "If you have a reference site near Leeds, please give me the name of their facilities lead.");
    // Courtesy, and help offered, ask for nothing.
    for (String buyer : List.of("Please find attached our site plan.", "Please call Aled on 01632 960 111 if you have questions.",
        "Please feel free to share this with your engineers.", "Call me if you need anything from our side.")) {
      assertEquals(List.of(), reply(buyer, "Hi Lee,\n\nThanks, noted.\n\nDana").unanswered(), buyer);
    }
  }

  @Test
  void aMeetingTheBuyerProposesIsARequestAndAcceptingOneIsNot() {
    // The draft should take the proposal up or offer another time.
    assertEachIsOnePoint("Why don't we talk it through on Monday with our site manager.",
        "Let's set up a call with your engineer before the survey.");
    for (String buyer : List.of("Thursday at 2pm works for me.", "We'll be meeting internally on Thursday.")) {
      assertEquals(List.of(), reply(buyer, "Hi Lee,\n\nThanks, noted.\n\nDana").unanswered(), buyer);
    }
  }

  @Test
  void aWorryToldAsAStoryIsAPointAndAPlainFactIsNot() {
    // No pattern names these: the buyer-kind model learns them from the thread files' points.
    assertEachIsOnePoint("Our old supplier's engineer turned up without parts twice last winter.",
        "The floor in the cold store is uneven and the last racking we had started leaning within a year.",
        "Our reception team changes every few months, so anything that needs a long induction won't stick.");
    assertEquals(List.of(), reply("We have 40 staff across two sites.", "Hi Lee,\n\nThanks, noted.\n\nDana").unanswered());
  }

  @Test
  void aLimitOnWhatTheBuyerWillSignIsAPoint() {
    assertEachIsOnePoint("Our trustees won't sign anything longer than two years with a new supplier.",
        "We really don't want to get locked in for four years like last time.");
    assertEquals(List.of(), reply("Our trustees won't sign anything longer than two years with a new supplier.",
        "Hi Lee,\n\nWe can sign a one-year agreement that renews yearly, so your trustees stay well inside two years.\n\nDana")
        .unanswered());
  }

  @Test
  void sayingTheAnswerIsNotKnownYetDefersIt() {
    Analysis a = reply("Can your crew finish the wiring by the end of April?",
        "Hi Lee,\n\nFor the end of April, it depends on when the drywall crew finishes the second floor, which I don't yet know.\n\nDana");
    assertOneDeferred(a);
    // With a figure the same hedge is an answer.
    assertEquals(List.of(), reply("Can your crew finish the wiring by the end of April?",
        "Hi Lee,\n\nFor the end of April, it depends on the drywall, but we usually finish the wiring in 6 to 8 days.\n\nDana").unanswered());
  }

  @Test
  void anAnswerMayTakeTwoSentencesOfOneParagraph() {
    String question = "Do we have to give you our UPS login?";
    String together = "Hi Lee,\n\nWe do need read access to your UPS billing data. Most customers create a billing-only user for us "
        + "rather than share an admin login.\n\nDana";
    assertEquals(List.of(), reply(question, together).unanswered());
    String apart = "Hi Lee,\n\nWe do need read access to your UPS billing data.\n\nOur reports arrive monthly.\n\n"
        + "Most teams rotate the admin login yearly.\n\nDana";
    assertEquals(1, reply(question, apart).unanswered().size(), "words spread over separate paragraphs do not add up");
  }

  @Test
  void pointsInSeparateParagraphsAreListedApart() {
    String buyer = "Hi Dana,\n\nYour quote is well above the other two we had. Is there any room on price?\n\n"
        + "I'd also like to know whether the scanner slows down our checkout tills at all; speed at the till matters a lot to us.\n\nLee";
    Analysis a = reply(buyer, "Hi Lee,\n\nThanks, I'll come back to you on both.\n\nDana");
    assertTrue(a.unanswered().size() >= 2, a.unanswered().toString());
    assertTrue(a.unanswered().stream().noneMatch(c -> c.text().contains("\n\n")), "no item spans a blank line: " + a.unanswered());
  }

  @Test
  void aSharedNumberAloneDoesNotAnswerAPointOnItsTopic() {
    String buyer = "She'd be curious whether you can handle our two pension schemes (one with Aviva, one with Scottish Widows).";
    assertEquals(1, reply(buyer, "Hi Lee,\n\nWe're only taking on two more migrations before year-end and one of those is already spoken for, so I've pencilled you in for a kickoff on the 3rd.\n\nDana")
        .unanswered().size(), "'two' is the only word the reply shares with the question");
    assertEquals(List.of(), reply(buyer, "Hi Lee,\n\nYes: both pension schemes are supported, and we file to Aviva and Scottish Widows directly.\n\nDana")
        .unanswered());
  }

  @Test
  void aRequestForADocumentIsMetBySendingItNotByMentioningIt() {
    String buyer = "Our finance lead signs anything like this. Please send the service agreement over so Priya can read it.";
    assertEquals(1, reply(buyer, "Hi Lee,\n\nEverything we offer is covered by our service agreement, which is standard across customers.\n\n"
        + "I'll call Priya on Thursday to talk her through it.\n\nDana").unanswered().size(),
        "naming the agreement and promising a call is not sending it");
    assertEquals(List.of(), reply(buyer, "Hi Lee,\n\nThe service agreement is attached for Priya.\n\nDana").unanswered());
    assertEquals(List.of(), reply(buyer, "Hi Lee,\n\nI'll send the service agreement over to Priya this afternoon.\n\nDana").unanswered());
  }

  @Test
  void talkOfValueDoesNotAnswerAPriceObjection() {
    String buyer = "Your weekend rate of $31 an hour is higher than we expected, to be honest.";
    assertEquals(1, reply(buyer, "Hi Lee,\n\nOn the rate, we've tried to price fairly for the level of service you've asked for, "
        + "and I think you'll find the value is there.\n\nDana").unanswered().size());
    assertEquals(List.of(), reply(buyer, "Hi Lee,\n\nOn the rate, weekend shifts cost us more to staff, and we can bring it to $28 an hour "
        + "on a twelve-month term.\n\nDana").unanswered());
  }

  @Test
  void aShortReplyGivingTheKindOfThingAskedForAnswersIt() {
    assertEquals(List.of(), reply("When could your installer come out?", "Thursday at 9am works on our side.").unanswered());
    assertEquals(List.of(), reply("How soon could your crew start?", "Yes, within a week of signing.").unanswered());
    // "How soon" is answered by a date as well as by a length of time.
    assertEquals(List.of(), reply("How soon could your surveyors carry out the inspection?",
        "Hi Lee,\n\nWe can have a surveyor with you by Nov 8.\n\nDana").unanswered());
    assertEquals(1, reply("When could your installer come out?",
        "Hi Lee,\n\nThanks for the note.\n\nOur new brochure is attached.\n\nWe were at the trade fair on Thursday.\n\nDana")
        .unanswered().size(), "a long reply mentioning a day elsewhere does not answer it");
  }

  @Test
  void aYesOrNoOpeningTheReplyAnswersAYesNoQuestion() {
    assertEquals(List.of(), reply("Is onboarding included in the annual plan?",
        "Hi Lee,\n\nYes, onboarding starts on day one: a specialist runs the first three sessions with your team.\n\nDana").unanswered());
    assertEquals(1, reply("Is onboarding included in the annual plan?",
        "Hi Lee,\n\nThanks for the call today.\n\nYes, the slides are attached.\n\nDana").unanswered().size(),
        "a yes that is not the reply's first sentence answers something else");
    assertEquals(1, reply("Is onboarding included in the annual plan?",
        "Hi Lee,\n\nNo idea yet, I'll check with the team and get back to you.\n\nDana").unanswered().size(),
        "putting it off is not an answer");
  }

  @Test
  void advicePickAnswersARequestForAdvice() {
    assertEquals(List.of(), reply("Which tier would you suggest for a team of twenty?",
        "Hi Lee,\n\nI'd start with Team: twenty seats fit, and you can move up later.\n\nDana").unanswered());
    assertEquals(1, reply("Which tier would you suggest for a team of twenty?",
        "Hi Lee,\n\nGreat to hear from you.\n\nOur office moves next month.\n\nWe hired four engineers.\n\nDana")
        .unanswered().size(), "a reply that gives no pick leaves it open");
  }

  @Test
  void aBareYesOpeningTheReplyAnswersTheFirstYesNoQuestionOnly() {
    Analysis a = reply("Can your team finish before the audit? Do you carry your own liability insurance?",
        "Hi Roisin,\n\nYes.\n\nWe'd plan two days per hotel and deliver the report a week early.\n\nAnders");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertEquals("Do you carry your own liability insurance?", a.unanswered().get(0).text());
  }

  @Test
  void aJudgementOpeningTheReplyAnswersAQuestionAskingForOne() {
    assertEquals(List.of(), reply("Quick one, is the analytics add-on worth it for a team of five?",
        "Hi Lee,\n\nHonestly, for five people it's overkill: the standard reports cover what you described.\n\nDana").unanswered());
    assertEquals(1, reply("Quick one, is the analytics add-on worth it for a team of five?",
        "Hi Lee,\n\nOur new office opens next month.\n\nThe standard reports are fine, by the way.\n\nDana").unanswered().size(),
        "a judgement later in the reply, after unrelated news, is not taken as the answer");
  }

  @Test
  void aFigureInAnyCurrencyOrAContactDetailAnswersWhatWasAskedFor() {
    assertEquals(List.of(), reply("How much would the Gulf rollout be?", "Roughly AED 18,500 for all four sites.").unanswered());
    assertEquals(List.of(), reply("Who do we call if the scanners go down at night?",
        "Hi Lee,\n\nThe night desk: +44 20 7946 0000.\n\nDana").unanswered());
    assertEquals(1, reply("Who do we call if the scanners go down at night?",
        "Hi Lee,\n\nOur night desk is staffed by senior engineers.\n\nDana").unanswered().size(),
        "saying a desk exists gives no way to reach it");
  }

  @Test
  void aCountOrMeasureAnswersAHowManyOrHowBigQuestion() {
    assertEquals(List.of(), reply("How many users can one workspace hold?", "Hi Lee,\n\nUp to 500 on Team.\n\nDana").unanswered());
    assertEquals(List.of(), reply("How big can an upload be?", "25 MB per file.").unanswered());
    assertEquals(1, reply("How many users can one workspace hold?",
        "Hi Lee,\n\nThanks for asking about workspaces.\n\nOur roadmap call is on the agenda.\n\nDana").unanswered().size(),
        "a reply with no count in it leaves it open");
  }

  @Test
  void sayingWhereSomethingIsAnswersAWhereQuestion() {
    assertEquals(List.of(), reply("Where is your Leeds depot?", "Hi Lee,\n\nRight next to the Kirkstall retail park.\n\nDana").unanswered());
    assertEquals(List.of(), reply("Where do we drop off the old units?", "At the Salwa Road warehouse, any weekday.").unanswered());
    assertEquals(1, reply("Where do we drop off the old units?",
        "Hi Lee,\n\nI'm not sure where they go yet, I'll check with logistics.\n\nDana").unanswered().size(),
        "not knowing the place yet is not an answer");
  }

  @Test
  void aYesWithItsSubjectAndVerbAnswersTheFirstYesNoQuestion() {
    assertEquals(List.of(), reply("Can we pause the plan over the summer?", "Hi Lee,\n\nYes you can.\n\nDana").unanswered());
  }

  @Test
  void namingAGoodOptionOrAdviceAfterAnAdverbAnswersARequestForAPick() {
    assertEquals(List.of(), reply("Which courier would you suggest for the Dubai samples?",
        "Hi Lee,\n\nAramex is the best for that lane in our experience.\n\nDana").unanswered());
    assertEquals(List.of(), reply("Can anyone recommend a printer for the launch kits?",
        "Hi Lee,\n\nAlso try Inkwell in Leith, they do good short runs.\n\nDana").unanswered());
    assertEquals(1, reply("Which courier would you suggest for the Dubai samples?",
        "Hi Lee,\n\nAll the best with the launch next week.\n\nDana").unanswered().size(),
        "'all the best' as a sign-off is no pick");
  }

  @Test
  void aQuestionPointingBackTakesTheTopicOfThePointBeforeIt() {
    Analysis a = reply("Hi Dana, the renewal quote is 14% higher than last year's invoice. Can you walk me through it?",
        "Hi Lee,\n\nThanks, talk soon.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    // The merged point keeps the topic of the point it points back to, whatever the classifier reads
    // there (since session 16 "competitor" for this one, where the corpus rules say pricing).
    Analysis first = reply("Hi Dana, the renewal quote is 14% higher than last year's invoice.", "Hi Lee,\n\nThanks, talk soon.\n\nDana");
    assertEquals(first.unanswered().get(0).topic(), a.unanswered().get(0).topic(), a.unanswered().toString());
    // A follow-up with no topic of its own keeps the topic of the point it follows.
    Analysis b = reply("Before we sign we need your SOC 2 report and your penetration test summary. Please send both.",
        "Hi Lee,\n\nThanks, talk soon.\n\nDana");
    assertEquals(1, b.unanswered().size(), b.unanswered().toString());
    assertEquals("security_compliance", b.unanswered().get(0).topic(), b.unanswered().toString());
  }

  @Test
  void aHowLongQuestionNeedsALengthOfTimeNotJustItsWords() {
    String question = "How long does the onboarding of our four depots take?";
    assertEquals(1, reply(question, "Hi Lee,\n\nOur onboarding team is the best in the business and your depots will love it.\n\nDana")
        .unanswered().size(), "repeating the question's words without a length of time leaves it open");
    assertEquals(List.of(), reply(question, "Hi Lee,\n\nOnboarding for four depots usually takes about three weeks.\n\nDana").unanswered());
    assertEquals(List.of(), reply(question, "Hi Lee,\n\nOnboarding of the depots runs one after another. Each takes 4 days.\n\nDana")
        .unanswered(), "the figure may come in the next sentence of the paragraph");
  }

  @Test
  void aSentenceMainlyAboutSomethingElseDoesNotAnswerForOneSharedWord() {
    assertEquals(1, reply("Could your installers finish the cabling by mid-June?",
        "Hi Lee,\n\nExtra cabling is billed at $70 per hour.\n\nDana").unanswered().size(),
        "a rate that shares one word and happens to say 'hour' is not an answer to a date question");
  }

  @Test
  void aShortThanksLineOpensTheReplyLikeAGreeting() {
    assertEquals(List.of(), reply("When do we get paid?",
        "Thanks Lee.\n\nAt your volume you'd be on the Growth plan.\n\nPayouts land in your bank every Friday.\n\nDana").unanswered());
  }

  @Test
  void twoYesNoQuestionsInOneSentenceAreJudgedApart() {
    Analysis a = reply("Quick check: does Ledgerly sync with Xero, and do you have an ISO 27001 certificate?",
        "Hi Lee,\n\nYes, Ledgerly syncs with Xero every hour.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertEquals("do you have an ISO 27001 certificate?", a.unanswered().get(0).text());
  }

  @Test
  void aPriceQuestionNeedsAPriceNotJustItsWords() {
    String question = "Great. Roughly what would the three warehouses cost?";
    assertEquals(1, reply(question, "Hi Lee,\n\nWe can fit out all three warehouses by July.\n\nDana").unanswered().size(),
        "a date for the same warehouses is not a price");
    assertEquals(List.of(), reply(question, "Hi Lee,\n\nAll three warehouses come to about $42,000.\n\nDana").unanswered());
    assertEquals(List.of(), reply("What does the onboarding workshop cost?",
        "Hi Lee,\n\nThe onboarding workshop is included in every annual plan.\n\nDana").unanswered());
  }

  @Test
  void aYesThatSharesOnlyANumberWithTheQuestionAnswersSomethingElse() {
    Analysis a = reply("Does the scanner meet IP65? And is there a discount if we order with the two other clinics?",
        "Hi Lee,\n\nYes: the scanner is rated IP65, and two spare batteries come in the box.\n\nWe do offer group pricing, "
            + "but it depends on the combined order, so I'd need the clinics' numbers first.\n\nDana");
    assertOneDeferred(a);
  }

  @Test
  void notSureBesideAFigureStillPutsTheAnswerOff() {
    Analysis a = reply("Does the kiosk software run on Windows 10?",
        "Hi Lee,\n\nWindows 10 I'm honestly not sure about, our last test was on Windows 11.\n\nDana");
    assertOneDeferred(a);
  }

  @Test
  void callingTheBuyersReviewAFormalityDoesNotAnswerIt() {
    assertEquals(1, reply("Our auditor still needs to review how backups are encrypted.",
        "Hi Lee,\n\nOur platform is encrypted end to end, so the auditor's review is really a formality.\n\nDana").unanswered().size());
  }

  @Test
  void aClearPointGetsItsTopic() {
    // One unambiguous point per topic, through the shipped classifier (TopicDetectorTest tests the
    // order of decision on a small model of its own).
    String noAnswer = "Hi Lee,\n\nGood to hear from you.\n\nDana";
    Map<String, String> points = new java.util.LinkedHashMap<>();
    points.put("What would the annual licence cost for 40 users?", "pricing");
    points.put("The 40% deposit up front is more than we expected.", "pricing");
    points.put("How long is the lead time on the replacement pumps?", "timeline");
    points.put("Will it connect to our NetSuite instance?", "integration");
    points.put("Where exactly are the call recordings stored?", "security_compliance");
    points.put("Can we leave after the first year without a penalty?", "contract");
    points.put("Your quote is 20% above what Brightline charges us today.", "competitor");
    points.put("Who on your side signs the order form?", "authority");
    points.put("Do you offer training for new staff in Spanish?", "other");
    points.forEach((point, topic) -> assertEquals(topic, reply(point, noAnswer).unanswered().get(0).topic(), point));
  }

  @Test
  void aFollowUpOnAnotherTopicIsAPointOfItsOwn() {
    Analysis a = reply("The 30% deposit is more than we expected. Can we cancel without penalty if the event moves?",
        "Hi Lee,\n\nGood to hear from you.\n\nDana");
    assertEquals(2, a.unanswered().size(), a.unanswered().toString());
    assertEquals("pricing", a.unanswered().get(0).topic());
    assertEquals("contract", a.unanswered().get(1).topic());
  }

  @Test
  void aLeadInBeforeAColonDoesNotSetTheTopic() {
    assertEquals("pricing", reply("Before we sign the framework agreement: what's the call-out fee for weekend repairs?",
        "Hi Lee,\n\nGood to hear from you.\n\nDana").unanswered().get(0).topic());
  }

  @Test
  void anOpeningYesAnswersTheOnlyYesNoQuestionWhateverItGoesOnToSay() {
    assertEquals(List.of(), reply("Is the scanner approved by the TGA? And what's the warranty?",
        "Hi Lee,\n\nYes, it's on the ARTG register (entry attached). The warranty is two years.\n\nDana").unanswered());
    assertEquals(List.of(), reply("Do you have experience with duty drawback claims?",
        "Hi Lee,\n\nHonestly, not much.\n\nA specialist broker would serve you better.\n\nDana").unanswered());
    // With two yes/no questions a "Yes" naming one thing does not answer the other.
    Analysis two = reply("Can part-time staff get a cheaper seat? And does it connect to BigQuery?",
        "Hi Lee,\n\nYes, it connects natively to BigQuery.\n\nDana");
    assertEquals(1, two.unanswered().size(), two.unanswered().toString());
    assertEquals("Can part-time staff get a cheaper seat?", two.unanswered().get(0).text());
  }

  @Test
  void aPromiseToFindOutPutsARequestOffWhereAPromiseToDoItFulfilsIt() {
    String ask = "Can you pull our floor plans out of Procore so we don't redraw them?";
    Analysis checking = reply(ask, "Hi Lee,\n\nOn Procore, we've done it for some sites, so let me check with our mapping lead and "
        + "I'll let you know by Monday.\n\nDana");
    assertEquals(1, checking.unanswered().size(), checking.unanswered().toString());
    assertEquals(Concern.Status.DEFERRED, checking.unanswered().get(0).status());
    assertEquals(List.of(), reply("Please send the cancellation terms in writing.",
        "Hi Lee,\n\nI'll send the cancellation terms in writing first thing tomorrow.\n\nDana").unanswered());
  }

  @Test
  void askingToKnowSomethingIsAnsweredByTheAnswerNotByAPromiseToFindOut() {
    Analysis a = reply("We take deposits on Stripe, so I'd want to know whether your system can pick those up.",
        "Hi Lee,\n\nI want to check the Stripe deposit sync with our integrations team before I say yes, and I'll confirm by Friday.\n\nDana");
    assertOneDeferred(a);
  }

  @Test
  void aQuestionToldRatherThanAskedIsStillAQuestion() {
    String noAnswer = "Hi Lee,\n\nGood to hear from you.\n\nDana";
    assertEquals(1, reply("We run six depots, so the big one for us is whether your app syncs with Samsara both ways.", noAnswer)
        .unanswered().size());
    assertEquals(1, reply("Our site manager, Ana Ruiz, also asks whether you can deliver before 7am.", noAnswer).unanswered().size());
    assertEquals(1, reply("Our procurement lead needs a per-unit price and your warranty terms in writing.", noAnswer).unanswered().size());
    assertEquals(List.of(), reply("We run six depots across the north.", noAnswer).unanswered(), "a plain statement asks nothing");
  }

  @Test
  void listItemsUnderALineAskingForThemAreRequests() {
    String noAnswer = "Hi Lee,\n\nGood to hear from you.\n\nDana";
    Analysis a = reply("Ahead of the tender, need from you by Friday:\n\n- uptime you'll commit to, and credits if you miss it\n"
        + "- response time for critical faults", noAnswer);
    assertEquals(2, a.unanswered().size(), a.unanswered().toString());
    assertEquals(List.of(), reply("Here's who joined the call:\n\n- Priya from finance\n- Tom from IT", noAnswer).unanswered(),
        "a list under a line that asks for nothing holds no requests");
  }

  @Test
  void namingThePointWithoutTheFigureAskedForDoesNotAnswerIt() {
    Analysis a = reply("Also what do you charge for four sites?",
        "Hi Lee,\n\nOn price, four sites puts you on our Multi-site plan. I'll get you the exact figure once I know your room count.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    Analysis b = reply("How soon could you do the first inspection round?",
        "Hi Lee,\n\nAs for the first round, we'll need to see the site plans first. Once we've visited I can give you a firm date.\n\nDana");
    assertEquals(1, b.unanswered().size(), b.unanswered().toString());
    // Saying what the answer waits on, in the sentence that takes the point up, puts it off.
    Analysis c = reply("How soon could you do the first inspection round?",
        "Hi Lee,\n\nFor the first inspection round, we'll need to see the site plans first.\n\nDana");
    assertEquals(Concern.Status.DEFERRED, c.unanswered().get(0).status(), c.unanswered().toString());
  }

  @Test
  void whoSignsIsAuthorityAndARivalsPriceIsCompetitor() {
    String noAnswer = "Hi Lee,\n\nGood to hear from you.\n\nDana";
    assertEquals("authority", reply("Who at your company can sign our supplier code of conduct agreement?", noAnswer)
        .unanswered().get(0).topic());
    assertEquals("competitor", reply("Your quote is about 20% over what Northwind quoted for the same spec. Why the gap?", noAnswer)
        .unanswered().get(0).topic());
    // Who decides, said rather than asked, even with a contract word in it.
    assertEquals("authority", reply("My co-owner will want her say before any contract gets signed.", noAnswer).unanswered().get(0).topic());
    assertEquals("authority", reply("Orders over $20,000 have to go through our finance committee, so I can't accept this quote myself.", noAnswer)
        .unanswered().get(0).topic());
    // A rival's figure, even in pricing words.
    assertEquals("competitor", reply("Harbor Electric came in about $3k under you. What does the extra money buy us?", noAnswer)
        .unanswered().get(0).topic());
    assertEquals("competitor", reply("Fenwick have quoted $8,400 all in, so you'll need to get near that.", noAnswer)
        .unanswered().get(0).topic());
    assertEquals("competitor", reply("We're still comparing against Tallis, who quoted $4.10 a unit.", noAnswer).unanswered().get(0).topic());
    assertEquals("competitor", reply("Their own scheduling module is offered to us at 25% less.", noAnswer).unanswered().get(0).topic());
    // Our own quote is not a rival's.
    assertEquals("pricing", reply("You have quoted $8,400 for the install. Does that include the permit fees?", noAnswer)
        .unanswered().get(0).topic());
  }

  @Test
  void instructionsAnswerAHowDoIQuestion() {
    assertEquals(List.of(), reply("How do we move our templates across?",
        "Hi Lee,\n\nExport them as a zip from Settings, then drop the file on the import page.\n\nDana").unanswered());
  }

  @Test
  void twoQuestionsInOneSentenceAreAnsweredEachOnItsOwn() {
    Analysis a = reply("Two things: what's the transit time from Reno to Boise, and how do you handle damaged freight?",
        "Hi Rafael,\n\nTransit from Reno to Boise is two days, with pickup cut-off at 3pm.\n\nTamsin");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertEquals("how do you handle damaged freight?", a.unanswered().get(0).text());
    // A condition and its question are one question, answered as one.
    assertEquals(List.of(), reply("If we end up wanting to hire one permanently, what's the conversion fee?",
        "Hi Rosalind,\n\nThe conversion fee for a permanent hire is 15% of the first year's salary.\n\nTobias").unanswered());
  }

  @Test
  void sayingItWasPassedOnAndWillBeReportedBackDefersIt() {
    Analysis a = reply("Does the reading app work on our old iPads (iOS 15)?",
        "Hi Tessa,\n\niOS 15 I'm honestly not sure about. I've asked the dev team to check on an iOS 15 iPad and I'll let you know by Friday.\n\nRhys");
    assertOneDeferred(a);
  }

  @Test
  void whatSomeoneElseOnTheBuyersSideWantsIsAConcernToAnswer() {
    Analysis a = reply("Thanks for the draft. Our attorney wants a cap on annual price increases, something like 5%.",
        "Hi Lee,\n\nGreat, I'll send the order form over today so we can get you live next month.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertTrue(a.unanswered().get(0).text().startsWith("Our attorney wants a cap"), a.unanswered().toString());
    assertEquals(1, reply("The 50% deposit is more than we expected.", "Hi Lee,\n\nThe order form is attached.\n\nDana")
        .unanswered().size());
    // Answered, it is closed like any other concern.
    assertEquals(List.of(), reply("Our attorney wants a cap on annual price increases, something like 5%.",
        "Hi Lee,\n\nYes, we can cap annual price increases at 5% in the order form.\n\nDana").unanswered());
    // A statement about the team that asks nothing is not a concern.
    assertEquals(List.of(), reply("Our team is excited to get started next month.", "Hi Lee,\n\nLikewise!\n\nDana").unanswered());
  }

  @Test
  void aQuestionTheRepAnsweredIsClosedOnceTheBuyerWritesAgain() {
    List<ThreadMessage> thread = List.of(
        new ThreadMessage("Wanda <wanda@haul.io>", Role.CUSTOMER, null, "Cash flow is tight. How does factoring work with you?"),
        new ThreadMessage("Cedric <cedric@vendor.com>", Role.REP, null,
            "You send us your invoices, we advance 95% within a day, then collect from the broker."),
        new ThreadMessage("Wanda <wanda@haul.io>", Role.CUSTOMER, null, "Yes please. Is there a long-term contract?"));
    Analysis a = engine.analyze(new AnalysisRequest(new Draft("Cedric <cedric@vendor.com>", "",
        "Wanda,\n\nNo long-term contract: it's month to month.\n\nCedric"), thread));
    assertEquals(List.of(), a.unanswered());
    // A rep reply that only put the question off leaves it open, whatever the buyer wrote next.
    List<ThreadMessage> deferred = List.of(thread.get(0),
        new ThreadMessage("Cedric <cedric@vendor.com>", Role.REP, null, "Good question, I'll check with my manager and get back to you."),
        new ThreadMessage("Wanda <wanda@haul.io>", Role.CUSTOMER, null, "Any word on that?"));
    Analysis b = engine.analyze(new AnalysisRequest(new Draft("Cedric <cedric@vendor.com>", "",
        "Wanda,\n\nThanks for your patience.\n\nCedric"), deferred));
    assertTrue(b.unanswered().stream().anyMatch(c -> c.text().contains("factoring")), b.unanswered().toString());
  }


  @Test
  void smallTalkAboutAnOutingNeedsNoAnswer() {
    for (String talk : List.of("Also, how was the SCA expo?", "How was your trip back from Denver?", "How did the trade show go?")) {
      assertEquals(List.of(), reply("Thanks for the samples. " + talk, "Hi Lee,\n\nGlad they arrived.\n\nDana").unanswered(), talk);
    }
    // A question about how something was done is not small talk.
    assertEquals(1, reply("How was the pilot data collected?", "Hi Lee,\n\nGlad they arrived.\n\nDana").unanswered().size());
  }

  @Test
  void doubtAndDispleasureStatedFlatlyAreConcerns() {
    for (String buyer : List.of("I'm not convinced on price.", "We're unhappy with the greying on our white sheets.",
        "I'm not comfortable with the liability cap.", "We're not sold on a three-year term.")) {
      assertEquals(1, reply(buyer, "Hi Lee,\n\nThe samples are on their way.\n\nDana").unanswered().size(), buyer);
    }
  }

  @Test
  void aRepReplyThatOnlyAskedBackLeavesTheQuestionOpenAfterTheBuyerWritesAgain() {
    // The buyer wrote again to take up the rep's proposal; the fee question was never answered.
    List<ThreadMessage> thread = List.of(
        new ThreadMessage("Ros <ros@barn.co.uk>", Role.CUSTOMER, null,
            "Hi Sophie,\n\nWe host about 60 weddings a year. What commission would you pay the venue per head?"),
        new ThreadMessage("Sophie <sophie@kitchen.co.uk>", Role.REP, null,
            "Hi Ros, lovely to hear from you. Could we come and see the kitchen? Thursday 2pm or Friday 10am?"),
        new ThreadMessage("Ros <ros@barn.co.uk>", Role.CUSTOMER, null, "Friday at 10 works."));
    Analysis a = engine.analyze(new AnalysisRequest(new Draft("Sophie <sophie@kitchen.co.uk>", "",
        "Hi Ros,\n\nSee you on Friday at 10.\n\nSophie"), thread));
    assertTrue(a.unanswered().stream().anyMatch(c -> c.text().contains("commission")), a.unanswered().toString());
  }

  @Test
  void aPointTheRepsReplyPassedOverStaysOpenAfterTheBuyerWritesAgain() {
    // The rep's reply took up the scenarios and said nothing of the data; the buyer then wrote about
    // something else. The draft answers neither, and only the passed-over question is still open:
    // the scenarios were taken up.
    List<ThreadMessage> thread = List.of(
        new ThreadMessage("Denise <denise@district.org>", Role.CUSTOMER, null,
            "Hi Marcus,\n\nCould you send a sample bell-time scenario using our stop data? And what happens to our "
                + "records if we leave after year one?\n\nDenise"),
        new ThreadMessage("Marcus <marcus@routes.com>", Role.REP, null,
            "Denise, the sample scenario is attached: it uses your stop data from the export."),
        new ThreadMessage("Denise <denise@district.org>", Role.CUSTOMER, null, "Thanks. Kevin from IT will join us."));
    Analysis a = engine.analyze(new AnalysisRequest(new Draft("Marcus <marcus@routes.com>", "",
        "Hi Denise,\n\nGreat to have Kevin along.\n\nMarcus"), thread));
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertTrue(a.unanswered().get(0).text().contains("leave after year one"), a.unanswered().toString());
  }
  @Test
  void aRepReplyPromisingTheWorkForLaterLeavesTheQuestionsOpenAfterTheBuyersAnswer() {
    // The buyer wrote again only to answer the rep's question: the questions the rep promised to
    // come to are still open, and the draft answers only one of them.
    for (String promise : List.of("Thanks Jo, I'll pull some numbers together. Is this for both yards?",
        "Thanks Jo, quote to follow. Is this for both yards?",
        "Thanks Jo, I'll put a proposal together. Is this for both yards?",
        "Thanks Jo, I'll send prices over shortly. Is this for both yards?",
        "Thanks Jo, I'm looping in our installer before I quote. Is this for both yards?",
        "Thanks Jo, could you send a photo of the entrance so I can price it properly? Is this for both yards?")) {
      List<ThreadMessage> thread = List.of(
          new ThreadMessage("Jo <jo@yard.co.uk>", Role.CUSTOMER, null,
              "Hi Sam,\n\nWhat would six gates cost, fitted? And how long do the motors last before they need replacing?"),
          new ThreadMessage("Sam <sam@gates.co.uk>", Role.REP, null, promise),
          new ThreadMessage("Jo <jo@yard.co.uk>", Role.CUSTOMER, null, "Just the main yard for now."));
      Analysis a = engine.analyze(new AnalysisRequest(new Draft("Sam <sam@gates.co.uk>", "",
          "Hi Jo,\n\nSix gates fitted at the main yard would be £14,200 plus VAT.\n\nSam"), thread));
      assertEquals(1, a.unanswered().size(), promise + " -> " + a.unanswered());
      assertTrue(a.unanswered().get(0).text().contains("motors"), a.unanswered().toString());
    }
  }

  @Test
  void constraintsAndApprovalsStatedAsFactsAreConcerns() {
    // Each is a condition on the deal that the reply below ignores.
    for (String buyer : List.of(
        "Anything above $40,000 has to go through our finance committee.",
        "Sunita has to approve any spend over $15k, so it will land with her next.",
        "Final sign-off rests with our trustees, who meet in June.",
        "Anything of this size needs board approval on our side.",
        "Board approval is required for anything over $50,000.",
        "A decision of this kind requires approval from the management committee.",
        "Our owner, Sal, is the one who'd sign, and he's back on the 20th.",
        "We've had problems with condensation on the old cabinets.",
        "We can't close the kitchen during lunch service.",
        "Our wholesaler needs every case barcoded.",
        "We're tied into our current cleaning contract until March.",
        "The trustees won't decide anything until their May meeting.",
        "I can't sign anything over £20k without it going to our directors.",
        "I'll need to talk it through with the owners.",
        "We're only able to give you access on Sundays.",
        "and we can't close the shop on Saturdays at all, that's when we take most.",
        "The gallery reopens on 3 June and we cannot have the lifts out of service that week.",
        "We have another quote from a local firm that comes in about £4,000 lower.",
        "We can only have the crews on site in the school holidays.",
        "Payment terms: we normally pay net 60.",
        "Our budgets have been frozen until the autumn.",
        "All orders over £10k go to our finance director for sign-off.",
        "The contract is decided by the parish council, not by me.",
        "Our directors sign off anything over £10k, so it won't be my call alone.",
        "Any decision goes to our steering group in April.",
        "£9k a year is more than we pay our current cleaners for the same hours.",
        "I'm not comfortable with a five-year term on a first contract.",
        "If we go ahead I'd want a break clause after the first year.",
        "Our year ends in June and anything not installed by then moves to next year's budget, which we'd rather avoid.",
        "Last time the pump failed twice and we ended up paying the call-out fees ourselves.",
        "We normally pay suppliers on 45 days net.",
        "My business partner will want her say before anything gets signed.",
        "Our lender wants it in writing that the panels carry a 25-year warranty.",
        "We can't shut the bakery for more than two days.",
        "Whatever we end up choosing has to feed orders into our accounting package.",
        "Northway quoted $7,800 for the same job, so you'll need to come closer to that.",
        "We would also want the option to pause the contract over the summer.",
        "Please get confirmation that your drivers hold forklift licences.",
        "Our wholesaler won't stock anything unless we can show them a food safety certificate.",
        "Your yearly price is about 15% higher than Brightwell, who we use today.",
        "Priya's finance director wants the order signed by two directors.",
        "We'd need delivery before the school term starts.",
        "The 40-unit minimum on a first order feels steep for a trial.",
        "I would be obliged if you could send your latest fire risk assessment.",
        "Our drivers are worried the tablets won't survive the cab vibration.",
        "I can't take this any further with our board until I have the test results.",
        "I'm not the one who signs, that's our finance director.",
        "Questions from the team: how long would the switchover take at both sites",
        "I should be grateful for a note of the delivery charges to the Leeds site.",
        "Send your public liability certificate.",
        "It would help to know how you store the blood samples overnight.",
        "We're not sure whether the kiosks work with contactless cards.",
        "I'm also not sure whether two engineers are enough for the night shift.",
        "We also need your fitters to hold CSCS cards.",
        "Our deadline for the grant application is 14 March.",
        "Your price of $9,600 is quite a bit higher than last year's.",
        "I don't see why we'd pay extra for the premium support tier.",
        "I'm also not the one who signs off on spend; that's our CFO.")) {
      assertEquals(1, reply(buyer, "Hi Lee,\n\nThanks for the note. Our spring catalogue is attached.\n\nDana").unanswered().size(), buyer);
    }
    // A plain fact about the buyer's side is not one.
    assertEquals(List.of(), reply("Our bakery opened in 2009 and we have two shops.", "Hi Lee,\n\nThanks for the note.\n\nDana").unanswered());
    assertEquals(List.of(), reply("We sent your team the floor plans last week.", "Hi Lee,\n\nThanks for the note.\n\nDana").unanswered());
  }

  @Test
  void aStatedNeedIsMetBySayingItWillBeDone() {
    assertEquals(List.of(), reply("We'd need to trial a few units first.",
        "Hi Lee,\n\nI can set up a trial of three units at your site next month.\n\nDana").unanswered());
    assertEquals(1, reply("We'd need to trial a few units first.",
        "Hi Lee,\n\nOur units come in two colours.\n\nDana").unanswered().size());
  }

  @Test
  void talkingItThroughWithSomeoneFirstDefersAToldQuestion() {
    Analysis a = reply("Our director is asking whether you'd lower the per-seat rate if we sign for two years.",
        "Hi Lee,\n\nOn the rate, I'd need to talk it through with our finance lead first. I'll come back to you on Friday.\n\nDana");
    assertOneDeferred(a);
    Analysis b = reply("Your price is well above what we pay now, so I'd need to see some movement there.",
        "Hi Lee,\n\nOn price, I'll have to speak to our MD about what we can do on volume.\n\nDana");
    assertOneDeferred(b);
  }

  @Test
  void aPromiseThatWaitsOnSomethingNotYetDonePutsTheRequestOff() {
    Analysis a = reply("Send me the price list.",
        "Hi Lee,\n\nI'll send the full price list once our new rates are finalised next week.\n\nDana");
    assertOneDeferred(a);
    // Coming back with a figure later puts a question off too.
    Analysis b = reply("What's your card processing rate? We pay our bank 1.7% now.",
        "Hi Lee,\n\nIf you send me three months of statements, I'll come back with a firm rate to compare against your 1.7%.\n\nDana");
    assertEquals(Concern.Status.DEFERRED, b.unanswered().get(0).status(), b.unanswered().toString());
    // A plain promise to do it still fulfils the request.
    assertEquals(List.of(), reply("Send me the price list.", "Hi Lee,\n\nI'll send the full price list this afternoon.\n\nDana").unanswered());
  }

  @Test
  void aPromiseThatWaitsOnTheBuyerOrOnAVisitStillToComePutsTheRequestOff() {
    assertOneDeferred(reply("Please send me a quotation for the new boiler.",
        "Hi Lee,\n\nI'll send the full quotation once your engineer confirms the flue position.\n\nDana"));
    assertOneDeferred(reply("Please send me a quotation for the new boiler.",
        "Hi Lee,\n\nI'll bring the full quotation after the site visit on Tuesday.\n\nDana"));
    assertOneDeferred(reply("Please send me a quotation for the new boiler.",
        "Hi Lee,\n\nI'll send the full quotation once I've seen the plant room.\n\nDana"));
  }

  @Test
  void aDatedPointRestatedWithAHedgeAndPutOffInTheNextSentenceIsDeferred() {
    Analysis a = reply("We need both kitchens serviced before the reopening on 3 March.",
        "Hi Lee,\n\nBoth kitchens before 3 March depends on the February rota, which comes out next week. I'll come back to you with dates once I have it.\n\nDana");
    assertOneDeferred(a);
    // A sentence on the kitchens and the service that says nothing of when does not answer the date.
    Analysis b = reply("We need both kitchens serviced before the reopening on 3 March.",
        "Hi Lee,\n\nOur engineers service both kitchens with the same checklist, and the service includes the extraction hoods.\n\nDana");
    assertEquals(1, b.unanswered().size(), b.unanswered().toString());
    // Giving the dates answers it.
    assertEquals(List.of(), reply("We need both kitchens serviced before the reopening on 3 March.",
        "Hi Lee,\n\nWe can service both kitchens on 24 and 25 February, well before the reopening.\n\nDana").unanswered());
  }

  @Test
  void ratesAskedForNeedAFigure() {
    String buyer = "What are your hourly rates for weekend call-outs?";
    assertEquals(1, reply(buyer, "Hi Lee,\n\nOur weekend rates are very competitive for the area.\n\nDana").unanswered().size());
    assertEquals(List.of(), reply(buyer, "Hi Lee,\n\nWeekend call-outs are $95 an hour, with a one-hour minimum.\n\nDana").unanswered());
  }

  @Test
  void customerFocusIsTheShareOfYouWords() {
    assertEquals(0.75, draft("You and your team: we can help you.").scores().customerFocus(), 1e-9);
  }

  @Test
  void aPriceFigureAnswersOnlyAPointAboutPrice() {
    String quote = "Hi Lee,\n\nThe Pro plan is $45 per seat per month, billed annually.\n\nDana";
    // The second question is filed under pricing with the first, but asks about equipment: the monthly
    // price answers only the first.
    Analysis a = reply("What does it cost per van per month, and is there any equipment to buy up front?",
        "Hi Lee,\n\nFor 30 vans it is $24 per van per month on a two-year plan.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertEquals("is there any equipment to buy up front?", a.unanswered().get(0).text());
    // A question about the price, or one pointing back at it, is answered by the figure.
    assertEquals(List.of(), reply("What would the Pro plan cost us?", quote).unanswered());
    assertEquals(List.of(), reply("Our budget assumed $30 a seat. Can you beat it?",
        "Hi Lee,\n\nFor a two-year term the Pro plan comes to $38 per seat per month.\n\nDana").unanswered());
  }

  @Test
  void aPriceAnswersNoPointAboutAPricedThingItDoesNotMention() {
    Analysis a = reply("What would monthly payroll processing cost us for 60 staff? Also, is there a setup charge on top of the licence?",
        "Hi Lee,\n\nPayroll for 60 staff is $6 per employee per month, so $360 a month.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertEquals("Also, is there a setup charge on top of the licence?", a.unanswered().get(0).text());
    // Naming the priced thing, the same figure answers it.
    assertEquals(List.of(), reply("Is there a setup charge on top of the licence?",
        "Hi Lee,\n\nThe setup charge is $400, once, on top of the licence.\n\nDana").unanswered());
  }

  @Test
  void questionsInAForwardedMessageAreTheBuyersToo() {
    String buyer = "Hi Dana,\n\nSee below from our finance lead. Also, can you do installs on Saturdays?\n\nLee\n\n"
        + "---------- Forwarded message ---------\nFrom: Ravi Shah <ravi@acme.io>\nDate: Mon, 3 Mar 2025 at 09:12\n"
        + "Subject: Re: van trackers\nTo: Lee <lee@acme.io>\n\n"
        + "Lee, what happens to our data if we cancel after the first year?\n\nRavi";
    Analysis a = reply(buyer, "Hi Lee,\n\nYes, our fitters work Saturdays at no extra charge.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertTrue(a.unanswered().get(0).text().contains("what happens to our data"), a.unanswered().toString());
    // A reply quoting the buyer's earlier message is history, not a new question.
    String quoting = "Saturdays would be ideal.\n\nOn Mon, 3 Mar 2025 at 09:12, Dana <dana@vendor.com> wrote:\n"
        + "> Would you like installs on a weekday or a Saturday?";
    assertEquals(List.of(), reply(quoting, "Hi Lee,\n\nSaturday it is; I'll confirm the fitter by Thursday.\n\nDana").unanswered());
  }

  @Test
  void aColleaguesQuestionsPastedBelowWithQuoteMarkersAreTheBuyersToo() {
    String pasted = "Hi Dana,\n\nOur ops manager had two questions, pasting them below.\n\n"
        + "> Can the scanners run a full shift on one charge?\n> Who replaces a unit that fails in the first year?\n\n"
        + "From my side, can you do installs on Saturdays?\n\nLee";
    Analysis a = reply(pasted, "Hi Lee,\n\nYes, our fitters work Saturdays too.\n\nDana");
    String listed = a.unanswered().stream().map(Concern::text).collect(java.util.stream.Collectors.joining(" | "));
    assertTrue(listed.startsWith("Can the scanners run a full shift on one charge?") && listed.contains("Who replaces a unit"), listed);
    assertFalse(listed.contains("Saturdays"), listed);
    String below = "Hi Dana,\n\nFollowing on from Priya's email below, can you do installs on Saturdays?\n\nLee\n\n"
        + "On Mon, 3 Mar 2025, Priya Shah wrote:\n> What happens to our data if we cancel after the first year?";
    assertEquals(1, reply(below, "Hi Lee,\n\nYes, our fitters work Saturdays too.\n\nDana").unanswered().size());
    // Answers written below the rep's quoted question hand on nothing: the quote is the rep's own.
    String answers = "Hi Dana,\n\nMy answers are below.\n\n> How many scanners do you need?\n\nAbout forty.\n\nLee";
    assertEquals(List.of(), reply(answers, "Hi Lee,\n\nThanks, forty it is.\n\nDana").unanswered());
  }

  @Test
  void theParticleOfAHyphenatedWordTiesNothing() {
    // "lock-in" shares only its "in" with the reply, which is on the point's topic (contract).
    assertEquals(1, reply("I'm not comfortable with a 3-year lock-in on a first contract.",
        "Hi Lee,\n\nThe service levels are set out in section 6 of the agreement.\n\nDana").unanswered().size());
  }

  @Test
  void oneSharedWordOnTheTopicDoesNotAnswerALongPoint() {
    // "payroll" is all the reply shares with a point about reporting costs by funder.
    assertEquals(1, reply("We must be able to report payroll costs by funder, because several staff are paid from restricted grants.",
        "Hi Lee,\n\nMost charities are running their first payroll on us within a week.\n\nDana").unanswered().size());
  }

  @Test
  void handingAQuestionToAColleagueOrAnInterviewPutsItOff() {
    assertOneDeferred(reply("Can you feed coded invoices into NetSuite with GL codes by cost centre?",
        "Hi Lee,\n\nWe do have a NetSuite integration, but I want our integration lead to confirm how cost-centre GL coding maps before I say yes.\n\nDana"));
    assertOneDeferred(reply("What warranty do you offer on the rooftop units, parts and labour?",
        "Hi Lee,\n\nWarranty on the rooftop units is something we can go over in detail at the interview.\n\nDana"));
    assertOneDeferred(reply("Can we postpone the start without losing the deposit?",
        "Hi Lee,\n\nOn postponing the start and the deposit, I'd rather get you an accurate answer than a quick one.\n\nDana"));
  }

  @Test
  void aSharedParticleIsWeakEvidence() {
    // "out" is all the reply shares with the point ("an out" / "set out"), on the point's topic.
    assertEquals(1, reply("If we go ahead I'd want a one-year term with an out.",
        "Hi Lee,\n\nOur response times are set out in section 6 of the contract.\n\nDana").unanswered().size());
  }

  @Test
  void movingARequestToAMeetingPutsItOff() {
    Analysis a = reply("Please send us a written plan for moving the archive across.",
        "Hi Lee,\n\nThe archive move is something we can go through step by step on the kick-off call.\n\nDana");
    assertOneDeferred(a);
    // Promising the plan itself still meets the request.
    assertEquals(List.of(), reply("Please send us a written plan for moving the archive across.",
        "Hi Lee,\n\nI'll send the written plan for the archive move on Thursday.\n\nDana").unanswered());
  }

  @Test
  void onePassingSharedWordDoesNotTieAPromiseToARequest() {
    // "data" is the only word in common: the promise is about the field dates, not the agreement.
    assertEquals(1, reply("We also need a signed data processing agreement that names your subcontractors and hosting regions.",
        "Hi Lee,\n\nWe can start the survey on the 9th, which gets clean data to you a week early.\n\nDana").unanswered().size());
    // A promise naming what a short request asks for meets it.
    assertEquals(List.of(), reply("We'd need to trial a few beds first.",
        "Hi Lee,\n\nI can do a trial on your ward next month.\n\nDana").unanswered());
  }

  @Test
  void aPromiseToSendLaterPutsOffARequestToConfirmAFact() {
    Analysis a = reply("Please confirm your product liability cover.",
        "Hi Lee,\n\nOn liability cover, I'll get our finance team to send the certificate with the contract.\n\nDana");
    assertOneDeferred(a);
  }

  @Test
  void handingAQuestionToAColleagueOrALaterDocumentDefersIt() {
    String question = "Where are the backups kept?";
    assertOneDeferred(reply(question, "Hi Lee,\n\nWhere the backups are kept is one for our infrastructure lead, and I'd rather she told you herself.\n\nDana"));
    assertOneDeferred(reply(question, "Hi Lee,\n\nThe backup location is best covered by our security team, so let's put that on the agenda for Monday.\n\nDana"));
    assertOneDeferred(reply(question, "Hi Lee,\n\nI won't say where the backups are kept until I've checked with our platform team.\n\nDana"));
    assertOneDeferred(reply(question, "Hi Lee,\n\nOn the backups, I'm waiting on details from our host and will send you the locations by Friday.\n\nDana"));
    assertOneDeferred(reply(question, "Hi Lee,\n\nOn the backups, our platform team is reviewing it this week.\n\nDana"));
    assertOneDeferred(reply(question, "Hi Lee,\n\nOn the backups, I'd rather not guess, and that's something I need to run past our CTO.\n\nDana"));
    // Saying where they are answers it.
    assertEquals(List.of(), reply(question,
        "Hi Lee,\n\nThe backups are kept in our Frankfurt data centre.\n\nDana").unanswered());
  }

  @Test
  void asksWithoutQuestionMarksOrInShorthandAreRecognised() {
    // Each is a question, a wish, a refusal or a stated need that the reply below ignores.
    for (String buyer : List.of(
        "Who holds the spare keys once the install is done",
        "whats ur lead time on the blue tiles",
        "also do u deliver on saturdays",
        "And the warranty, how long does it run",
        "It'd also be nice if the drivers could see their routes the night before.",
        "My manager has asked me to check whether you work weekends.",
        "I'm not signing a five-year lease.",
        "A 40% deposit is a lot for a business our size. We cannot do this.",
        "We can't have the tills down during the sale.",
        "The cabinets must have a fire rating of at least 30 minutes.",
        "need the invoices to come through in our own cost codes")) {
      assertEquals(1, reply(buyer, "Hi Lee,\n\nThanks for the note. Our spring catalogue is attached.\n\nDana").unanswered().size(), buyer);
    }
    // A relative clause after a comma is not a question.
    assertEquals(List.of(), reply("I've copied in Sam, who looks after our accounts.", "Hi Lee,\n\nThanks for the note.\n\nDana").unanswered());
  }

  @Test
  void aDeferralSharingOnePassingWordWithARequestDoesNotPutItOff() {
    Analysis a = reply("Please provide two references from council or other public-sector clients.",
        "Hi Lee,\n\nOn the break clause, I've asked our legal team to confirm the wording we offer to council customers and will send it by Friday.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertEquals(Concern.Status.UNANSWERED, a.unanswered().get(0).status());
    // Naming the references ties the same promise to the request.
    assertOneDeferred(reply("Please provide two references from council or other public-sector clients.",
        "Hi Lee,\n\nI've asked two of our council clients whether they'd act as references, and will confirm by Friday.\n\nDana"));
  }

  @Test
  void aListsPreambleNumbersAndABareNudgeAreNotPoints() {
    Analysis a = reply("Before we go to the board, we need the following:\n\n1. Your public liability certificate.\n2. A reference from another school.\n\nAny update?",
        "Hi Lee,\n\nThanks for the note. Our spring catalogue is attached.\n\nDana");
    List<String> open = a.unanswered().stream().map(Concern::text).toList();
    assertEquals(2, open.size(), open.toString());
    assertTrue(open.get(0).contains("liability certificate"), open.toString());
    assertTrue(open.get(1).contains("reference from another school"), open.toString());
    // A closing line pointing back at the asks is not one more.
    assertEquals(1, reply("Could you quote for the second site too? Let me know if that's possible.",
        "Hi Lee,\n\nOur spring catalogue is attached.\n\nDana").unanswered().size());
    assertEquals(1, reply("Do you deliver on Saturdays? Let me know what you think and whether any of this is doable.",
        "Hi Lee,\n\nOur spring catalogue is attached.\n\nDana").unanswered().size());
    // A preamble that asks a question itself is still one.
    assertEquals(1, reply("A few things I need to check: do you deliver on Saturdays?",
        "Hi Lee,\n\nOur spring catalogue is attached.\n\nDana").unanswered().size());
    // Any line that ends in a colon over a list only introduces its items ("Could you let me know:").
    List<String> items = reply("Thanks for the call this morning.\n\nCould you let me know:\n- your turnaround for a three-day hearing;\n"
        + "- your rate per folio.\n\nThanks", "Hi Lee,\n\nOur spring catalogue is attached.\n\nDana").unanswered().stream().map(Concern::text).toList();
    assertEquals(2, items.size(), items.toString());
    assertTrue(items.get(0).contains("turnaround") && items.get(1).contains("rate per folio"), items.toString());
    // Without a list after it, the same line is the ask.
    assertEquals(1, reply("Could you let me know: your turnaround for a three-day hearing.",
        "Hi Lee,\n\nOur spring catalogue is attached.\n\nDana").unanswered().size());
  }

  @Test
  void itemsUnderAPoliteOrCountedLeadAreAsksButAnItemsSecondSentenceIsNotAnotherItem() {
    String none = "Hi Lee,\n\nOur spring catalogue is attached.\n\nDana";
    // "We would be grateful for information on the following:", "A few things:": each noun-phrase item is an ask.
    List<String> items = reply("We would be grateful for information on the following:\n(a) the expected turnaround from survey to report;\n"
        + "(b) an indicative cost for the survey including the cleaning beforehand.\n\nKind regards", none).unanswered().stream().map(Concern::text).toList();
    assertEquals(2, items.size(), items.toString());
    assertEquals(2, reply("A few things:\n- the cost per court for a colour coat\n- the earliest start date in June\n\nthanks", none).unanswered().size());
    // The item's own second sentence is its reason, not one more ask.
    List<String> one = reply("Some points:\n\n1. Can your report be delivered in German? The authority will not accept English only.\n\nBest",
        none).unanswered().stream().map(Concern::text).toList();
    assertEquals(1, one.size(), one.toString());
  }

  @Test
  void aRepsNudgeTakesUpNoPointItSharesAWordWith() {
    ThreadMessage buyer = new ThreadMessage("Lee <lee@acme.io>", Role.CUSTOMER, null,
        "Morning Dana,\n\nBefore I go further I need confirmation that your signs follow the RNIB guidance on placement.\n\nLee");
    ThreadMessage nudge = new ThreadMessage("Dana <dana@vendor.com>", Role.REP, null, "Hi Lee, just following up on the samples. Dana");
    Analysis a = engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "",
        "Hi Lee,\n\nThe 42 signs come to £2,289.\n\nDana"), List.of(buyer, nudge)));
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
  }

  @Test
  void aDocumentAskedForAfterAShortLeadIsMetByTheRepSendingIt() {
    ThreadMessage ask = new ThreadMessage("Lee <lee@acme.io>", Role.CUSTOMER, null, "Hi Dana,\n\nFollowing our call, can you send the spec sheet for the chiller?\n\nLee");
    ThreadMessage sent = new ThreadMessage("Dana <dana@vendor.com>", Role.REP, null, "Hi Lee, attached. Dana");
    ThreadMessage more = new ThreadMessage("Lee <lee@acme.io>", Role.CUSTOMER, null, "Thanks Dana. Do you offer a lease option?\n\nLee");
    Analysis a = engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "", "Hi Lee,\n\nThanks for the update.\n\nDana"),
        List.of(ask, sent, more)));
    assertEquals(List.of("Do you offer a lease option?"), a.unanswered().stream().map(Concern::text).toList());
  }

  @Test
  void pressureWhereAnAnswerShouldBeAnswersNothing() {
    // The rate named again with a deadline on it does not meet "your price is higher than we pay now".
    Analysis a = reply("Your price per door (£14.50) is higher than what we pay now for the annual check.",
        "Hi Lee,\n\nOur price per door for the annual check is only held until 28 February, after which it goes up, so it really needs"
            + " signing before then.\n\nDana");
    assertFalse(a.findings().stream().noneMatch(f -> f.category().equals("pressure")), a.findings().toString());
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    // Asked for the figure, the same deadline beside it still gives it.
    assertEquals(List.of(), reply("What is your price per door for the annual check?",
        "Hi Lee,\n\nIt's £14.50 per door, and that rate is only held until 28 February, so it really needs signing before then.\n\nDana").unanswered());
  }

  @Test
  void wantingToSeeTheThingBeforeQuotingPutsThePriceOff() {
    assertOneDeferred(reply("Could you give me an approximate cost for both casts?",
        "Hi Lee,\n\nOn cost, I'd rather see both specimens before quoting, as the number of mould sections drives most of it.\n\nDana"));
    assertOneDeferred(reply("Could you give me an approximate cost for both casts?",
        "Hi Lee,\n\nOn cost, the mould sections drive most of it. I'll send a firm figure after a visit.\n\nDana"));
    // A request for the price is not met by the rep's "I'll" when what follows is work before quoting.
    assertOneDeferred(reply("Please send a price per linear metre, installed, for around 60 m.",
        "Hi Lee,\n\nI'll need a survey of the curve radius before I can quote per metre, as the profile varies with the gap.\n\nDana"));
  }

  @Test
  void listedTenderItemsTagQuestionsAndPastSupplierTroubleAreRecognised() {
    // Each is a point the reply below ignores, in a form the anchored patterns used to miss.
    for (String buyer : List.of(
        "2. Kindly provide the annual cost for 300 seats, including onboarding.",
        "c) Confirm whether your drivers carry hazardous goods certificates.",
        "- What's the minimum order on the oak flooring and when is payment due",
        "State your lead time for the first delivery.",
        "Explain me where the extra charge comes from.",
        "Price per pallet.",
        "the loading bay is tiny so the lorry can't reverse in, is that a problem.",
        "Our previous cleaners lost two sets of keys and never told us.",
        "We had a scheduling tool that double-booked rooms for a month and the staff ended up going back to paper.",
        "Bit steep for a pilot.",
        "The total comes to about 30% over what we set aside for this year.",
        "Our chair signs anything over £8k.",
        "Need to talk to my brother first, he does the accounts.",
        "Our insurer wants the alarm certificate in writing before the policy renews.",
        "Patient records can't leave the UK.",
        "Nothing can be installed before the school closes on 18 July.",
        "We can't have more than one lift out of service at a time.",
        "No idea if our old sensors would work with your gateway.",
        "Our governors will ask whether the figures include VAT.",
        "Please also confirm that your staff are DBS checked.",
        // A tag question on the buyer's own kit, what the buyer would want named without an article, and
        // what their paperwork must carry.
        "our scales are the old Avery ones, will your software read them",
        "We'd want photos of each repair in the job notes.",
        "Every delivery note has to show the batch code.",
        "Thanks for the figures. That's more than we'd hoped for a first phase.")) {
      assertEquals(1, reply(buyer, "Hi Lee,\n\nThanks for the note. Our spring catalogue is attached.\n\nDana").unanswered().size(), buyer);
    }
    // A greeting is no price objection, and a past supplier mentioned without trouble is background.
    assertEquals(List.of(), reply("Dear Mr Reyes,\n\nWe moved to Coldline from our previous supplier in 2021.\n\nKind regards,\nLee",
        "Hi Lee,\n\nThanks for the note.\n\nDana").unanswered());
  }

  @Test
  void aPeriodOfTheTermsAnswersNoQuestionOfHowLongTheWorkTakes() {
    Analysis a = reply("How long does the installation usually take?",
        "Hi Lee,\n\nThe quote is valid for 60 days, and payment is due within 30 days of invoice.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    // A period of the work does.
    assertEquals(List.of(), reply("How long does the installation usually take?",
        "Hi Lee,\n\nA typical installation takes 3 days on site.\n\nDana").unanswered());
  }

  @Test
  void sayingADocumentIsSharedUnderNdaPutsTheRequestOffUntilItIsPromised() {
    Analysis a = reply("Please send your latest penetration test report.",
        "Hi Lee,\n\nOur penetration test report is shared under NDA.\n\nDana");
    assertOneDeferred(a);
    assertEquals(List.of(), reply("Please send your latest penetration test report.",
        "Hi Lee,\n\nOur penetration test report is shared under NDA. I'll send our NDA today and the report as soon as it's signed.\n\nDana").unanswered());
  }

  @Test
  void aShortWorryRightBehindAnAnsweredQuestionIsAnsweredWithIt() {
    assertEquals(List.of(), reply("Does the policy cover flood damage to stock? Our last insurer rejected two claims.",
        "Hi Lee,\n\nYes, flood damage to stock is covered up to the policy limit, with a $1,000 excess.\n\nDana").unanswered());
    // A longer point of its own on the same topic is still judged on its own.
    Analysis a = reply("How quickly do you pay out on a claim? We also need every claim logged in our own portal with the adjuster's notes attached.",
        "Hi Lee,\n\nClaims are usually paid within 30 to 45 days once the paperwork is complete.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
  }

  @Test
  void twoQuestionsInANumberedItemAreJudgedEachOnItsOwn() {
    Analysis a = reply("4. What is the minimum term, and is there a break clause after the first year?",
        "Hi Lee,\n\nThe minimum term is 24 months.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertTrue(a.unanswered().get(0).text().startsWith("is there a break clause"), a.unanswered().toString());
  }

  @Test
  void aFinancingPeriodAnswersNoPointAboutDowntime() {
    Analysis a = reply("We can't have the tills down for more than an hour on a trading day.",
        "Hi Lee,\n\nThe managed option is $1,200 a month over 48 months, including support.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
  }

  @Test
  void theSubscriptionPriceAnswersNoQuestionAboutAParticularCharge() {
    Analysis a = reply("Is there a setup fee on top?", "Hi Lee,\n\nOur fee is $240 a month for the whole team.\n\nDana");
    assertEquals(1, a.unanswered().size(), a.unanswered().toString());
    assertEquals(List.of(), reply("Is there a setup fee on top?",
        "Hi Lee,\n\nThere's a one-off setup fee of $500, and then $240 a month.\n\nDana").unanswered());
    // "setup" as the buyer's own arrangement is not a charge.
    assertEquals(List.of(), reply("What would it cost per month for our setup?",
        "Hi Lee,\n\nFor your three sites it would be $240 a month.\n\nDana").unanswered());
  }

  @Test
  void aClaimInsideALongerSentenceIsFoundAndUnderlinedOnItsOwnClause() {
    // Read whole, the news about shipping outweighs the claim; the clause carries it alone.
    String text = "Hi Sam,\n\nGood news on the rollout: the scanners ship on Monday, and your store staff won't need any "
        + "training to use them.\n\nDana";
    List<Finding> over = draft(text).findings().stream().filter(f -> f.category().equals("overpromise")).toList();
    assertEquals(1, over.size(), over.toString());
    assertEquals("and your store staff won't need any training to use them", over.get(0).text());
    assertEquals(over.get(0).text(), text.substring(over.get(0).start(), over.get(0).end()));
  }

  @Test
  void decliningToPromiseAndWaitingOnOurOwnSideAreNotFlaggedByTheModel() {
    Analysis a = draft("Hi Sam,\n\nI can't promise the migration will be error-free, but you will see every error in the log.\n\n"
        + "Firmware: I'm still waiting on our engineering team to confirm whether updates are part of the service or left to your IT.\n\nDana");
    assertEquals(List.of(), a.findings().stream().filter(f -> f.category().equals("pressure") || f.category().equals("overpromise")).toList());
  }

  @Test
  void moreWaysBuyersAskWishAndRequire() {
    // Each is a point the reply below ignores.
    for (String buyer : List.of(
        "A rough cost would also help me get budget this quarter.",
        "Want a comparison with what we pay now.",
        "Also the fees.",
        "Our head of IT would like to know where the backups are kept.",
        "The trustees will want to see a fixed price rather than an estimate.",
        "For me it is not clear if you have a minimum order.",
        "I'm still waiting on the breakdown you said you'd send.",
        "For us it is important that old units are taken away.",
        "All drivers would need a current CPC card.",
        "Our finance director will only look at a one-year deal.",
        "The building is listed, so we cannot drill into the walls.",
        "Not sure the crew would use tablets on site.",
        "Our last installer left us with a leaking valve.",
        "Budget-wise we were thinking around £300 a month.")) {
      assertEquals(1, reply(buyer, "Hi Lee,\n\nThanks for the note. Our spring catalogue is attached.\n\nDana").unanswered().size(), buyer);
    }
  }
}
