package candor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a rep's worst examples are picked. */
class ReportTest {
  private static StoredMessage message(String key, StoredFinding f) {
    return AuditStoreContract.message(key, "dana@vendor.com", "2026-03-02T10:00:00Z", f);
  }

  @Test
  void eachCategoryIsShownBeforeASecondExampleOfAnother() {
    Report r = Report.of(List.of(
        message("<1@x>", AuditStoreContract.finding("pressure", "urgency", 0.97)),
        message("<2@x>", AuditStoreContract.finding("pressure", "scarcity", 0.95)),
        message("<3@x>", AuditStoreContract.finding("pressure", "ultimatum", 0.93)),
        message("<4@x>", AuditStoreContract.finding("overpromise", "guarantee", 0.85)),
        message("<5@x>", AuditStoreContract.finding(StoredFinding.UNANSWERED, "pricing", 0.45))));
    // By confidence alone, or one per rule, the three pressure rules would fill the three places.
    assertEquals(List.of("urgency", "guarantee", "pricing"), r.examples().stream().map(Report.Example::type).toList());
  }

  @Test
  void thenOneOfEachRuleThenTheNextWorstOnePerMessage() {
    Report r = Report.of(List.of(
        message("<1@x>", AuditStoreContract.finding("pressure", "urgency", 0.97)),
        message("<2@x>", AuditStoreContract.finding("pressure", "urgency", 0.96)),
        message("<3@x>", AuditStoreContract.finding("pressure", "scarcity", 0.80)),
        AuditStoreContract.message("<4@x>", "dana@vendor.com", "2026-03-02T10:00:00Z",
            AuditStoreContract.finding("pressure", "guilt", 0.99), AuditStoreContract.finding("pressure", "pestering", 0.98))));
    // Message 4's two findings count once; scarcity (another rule) comes before urgency's second.
    assertEquals(List.of("guilt", "urgency", "scarcity"), r.examples().stream().map(Report.Example::type).toList());
  }
}
