package candor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.http.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every audit store must do, run against SQLite ({@link SqliteAuditStoreTest}) and
 * PostgreSQL ({@link PostgresAuditStoreTest}, when CANDOR_TEST_PG_URL is set).
 */
abstract class AuditStoreContract {
  @TempDir
  Path tmp;
  AuditStore store;

  /** A JDBC URL to an empty store. */
  abstract String freshUrl() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = AuditStore.open(freshUrl());
  }

  @AfterEach
  void close() {
    if (store != null) store.close();
  }

  static StoredMessage message(String key, String rep, String date, StoredFinding... findings) {
    return new StoredMessage(key, rep, date == null ? null : Instant.parse(date), "Re: pricing", List.of(findings), null);
  }

  static StoredFinding finding(String category, String type, double confidence) {
    return new StoredFinding(category, "R_" + type.toUpperCase(), type, confidence, "act now",
        "Please act now before Friday.", 7, 14, "'act now' pushes the reader.");
  }

  @Test
  void aMessageIsStoredOnceWithItsFindings() {
    String run = store.createRun("test", 2);
    StoredMessage m = message("<a@x>", "dana@vendor.com", "2026-03-02T10:00:00Z",
        finding("pressure", "urgency", 0.9), finding("unanswered", "pricing", 0.6));
    assertTrue(store.save(run, m));
    assertFalse(store.save(run, m), "the same Message-ID again adds nothing");
    assertTrue(store.contains("<a@x>"));
    assertEquals(1, store.messageCount());
    List<StoredMessage> back = store.messages(null, null);
    assertEquals(1, back.size());
    assertEquals(m.findings(), back.get(0).findings());
    assertEquals(m.sentAt(), back.get(0).sentAt());
    assertEquals(1, store.messages(null, run).size());
    assertEquals(0, store.messages(null, store.createRun("other", 0)).size());
  }

  @Test
  void bodiesAreKeptOnlyWhenGiven() {
    store.save(null, message("<a@x>", "dana@vendor.com", null));
    store.save(null, new StoredMessage("<b@x>", "dana@vendor.com", null, "s", List.of(), "the body"));
    List<StoredMessage> back = store.messages(null, null);
    assertEquals(null, back.get(0).body());
    assertEquals("the body", back.get(1).body());
  }

  @Test
  void sinceAndPurgeGoByTheSentDate() {
    store.save(null, message("<old@x>", "dana@vendor.com", "2025-12-31T23:59:59Z", finding("pressure", "urgency", 0.8)));
    store.save(null, message("<new@x>", "dana@vendor.com", "2026-01-01T00:00:00Z", finding("overpromise", "guarantee", 0.7)));
    assertEquals(1, store.messages(Dates.parse("2026-01-01"), null).size());
    assertEquals(1, store.purge(Dates.parse("2026-01-01")));
    assertEquals(List.of("<new@x>"), store.messages(null, null).stream().map(StoredMessage::key).toList());
    assertEquals(1, store.messages(null, null).get(0).findings().size(), "the kept message keeps its findings");
  }

  @Test
  void runsRecordProgressAndOutcome() {
    String run = store.createRun("upload", 10);
    store.progress(run, 4, 10, 3, 1);
    RunStatus s = store.run(run).orElseThrow();
    assertEquals(RunStatus.RUNNING, s.status());
    assertEquals(4, s.done());
    assertEquals(10, s.total());
    store.finishRun(run, RunStatus.DONE, null);
    assertEquals(RunStatus.DONE, store.run(run).orElseThrow().status());
    assertTrue(store.run("nope").isEmpty());
  }

  @Test
  void aRunRemembersTheTeamThatStartedIt() {
    String cli = store.createRun("sent.mbox", null);
    String upload = store.createRun("upload", 3);
    store.setRunTeam(upload, "East Coast");
    assertEquals("East Coast", store.runTeam(upload).orElseThrow());
    assertTrue(store.runTeam(cli).isEmpty(), "command-line runs have no team");
    assertTrue(store.runTeam("nope").isEmpty());
  }

  @Test
  void theReportFromTheStoreEqualsTheReportOfWhatWasSaved() throws Exception {
    List<StoredMessage> in = List.of(
        message("<1@x>", "dana@vendor.com", "2026-03-02T10:00:00Z", finding("pressure", "urgency", 0.9), finding("pressure", "scarcity", 0.7)),
        message("<2@x>", "dana@vendor.com", "2026-03-09T10:00:00Z", finding("overpromise", "guarantee", 0.95)),
        message("<3@x>", "lee@vendor.com", "2026-03-03T10:00:00Z"),
        message("<4@x>", "lee@vendor.com", null, finding("unanswered", "pricing", 0.9)));
    for (StoredMessage m : in) store.save(null, m);
    Report r = Report.of(store.messages(null, null));
    assertEquals(Json.mapper().writeValueAsString(Report.of(in)), Json.mapper().writeValueAsString(r));
    assertEquals(new Report.Totals(4, 1, 1, 1), r.team());
    Report.Rep dana = r.reps().get(0);
    assertEquals("dana@vendor.com", dana.rep());
    assertEquals(2, dana.pressure() + dana.overpromise());
    assertEquals(1, dana.pressure(), "pressure counts messages, not findings");
    assertEquals(2, dana.byType().get("urgency") + dana.byType().get("scarcity"), "byType counts findings");
    assertEquals(List.of("2026-W10", "2026-W11"), dana.weekly().stream().map(Report.Week::week).toList());
    assertEquals("guarantee", r.examples().get(0).type(), "the worst example comes first");
  }
}
