package candor.audit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.audit.AuditStore;
import candor.audit.MboxGenerator;
import candor.audit.Report;
import candor.config.Config;
import candor.engine.Engine;
import candor.http.ApiServer;
import candor.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads, status, reports and the dashboard's files through a real port. */
class AuditRoutesTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  @TempDir static Path tmp;
  private static ApiServer server;
  private static Config config;
  private static String base;

  @BeforeAll
  static void start() {
    config = new Config();
    config.port = 0;
    config.maxBodyBytes = 16 * 1024; // the analyze limit: uploads go past it
    config.auditMaxUploadBytes = 2 * 1024 * 1024;
    config.auditDb = "jdbc:sqlite:" + tmp.resolve("server.db");
    config.feedbackFile = tmp.resolve("feedback.jsonl").toString();
    server = new ApiServer(config, Engine.standard(500)).start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  static HttpResponse<String> upload(String query, Path file) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + "/v1/audits" + query))
        .header("Content-Type", "application/mbox").POST(HttpRequest.BodyPublishers.ofFile(file)));
  }

  @Test
  void anUploadedMboxIsAuditedInTheBackgroundAndReported() throws Exception {
    Path mbox = tmp.resolve("upload.mbox");
    MboxGenerator.write(mbox, 150, 21);
    assertTrue(Files.size(mbox) > config.maxBodyBytes, "bigger than the analyze limit");
    HttpResponse<String> res = upload("?teamDomain=vendor.com", mbox);
    assertEquals(202, res.statusCode(), res.body());
    JsonNode started = Json.mapper().readTree(res.body());
    String id = started.get("id").asText();
    assertEquals("/v1/audits/" + id, res.headers().firstValue("Location").orElseThrow());
    assertEquals(150, started.get("total").asInt());

    JsonNode status;
    long deadline = System.nanoTime() + 120_000_000_000L;
    do {
      Thread.sleep(200);
      status = Json.mapper().readTree(get("/v1/audits/" + id).body());
      assertTrue(System.nanoTime() < deadline, "audit did not finish: " + status);
    } while (status.get("status").asText().equals("running"));
    assertEquals("done", status.get("status").asText(), status.toString());
    assertEquals(150, status.get("done").asInt());

    HttpResponse<String> report = get("/v1/audits/" + id + "/report");
    assertEquals(200, report.statusCode(), report.body());
    JsonNode r = Json.mapper().readTree(report.body());
    assertTrue(r.at("/team/messages").asInt() > 100, report.body());
    for (String field : new String[] {"rep", "messages", "pressure", "overpromise", "unanswered", "byType", "weekly"}) {
      assertTrue(r.at("/reps/0").has(field), field);
    }
    for (String field : new String[] {"rep", "date", "subject", "category", "type", "text", "message"}) {
      assertTrue(r.at("/examples/0").has(field), field);
    }
    assertTrue(r.at("/reps/0/weekly/0/week").asText().matches("\\d{4}-W\\d{2}"));

    // The whole-store report (what the dashboard shows) is the same report, computed from the store.
    try (AuditStore store = AuditStore.open(config.auditDb)) {
      assertEquals(Json.mapper().writeValueAsString(Report.of(store.messages(null, null))), get("/v1/audit/report").body());
    }

    // Uploading the same mail again audits nothing new.
    JsonNode again = Json.mapper().readTree(upload("?teamDomain=vendor.com", mbox).body());
    do {
      Thread.sleep(200);
      status = Json.mapper().readTree(get("/v1/audits/" + again.get("id").asText()).body());
    } while (status.get("status").asText().equals("running"));
    assertEquals(0, status.get("audited").asInt(), status.toString());
    assertEquals(report.body(), get("/v1/audits/" + again.get("id").asText() + "/report").body(),
        "the second audit covered the same messages");
  }

  @Test
  void badUploadsGetProblemDetails() throws Exception {
    Path junk = tmp.resolve("junk.bin");
    Files.write(junk, new byte[] {0, 1, 2, 3, 'x', '\n'});
    HttpResponse<String> res = upload("?teamDomain=vendor.com", junk);
    assertEquals(422, res.statusCode());
    assertEquals("application/problem+json", res.headers().firstValue("Content-Type").orElseThrow());

    Path mbox = tmp.resolve("small.mbox");
    MboxGenerator.write(mbox, 3, 1);
    assertEquals(400, upload("", mbox).statusCode(), "no team domain");

    Path big = tmp.resolve("big.mbox");
    MboxGenerator.write(big, 4000, 1);
    assertTrue(Files.size(big) > config.auditMaxUploadBytes);
    assertEquals(413, upload("?teamDomain=vendor.com", big).statusCode());

    assertEquals(404, get("/v1/audits/00000000-0000-0000-0000-000000000000").statusCode());
    assertEquals(404, get("/v1/audits/nope/report").statusCode());
    assertEquals(400, get("/v1/audit/report?since=yesterday").statusCode());
  }

  @Test
  void theDashboardIsServedFromTheJarWithAStrictPolicy() throws Exception {
    HttpResponse<String> page = get("/audit");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
    assertTrue(page.body().contains("/audit/chart.js"));
    HttpResponse<String> chart = get("/audit/chart.js");
    assertEquals(200, chart.statusCode());
    assertTrue(chart.body().contains("Chart.js"), "the webjar's UMD build");
    String js = get("/audit/audit.js").body();
    assertTrue(!js.contains("innerHTML") && !js.contains("insertAdjacentHTML") && !js.contains("outerHTML"),
        "email text is only ever set with textContent");
  }
}
