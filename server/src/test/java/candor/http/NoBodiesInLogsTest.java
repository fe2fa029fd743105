package candor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import candor.config.Config;
import candor.engine.Engine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * "Nothing of a message body is written to logs at any level": every logger (ours, Javalin,
 * Jetty, Jackson, Jakarta Mail, Flyway...) at DEBUG, distinctive bodies posted as JSON, raw mail and
 * form data, accepted and refused (400, 413, 415), and the captured events (messages, arguments
 * and stack traces) must not contain any of the distinctive words.
 */
class NoBodiesInLogsTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  @TempDir Path tmp;

  private static final String[] MARKERS = {
      "Xylophonequokka", "Pangolinzephyr", "Marmaladequasar", "Obsidianwalrus", "Tangerinenebula",
      "Harpsichordyeti", "Quinoaplatypus", "Lanternfjord", "Saffronkestrel", "Velvetcormorant"};

  @Test
  void noBodyTextInAnyLogEventAtDebug() throws Exception {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.setContext(ctx);
    captured.start();
    Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
    Map<Logger, Level> saved = new HashMap<>();
    for (Logger l : ctx.getLoggerList()) {
      saved.put(l, l.getLevel());
      l.setLevel(Level.DEBUG);
    }
    root.addAppender(captured);
    List<Integer> statuses = new ArrayList<>();
    Config c = new Config();
    c.port = 0;
    c.maxBodyBytes = 4096;
    c.feedbackFile = tmp.resolve("feedback.jsonl").toString();
    c.auditDb = "jdbc:sqlite:" + tmp.resolve("audit.db");
    try (ApiServer server = new ApiServer(c, Engine.standard(10)).start()) {
      String base = "http://127.0.0.1:" + server.port();
      statuses.add(post(base + "/v1/analyze", "application/json",
          "{\"draft\": {\"subject\": \"Re: " + MARKERS[0] + "\", \"text\": \"Hi, " + MARKERS[0] + " act now, this offer expires today.\"},"
              + " \"thread\": [{\"role\": \"customer\", \"text\": \"Can you confirm " + MARKERS[1] + " pricing?\"}]}"));
      statuses.add(post(base + "/v1/analyze", "message/rfc822",
          "From: Dana <dana@vendor.com>\r\nSubject: " + MARKERS[2] + "\r\nContent-Type: text/plain\r\n\r\nWe guarantee "
              + MARKERS[2] + " results.\r\n\r\nOn Tue, Lee wrote:\r\n> Is " + MARKERS[3] + " included?\r\n"));
      statuses.add(post(base + "/v1/analyze", "application/json", "{\"draft\": {\"text\": \"" + MARKERS[4] + "\"")); // malformed
      statuses.add(post(base + "/v1/analyze", "application/json", "{\"draft\": {\"text\": " + MARKERS[4] + "}}")); // bad token
      statuses.add(post(base + "/v1/analyze", "application/json", "{\"draft\": {\"text\": \"x\"}, \"thread\": [{\"role\": \""
          + MARKERS[5] + "\"}]}")); // bad role, echoed in the 400 detail only
      statuses.add(post(base + "/v1/analyze", "application/json", "{\"draft\": {\"text\": \"" + (MARKERS[6] + " ").repeat(500) + "\"}}")); // 413
      statuses.add(post(base + "/v1/analyze", "text/plain", MARKERS[7] + " as plain text")); // 415
      statuses.add(post(base + "/v1/analyze", "application/mbox", "not an mbox " + MARKERS[7]));
      statuses.add(post(base + "/v2/check", "application/x-www-form-urlencoded", "language=en-US&text=" + MARKERS[8] + "+act+now"));
      statuses.add(post(base + "/v1/feedback", "application/json", "{\"rule\": \"X\", \"text\": \"" + MARKERS[9] + "\"}")); // 400
      statuses.add(post(base + "/v1/audits?teamDomain=vendor.com", "application/mbox",
          "From dana@vendor.com Tue Mar  3 17:02:00 2026\nFrom: Dana <dana@vendor.com>\nSubject: " + MARKERS[9]
              + "\n\nWe guarantee " + MARKERS[9] + " uptime.\n"));
      Thread.sleep(1500); // let the audit job run (it logs too)
    } finally {
      root.detachAppender(captured);
      for (Map.Entry<Logger, Level> e : saved.entrySet()) e.getKey().setLevel(e.getValue());
      for (Logger l : ctx.getLoggerList()) if (!saved.containsKey(l)) l.setLevel(null);
    }
    assertEquals(List.of(200, 200, 400, 400, 400, 413, 415, 400, 200, 400, 202), statuses);
    assertTrue(captured.list.size() > 50, "DEBUG logging was not on: only " + captured.list.size() + " events");
    for (ILoggingEvent e : captured.list) {
      String all = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
      for (String m : MARKERS) {
        assertTrue(!all.toLowerCase().contains(m.toLowerCase()),
            () -> "body text '" + m + "' logged by " + e.getLoggerName() + " at " + e.getLevel() + ": "
                + all.substring(0, Math.min(300, all.length())));
      }
    }
  }

  private static int post(String url, String type, String body) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    return CLIENT.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
