package candor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import org.junit.jupiter.api.Test;

/** Which short questions point back at the sentence before them for their topic. */
class LeansBackTest {
  private static final Annotator ANNOTATOR = Annotator.english();

  private static boolean leansBack(String question) {
    AnnotatedText t = ANNOTATOR.annotate(question);
    return ConcernListing.leansBack(t.sentences().get(0), 0, question);
  }

  @Test
  void aDemonstrativePointsBack() {
    assertEquals(true, leansBack("Is that included?"));
    assertEquals(true, leansBack("Does that include installation?"));
    assertEquals(true, leansBack("And that's per month?"));
    assertEquals(true, leansBack("Can you explain it?"));
  }

  @Test
  void aRelativeThatAfterAThingDoesNot() {
    assertEquals(false, leansBack("Can you do wax foundation that's certified free of pesticide residues?"));
    assertEquals(false, leansBack("Do you have a unit that runs on single phase?"));
  }
}
