package candor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.config.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Odd text through the HTTP API (the engine-level cases are in HostileTextTest; empty drafts,
 * invalid UTF-8 JSON, lone surrogates and 100,000-deep JSON in ApiServerTest): every answer is 200
 * with offsets that index the text sent, as the client will see it after JSON decoding.
 */
class HostileTextApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Writes every non-ASCII char as a \\u escape, so lone surrogates reach the server as sent. */
  private static final ObjectMapper ESCAPING = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
  private static final HttpClient CLIENT = TestServers.CLIENT;
  private static ApiServer server;

  @BeforeAll
  static void start() {
    Config c = TestServers.config("hostile");
    server = TestServers.start(c, 10);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String type, byte[] body) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(TestServers.uri(server, "/v1/analyze"))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return CLIENT.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      " \t \n\n \u00a0\u2003 ",
      "> On Tue, Lee wrote:\n> Can you confirm the price?\n> This offer expires today.",
      "\u05e9\u05dc\u05d5\u05dd \u05dc\u05da. \u0627\u0644\u0639\u0631\u0636 \u064a\u0646\u062a\u0647\u064a \u0627\u0644\u064a\u0648\u0645. This offer expires today, act now.",
      "Z\u0351\u036b\u0343a\u0300\u0301\u0302l\u0310\u0311g\u0300o\u0301 we gu\u0301a\u0300rantee it. Cafe\u0301 discount expires today.",
      "\uD83D\uDD25\uD83D\uDD25 Act now \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 we guarantee 100% \uD83C\uDDFA\uD83C\uDDF8 results \uD83D\uDE80",
      "NUL\u0000in the middle. This offer expires today.\u0000\u0000",
      "\uDC00 starts with a low surrogate, ends with a high \uD83D"})
  void oddDraftsAnswer200WithSpansIntoTheSentText(String text) throws Exception {
    byte[] body = ESCAPING.writeValueAsBytes(Map.of(
        "draft", Map.of("subject", text, "text", text),
        "thread", java.util.List.of(Map.of("role", "customer", "text", text + " Can you send the SOC 2 report?"))));
    HttpResponse<String> res = post("application/json", body);
    assertEquals(200, res.statusCode(), res.body());
    JsonNode root = JSON.readTree(res.body());
    String sent = JSON.readTree(body).get("draft").get("text").asText();
    assertEquals(text, sent);
    for (JsonNode f : root.get("findings")) {
      int off = f.get("offset").asInt();
      int len = f.get("length").asInt();
      assertTrue(off >= 0 && off + len <= sent.length(), f.toString());
      assertEquals(f.get("text").asText(), sent.substring(off, off + len), f.toString());
    }
    for (JsonNode u : root.get("unanswered")) {
      assertTrue(u.get("offset").asInt() + u.get("length").asInt() <= sent.length() + " Can you send the SOC 2 report?".length());
    }
  }

  @Test
  void invalidUtf8InRawMailIsReplacedNotRefused() throws Exception {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.writeBytes(("From: Dana <dana@vendor.com>\r\nSubject: Re: =?utf-8?B?/w==?= pricing\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\nBad bytes ").getBytes(StandardCharsets.US_ASCII));
    raw.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 0x00});
    raw.writeBytes(" here. This discount expires today, act now.\r\n".getBytes(StandardCharsets.US_ASCII));
    HttpResponse<String> res = post("message/rfc822", raw.toByteArray());
    assertEquals(200, res.statusCode(), res.body());
    JsonNode root = JSON.readTree(res.body());
    RawMailApiTest.assertOffsetsIndexReturnedTexts(root);
    String text = root.get("draft").get("text").asText();
    assertTrue(text.contains("This discount expires today"), text);
    assertTrue(text.indexOf('\0') < 0, "NUL kept in the draft text");
    assertTrue(root.get("findings").size() > 0);
  }

  @Test
  void invalidUtf8InAnMboxIsReplacedNotRefused() throws Exception {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.writeBytes(("From lee@acme.io Tue Mar  3 16:41:00 2026\nFrom: Lee <lee@acme.io>\nSubject: pricing\n"
        + "Content-Type: text/plain; charset=utf-8\n\nCan you confirm the price? ").getBytes(StandardCharsets.US_ASCII));
    raw.writeBytes(new byte[] {(byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xAF});
    raw.writeBytes(("\n\nFrom dana@vendor.com Tue Mar  3 17:02:00 2026\nFrom: Dana <dana@vendor.com>\nSubject: Re: pricing\n"
        + "Content-Type: text/plain; charset=utf-8\n\nAct now ").getBytes(StandardCharsets.US_ASCII));
    raw.writeBytes(new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80});
    raw.writeBytes(" the offer expires today.\n".getBytes(StandardCharsets.US_ASCII));
    HttpResponse<String> res = post("application/mbox", raw.toByteArray());
    assertEquals(200, res.statusCode(), res.body());
    RawMailApiTest.assertOffsetsIndexReturnedTexts(JSON.readTree(res.body()));
  }
}
