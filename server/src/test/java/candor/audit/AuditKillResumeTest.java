package candor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.engine.Engine;
import candor.http.Json;
import candor.mail.MailReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An audit killed with SIGKILL mid-run and started again ends with exactly what a clean run
 * stores: nothing lost, nothing counted twice. The audit runs as a child JVM (the real CLI).
 */
class AuditKillResumeTest {
  static final int COUNT = 3000;

  @TempDir
  Path tmp;

  @Test
  void aKilledAuditResumesToTheSameResultAsACleanRun() throws Exception {
    Path mbox = tmp.resolve("team.mbox");
    MboxGenerator.write(mbox, COUNT, 3);

    // The clean run, in process.
    String cleanUrl = "jdbc:sqlite:" + tmp.resolve("clean.db");
    try (AuditStore store = AuditStore.open(cleanUrl); AuditSource src = Sources.mbox(mbox, new MailReader())) {
      new Auditor(store, new MessageAuditor(Engine.standard(2000), List.of("vendor.com"), false), 2)
          .run(src, Auditor.Progress.NONE);
    }

    // The killed run: SIGKILL once a few hundred messages are committed.
    Path db = tmp.resolve("killed.db");
    String url = "jdbc:sqlite:" + db;
    Process p = audit(mbox, url, tmp.resolve("killed.log"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    int atKill;
    while ((atKill = count(db, "audit_message")) < 300) {
      assertTrue(p.isAlive(), "the audit ended before it could be killed: " + Files.readString(tmp.resolve("killed.log")));
      assertTrue(System.nanoTime() < deadline, "no progress within 180 s");
      Thread.sleep(50);
    }
    p.destroyForcibly(); // SIGKILL on Linux
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(137, p.exitValue(), "killed by SIGKILL");
    int stored = count(db, "audit_message");
    int clean = count(tmp.resolve("clean.db"), "audit_message");
    assertTrue(stored < clean, "killed mid-run: " + stored + " of " + clean);
    System.out.println("killed after " + stored + " of " + clean + " team messages were stored");

    // Resume.
    Process again = audit(mbox, url, tmp.resolve("resumed.log"));
    assertTrue(again.waitFor(300, TimeUnit.SECONDS), "the resumed audit finishes");
    String log = Files.readString(tmp.resolve("resumed.log"));
    assertEquals(0, again.exitValue(), log);
    Matcher m = Pattern.compile("(\\d+) audited, (\\d+) already stored").matcher(log);
    assertTrue(m.find(), log);
    assertEquals(stored, Integer.parseInt(m.group(2)), "everything committed before the kill is kept and skipped");
    assertEquals(clean - stored, Integer.parseInt(m.group(1)), "the rest is audited once");

    for (String table : List.of("audit_message", "audit_finding")) {
      assertEquals(count(tmp.resolve("clean.db"), table), count(db, table), table);
    }
    try (AuditStore a = AuditStore.open(cleanUrl); AuditStore b = AuditStore.open(url)) {
      assertEquals(Json.mapper().writeValueAsString(Report.of(a.messages(null, null))),
          Json.mapper().writeValueAsString(Report.of(b.messages(null, null))));
    }
  }

  private static Process audit(Path mbox, String url, Path log) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "candor.cli.Main", "audit", mbox.toString(), "--db", url, "--team-domain", "vendor.com", "--workers", "2"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Rows in a table, read while another process may be writing (0 before the schema exists). */
  private static int count(Path db, String table) throws SQLException {
    if (!Files.exists(db)) return 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
         Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 5000");
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      if (String.valueOf(e.getMessage()).contains("no such table")) return 0;
      throw e;
    }
  }
}
