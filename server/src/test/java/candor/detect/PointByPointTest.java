package candor.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a reply's quoted blocks and numbered items are found, and how far an item reaches. */
class PointByPointTest {
  @Test
  void quotedBlocksAreRunsOfQuotedLines() {
    String reply = "Hi Lee,\n\n> Who does the work?\n> And when?\n\nOur team.\n\n> Price?\nFree.";
    List<int[]> blocks = PointByPoint.blocks(reply);
    assertEquals(2, blocks.size());
    assertEquals("> Who does the work?\n> And when?", reply.substring(blocks.get(0)[0], blocks.get(0)[1]));
    assertEquals("> Price?", reply.substring(blocks.get(1)[0], blocks.get(1)[1]));
    assertEquals("who does the work and when", PointByPoint.words("> Who does the work?\n> And when?"));
  }

  @Test
  void numberedItemsNeedTwoAndRunToABlankLine() {
    String reply = "1. Yes, it does.\nIt syncs hourly.\n\n2) About six weeks.\n\nThanks";
    Map<String, int[]> items = PointByPoint.items(reply);
    assertEquals(List.of("1", "2"), List.copyOf(items.keySet()));
    assertEquals("1. Yes, it does.\nIt syncs hourly.", reply.substring(items.get("1")[0], items.get("1")[1]));
    assertEquals(Map.of(), PointByPoint.items("1. Only one item.\n\nThanks"));
    assertEquals("c", PointByPoint.marker("(c) the warranty"));
    assertNull(PointByPoint.marker("2026 was a good year"));
  }

  @Test
  void aPointBelongsToTheItemAboveItWithinAFewLines() {
    String buyer = "Intro.\n\n1. Where is data stored? Under our rules\nit must stay in Canada.\n2. Cost?";
    assertEquals("1", PointByPoint.itemAt(buyer, buyer.indexOf("it must")));
    assertEquals("2", PointByPoint.itemAt(buyer, buyer.indexOf("Cost")));
    assertNull(PointByPoint.itemAt(buyer, buyer.indexOf("Intro")));
    // Thousands of unbroken lines under a marker: the walk stops (it once walked to the top for every point).
    StringBuilder long_ = new StringBuilder("1. First.\n");
    for (int i = 0; i < 100; i++) long_.append("Line ").append(i).append(".\n");
    assertNull(PointByPoint.itemAt(long_.toString(), long_.lastIndexOf("Line 99")));
    assertArrayEquals(new int[] {0, 8}, PointByPoint.blocks("> quoted").get(0));
  }
}
