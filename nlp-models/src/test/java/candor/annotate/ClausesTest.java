package candor.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a sentence is cut into clauses, and where it is left whole. */
class ClausesTest {
  private static final Annotator ANNOTATOR = Annotator.english();

  private static List<String> clauses(String text) {
    AnnotatedText at = ANNOTATOR.annotate(text);
    assertEquals(1, at.sentences().size(), text);
    Sentence s = at.sentences().get(0);
    List<Sentence> parts = Clauses.of(s);
    for (int i = 1; i < parts.size(); i++) assertEquals(true, parts.get(i - 1).end() <= parts.get(i).start());
    return parts.stream().map(p -> p.text(text)).toList();
  }

  @Test
  void cutsAfterSemicolonsAndColonsAndBeforeAConjunctionAfterAComma() {
    assertEquals(List.of("I can send the audit summary if that would help;", "it is the safest archive in the county."),
        clauses("I can send the audit summary if that would help; it is the safest archive in the county."));
    assertEquals(List.of("I spoke to Mia in accounts about the invoices,", "and your close will take half the time."),
        clauses("I spoke to Mia in accounts about the invoices, and your close will take half the time."));
    assertEquals(List.of("On the handwritten files:", "our engine reads every page you send."),
        clauses("On the handwritten files: our engine reads every page you send."));
  }

  @Test
  void aDashCutsOnlyWithSpaceOnBothSides() {
    assertEquals(List.of("The van comes on Tuesday -", "the crew will need access to the yard."),
        clauses("The van comes on Tuesday - the crew will need access to the yard."));
    assertEquals(1, clauses("It costs a little more overall, roughly 6-8% on the host-based total.").size());
  }

  @Test
  void shortPiecesJoinTheirNeighbourAndOneClauseIsTheSentence() {
    // "so far," is too short to stand alone; a plain comma is not a cut.
    assertEquals(1, clauses("Thanks, so far the pilot has gone well for the night shift.").size());
    assertEquals(1, clauses("Yes, and thanks.").size());
    assertEquals(2, clauses("We tested the cabinets at three of your sites, and every one passed first time; full stop.").size());
  }
}
