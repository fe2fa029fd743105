package candor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.cli.Main;
import candor.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The audit, report and purge verbs as a user runs them: outputs, reruns, and errors without stack traces. */
class AuditCliTest {
  @TempDir
  Path tmp;

  record Run(int code, String out, String err) {}

  static synchronized Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = new CommandLine(new Main()).execute(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void auditReportAndPurge() throws Exception {
    Path mbox = tmp.resolve("sent.mbox");
    MboxGenerator.write(mbox, 120, 9);
    Path eml = Files.createDirectories(tmp.resolve("eml"));
    List<String> raw = MboxGenerator.messages(30, 99);
    for (int i = 0; i < raw.size(); i++) Files.writeString(eml.resolve(i + ".eml"), raw.get(i));
    String db = "jdbc:sqlite:" + tmp.resolve("cli.db");

    Run first = run("audit", mbox.toString(), eml.toString(), "--db", db, "--team-domain", "vendor.com");
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("sent.mbox: 120 read"), first.out());
    assertTrue(first.out().contains("eml: 30 read"), first.out());
    assertTrue(first.err().contains("messages,"), "plain progress lines without a terminal: " + first.err());

    Run again = run("audit", mbox.toString(), "--db", db, "--team-domain", "vendor.com");
    assertTrue(again.out().contains(" 0 audited"), "a rerun adds nothing: " + again.out());

    Run json = run("report", "--db", db, "--format", "json");
    assertEquals(0, json.code(), json.err());
    JsonNode r = Json.mapper().readTree(json.out());
    int messages = r.at("/team/messages").asInt();
    assertTrue(messages > 100);
    int sum = 0;
    for (JsonNode rep : r.get("reps")) sum += rep.get("messages").asInt();
    assertEquals(messages, sum);

    Run text = run("report", "--db", db);
    assertTrue(text.out().startsWith("Team: " + messages + " messages"), text.out());
    assertTrue(text.out().contains("Worst examples"), text.out());
    Run csv = run("report", "--db", db, "--format", "csv", "--since", "2026-01-12");
    assertTrue(csv.out().startsWith("rep,week,messages,pressure,overpromise,unanswered\n(team),all,"), csv.out());
    assertFalse(csv.out().contains("2026-W02"), "--since drops earlier weeks");

    Run purge = run("purge", "--before", "2026-01-12", "--db", db);
    assertEquals(0, purge.code(), purge.err());
    JsonNode after = Json.mapper().readTree(run("report", "--db", db, "--format", "json").out());
    assertTrue(after.at("/team/messages").asInt() < messages);
    assertEquals(Json.mapper().readTree(run("report", "--db", db, "--format", "json", "--since", "2026-01-12").out()), after);
  }

  @Test
  void theRetentionPeriodKeepsOldMailOut() throws Exception {
    Path mbox = tmp.resolve("sent.mbox");
    MboxGenerator.write(mbox, 120, 9); // sent 2026-01-05 .. 2026-01-15
    String db = "jdbc:sqlite:" + tmp.resolve("ret.db");
    java.time.LocalDate keepFrom = java.time.LocalDate.of(2026, 1, 10);
    long days = java.time.temporal.ChronoUnit.DAYS.between(keepFrom, java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    Path yml = tmp.resolve("candor.yml");
    Files.writeString(yml, "auditRetentionDays: " + days + "\n");
    Run r = run("audit", mbox.toString(), "--db", db, "--team-domain", "vendor.com", "--config", yml.toString());
    assertEquals(0, r.code(), r.err());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) past retention").matcher(r.out());
    assertTrue(m.find() && Integer.parseInt(m.group(1)) > 0, r.out());
    try (AuditStore store = AuditStore.open(db)) {
      java.time.Instant cutoff = java.time.Instant.now().minus(java.time.Duration.ofDays(days));
      assertTrue(store.messageCount() > 0);
      assertTrue(store.messages(null, null).stream().allMatch(x -> !x.sentAt().isBefore(cutoff)));
    }
  }

  @Test
  void badInputGetsAClearErrorAndNoStackTrace() throws Exception {
    Path junk = tmp.resolve("corrupt.mbox");
    Files.write(junk, new byte[] {(byte) 0xff, 0, 17, 'G', 'I', 'F', '\n', 1, 2, 3});
    Path ok = tmp.resolve("ok.mbox");
    MboxGenerator.write(ok, 2, 1);
    String db = "jdbc:sqlite:" + tmp.resolve("e.db");
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    String[][] cases = {
        {"audit", junk.toString(), "--db", db, "--team-domain", "vendor.com"},
        {"audit", tmp.resolve("missing.mbox").toString(), "--db", db, "--team-domain", "vendor.com"},
        {"audit", ok.toString(), "--db", db},
        {"audit", ok.toString(), "--db", "jdbc:mysql://localhost/x", "--team-domain", "vendor.com"},
        {"report", "--db", "jdbc:postgresql://127.0.0.1:" + closed + "/candor?user=u&password=hunter2"},
        {"report", "--db", "jdbc:sqlite:" + tmp.resolve("no/such/dir/x.db")},
        {"report", "--db", db, "--since", "last tuesday"},
        {"purge", "--before", "soon", "--db", db},
    };
    for (String[] args : cases) {
      Run r = run(args);
      String what = String.join(" ", args) + " -> " + r.err();
      assertEquals(2, r.code(), what);
      assertTrue(r.err().startsWith("candor "), what);
      assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + what);
      assertFalse(r.err().contains("hunter2"), "no password: " + what);
    }
  }
}
