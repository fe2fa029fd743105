package candor.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.audit.AuditStore;
import candor.audit.MboxGenerator;
import candor.audit.StoredFinding;
import candor.audit.StoredMessage;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team mode through a real port and a real SQLite store: tokens, roles, who sees which rep, dashboard sessions. */
class TeamModeTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String LEAD_EAST = TokensFile.newToken();
  private static final String LEAD_WEST = TokensFile.newToken();
  private static final String DANA = TokensFile.newToken();
  private static final String LEE = TokensFile.newToken();
  private static final String SAM = TokensFile.newToken();
  private static final String REVOKED = TokensFile.newToken();
  @TempDir static Path tmp;
  private static Engine engine;
  private static ApiServer server;
  private static ApiServer proxied;
  private static Path tokens;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    tokens = tmp.resolve("tokens.tsv");
    writeTokens(true);
    String db = "jdbc:sqlite:" + tmp.resolve("audit.db");
    try (AuditStore store = AuditStore.open(db)) {
      int n = 0;
      for (String rep : List.of("dana@vendor.com", "lee@vendor.com", "sam@vendor.com", "ana@vendor.com")) {
        for (int i = 0; i < 3; i++) {
          store.save(null, new StoredMessage("<m" + n++ + "@vendor.com>", rep, Instant.parse("2026-03-0" + (i + 2) + "T10:00:00Z"),
              "Re: pricing " + rep, List.of(new StoredFinding(StoredFinding.PRESSURE, "PRESSURE_ACT_NOW", "urgency", 0.9,
                  "act now", "Please act now, " + rep + ".", 7, 14, "'act now' pushes the reader.")), null));
        }
      }
    }
    engine = Engine.standard(100);
    Config c = config(db);
    server = new ApiServer(c, engine).start();
    base = "http://127.0.0.1:" + server.port();
    Config p = config(db);
    p.trustProxy = true;
    proxied = new ApiServer(p, engine).start();
  }

  private static Config config(String db) {
    Config c = new Config();
    c.port = 0;
    c.auditDb = db;
    c.tokensFile = tokens.toString();
    c.feedbackFile = tmp.resolve("feedback.jsonl").toString();
    c.auditMaxUploadBytes = 4 * 1024 * 1024;
    return c;
  }

  private static void writeTokens(boolean withRevoked) throws Exception {
    List<String> lines = new ArrayList<>(List.of("# test tokens",
        TokensFile.line(LEAD_EAST, new Principal(Role.LEADER, "east", null)),
        TokensFile.line(LEAD_WEST, new Principal(Role.LEADER, "west", null)),
        TokensFile.line(DANA, new Principal(Role.REP, "east", "dana@vendor.com")),
        TokensFile.line(LEE, new Principal(Role.REP, "east", "lee@vendor.com")),
        TokensFile.line(SAM, new Principal(Role.REP, "west", "sam@vendor.com"))));
    // Ana's token is replaced by another one: she stays in west, the old token stops working.
    lines.add(TokensFile.line(withRevoked ? REVOKED : TokensFile.newToken(), new Principal(Role.REP, "west", "ana@vendor.com")));
    Files.write(tokens, lines);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (proxied != null) proxied.close();
  }

  static HttpResponse<String> send(String method, String url, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : base + url))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path, String token) throws Exception {
    return token == null ? send("GET", path, null) : send("GET", path, null, "Authorization", "Bearer " + token);
  }

  static Set<String> reps(HttpResponse<String> res) throws Exception {
    assertEquals(200, res.statusCode(), res.body());
    JsonNode r = Json.mapper().readTree(res.body());
    Set<String> out = new TreeSet<>();
    for (JsonNode rep : r.get("reps")) out.add(rep.get("rep").asText());
    for (JsonNode x : r.get("examples")) assertTrue(out.contains(x.get("rep").asText()), "example of an unlisted rep: " + x);
    return out;
  }

  static void assertProblem(HttpResponse<String> res, int status) throws Exception {
    assertEquals(status, res.statusCode(), res.body());
    assertEquals("application/problem+json", res.headers().firstValue("Content-Type").orElse(""));
    assertEquals(status, Json.mapper().readTree(res.body()).get("status").asInt());
  }

  @Test
  void everyApiRouteNeedsAValidBearerToken() throws Exception {
    for (String path : List.of("/v1/rules", "/v1/audit/report", "/v1/no-such", "/v2/languages", "/metrics")) {
      HttpResponse<String> none = get(path, null);
      assertProblem(none, 401);
      assertEquals("Bearer realm=\"candor\"", none.headers().firstValue("WWW-Authenticate").orElse(""), path);
      HttpResponse<String> bad = get(path, "cnd_notAToken");
      assertProblem(bad, 401);
      assertTrue(bad.headers().firstValue("WWW-Authenticate").orElse("").contains("error=\"invalid_token\""), path);
    }
    assertProblem(send("GET", "/v1/rules", null, "Authorization", "Basic " + DANA), 401);
    assertProblem(send("POST", "/v1/analyze", "{\"draft\":{\"text\":\"Act now.\"}}", "Content-Type", "application/json"), 401);
    HttpResponse<String> ok = send("POST", "/v1/analyze", "{\"draft\":{\"text\":\"Please act now.\"},\"thread\":[]}",
        "Content-Type", "application/json", "Authorization", "Bearer " + DANA);
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals(200, get("/v1/rules", SAM).statusCode());
    assertEquals(200, send("GET", "/v1/rules", null, "Authorization", "bearer   " + LEAD_WEST).statusCode());
  }

  @Test
  void healthAndTheDashboardPageStayOpenButMetricsNeedALeader() throws Exception {
    assertEquals(200, get("/health", null).statusCode());
    assertEquals(200, get("/audit", null).statusCode());
    assertEquals(200, get("/audit/audit.js", null).statusCode());
    assertProblem(get("/metrics", DANA), 403);
    HttpResponse<String> m = get("/metrics", LEAD_EAST);
    assertEquals(200, m.statusCode());
    assertTrue(m.body().contains("jvm_memory"), "prometheus text");
  }

  @Test
  void aRepSeesOnlyTheirOwnRowsAndExamples() throws Exception {
    assertEquals(Set.of("dana@vendor.com"), reps(get("/v1/audit/report", DANA)));
    assertEquals(Set.of("dana@vendor.com"), reps(get("/v1/audit/report?rep=DANA@vendor.com", DANA)));
    JsonNode own = Json.mapper().readTree(get("/v1/audit/report", DANA).body());
    assertEquals(own.get("reps").get(0).get("messages").asInt(), own.get("team").get("messages").asInt(), "team totals are the rep's own");
    assertEquals(Set.of("sam@vendor.com"), reps(get("/v1/audit/report", SAM)));
    assertProblem(get("/v1/audit/report?rep=lee@vendor.com", DANA), 403);
    assertProblem(get("/v1/audit/report?team=west", DANA), 403);
  }

  @Test
  void aLeaderSeesTheirTeamsRepsOnly() throws Exception {
    assertEquals(Set.of("dana@vendor.com", "lee@vendor.com"), reps(get("/v1/audit/report", LEAD_EAST)));
    assertEquals(Set.of("dana@vendor.com", "lee@vendor.com"), reps(get("/v1/audit/report?team=east", LEAD_EAST)));
    assertEquals(Set.of("lee@vendor.com"), reps(get("/v1/audit/report?rep=lee@vendor.com", LEAD_EAST)));
    // ana has a rep line in west, so only west's leader sees her
    assertEquals(Set.of("ana@vendor.com", "sam@vendor.com"), reps(get("/v1/audit/report", LEAD_WEST)));
    assertProblem(get("/v1/audit/report?team=west", LEAD_EAST), 403);
    assertProblem(get("/v1/audit/report?rep=sam@vendor.com", LEAD_EAST), 403);
  }

  @Test
  void uploadsNeedALeaderAndBelongToTheirTeam() throws Exception {
    Path mbox = tmp.resolve("up.mbox");
    MboxGenerator.write(mbox, 20, 5);
    HttpRequest.Builder up = HttpRequest.newBuilder(URI.create(base + "/v1/audits?teamDomain=vendor.com"))
        .header("Content-Type", "application/mbox").POST(HttpRequest.BodyPublishers.ofFile(mbox));
    assertProblem(CLIENT.send(up.copy().header("Authorization", "Bearer " + DANA).build(), HttpResponse.BodyHandlers.ofString()), 403);
    HttpResponse<String> started = CLIENT.send(up.copy().header("Authorization", "Bearer " + LEAD_EAST).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(202, started.statusCode(), started.body());
    String id = Json.mapper().readTree(started.body()).get("id").asText();
    assertEquals(200, get("/v1/audits/" + id, LEAD_EAST).statusCode());
    assertEquals(200, get("/v1/audits/" + id, LEE).statusCode());
    assertProblem(get("/v1/audits/" + id, LEAD_WEST), 403);
    assertProblem(get("/v1/audits/" + id + "/report", SAM), 403);
    assertProblem(get("/v1/audits/" + id, null), 401);

    // The upload keeps mail of the leader's own reps only: the other senders are skipped, not stored.
    JsonNode status;
    long deadline = System.nanoTime() + 120_000_000_000L;
    do {
      Thread.sleep(200);
      status = Json.mapper().readTree(get("/v1/audits/" + id, LEAD_EAST).body());
    } while ("running".equals(status.get("status").asText()) && System.nanoTime() < deadline);
    assertEquals("done", status.get("status").asText(), status.toString());
    assertTrue(status.get("audited").asInt() > 0 && status.get("skipped").asInt() > 0, status.toString());
    assertEquals(Set.of("dana@vendor.com", "lee@vendor.com"), reps(get("/v1/audits/" + id + "/report", LEAD_EAST)));
    JsonNode west = Json.mapper().readTree(get("/v1/audit/report", LEAD_WEST).body());
    for (JsonNode r : west.get("reps")) assertEquals(3, r.get("messages").asInt(), "east's upload added nothing to west: " + r);
  }

  private static String cookieOf(HttpResponse<String> res) {
    String set = res.headers().firstValue("Set-Cookie").orElseThrow();
    return set.split(";")[0];
  }

  @Test
  void theDashboardSignsInWithAStrictHttpOnlyCookieAndSignsOut() throws Exception {
    JsonNode anon = Json.mapper().readTree(get("/audit/session", null).body());
    assertTrue(anon.get("teamMode").asBoolean() && !anon.get("signedIn").asBoolean(), anon.toString());
    HttpResponse<String> in = send("POST", "/audit/session", "{\"token\":\"" + LEAD_EAST + "\"}",
        "Content-Type", "application/json", "Origin", base);
    assertEquals(200, in.statusCode(), in.body());
    String set = in.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(set.startsWith(TeamAuth.COOKIE + "="), set);
    assertTrue(set.contains("; HttpOnly"), set);
    assertTrue(set.contains("; SameSite=Strict"), set);
    assertTrue(set.contains("; Path=/"), set);
    assertFalse(set.contains("Secure"), "plain HTTP on loopback: " + set);
    assertFalse(set.contains(LEAD_EAST), "the cookie is a session id, not the token");
    assertEquals("leader", Json.mapper().readTree(in.body()).get("role").asText());
    String cookie = cookieOf(in);

    assertEquals(Set.of("dana@vendor.com", "lee@vendor.com"), reps(send("GET", "/v1/audit/report", null, "Cookie", cookie)));
    JsonNode me = Json.mapper().readTree(send("GET", "/audit/session", null, "Cookie", cookie).body());
    assertEquals("east", me.get("team").asText());
    // Changing requests carried by the cookie must come from the page's own origin.
    String analyze = "{\"draft\":{\"text\":\"Hello.\"},\"thread\":[]}";
    assertProblem(send("POST", "/v1/analyze", analyze, "Content-Type", "application/json", "Cookie", cookie,
        "Origin", "https://evil.example"), 403);
    assertEquals(200, send("POST", "/v1/analyze", analyze, "Content-Type", "application/json", "Cookie", cookie,
        "Origin", base).statusCode());

    HttpResponse<String> out = send("DELETE", "/audit/session", null, "Cookie", cookie, "Origin", base);
    assertEquals(204, out.statusCode(), out.body());
    String cleared = out.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cleared.startsWith(TeamAuth.COOKIE + "=;") && cleared.contains("Max-Age=0"), cleared);
    assertProblem(send("GET", "/v1/audit/report", null, "Cookie", cookie), 401);
    assertProblem(send("GET", "/v1/audit/report", null, "Cookie", TeamAuth.COOKIE + "=forged"), 401);
  }

  @Test
  void signInRefusesOtherOriginsNonJsonBodiesAndBadTokens() throws Exception {
    String body = "{\"token\":\"" + DANA + "\"}";
    assertProblem(send("POST", "/audit/session", body, "Content-Type", "application/json", "Origin", "https://evil.example"), 403);
    assertProblem(send("POST", "/audit/session", "token=" + DANA, "Content-Type", "application/x-www-form-urlencoded"), 415);
    assertProblem(send("POST", "/audit/session", body, "Content-Type", "text/plain", "Origin", base), 415);
    assertProblem(send("POST", "/audit/session", "{\"token\":\"cnd_wrong\"}", "Content-Type", "application/json"), 401);
    assertProblem(send("POST", "/audit/session", "{nope", "Content-Type", "application/json"), 400);
    HttpResponse<String> in = send("POST", "/audit/session", body, "Content-Type", "application/json", "Origin", base);
    assertEquals(200, in.statusCode());
    assertProblem(send("DELETE", "/audit/session", null, "Cookie", cookieOf(in), "Origin", "https://evil.example"), 403);
    assertEquals(Set.of("dana@vendor.com"), reps(send("GET", "/v1/audit/report", null, "Cookie", cookieOf(in))));
  }

  @Test
  void theCookieIsSecureBehindATrustedHttpsProxyOnly() throws Exception {
    String body = "{\"token\":\"" + SAM + "\"}";
    HttpResponse<String> direct = send("POST", "/audit/session", body, "Content-Type", "application/json", "X-Forwarded-Proto", "https");
    assertFalse(direct.headers().firstValue("Set-Cookie").orElseThrow().contains("Secure"), "proxy headers are not trusted by default");
    String p = "http://127.0.0.1:" + proxied.port();
    HttpResponse<String> viaProxy = send("POST", p + "/audit/session", body, "Content-Type", "application/json",
        "X-Forwarded-Proto", "https", "X-Forwarded-Host", "candor.vendor.com", "Origin", "https://candor.vendor.com");
    assertEquals(200, viaProxy.statusCode(), viaProxy.body());
    assertTrue(viaProxy.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));
  }

  @Test
  void removingATokenFromTheFileRevokesItWithinSeconds() throws Exception {
    assertEquals(Set.of("ana@vendor.com"), reps(get("/v1/audit/report", REVOKED)));
    HttpResponse<String> in = send("POST", "/audit/session", "{\"token\":\"" + REVOKED + "\"}", "Content-Type", "application/json");
    String cookie = cookieOf(in);
    writeTokens(false);
    Files.setLastModifiedTime(tokens, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));
    long deadline = System.nanoTime() + 10_000_000_000L;
    int status;
    do {
      Thread.sleep(250);
      status = get("/v1/audit/report", REVOKED).statusCode();
    } while (status == 200 && System.nanoTime() < deadline);
    assertEquals(401, status);
    assertProblem(send("GET", "/v1/audit/report", null, "Cookie", cookie), 401);
    assertEquals(200, get("/v1/rules", DANA).statusCode(), "the other tokens still work");
  }
}
