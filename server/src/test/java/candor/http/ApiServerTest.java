package candor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.config.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API end to end through a real port with the real engine. */
class ApiServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = TestServers.CLIENT;
  private static ApiServer server;
  private static String base;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    Config c = TestServers.config("api");
    c.maxBodyBytes = 200_000;
    c.maxTextChars = 50_000;
    c.feedbackFile = tmp.resolve("feedback.jsonl").toString();
    server = TestServers.start(c, 100);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) b.header("Content-Type", contentType);
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String analyzeBody(String draft, String customerText) throws IOException {
    Map<String, Object> body = Map.of(
        "draft", Map.of("from", "Dana Kim <dana@vendor.com>", "subject", "Re: pricing", "text", draft),
        "thread", customerText == null ? java.util.List.of()
            : java.util.List.of(Map.of("from", "Lee Park <lee@acme.io>", "date", "2026-03-03T16:41:00Z", "text", customerText)));
    return JSON.writeValueAsString(body);
  }

  @Test
  void analyzeReturnsFindingsWithOffsetsIntoTheSentText() throws Exception {
    String draft = "Hi Lee \uD83D\uDC4B\uD83C\uDFFD,\n\nThis discount expires at midnight, and you'll be live in 5 minutes.";
    String buyer = "How does the Pro plan price per seat? Does it integrate with Okta?";
    HttpResponse<String> res = post("/v1/analyze", "application/json", analyzeBody(draft, buyer));
    assertEquals(200, res.statusCode(), res.body());
    JsonNode root = JSON.readTree(res.body());
    JsonNode findings = root.get("findings");
    assertTrue(findings.size() >= 2, res.body());
    for (JsonNode f : findings) {
      for (String field : new String[] {"id", "rule", "category", "type", "field", "offset", "length", "text", "message", "suggestions", "severity", "confidence"}) {
        assertTrue(f.has(field), "finding lacks " + field);
      }
      int off = f.get("offset").asInt();
      assertEquals(f.get("text").asText(), draft.substring(off, off + f.get("length").asInt()));
    }
    assertEquals(2, root.get("unanswered").size(), res.body());
    for (JsonNode u : root.get("unanswered")) {
      int off = u.get("offset").asInt();
      assertEquals(u.get("text").asText(), buyer.substring(off, off + u.get("length").asInt()));
      assertEquals(0, u.get("message").asInt());
      double confidence = u.get("confidence").asDouble(-1);
      assertTrue(confidence > 0 && confidence < 1, u.toString());
    }
    assertTrue(root.get("scores").get("pressure").asDouble() > 0);
    assertTrue(root.get("timing").has("ms"));
    for (JsonNode i : root.get("insights")) {
      assertTrue(i.has("type") && i.has("detail") && i.has("where"), i.toString());
      if (i.has("offset")) {
        String text = i.get("where").asText().equals("draft") ? draft : buyer;
        assertTrue(i.get("offset").asInt() + i.get("length").asInt() <= text.length());
      }
    }
    assertTrue(root.get("insights").size() > 0);
  }

  @Test
  void emptyDraftIsValidAndStillListsOpenQuestions() throws Exception {
    HttpResponse<String> res = post("/v1/analyze", "application/json", analyzeBody("", "Can you send the SOC 2 report?"));
    assertEquals(200, res.statusCode());
    JsonNode root = JSON.readTree(res.body());
    assertEquals(0, root.get("findings").size());
    assertEquals(1, root.get("unanswered").size());
  }

  private static void assertProblem(HttpResponse<String> res, int status, String detailPart) throws IOException {
    assertEquals(status, res.statusCode(), res.body());
    assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    JsonNode p = JSON.readTree(res.body());
    assertEquals(status, p.get("status").asInt());
    assertTrue(p.get("detail").asText().contains(detailPart), p.get("detail").asText());
  }

  @Test
  void badInputGetsProblemDetails() throws Exception {
    assertProblem(post("/v1/analyze", "application/json", "{\"draft\": "), 400, "Malformed JSON");
    assertProblem(post("/v1/analyze", "application/json", "{\"thread\": []}"), 400, "Missing 'draft'");
    assertProblem(post("/v1/analyze", "application/json", "{\"draft\": {\"text\": 42}}"), 400, "draft.text must be a string");
    assertProblem(post("/v1/analyze", "application/json", "{\"draft\": {\"text\": \"x\"}, \"thread\": [{\"role\": \"boss\"}]}"), 400, "thread[0].role");
    assertProblem(post("/v1/analyze", "application/json", "{\"draft\": {}, \"thread\": [{\"date\": \"yesterday\"}]}"), 400, "ISO 8601");
    assertProblem(post("/v1/analyze", "text/plain", "hello"), 415, "application/json");
    assertProblem(post("/v1/analyze", "application/json", "[".repeat(100_000)), 400, "nested too deeply");
    assertProblem(post("/v1/analyze", "application/json", "{\"draft\": {\"text\": \"" + "a".repeat(300_000) + "\"}}"), 413, "limit");
    assertProblem(post("/v1/analyze", "application/json", "{\"draft\": {\"text\": \"" + "word ".repeat(12_000) + "\"}}"), 413, "50000");
    assertProblem(get("/v1/nothing-here"), 404, "not found");
  }

  @Test
  void invalidUtf8AndLoneSurrogatesAreHandled() throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/v1/analyze")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))
        .build();
    assertProblem(CLIENT.send(req, HttpResponse.BodyHandlers.ofString()), 400, "UTF-8");
    HttpResponse<String> res = post("/v1/analyze", "application/json", "{\"draft\": {\"text\": \"Hi \\ud800 there, this offer expires today.\"}}");
    assertEquals(200, res.statusCode(), res.body());
  }

  @Test
  void analysisPastItsTimeBudgetIs422() throws Exception {
    Config c = TestServers.config("api");
    c.timeBudgetMs = 1;
    c.maxTextChars = 200_000;
    c.maxBodyBytes = 2_000_000;
    try (ApiServer slow = TestServers.start(c, 0)) {
      String text = "We guarantee results and the discount expires today. ".repeat(2_000);
      HttpRequest req = HttpRequest.newBuilder(TestServers.uri(slow, "/v1/analyze"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("draft", Map.of("text", text))))).build();
      assertProblem(CLIENT.send(req, HttpResponse.BodyHandlers.ofString()), 422, "time budget");
    }
  }

  @Test
  void corsOnlyForExtensionsAndLoopbackPages() throws Exception {
    HttpResponse<String> ext = get("/health", "Origin", "chrome-extension://abcdefghijklmnop");
    assertEquals("chrome-extension://abcdefghijklmnop", ext.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> local = get("/health", "Origin", "http://localhost:5173");
    assertEquals("http://localhost:5173", local.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpResponse<String> evil = get("/health", "Origin", "https://evil.example.com");
    assertNull(evil.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    HttpRequest preflight = HttpRequest.newBuilder(URI.create(base + "/v1/analyze"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "moz-extension://1234-abcd").header("Access-Control-Request-Method", "POST").build();
    HttpResponse<String> pre = CLIENT.send(preflight, HttpResponse.BodyHandlers.ofString());
    assertTrue(pre.statusCode() < 300);
    assertEquals("moz-extension://1234-abcd", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void healthRulesAndMetrics() throws Exception {
    JsonNode health = JSON.readTree(get("/health").body());
    assertEquals("ok", health.get("status").asText());
    assertTrue(health.has("version"));
    JsonNode rules = JSON.readTree(get("/v1/rules").body()).get("rules");
    assertTrue(rules.size() > 10);
    for (JsonNode r : rules) {
      assertTrue(r.has("id") && r.has("category") && r.has("type") && r.has("description"));
    }
    post("/v1/analyze", "application/json", analyzeBody("The offer expires today.", null));
    HttpResponse<String> metrics = get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("candor_analyze_seconds"), metrics.body().substring(0, 200));
  }

  @Test
  void feedbackIsKept() throws Exception {
    HttpResponse<String> res = post("/v1/feedback", "application/json",
        "{\"id\": \"abc\", \"rule\": \"PRESSURE_ACT_NOW\", \"text\": \"act now\", \"sentence\": \"Act now if you like.\"}");
    assertEquals(202, res.statusCode(), res.body());
    String stored = Files.readString(tmp.resolve("feedback.jsonl"));
    assertTrue(stored.contains("PRESSURE_ACT_NOW") && stored.contains("Act now if you like."));
    assertProblem(post("/v1/feedback", "application/json", "{\"rule\": \"X\"}"), 400, "Missing 'id'");
  }

  static String form(String... kv) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kv.length; i += 2) {
      if (sb.length() > 0) sb.append('&');
      sb.append(URLEncoder.encode(kv[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  private static void assertLanguageToolMatch(JsonNode m, String text) {
    for (String field : new String[] {"message", "shortMessage", "offset", "length", "replacements", "rule", "context", "sentence"}) {
      assertTrue(m.has(field), "match lacks " + field);
    }
    assertFalse(m.get("replacements").get(0).get("value").asText().isBlank());
    JsonNode rule = m.get("rule");
    assertTrue(rule.has("id") && rule.has("description") && rule.has("issueType"));
    assertTrue(rule.get("category").has("id") && rule.get("category").has("name"));
    JsonNode ctx = m.get("context");
    String ctxText = ctx.get("text").asText();
    assertEquals(text.substring(m.get("offset").asInt(), m.get("offset").asInt() + m.get("length").asInt()),
        ctxText.substring(ctx.get("offset").asInt(), ctx.get("offset").asInt() + ctx.get("length").asInt()));
  }

  @Test
  void languageToolClientsGetMatches() throws Exception {
    String text = "Hello Sam. This discount expires at midnight, so act now.";
    for (String lang : new String[] {"en-US", "auto"}) {
      HttpResponse<String> res = post("/v2/check", "application/x-www-form-urlencoded", form("text", text, "language", lang));
      assertEquals(200, res.statusCode(), res.body());
      JsonNode root = JSON.readTree(res.body());
      assertTrue(root.get("matches").size() >= 1);
      for (JsonNode m : root.get("matches")) assertLanguageToolMatch(m, text);
      assertTrue(root.get("language").has("code"));
    }
    JsonNode langs = JSON.readTree(get("/v2/languages").body());
    assertTrue(langs.get(0).has("longCode"));
    assertProblem(post("/v2/check", "application/x-www-form-urlencoded", form("text", text, "language", "de-DE")), 400, "English only");
  }

  @Test
  void languageToolDataFormMapsOffsetsIntoTheMarkup() throws Exception {
    String data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"Hello. \"},{\"markup\":\"<b>\"},"
        + "{\"text\":\"This discount expires at midnight.\"},{\"markup\":\"</b></p>\",\"interpretAs\":\"\\n\\n\"}]}";
    HttpResponse<String> res = post("/v2/check", "application/x-www-form-urlencoded", form("data", data, "language", "en-US"));
    assertEquals(200, res.statusCode(), res.body());
    String original = "<p>Hello. <b>This discount expires at midnight.</b></p>";
    JsonNode m = JSON.readTree(res.body()).get("matches").get(0);
    String covered = original.substring(m.get("offset").asInt(), m.get("offset").asInt() + m.get("length").asInt());
    assertTrue(covered.startsWith("This discount expires"), covered);
  }
}
