package candor.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.annotate.Annotator;
import candor.annotate.Sentence;
import candor.models.SentenceClassifier;
import candor.train.LabelledSentence;
import candor.train.TrainModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The order in which a topic is decided, on a small model trained here: the sentence's form, then a
 * classifier sure enough of its topic, then the keyword lexicon, then the classifier's guess.
 */
class TopicDetectorTest {
  private static final Annotator ENGLISH = Annotator.english();
  private static SentenceClassifier model;
  private static TopicDetector detector;

  @BeforeAll
  static void train() throws Exception {
    List<LabelledSentence> data = new ArrayList<>();
    // "deliver" is a timeline cue word of the lexicon; here it is the haulage itself.
    label(data, "other", "Can your driver deliver with a tail-lift?", "Does the lorry have a tail-lift for the pallets?",
        "We need a tail-lift and a pallet truck on the van.", "Is the tail-lift rated for a full pallet?");
    label(data, "pricing", "What is the price per pallet?", "How much does the tail-lift option cost?",
        "Is there a fee per drop?", "What would the quote be for two vans?");
    label(data, "timeline", "When could the first van arrive?", "How many weeks until the route starts?",
        "We need the first drop before Easter.", "Could you start the round on Monday?");
    label(data, "contract", "Can we end the haulage agreement with a month's notice?", "Who is liable if a pallet is damaged?",
        "We want a break clause after six months.", "Does the agreement renew on its own?");
    label(data, "authority", "Our depot manager has to approve the rota.", "Who signs the haulage order at your end?",
        "The board decides on new hauliers in May.", "Mark will want to approve any change of driver.");
    model = TrainModels.inMemory(ENGLISH, data, SentenceClassifier.BUYER_TOPIC);
    detector = new TopicDetector(model);
  }

  private static void label(List<LabelledSentence> data, String topic, String... sentences) {
    for (String s : sentences) data.add(new LabelledSentence(topic, s));
  }

  private static Sentence sentence(String text) {
    return ENGLISH.annotate(text).sentences().get(0);
  }

  private static String topic(String text) {
    return detector.of(text, sentence(text), text);
  }

  @Test
  void aSureClassifierOverridesTheLexiconsCueWord() {
    assertEquals("timeline", Topics.of("Can your haulier deliver with a tail-lift?"));
    assertEquals("other", topic("Can your haulier deliver with a tail-lift?"));
  }

  @Test
  void theLexiconSpeaksWhenTheClassifierIsUnsure() {
    // No word the model knows: its best topic is near a coin toss between the five it has.
    String point = "Encryption certificates, penetration audits, GDPR compliance documentation.";
    double sure = Collections.max(model.classify(point, sentence(point)).values());
    assertTrue(sure < TopicDetector.CONFIDENT, "the model is unsure: " + sure);
    assertEquals("security_compliance", topic(point));
  }

  @Test
  void withNoCueWordTheClassifiersGuessStands() {
    assertEquals("pricing", topic("And for two vans?"));
  }

  @Test
  void theSentencesFormComesFirst() {
    String point = "Who on your side can sign for the tail-lift pallet truck?";
    assertEquals("other", model.best(point, sentence(point)), "the model alone reads the kit");
    assertEquals("authority", topic(point));
  }

  @Test
  void theSitesSupplyIsIntegrationUnlessPriced() {
    for (String point : List.of("We've only got 63A on the 3-phase for the whole depot, will the chargers cope?",
        "How much power does the tail-lift charger draw?", "Our gas supply is LP, so the heater has to run on it.",
        "Does it run on single phase 240?")) {
      assertEquals("integration", topic(point), point);
    }
    // A price for the supply work, a sum in the sentence, or a visa's name are not.
    assertEquals(null, Topics.decisive("What would the 3-phase upgrade cost?"));
    assertEquals(null, Topics.decisive("Your H-2A paperwork for the pickers"));
    assertEquals(null, Topics.decisive("We pay 4 a month for the pallets"));
  }

  @Test
  void paymentTermsOurExistingSystemAndDataHandlingAreSettledByForm() {
    assertEquals("contract", topic("Can we pay in instalments? Cash is tight this quarter."));
    assertEquals("integration", topic("Can the pallets be booked through our existing haulage system?"));
    assertEquals("security_compliance", topic("How is the drivers' data handled, since our DPO will ask?"));
  }

  @Test
  void aLeadInBeforeAColonIsNotRead() {
    String point = "The lorry, the tail-lift and the pallet truck for the tail-lift: what is the fee?";
    assertEquals("other", model.best(point, sentence(point)), "the whole sentence reads as the kit");
    assertEquals("pricing", topic(point));
  }
}
