package candor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import candor.config.Config;
import candor.engine.Engine;
import candor.http.ApiServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "The server keeps analysing when the audit store is unavailable; the audit reports the store
 * failure clearly and resumes when it returns."
 *
 * <p>SQLite (always): the store's folder is missing (file permissions cannot be used: the tests
 * may run as root), then created. PostgreSQL (with CANDOR_TEST_PG_URL): the server and the CLI
 * reach the database through a TCP relay in this test, which is cut after the store was opened
 * and later restored, so the outage happens to a running server with a live connection pool.
 */
class AuditStoreOutageTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  @TempDir Path tmp;

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> analyze(String base) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + "/v1/analyze")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"draft\": {\"text\": \"This discount expires today, act now.\"}}")));
  }

  private static HttpResponse<String> report(String base) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + "/v1/audit/report")).GET());
  }

  private Path mbox() throws IOException {
    Path mbox = tmp.resolve("sent.mbox");
    if (!Files.exists(mbox)) MboxGenerator.write(mbox, 20, 5);
    return mbox;
  }

  private ApiServer server(String db) {
    Config c = new Config();
    c.port = 0;
    c.auditDb = db;
    c.feedbackFile = tmp.resolve("feedback.jsonl").toString();
    return new ApiServer(c, Engine.standard(10)).start();
  }

  private void assertOutage(String base, String db) throws Exception {
    HttpResponse<String> a = analyze(base);
    assertEquals(200, a.statusCode(), "analysis must not depend on the audit store: " + a.body());
    HttpResponse<String> r = report(base);
    assertEquals(503, r.statusCode(), r.body());
    assertTrue(r.body().contains("audit store"), "the error names the store: " + r.body());
    AuditCliTest.Run cli = AuditCliTest.run("audit", mbox().toString(), "--db", db, "--team-domain", "vendor.com");
    assertNotEquals(0, cli.code(), cli.out());
    assertTrue(cli.err().contains("candor audit: ") && cli.err().contains("audit store"), "a clear message: " + cli.err());
    assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
  }

  private void assertResumed(String base, String db) throws Exception {
    assertEquals(200, report(base).statusCode(), report(base).body());
    AuditCliTest.Run cli = AuditCliTest.run("audit", mbox().toString(), "--db", db, "--team-domain", "vendor.com");
    assertEquals(0, cli.code(), cli.err());
    assertTrue(cli.out().contains("sent.mbox: 20 read"), cli.out());
    assertEquals(200, analyze(base).statusCode());
  }

  @Test
  @Timeout(120)
  void sqliteStoreMissingThenBack() throws Exception {
    Path dir = tmp.resolve("store-not-mounted");
    String db = "jdbc:sqlite:" + dir.resolve("audit.db");
    try (ApiServer server = server(db)) {
      String base = "http://127.0.0.1:" + server.port();
      assertOutage(base, db);
      Files.createDirectories(dir); // the volume comes back
      assertResumed(base, db);
    }
  }

  @Test
  @Timeout(180)
  void postgresCutWhileServingThenRestored() throws Exception {
    String pg = System.getenv("CANDOR_TEST_PG_URL");
    assumeTrue(pg != null && !pg.isBlank(), "CANDOR_TEST_PG_URL not set (scripts/with-postgres.sh sets it)");
    Matcher m = Pattern.compile("^jdbc:postgresql://([^:/]+):(\\d+)(/.*)$").matcher(pg);
    assumeTrue(m.matches(), "unexpected PostgreSQL URL shape");
    try (Relay relay = new Relay(m.group(1), Integer.parseInt(m.group(2)))) {
      String db = "jdbc:postgresql://127.0.0.1:" + relay.port() + m.group(3);
      try (ApiServer server = server(db)) {
        String base = "http://127.0.0.1:" + server.port();
        assertEquals(200, report(base).statusCode(), "store opened through the relay");
        relay.cut();
        assertOutage(base, db);
        relay.restore();
        assertResumed(base, db);
      }
    }
  }

  /** A TCP relay to the database that can be cut (every connection dropped, new ones refused) and restored. */
  static final class Relay implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;

    Relay(String host, int port) throws IOException {
      Thread acceptor = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            Socket client = server.accept();
            if (cut) {
              client.close();
              continue;
            }
            Socket upstream = new Socket(host, port);
            open.add(client);
            open.add(upstream);
            pump(client, upstream);
            pump(upstream, client);
          } catch (IOException e) {
            // closed, or upstream refused: the client sees the connection drop
          }
        }
      }, "pg-relay");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void pump(Socket from, Socket to) {
      Thread t = new Thread(() -> {
        byte[] buf = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
          int n;
          while ((n = in.read(buf)) != -1) {
            out.write(buf, 0, n);
            out.flush();
          }
        } catch (IOException e) {
          // cut
        } finally {
          closeQuietly(from);
          closeQuietly(to);
        }
      }, "pg-relay-pump");
      t.setDaemon(true);
      t.start();
    }

    void cut() {
      cut = true;
      for (Socket s : open) closeQuietly(s);
      open.clear();
    }

    void restore() {
      cut = false;
    }

    private static void closeQuietly(Socket s) {
      try {
        s.close();
      } catch (IOException e) {
        // already closed
      }
    }

    @Override
    public void close() throws IOException {
      cut();
      server.close();
    }
  }
}
