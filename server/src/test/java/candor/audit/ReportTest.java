package candor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a rep's worst examples are picked. */
class ReportTest {
  private static StoredMessage message(String key, StoredFinding... findings) {
    return AuditStoreContract.message(key, "dana@vendor.com", "2026-03-02T10:00:00Z", findings);
  }

  private static StoredFinding finding(String category, String type, double confidence) {
    return AuditStoreContract.finding(category, type, confidence);
  }

  /** The types of the one rep's examples, in the order the report gives them. */
  private static List<String> exampleTypes(StoredMessage... messages) {
    return Report.of(List.of(messages)).examples().stream().map(Report.Example::type).toList();
  }

  @Test
  void eachCategoryIsShownBeforeASecondExampleOfAnother() {
    // By confidence alone, or one per rule, the three pressure rules would fill the three places.
    assertEquals(List.of("urgency", "guarantee", "pricing"), exampleTypes(
        message("<1@x>", finding("pressure", "urgency", 0.97)),
        message("<2@x>", finding("pressure", "scarcity", 0.95)),
        message("<3@x>", finding("pressure", "ultimatum", 0.93)),
        message("<4@x>", finding("overpromise", "guarantee", 0.85)),
        message("<5@x>", finding(StoredFinding.UNANSWERED, "pricing", 0.45))));
  }

  @Test
  void thenOneOfEachRuleThenTheNextWorstOnePerMessage() {
    // Message 4's two findings count once; scarcity (another rule) comes before urgency's second.
    assertEquals(List.of("guilt", "urgency", "scarcity"), exampleTypes(
        message("<1@x>", finding("pressure", "urgency", 0.97)),
        message("<2@x>", finding("pressure", "urgency", 0.96)),
        message("<3@x>", finding("pressure", "scarcity", 0.80)),
        message("<4@x>", finding("pressure", "guilt", 0.99), finding("pressure", "pestering", 0.98))));
  }
}
