package candor.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TopicsTest {
  @Test
  void whenIsATimingCueOnlyAsTheQuestion() {
    assertEquals("timeline", Topics.of("When could your crew start on the roof?"));
    assertEquals("timeline", Topics.of("And by when would you need the signed order?"));
    // A clause saying when something happens is not a question about timing.
    assertEquals("other", Topics.of("Do you help with the settings when we change suppliers?"));
  }

  @Test
  void dataIntoTheBuyersSystemIsIntegrationWhateverElseItNames() {
    assertEquals("integration", Topics.decisive("We'd also need the data in a format we can load into our asset system (we use Civica)."));
    assertEquals("integration", Topics.decisive("Can we keep our current dimming system (we use a Priva climate computer)?"));
    assertEquals("integration", Topics.decisive("The readings have to feed straight into our maintenance software."));
    // Keeping a supplier or sending a document is not.
    assertEquals(null, Topics.decisive("Can we keep our current cleaning contractor for the car park?"));
    assertEquals(null, Topics.decisive("Please send the invoice to our accounts team."));
  }

  @Test
  void aLeadTimeOrAServiceContractSettlesTheTopicUnlessAPriceIsAsked() {
    assertEquals("timeline", Topics.decisive("What lead time would you quote for the first shipset?"));
    assertEquals(null, Topics.decisive("Please indicate the likely cost and lead time for that work."));
    assertEquals("contract", Topics.decisive("Our skipper was also asking if you do an annual maintenance contract."));
    assertEquals(null, Topics.decisive("We'll need a quote for a 5-year service contract alongside."));
  }

  @Test
  void paymentTermsReferencesAndCertificatesSettleTheTopic() {
    assertEquals("contract", Topics.decisive("Our CFO asked whether we can do net 45."));
    assertEquals("contract", Topics.decisive("Is there any flexibility on payment milestones?"));
    assertEquals("contract", Topics.decisive("We're on 60 days with our current guy."));
    assertEquals("contract", Topics.decisive("Our council pays invoices within 30 days of receipt."));
    assertEquals("other", Topics.decisive("Could you send a few references from other university departments?"));
    assertEquals("security_compliance", Topics.decisive("Will the covers ship with an airworthiness certificate?"));
    // With a price or a date asked, the certificate does not decide.
    assertEquals(null, Topics.decisive("What does the annual recertification cost per unit?"));
    assertEquals(null, Topics.decisive("When is the recertification due?"));
    // ... and how long the work takes is a timeline by its own form.
    assertEquals("timeline", Topics.decisive("How long would a full recertification take?"));
  }

  @Test
  void howLongAJobOrAWaitTakesIsATimelineButNotHowLongSomethingLasts() {
    assertEquals("timeline", Topics.decisive("How long would your team need to install it the first time?"));
    assertEquals("timeline", Topics.decisive("how long to swap it out"));
    assertEquals("timeline", Topics.decisive("How long before the replacement parts arrive?"));
    assertEquals("timeline", Topics.decisive("How long will the pool be closed?"));
    assertEquals(null, Topics.decisive("How long does the battery last?"));
    assertEquals(null, Topics.decisive("How long do you keep the plate data?"));
    assertEquals(null, Topics.decisive("How long before it pays for itself?"));
  }

  @Test
  void fittingOntoWhatTheBuyerHasIsIntegrationAndPlanningIsCompliance() {
    assertEquals("integration", Topics.decisive("Can you splice onto our existing tails, or does it have to be a full new rope?"));
    // A supplier they have now is not a system to fit.
    assertEquals(null, Topics.decisive("We had sizing problems with our current supplier last year."));
    assertEquals("security_compliance", Topics.decisive("Part of the yard wall is on the listed frontage, not sure if that matters."));
  }
}
