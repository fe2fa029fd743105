package candor.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which line breaks end a sentence: a mail client's wrap does not, a writer's own break does. */
class BlocksTest {
  private static List<String> blocks(String text) {
    return Blocks.split(text).stream().map(b -> text.substring(b[0], b[1])).toList();
  }

  @Test
  void aParagraphWrappedByAMailClientIsOneBlock() {
    String text = "We looked at the figures you sent over last week and the board would like\n"
        + "to see a breakdown of the installation costs before the meeting on the 18th\n"
        + "so that they can compare it with the other two quotes.";
    assertEquals(List.of(text), blocks(text));
  }

  @Test
  void aParagraphWithALineTooLongToBeWrappedKeepsEachLine() {
    String text = "how does the enforcement handheld talk to the pay stations, our officers use Zebra units from another vendor\n"
        + "the city attorney wants to see your security attestation\n"
        + "and we can't do anything until the capital budget is adopted in March anyway";
    assertEquals(List.of(text.split("\n")), blocks(text));
  }

  @Test
  void aLongLinkDoesNotUnwrapItsParagraph() {
    String text = "The spec sheet is on the shared drive, and the drawings for the second floor\n"
        + "are at https://files.example.com/projects/2026/westbrook/second-floor/drawings-rev-c.pdf for now.";
    assertEquals(List.of(text), blocks(text));
  }
}
