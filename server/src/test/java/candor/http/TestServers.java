package candor.http;

import candor.config.Config;
import candor.engine.Engine;
import java.net.URI;
import java.net.http.HttpClient;

/**
 * The real server for the HTTP tests: loopback (the config default), a free port, a scratch feedback
 * file named for the test, the standard engine. Each test then sets only the limits it is about.
 */
final class TestServers {
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  private TestServers() {}

  static Config config(String name) {
    Config c = new Config();
    c.port = 0;
    c.feedbackFile = System.getProperty("java.io.tmpdir") + "/candor-" + name + "-feedback.jsonl";
    return c;
  }

  /** Starts a server; {@code cacheEntries} 0 turns the annotation cache off (every draft analysed afresh). */
  static ApiServer start(Config c, int cacheEntries) {
    return new ApiServer(c, Engine.standard(cacheEntries)).start();
  }

  static URI uri(ApiServer server, String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
