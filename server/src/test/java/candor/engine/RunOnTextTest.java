package candor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pasted run-on with no full stop in thousands of words: tagged a few hundred tokens at a time and
 * widened to clauses of bounded length (both to keep its cost in line with its length), it is still
 * read to its end, with each finding's span on the words that carry it.
 */
class RunOnTextTest {
  @Test
  void everyPressurePhraseInARunOnIsFoundWhereItStands() {
    StringBuilder text = new StringBuilder("Hi Lee");
    List<Integer> starts = new ArrayList<>();
    // Filler of varied words, with the phrase dropped in at points on both sides of where the tagger's
    // windows of tokens meet.
    String[] filler = {"the", "crew", "would", "bring", "ladders", "and", "paint", "for", "your", "hall", "then"};
    int word = 0;
    for (int at : new int[] {40, 245, 500, 760, 1490, 2400}) {
      while (word < at) {
        text.append(' ').append(filler[word % filler.length]);
        word++;
      }
      text.append(' ');
      starts.add(text.length());
      text.append("act now");
      word += 2;
    }
    text.append(" and thanks");
    Analysis a = Engine.standard(0).analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "", text.toString()), List.of()));
    List<Integer> found = new ArrayList<>();
    for (Finding f : a.findings()) {
      if (!f.ruleId().equals("PRESSURE_ACT_NOW")) continue;
      assertEquals(f.text(), text.substring(f.start(), f.end()), f.toString());
      assertTrue(f.text().contains("act now"), f.toString());
      found.add(f.start() + f.text().indexOf("act now"));
    }
    assertEquals(starts, found);
  }
}
