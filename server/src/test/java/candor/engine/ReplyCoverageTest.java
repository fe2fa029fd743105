package candor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the real engine ties a reply to the buyer's points: headed point-by-point answers, answers
 * that mention a later date or a separate charge, possessive nouns, and points that carry a reason.
 */
class ReplyCoverageTest {
  private static Engine engine;

  @BeforeAll
  static void load() {
    engine = Engine.standard(100);
  }

  private static List<Concern> open(String buyer, String draft) {
    ThreadMessage m = new ThreadMessage("Lee <lee@acme.io>", Role.CUSTOMER, null, buyer);
    return engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "", draft), List.of(m))).unanswered();
  }

  @Test
  void aHeadingNamingThePointTiesTheAnswerToIt() {
    String buyer = "Hi Dana,\n\nCan the handheld scanners cope with freezer temperatures in our cold store?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nCold store: they are fine down to minus 30.\n\nDana"));
    // The same two shared words without the heading are too few of the point's seven.
    assertOneOpen(buyer, "Hi Lee,\n\nIn a cold store they are fine down to minus 30.\n\nDana");
  }

  @Test
  void aHeadedParagraphThatGoesOnToPutThePointOffDefersIt() {
    String buyer = "Hi Dana,\n\nA few questions:\nDoes your kiosk work with Rezdy, where we keep our bookings?\n"
        + "How long do the scanner batteries last between charges?\n\nLee";
    String draft = "Hi Lee,\n\nRezdy: yes, bookings sync both ways automatically.\n\n"
        + "Batteries: fair question. I'll check with our hardware team and come back to you.\n\nDana";
    List<Concern> open = assertOneOpen(buyer, draft);
    assertEquals("How long do the scanner batteries last between charges?", open.get(0).text());
    assertEquals(Concern.Status.DEFERRED, open.get(0).status());
    // A heading followed by a sentence that answers, then a deferral, is still put off.
    List<Concern> partly = assertOneOpen(buyer, "Hi Lee,\n\nRezdy: yes, bookings sync both ways automatically.\n\n"
        + "Scanner batteries: the new model is different. I'll check with our hardware team and come back to you.\n\nDana");
    assertEquals(Concern.Status.DEFERRED, partly.get(0).status());
  }

  @Test
  void aHeadedAnswerHeldBackUntilWorkIsDoneDefersIt() {
    String buyer = "Hi Dana,\n\nCan your racking bolt to our existing mezzanine floor, or does it need its own footings?\n\nLee";
    assertOnlyDeferred(open(buyer, "Hi Lee,\n\nMezzanine: I'll know once our structural engineer has looked at the floor plates.\n\nDana"), "mezzanine");
    // With a figure the same sentence answers, and the firmer word to come does not take that back.
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nMezzanine: most floors like yours take up to 500 kg a bay, and I'll know for certain "
        + "once our structural engineer has looked at the floor plates.\n\nDana"));
  }

  @Test
  void promisingWhatWasAskedForOnceTheRepsSideHasDoneItsWorkPutsItOff() {
    String buyer = "Hi Dana,\n\nCould you send a rough price for the racking in the east warehouse?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nI'll send a rough price for the east warehouse racking on Friday.\n\nDana"));
    assertOnlyDeferred(open(buyer, "Hi Lee,\n\nI'll send a rough price for the east warehouse racking once our estimator has measured the bays.\n\nDana"),
        "rough price");
  }

  @Test
  void askedWhetherSomethingIsIncludedTheAnswerMustNameIt() {
    String buyer = "Hi Dana,\n\nDoes the monthly price include the safety inspections?\n\nLee";
    assertOneOpen(buyer, "Hi Lee,\n\nPrice: the monthly rental is £240 per forklift.\n\nDana");
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nPrice: the monthly rental is £240 per forklift, and that covers both safety inspections.\n\nDana"));
    // "As well" asks the same: do they supply the pallets too?
    assertOneOpen("Hi Dana,\n\nDo you supply the pallets as well?\n\nLee",
        "Hi Lee,\n\nSupply: yes, we supply the racking and fit it in a day.\n\nDana");
  }

  @Test
  void askedWhetherSomethingIsPartOfADealOrExtraTheAnswerNamesTheThingNotTheDeal() {
    // "is maintenance in the lease or extra" asks about the maintenance: an answer naming it need not name the lease.
    String buyer = "Hi Dana,\n\nIs maintenance in the lease or extra?\n\nLee";
    assertEquals(List.of(), open(buyer,
        "Hi Lee,\n\nMaintenance: included, with a quarterly service visit and wear parts. Crash damage is charged separately.\n\nDana"));
    assertOneOpen(buyer, "Hi Lee,\n\nLease: £165 per kart per month over 36 months.\n\nDana");
  }

  @Test
  void aQuestionPointingBackIsAboutTheSentenceBefore() {
    String buyer = "Hi Dana,\n\nThe estate roads are narrow, so we will need traffic marshals for the lorries. Is that in your rates?\n\nLee";
    assertOneOpen(buyer, "Hi Lee,\n\nRates: the installation rate is £38 a metre.\n\nDana");
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nRates: the installation rate is £38 a metre, and that includes the traffic marshals.\n\nDana"));
  }

  @Test
  void doingTheWorkNextWeekAnswersWhenButAnsweringNextWeekPutsItOff() {
    String buyer = "Hi Dana, when could your team fit the new shelving? Thanks, Lee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nWe can fit the shelving next week.\n\nDana"));
    assertOnlyDeferred(open(buyer, "Hi Lee,\n\nI'll confirm a fitting date next week.\n\nDana"), "shelving");
  }

  @Test
  void aChargeBilledSeparatelyIsAnAnswerNotADeferral() {
    String buyer = "Hi Dana, what do the shelving units cost, and is fitting included? Thanks, Lee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nThe units are £420 each, and fitting is charged separately at £60 a unit.\n\nDana"));
    assertOnlyDeferred(open("Hi Dana, what do the shelving units cost? Thanks, Lee", "Hi Lee,\n\nI'll send the shelving prices separately.\n\nDana"),
        "shelving");
  }

  @Test
  void aPossessiveNounCountsAmongThePointsWords() {
    // "member's" is one token tagged NOUN+PART: without it only "split" and "fees" of six words are met.
    String buyer = "Hi Dana,\n\nThanks for the demo. Can your system split a single member's fees across several cost centres?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nThanks for the questions. Yes, each member can have fees split by percentage.\n\nDana"));
  }

  @Test
  void aReasonGivenWithThePointNeedNotBeRepeatedInTheAnswer() {
    // Two shared words of eight fall short; of the three before the reason they do not.
    String buyer = "Hi Dana,\n\nWe need allergen labels on every sandwich, as a customer complained to the council last spring.\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nAllergen labels can be printed at each kiosk.\n\nDana"));
  }

  @Test
  void aPlainStatementRepeatingMostOfThePointAnswersIt() {
    // No "is", "can" or "yes" to mark it as an answer, but six of the point's seven words.
    String buyer = "Hi Dana,\n\nDo your drivers take the old pallets away when they deliver the new racking?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nOur drivers always take old pallets away when they deliver racking.\n\nDana"));
  }

  @Test
  void findingOutWithAColleagueOrComingBackLaterPutsThePointOff() {
    String buyer = "Hi Dana,\n\nCan the loan scanners be provided free of charge during the trial?\n\nLee";
    List<Concern> confirming = assertOneOpen(buyer, "Hi Lee,\n\nI am confirming with our service team whether the loan scanners can be provided "
        + "free of charge for a trial of this size.\n\nDana");
    assertEquals(Concern.Status.DEFERRED, confirming.get(0).status());
    List<Concern> later = assertOneOpen(buyer, "Hi Lee,\n\nOur service team will look at the trial size and come back to you about free loan scanners.\n\nDana");
    assertEquals(Concern.Status.DEFERRED, later.get(0).status());
    assertOnlyDeferred(open(buyer, "Hi Lee,\n\nOn free loan scanners for the trial, I'd rather have our service lead look at "
        + "the terms properly than give you a half answer.\n\nDana"), "free of charge");
  }

  @Test
  void aDigitInsideANameIsNoFigureForAHedgedAnswer() {
    // "It depends" with a figure answers; "ECO4" is a scheme's name, not a figure, so this still puts it off.
    String buyer = "Hi Dana,\n\nWill our flats qualify for ECO4 funding?\n\nLee";
    List<Concern> open = assertOneOpen(buyer, "Hi Lee,\n\nECO4 funding depends on each flat's rating and the tenant's circumstances.\n\nDana");
    assertEquals(Concern.Status.DEFERRED, open.get(0).status());
  }

  @Test
  void aDayOrDateAnswersAPointOnTiming() {
    String buyer = "Hi Dana,\n\nThe warehouse is closed until the 9th. Could you install the new racking after that?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nWe can be on site on Monday 14 April.\n\nDana"));
    // A date written out, with no weekday: "how soon" is answered by when.
    String soon = "Hi Dana,\n\nHow soon could your surveyors carry out the inspection?\n\nLee";
    assertEquals(List.of(), open(soon, "Hi Lee,\n\nWe can send a surveyor in the week of 21 October, and the report follows within ten days.\n\nDana"));
    assertEquals(List.of(), open(soon, "Hi Lee,\n\nThanks for getting in touch. Our surveyors are booked up this month, but we can do "
        + "the inspection on 4 November.\n\nDana"));
    assertOneOpen(buyer, "Hi Lee,\n\nWe have done a lot of warehouses this year.\n\nDana");
  }

  @Test
  void aBareYesOrNoAskIsAboutTheSentenceBefore() {
    String buyer = "Hi Dana,\n\nOur current supplier is at $7.40 a gallon on the Type I fluid. Can you match?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nBest I can do on the Type I fluid is $7.55 a gallon; the gap is mostly freight.\n\nDana"));
    // A bare wh-question asks its own thing: the lockbox answer is not the price.
    String cost = "Hi Dana,\n\nDoes your system handle cash application for lockbox checks? And what does it cost?\n\nLee";
    assertEquals(List.of("And what does it cost?"), open(cost, "Hi Lee,\n\nYes, the system handles cash application for lockbox "
        + "checks: we pull the lockbox file daily and match payments to open invoices automatically.\n\nDana").stream().map(Concern::text).toList());
  }

  @Test
  void aScopeOpeningTheSentenceIsNoHeadingNamingThePoint() {
    String buyer = "Hi Dana,\n\nWhat's your response time on emergency calls in winter, our heat runs off these units?\n\nLee";
    assertOneOpen(buyer, "Hi Lee,\n\nFor all 31 units, quarterly maintenance comes to $38,440 a year.\n\nDana");
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nOn emergency calls in winter, we are on site within 4 hours.\n\nDana"));
  }

  @Test
  void aSloganUnderTheHeadingOfThePointIsNoAnswer() {
    String buyer = "Hi Dana,\n\nWhere is the pupils' attendance data stored, and do you sign our data privacy agreement?\n\nLee";
    List<Concern> slogan = open(buyer, "Hi Lee,\n\nOn the privacy agreement, we take pupil data very seriously and security is "
        + "built into everything we do.\n\nDana");
    assertEquals(List.of("Where is the pupils' attendance data stored", "do you sign our data privacy agreement?"),
        slogan.stream().map(Concern::text).toList());
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nOn the privacy agreement: yes, we sign it, and the attendance data is stored "
        + "in our UK data centre in Leeds.\n\nDana"));
  }

  @Test
  void aSumInAnyCurrencyAnswersABarePriceQuestion() {
    // "Cost?" shares no word with the quote; the sum on the point's topic answers it, in pounds as in dollars.
    String buyer = "Hi Dana,\n\nTwo sites, about 4,000 pallet positions. Are your inspectors qualified? Cost?\n\nLee";
    for (String sum : List.of("\u00a31,850 + VAT", "$1,850 plus tax", "\u20ac1.850 zzgl. MwSt.")) {
      String draft = "Hi Lee,\n\nYes, both inspectors hold the racking inspector certificate.\n\nFor the two sites we'd quote "
          + sum + " for the annual inspection, including the written report.\n\nDana";
      assertEquals(List.of(), open(buyer, draft), sum);
    }
  }

  @Test
  void aRepNoteThatTookUpOnePointOfAnEarlierMessageLeavesTheOthersOpen() {
    ThreadMessage buyer = new ThreadMessage("Lee <lee@acme.io>", Role.CUSTOMER, null,
        "Hi Dana,\n\nCan you send the spec sheet for the cold-store racking? Is there a minimum order quantity?\n\nLee");
    ThreadMessage rep = new ThreadMessage("Dana <dana@vendor.com>", Role.REP, null,
        "Hi Lee,\n\nSpec sheet for the cold-store racking attached.\n\nDana");
    List<Concern> open = engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "",
        "Hi Lee,\n\nJust checking the spec sheet reached you.\n\nDana"), List.of(buyer, rep))).unanswered();
    assertEquals(1, open.size(), open.toString());
    assertEquals("Is there a minimum order quantity?", open.get(0).text());
  }

  @Test
  void aLineAnnouncingTheBuyersPointsIsNotAPointItself() {
    for (String preamble : List.of("Before we sign anything I need to understand a few things.",
        "Before I go to the committee I need three answers.", "We would be grateful for clarification on two points.",
        "There are a couple of things I'd like to pin down first.")) {
      String buyer = "Hi Dana,\n\n" + preamble + " Is the racking galvanised? What is the lead time?\n\nLee";
      List<Concern> open = open(buyer, "Hi Lee,\n\nYes, the racking is galvanised, and the lead time is three weeks.\n\nDana");
      assertEquals(List.of(), open, preamble);
    }
  }

  @Test
  void bringingSomeoneIntoTheThreadIsNotAPoint() {
    // Both read as points before: "who needs to approve" sounds like a requirement.
    for (String intro : List.of("Copying Ravi from finance, who needs to approve anything over £5k.",
        "I've copied in our treasurer, Joy, who will need to sign off.")) {
      String buyer = "Hi Dana,\n\n" + intro + " Is the racking galvanised?\n\nLee";
      assertEquals(List.of(), open(buyer, "Hi Lee,\n\nYes, the racking is galvanised.\n\nDana"), intro);
    }
    // Adding to a colleague's note is not bringing anyone in: the point after it stays a point.
    assertOneOpen("Hi Dana,\n\nAdding to Tom's note: our racking must be galvanised for the cold store.\n\nLee",
        "Hi Lee,\n\nThanks for the note.\n\nDana");
  }

  @Test
  void askingForAColleaguesPointsToBeAnsweredIsNotAPointOfItsOwn() {
    // Her points are listed; answering them answers the ask. Before, the ask stayed open beside them.
    for (String ask : List.of("Can you come back on her points?", "I can't sign until her questions are answered.",
        "Could you answer each of his points directly?")) {
      String buyer = "Hi Dana,\n\nOur site manager asks whether the racking is galvanised. " + ask + "\n\nLee";
      assertEquals(List.of(), open(buyer, "Hi Lee,\n\nYes, the racking is galvanised.\n\nDana"), ask);
    }
    // Left unanswered, her point is still listed.
    assertEquals(1, open("Hi Dana,\n\nOur site manager asks whether the racking is galvanised. Can you come back on her points?\n\nLee",
        "Hi Lee,\n\nThanks, noted.\n\nDana").size());
  }

  @Test
  void whatTheRepWritesUnderAQuotedPointAnswersItInItsOwnWords() {
    String buyer = "Hi Dana,\n\nWe've got eleven years of donor history in our old CRM. How do we get it out and into yours, "
        + "and who does the work?\n\nWe're very conscious of GDPR as a charity.\n\nCan we pay quarterly?\n\nLee";
    String inline = "Hi Lee,\n\nAnswers below.\n\n> How do we get it out and into yours, and who does the work?\n\n"
        + "Our data team handles the migration end to end; you export a file and check a test load.\n\n"
        + "> We're very conscious of GDPR as a charity.\n\nEverything is hosted in London under our standard DPA.\n\n"
        + "> Can we pay quarterly?\n\nLet me check with our finance team and come back to you.\n\nDana";
    List<Concern> open = open(buyer, inline);
    // None of the three answers shares the point's words; only the quarterly payment is put off.
    assertOnlyDeferred(open, "quarterly");
  }

  @Test
  void answersNumberedAsTheBuyerNumberedThePointsAnswerThem() {
    String buyer = "Hi Dana,\n\nA few things before the partners' meeting:\n\n"
        + "1. What accuracy should we expect with accented speech?\n"
        + "2. Does it write straight into our records system?\n"
        + "3. What would it cost for 14 doctors?\n\nLee";
    String numbered = "Hi Lee,\n\nTaking them in order.\n\n"
        + "1. In our test on 1,200 visits the error rate was 4% for native speakers and 7% for others.\n\n"
        + "2. Not directly today: the note lands in our app and the doctor sends it across with one click.\n\n"
        + "3. I'll put the figures together for the 14 doctors once I've spoken to our partner team.\n\nDana";
    List<Concern> open = open(buyer, numbered);
    // The first two are answered in other words; the third, the item sharing a word with its point
    // that shows the lists correspond, is promised for later.
    assertOnlyDeferred(open, "cost");
    // A numbered list of the rep's own next steps answers none of them.
    String steps = "Hi Lee,\n\nNext steps:\n\n1. I send the order form.\n2. You sign it.\n3. We book the install.\n\nDana";
    assertEquals(3, open(buyer, steps).size());
  }

  @Test
  void aDeferralLedByThePointsNameOutweighsAPassingMention() {
    String buyer = "Hi Dana,\n\nCan you give me a reference from a customer who runs Mitel?\n\nLee";
    String draft = "Hi Lee,\n\nMitel: our trunks are certified for MiVoice 9.0 and later.\n\n"
        + "For a Mitel reference, I'll ask one of our customers whether they'd take a call and come back to you.\n\nDana";
    assertOnlyDeferred(open(buyer, draft), "reference");
  }

  @Test
  void aShortLeadOrANamedNudgeIsNotAPointOfItsOwn() {
    // The lead only introduces the lines under it, marked or not; each of those is the point.
    for (String buyer : List.of("Hi Dana,\n\nwhat I need to know\n- do you cover the puppies?\n- are c-sections covered?\n\nLee",
        "Hi Dana,\n\nyes send pricing. need to know:\ndo you cover the puppies?\nare c-sections covered?\n\nLee")) {
      List<Concern> open = open(buyer, "Hi Lee,\n\nThanks, noted.\n\nDana");
      assertEquals(true, !open.isEmpty() && open.stream().noneMatch(c -> c.text().contains("need to know")), open.toString());
    }
    // A nudge that names the rep asks only for the reply it is getting.
    assertEquals(List.of(), open("Dave, any news on this?", "Hi Lee,\n\nYes: the order ships on Monday.\n\nDana"));
  }

  /** The draft leaves exactly one point of the buyer's message open; returns the open items. */
  private static List<Concern> assertOneOpen(String buyer, String draft) {
    List<Concern> open = open(buyer, draft);
    assertEquals(1, open.size(), open.toString());
    return open;
  }

  /** The one point left open is put off, and it is the one naming {@code word}. */
  private static void assertOnlyDeferred(List<Concern> open, String word) {
    assertEquals(1, open.size(), open.toString());
    assertEquals(Concern.Status.DEFERRED, open.get(0).status());
    assertEquals(true, open.get(0).text().contains(word), open.toString());
  }

  @Test
  void aPriceAnswersARequestToBeGivenPricing() {
    // "Give" asks for the price; it is not a priced thing the answer must name.
    String buyer = "Hi Dana,\n\nCan you give me pricing for the reprint?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nIt comes to $11,200 all in, including freight.\n\nDana"));
    assertEquals(1, open(buyer, "Hi Lee,\n\nOur presses are the fastest in the region.\n\nDana").size());
  }

  @Test
  void aPriceInRandOrKronerAnswersWhatItCosts() {
    String buyer = "Hi Dana,\n\nWhat would the yearly service cost for each of our cold rooms?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nThe yearly service is R3,450.00 for each cold room, callouts included.\n\nDana"));
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nThe yearly service comes to 4 900 kr for each cold room.\n\nDana"));
    // A model name with an R in it is no price.
    assertOneOpen(buyer, "Hi Lee,\n\nThe yearly service for each cold room covers the R2 compressor.\n\nDana");
  }

  @Test
  void aHyphenatedHeadingThatRepeatsThePointThenPutsItOffDefersIt() {
    String buyer = "Hi Dana,\n\nWould you take our two old fryers as a trade-in?\nWhat's the lead time?\n\nLee";
    // "Trade-in:" heads the paragraph (the tokenizer cuts it in three); its first sentence repeats the
    // point's words, the last promises the answer later.
    assertOnlyDeferred(open(buyer, "Hi Lee,\n\nLead time is six weeks.\n\nTrade-in: we can take the two old fryers, but I would "
        + "need their age and model numbers first. Send those over and I'll come back to you.\n\nDana"), "trade-in");
    // Answered in the same paragraph with nothing put off, it is answered.
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nLead time is six weeks.\n\nTrade-in: we can take the two old fryers, "
        + "at $150 each off the new units.\n\nDana"));
  }

  @Test
  void aOneDayJobSaysHowLong() {
    String buyer = "Hi Dana,\n\nHow long will the kitchen be closed while you fit the extraction hood?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nIt's a two-day job.\n\nDana"));
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nHalf a day, and we clean up after.\n\nDana"));
  }

  @Test
  void aQuestionInsideARequestToKnowWantsTheSameAnswer() {
    // "I need to understand how long ..." asks for a length of time as "How long ...?" does.
    String buyer = "Hi Dana,\n\nOur utility is Prairie Light. I need to understand how long interconnection approval takes with them.\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nInterconnection approval with Prairie Light takes about 8 weeks.\n\nDana"));
    assertOneOpen(buyer, "Hi Lee,\n\nInterconnection approval: we work with Prairie Light all the time and have a great relationship with them.\n\nDana");
  }

  @Test
  void askedToBeGivenACostWantsASum() {
    // "costing" in passing is no price; the sentence after it puts the price off.
    String buyer = "Hi Dana,\n\nThe winch failed again this morning. Can you give me a rough cost for the repair?\n\nLee";
    assertOnlyDeferred(open(buyer, "Hi Lee,\n\nI know what the downtime is costing you. I'd rather not guess at a cost until I've seen "
        + "the photos of the gearbox.\n\nDana"), "cost");
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nA gearbox rebuild on that winch is usually around $2,400 with parts.\n\nDana"));
  }

  @Test
  void figuringItOutLaterPutsThePointOff() {
    String buyer = "Hi Dana,\n\nCan you do a test print on our own card stock before we commit?\n\nLee";
    assertOnlyDeferred(open(buyer, "Hi Lee,\n\nOn the test print, let's book the run first and then we can figure that part out.\n\nDana"), "test print");
    assertOnlyDeferred(open(buyer, "Hi Lee,\n\nThe test print on your card stock: let's sort that out later, once the run is booked.\n\nDana"), "test print");
  }

  @Test
  void noLimitAnswersHowMany() {
    String buyer = "Hi Dana,\n\nHow many washes do the labels survive?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nThey survive every wash.\n\nDana"));
  }

  @Test
  void aContractedWillOrAreStillAnswers() {
    String buyer = "Hi Dana,\n\nWill the new scales talk to our Lightspeed tills?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nThey'll talk to Lightspeed tills over the local network.\n\nDana"));
  }

  @Test
  void aPointThatPointsBackTakesTheWordsOfTheSentenceBefore() {
    String buyer = "Hi Dana,\n\nSome questions:\n\n- What is your rate per pallet?\n"
        + "- Our supermarket customers reject chilled deliveries logged above 2C at the dock. Can you meet that consistently?\n\nLee";
    String draft = "Hi Lee,\n\nOur rate is $38 per pallet.\n\n"
        + "On the 2C limit at the dock: last year 99.6% of our chilled deliveries arrived at or under it, from our trailer logs.\n\nDana";
    assertEquals(List.of(), open(buyer, draft));
  }

  @Test
  void aNounMadeFromTheVerbAnswersIt() {
    String buyer = "Hi Dana,\n\nWe shoot in Vancouver and the network is strict about residency. Where are the files physically stored?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nAll storage for Canadian accounts sits in our Toronto data centre, backups included.\n\nDana"));
    // Without the storage, nothing says where.
    assertEquals(1, open(buyer, "Hi Lee,\n\nOur Canadian accounts get a dedicated support line, backups included.\n\nDana").size());
  }

  @Test
  void aHeadingNamingTheTopicTiesOneSharedWordToAConcern() {
    String buyer = "Hi Dana,\n\nThe tills look right for the shop. We got stuck in a five-year lease with the last supplier and I'm not doing that again.\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nContract: there's no lease and no minimum term, just a rolling monthly agreement.\n\nDana"));
    // Without the heading one shared word of a long concern is too little.
    assertEquals(1, open(buyer, "Hi Lee,\n\nThere's no lease with the tills, you buy them.\n\nDana").size());
    // Nor does a shared unit tie it: a 24-month term does not answer a 12-month limit.
    String limit = "Hi Dana,\n\nThe partners won't want to be tied in for more than 12 months to start with.\n\nLee";
    assertEquals(1, open(limit, "Hi Lee,\n\nContract: our standard term is 24 months, with a discount for paying annually.\n\nDana").size());
  }

  @Test
  void aHyphenatedSpanCountsAsItsParts() {
    String buyer = "Hi Dana,\n\nThe greens are busy all summer. We can't have the course shut during the playing season so any work would have to be Nov-Feb.\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nNov to Feb is fine for either option.\n\nDana"));
    assertEquals(1, open(buyer, "Hi Lee,\n\nEither option is fine.\n\nDana").size());
  }

  @Test
  void anItemTheReplySkipsInTheBuyersOwnListIsNotAnsweredByAnotherItem() {
    String buyer = "Ms Reyes,\n\nThe partners asked:\n\n(a) Where is the client data hosted?\n"
        + "(b) What is your hosting rate per GB per month?\n(c) Can we bill the hosting costs back to clients matter by matter?\n\nLee";
    String draft = "Dear Lee,\n\n(a) All client data is hosted in two US data centres.\n\n"
        + "(b) Our rate is $6.50 per GB per month, including processing and hosting.\n\nDana";
    List<Concern> open = assertOneOpen(buyer, draft);
    assertEquals("(c) Can we bill the hosting costs back to clients matter by matter?", open.get(0).text());
    // Said outside the items, it answers.
    assertEquals(List.of(), open(buyer, draft.replace("\n\nDana", "\n\nHosting costs can be billed back to each client matter by matter.\n\nDana")));
  }
  @Test
  void aParagraphThatPutsThePointOffDoesNotAnswerItByRepeatingItsWords() {
    String buyer = "Hi Dana,\n\nWe're refitting the cold room. Can we keep the existing evaporators and pipework?\n\nLee";
    String draft = "Hi Lee,\n\nEvaporators and pipework: that's the part I can't judge from photos. Some older evaporators run fine with the new"
        + " controllers and some don't. I'll confirm after the site visit.\n\nDana";
    assertOnlyDeferred(open(buyer, draft), "evaporators");
    // Said without the deferral, the same paragraph answers.
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nEvaporators and pipework: yes, both can stay. The existing evaporators run fine"
        + " with the new controllers.\n\nDana"));
  }

  @Test
  void sayingNobodysApprovalIsNeededIsNoDeferral() {
    String buyer = "Hi Dana,\n\nOur CFO won't approve anything that needs paying for up front.\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nCost: it's $900 a month with no up-front charge, so nothing would need"
        + " approval from your CFO.\n\nDana"));
  }
  @Test
  void aBoastUnderAHeadingNamingThePointDoesNotAnswerIt() {
    String buyer = "Hi Dana,\n\nTwo tubs would suit us. How do we keep the water clean between sessions?\n\nLee";
    List<Concern> open = open(buyer, "Hi Lee,\n\nTwo tubs come to £9,000.\n\nAs for the water, ours is the cleanest tub on the market.\n\nDana");
    assertEquals(1, open.size(), open.toString());
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nTwo tubs come to £9,000.\n\nAs for the water, a UV lamp and a fine filter run"
        + " every hour, so it stays clean between sessions.\n\nDana"));
  }

  @Test
  void eachBulletOfAReplyIsAParagraphOfItsOwn() {
    String buyer = "Hi Dana,\n\nCan you confirm your panels are certified to EN 12966?\nWhat's a ballpark price per panel?\n"
        + "We'd need 60-day payment terms, is that possible?\n\nLee";
    String draft = "Hi Lee,\n\nAnswers below.\n- Certification: yes, the C9 panel is certified to EN 12966 and the certificate is attached.\n"
        + "- Price: £38,400 per panel ex works.\n- Payment terms: I need to check 60 days with our finance director, and I'll come back"
        + " to you on that by Thursday.\n\nDana";
    // The deferral in the last bullet puts off its own point, not the two the bullets above it answered.
    assertOnlyDeferred(open(buyer, draft), "60-day");
  }

  @Test
  void aLengthInWordsAnswersHowLong() {
    String buyer = "Hi Dana,\n\nHow long is each vehicle off the road?\n\nLee";
    assertEquals(List.of(), open(buyer, "Hi Lee,\n\nEach one is off the road for nine working days.\n\nDana"));
    assertOneOpen(buyer, "Hi Lee,\n\nEach one is off the road while the ramp is fitted.\n\nDana");
  }

  @Test
  void runningTheNumbersLaterPutsThePointOff() {
    String buyer = "Hi Dana,\n\nWe'd order about 3,000 polos a year. Is there any kind of discount for that volume?\n\nLee";
    assertOnlyDeferred(open(buyer, "Hi Lee,\n\nOn a volume discount, I'll need to run the numbers with our pricing manager once I know"
        + " how many pieces per student you're planning.\n\nDana"), "discount");
  }
}
