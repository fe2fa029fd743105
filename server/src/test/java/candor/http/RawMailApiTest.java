package candor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.config.Config;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Raw mail through the real server: offsets point into the returned draft and thread texts. */
public class RawMailApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = TestServers.CLIENT;
  private static ApiServer server;

  public static final String REPLY = String.join("\r\n",
      "From: Dana Kim <dana@vendor.com>",
      "To: Lee Park <lee@acme.io>",
      "Subject: Re: pricing",
      "Date: Tue, 3 Mar 2026 17:02:00 +0000",
      "Message-ID: <r2@vendor.com>",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hi Lee,",
      "",
      "Great to hear from you. This discount expires at midnight, so let's get it signed.",
      "",
      "Best,",
      "Dana",
      "",
      "On Tue, Mar 3, 2026 at 4:41 PM Lee Park <lee@acme.io> wrote:",
      "> Hi Dana, does the Pro plan include SSO? Our offer from the other vendor expires today.",
      "");

  @BeforeAll
  static void start() {
    Config c = TestServers.config("rawmail");
    server = TestServers.start(c, 100);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static JsonNode post(String type, String body) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(TestServers.uri(server, "/v1/analyze"))
        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> res = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, res.statusCode(), res.body());
    return JSON.readTree(res.body());
  }

  static void assertOffsetsIndexReturnedTexts(JsonNode root) {
    String draft = root.get("draft").get("text").asText();
    int quoteStart = draft.indexOf("On Tue, Mar 3");
    for (JsonNode f : root.get("findings")) {
      int off = f.get("offset").asInt();
      assertEquals(f.get("text").asText(), draft.substring(off, off + f.get("length").asInt()));
      assertTrue(quoteStart < 0 || off < quoteStart, "finding inside the quoted history: " + f);
    }
    for (JsonNode u : root.get("unanswered")) {
      String msg = root.get("thread").get(u.get("message").asInt()).get("text").asText();
      int off = u.get("offset").asInt();
      assertEquals(u.get("text").asText(), msg.substring(off, off + u.get("length").asInt()));
    }
  }

  @Test
  void rfc822ReplyIsSplitIntoDraftAndThread() throws Exception {
    JsonNode root = post("message/rfc822", REPLY);
    assertEquals("Dana Kim <dana@vendor.com>", root.get("draft").get("from").asText());
    assertEquals(1, root.get("thread").size());
    assertEquals("customer", root.get("thread").get(0).get("role").asText());
    assertTrue(root.get("findings").size() >= 1, root.toString());
    assertEquals(1, root.get("unanswered").size(), root.toString());
    assertTrue(root.get("unanswered").get(0).get("text").asText().contains("SSO"));
    assertOffsetsIndexReturnedTexts(root);
  }

  @Test
  void mboxThreadUsesTheNewestMessageAsTheDraft() throws Exception {
    String buyer = String.join("\n", "From lee@acme.io Tue Mar  3 16:41:00 2026", "From: Lee Park <lee@acme.io>",
        "Subject: pricing", "Date: Tue, 3 Mar 2026 16:41:00 +0000", "Message-ID: <q1@acme.io>", "",
        "Hi Dana, what does the Pro plan cost per seat?", "");
    String reply = String.join("\n", "From dana@vendor.com Tue Mar  3 17:02:00 2026", "From: Dana Kim <dana@vendor.com>",
        "Subject: Re: pricing", "Date: Tue, 3 Mar 2026 17:02:00 +0000", "Message-ID: <r1@vendor.com>",
        "In-Reply-To: <q1@acme.io>", "", "Hi Lee, I've got one spot left for onboarding this week.", "");
    JsonNode root = post("application/mbox", buyer + "\n" + reply);
    assertTrue(root.get("draft").get("text").asText().contains("one spot left"));
    assertEquals(1, root.get("thread").size());
    assertEquals(1, root.get("unanswered").size(), root.toString());
    assertOffsetsIndexReturnedTexts(root);
  }

  @Test
  void jsonDraftWithQuotedHistoryKeepsFindingsOutOfTheQuote() throws Exception {
    String text = "Thanks Lee, the Pro plan is $45 per seat.\n\nOn Tue, Mar 3, 2026 at 4:41 PM Lee Park <lee@acme.io> wrote:\n"
        + "> What does the Pro plan cost per seat? And does it support SSO?\n> This offer expires today, act now!\n";
    JsonNode root = post("application/json", JSON.writeValueAsString(Map.of("draft",
        Map.of("from", "Dana <dana@vendor.com>", "text", text))));
    assertEquals(0, root.get("findings").size(), root.toString());
    assertEquals(1, root.get("thread").size());
    assertEquals(1, root.get("unanswered").size(), root.toString());
    assertTrue(root.get("unanswered").get(0).get("text").asText().contains("SSO"));
  }
}
