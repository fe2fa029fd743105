package candor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import candor.engine.Engine;
import candor.http.Json;
import candor.mail.MailReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL, at the JDBC URL in CANDOR_TEST_PG_URL (scripts/with-postgres.sh
 * sets it up); skipped with a message when it is unset. Each test gets its own schema.
 */
class PostgresAuditStoreTest extends AuditStoreContract {
  static final String URL = System.getenv("CANDOR_TEST_PG_URL");
  private static int schemas;

  @Override
  String freshUrl() throws Exception {
    // Checked per test (not in @BeforeAll) so each shows up as skipped, with this reason.
    Assumptions.assumeTrue(URL != null && !URL.isBlank(),
        "CANDOR_TEST_PG_URL is unset: PostgreSQL store tests skipped (run them with scripts/with-postgres.sh)");
    String schema = "candor_test_" + ProcessHandle.current().pid() + "_" + (schemas++);
    try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Test
  void theSameAuditGivesTheSameReportOnSqliteAndPostgres() throws Exception {
    Path mbox = tmp.resolve("team.mbox");
    MboxGenerator.write(mbox, 400, 11);
    Engine engine = Engine.standard(2000);
    MessageAuditor auditor = new MessageAuditor(engine, List.of("vendor.com"), false);
    try (AuditStore sqlite = AuditStore.open("jdbc:sqlite:" + tmp.resolve("same.db"))) {
      for (AuditStore s : List.of(sqlite, store)) {
        try (AuditSource src = Sources.mbox(mbox, new MailReader())) {
          new Auditor(s, auditor, 2).run(src, Auditor.Progress.NONE);
        }
      }
      String a = Json.mapper().writeValueAsString(Report.of(sqlite.messages(null, null)));
      String b = Json.mapper().writeValueAsString(Report.of(store.messages(null, null)));
      assertEquals(a, b);
      assertEquals(sqlite.messageCount(), store.messageCount());
      String since = "2026-02-01";
      assertEquals(Json.mapper().writeValueAsString(Report.of(sqlite.messages(Dates.parse(since), null))),
          Json.mapper().writeValueAsString(Report.of(store.messages(Dates.parse(since), null))));
    }
  }
}
