package candor.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsBindLoopback() {
    Config c = Config.load(null, Map.of());
    assertEquals("127.0.0.1", c.host);
    assertEquals(8080, c.port);
    assertEquals(1024 * 1024, c.maxBodyBytes);
    assertEquals(100_000, c.maxTextChars);
    assertEquals(10_000, c.timeBudgetMs);
  }

  @Test
  void requestThreadsAreBoundedByTheAnalysesThatCanWait() {
    Config c = Config.load(null, Map.of("CANDOR_WORKERS", "2"));
    assertEquals(Config.MIN_HTTP_THREADS, c.httpThreadsOrDefault(), "2 workers + 8 waiting + 6, at least the minimum");
    c.workers = 16;
    c.queue = 32;
    assertEquals(16 + 32 + 6, c.httpThreadsOrDefault());
    assertEquals(40, Config.load(null, Map.of("CANDOR_HTTP_THREADS", "40")).httpThreadsOrDefault());
    assertEquals(Config.MIN_HTTP_THREADS, Config.load(null, Map.of("CANDOR_HTTP_THREADS", "3")).httpThreadsOrDefault(),
        "too few for Jetty's acceptor and selectors: raised to the minimum");
  }

  @Test
  void bodyBufferIsAQuarterOfTheHeapUnlessSet() {
    assertEquals(Runtime.getRuntime().maxMemory() / 4, Config.load(null, Map.of()).bodyBufferBytesOrDefault());
    assertEquals(5_000_000, Config.load(null, Map.of("CANDOR_BODY_BUFFER_BYTES", "5000000")).bodyBufferBytesOrDefault());
  }

  @Test
  void uploadLimitsHaveDefaultsAndVariables() {
    Config d = Config.load(null, Map.of());
    assertEquals(2, d.auditConcurrentUploads);
    assertEquals(16 * 1024, d.minBodyBytesPerSecond);
    Config set = Config.load(null, Map.of("CANDOR_AUDIT_CONCURRENT_UPLOADS", "5", "CANDOR_MIN_BODY_BYTES_PER_SECOND", "2048"));
    assertEquals(5, set.auditConcurrentUploads);
    assertEquals(2048, set.minBodyBytesPerSecond);
  }

  @Test
  void environmentOverridesTheFile() throws Exception {
    Path file = dir.resolve("candor.yml");
    Files.writeString(file, "port: 9000\ntimeBudgetMs: 5000\n");
    Config c = Config.load(file, Map.of("CANDOR_PORT", "9100"));
    assertEquals(9100, c.port);
    assertEquals(5000, c.timeBudgetMs);
  }

  @Test
  void unknownKeysAndBadValuesAreRefusedClearly() throws Exception {
    Path file = dir.resolve("bad.yml");
    Files.writeString(file, "prot: 9000\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Config.load(file, Map.of()));
    assertTrue(e.getMessage().contains("bad.yml") && e.getMessage().contains("prot"), e.getMessage());
    IllegalArgumentException env = assertThrows(IllegalArgumentException.class, () -> Config.load(null, Map.of("CANDOR_PORT", "eighty")));
    assertTrue(env.getMessage().contains("CANDOR_PORT"), env.getMessage());
  }
}
