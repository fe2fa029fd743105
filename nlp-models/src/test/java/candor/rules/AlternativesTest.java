package candor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternativesTest {
  @Test
  void cutsABareAlternation() {
    Alternatives a = Alternatives.of("foo|ba[|)]r|(?:x|y)z");
    assertEquals(new Alternatives("", List.of("foo", "ba[|)]r", "(?:x|y)z"), ""), a);
  }

  @Test
  void cutsTheWidestTopLevelGroupAndKeepsWhatSurroundsIt() {
    Alternatives a = Alternatives.of("^\\W*(?:a|b)\\s+\\b(?:one|two|th\\(ree\\))\\b");
    assertEquals(new Alternatives("^\\W*(?:a|b)\\s+\\b", List.of("one", "two", "th\\(ree\\)"), "\\b"), a);
    BitSet keep = new BitSet();
    keep.set(0);
    keep.set(2);
    assertEquals("^\\W*(?:a|b)\\s+\\b(?:one|th\\(ree\\))\\b", a.narrowed(keep));
  }

  @Test
  void leavesAloneWhatCannotBeCutSafely() {
    assertNull(Alternatives.of("plain words"), "no alternation");
    assertNull(Alternatives.of("\\b(a|b) c"), "a capturing group: its number would move");
    assertNull(Alternatives.of("(?<w>a|b) c"), "a named group");
    assertNull(Alternatives.of("(?:a|b)(?:c)\\1"), "a back reference");
    assertNull(Alternatives.of("x(?:a|b)+"), "a quantified group is not one choice");
    assertNull(Alternatives.of("a(?i)b|c"), "an inline flag reaches the alternatives after it");
    assertNull(Alternatives.of("a[(]b|c)"), "unbalanced");
  }

  @Test
  void aLeadingFlagAndLookaroundsAreFine() {
    Alternatives a = Alternatives.of("(?i)\\b(?:sign(?! up)|approv\\w*|(?<!not )sure)");
    assertEquals(List.of("sign(?! up)", "approv\\w*", "(?<!not )sure"), a.alternatives());
  }

  @Test
  void narrowingToTheAlternativesThatCanMatchChangesNoMatch() {
    String re = "\\b(?:we need|price|(?:too|very) (?:steep|high)|worried)\\b";
    Alternatives a = Alternatives.of(re);
    String text = "The price is too high and we need a week; the price is steep.";
    BitSet canMatch = new BitSet();
    canMatch.set(0, 3); // "worried" is not in the text
    assertEquals(spans(Pattern.compile(re).matcher(text)), spans(Pattern.compile(a.narrowed(canMatch)).matcher(text)));
  }

  private static List<String> spans(Matcher m) {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    while (m.find()) out.add(m.start() + "-" + m.end());
    return out;
  }
}
