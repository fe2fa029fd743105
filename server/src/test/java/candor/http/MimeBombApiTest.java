package candor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.config.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * MIME bombs through POST message/rfc822: each is answered with a clear error, or analysed with
 * the hostile part cut and a warning saying so, in bounded time (each test has a timeout; the
 * surefire JVM's heap bounds memory). Inputs are generated here.
 */
class MimeBombApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = TestServers.CLIENT;
  private static ApiServer server;

  @BeforeAll
  static void start() {
    Config c = TestServers.config("mimebomb");
    c.maxBodyBytes = 4 << 20;
    c.maxTextChars = 200_000;
    server = TestServers.start(c, 10);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(byte[] raw) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(TestServers.uri(server, "/v1/analyze"))
        .header("Content-Type", "message/rfc822").POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
    return CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode ok(HttpResponse<String> res) throws Exception {
    assertEquals(200, res.statusCode(), () -> res.body().substring(0, Math.min(500, res.body().length())));
    JsonNode root = JSON.readTree(res.body());
    RawMailApiTest.assertOffsetsIndexReturnedTexts(root);
    return root;
  }

  private static boolean warns(JsonNode root, String part) {
    for (JsonNode w : root.get("warnings")) if (w.asText().contains(part)) return true;
    return false;
  }

  private static final String HEAD = "From: Dana Kim <dana@vendor.com>\r\nTo: lee@acme.io\r\nSubject: Re: pricing\r\n"
      + "Message-ID: <bomb@vendor.com>\r\nMIME-Version: 1.0\r\n";

  @Test
  @Timeout(60)
  void deeplyNestedMultipartsAreSkippedBelowTheDepthLimit() throws Exception {
    int depth = 5_000;
    StringBuilder sb = new StringBuilder(HEAD).append("Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
    for (int i = 0; i < depth; i++) {
      sb.append("--b").append(i).append("\r\n");
      if (i == 0) sb.append("Content-Type: text/plain\r\n\r\nThis discount expires today, act now.\r\n--b0\r\n");
      sb.append("Content-Type: multipart/mixed; boundary=\"b").append(i + 1).append("\"\r\n\r\n");
    }
    sb.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\ndeepest words\r\n");
    for (int i = depth; i >= 0; i--) sb.append("--b").append(i).append("--\r\n");
    JsonNode root = ok(post(sb.toString().getBytes(StandardCharsets.US_ASCII)));
    assertTrue(warns(root, "MIME nesting deeper than"), root.get("warnings").toString());
    assertTrue(root.get("draft").get("text").asText().contains("This discount expires today"));
    assertTrue(!root.get("draft").get("text").asText().contains("deepest words"));
  }

  @Test
  @Timeout(60)
  void hugeBase64AttachmentIsNeverDecodedAndAnOversizedOneIs413() throws Exception {
    byte[] blob = new byte[2 << 20];
    new Random(7).nextBytes(blob);
    String b64 = Base64.getMimeEncoder().encodeToString(blob); // ~2.8 MB, under the 4 MB body limit
    String mail = HEAD + "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n"
        + "We guarantee results.\r\n--x\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"big.bin\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n" + b64 + "\r\n--x--\r\n";
    JsonNode root = ok(post(mail.getBytes(StandardCharsets.US_ASCII)));
    assertEquals("We guarantee results.\n", root.get("draft").get("text").asText());

    // The same blob as the text part itself: decoded up to the part limit, cut to the text limit, with a warning.
    String asText = HEAD + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString("act now, this offer expires today. ".repeat(60_000).getBytes(StandardCharsets.UTF_8));
    JsonNode cut = ok(post(asText.getBytes(StandardCharsets.US_ASCII)));
    assertTrue(warns(cut, "chars, cut"), cut.get("warnings").toString());
    assertTrue(cut.get("draft").get("text").asText().length() <= 200_000);

    // Beyond the body limit: a clear 413, without reading the rest.
    byte[] tooBig = new byte[6 << 20];
    java.util.Arrays.fill(tooBig, (byte) 'A');
    byte[] head = (HEAD + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, tooBig, 0, head.length);
    HttpResponse<String> res = post(tooBig);
    assertEquals(413, res.statusCode(), res.body());
    assertTrue(res.body().contains("larger than the limit"), res.body());
  }

  @Test
  @Timeout(60)
  void headerLineOfMegabytesIsCutWithAWarning() throws Exception {
    String subject = "Subject: " + "pricing ".repeat(250_000) + "\r\n"; // 2 MB on one line
    StringBuilder folded = new StringBuilder("X-Folded: start");
    for (int i = 0; i < 40_000; i++) folded.append("\r\n continued header text"); // ~1 MB folded
    String mail = "From: Dana Kim <dana@vendor.com>\r\n" + subject + folded + "\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain\r\n\r\nThe discount expires today.\r\n";
    JsonNode root = ok(post(mail.getBytes(StandardCharsets.US_ASCII)));
    assertTrue(root.get("warnings").size() > 0, "no warning for the cut header");
    assertTrue(root.get("draft").get("subject").asText().length() <= 64 << 10);
    assertTrue(root.get("draft").get("text").asText().contains("The discount expires today."));
  }

  @Test
  @Timeout(60)
  void threadOfTenThousandQuotedLevelsIsBounded() throws Exception {
    // '>' quoting: a line 10,000 levels deep among a few shallower ones.
    StringBuilder body = new StringBuilder("Thanks Lee, we guarantee the rollout.\r\n\r\n");
    for (int level = 1; level <= 10_000; level = level < 200 ? level + 1 : level * 2) {
      body.append(">".repeat(level)).append(" On Tue, Mar 3, 2026, Lee Park <lee@acme.io> wrote:\r\n");
      body.append(">".repeat(level)).append(" Level ").append(level).append(": can you confirm the price?\r\n");
    }
    body.append(">".repeat(10_000)).append(" the deepest quote\r\n");
    JsonNode quoted = ok(post((HEAD + "Content-Type: text/plain\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII)));
    assertTrue(quoted.get("thread").size() <= 31, "levels past the limit are kept as one message");

    // Outlook style: 10,000 nested "Original Message" blocks, far past the text limit: cut with a warning.
    StringBuilder outlook = new StringBuilder("Thanks Lee, act now.\r\n\r\n");
    for (int i = 0; i < 10_000; i++) {
      outlook.append("-----Original Message-----\r\nFrom: Lee Park <lee@acme.io>\r\nSent: Tuesday, March 3, 2026 4:41 PM\r\n")
          .append("Subject: RE: pricing\r\n\r\nLevel ").append(i).append(". Can you confirm?\r\n\r\n");
    }
    JsonNode root = ok(post((HEAD + "Content-Type: text/plain\r\n\r\n" + outlook).getBytes(StandardCharsets.US_ASCII)));
    assertTrue(warns(root, "chars, cut"), root.get("warnings").toString());
    assertTrue(root.get("thread").size() <= 31, "thread of " + root.get("thread").size());
  }
}
