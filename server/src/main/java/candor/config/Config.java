package candor.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Server settings. Precedence: command-line flags, then environment variables (CANDOR_*), then the
 * YAML config file, then these defaults. Every field is documented in README.md.
 */
public final class Config {
  public String host = "127.0.0.1";
  public int port = 8080;
  /** Largest request body accepted by /v1/analyze and /v2/check. */
  public long maxBodyBytes = 1024 * 1024;
  /** Longest single text (draft or thread message). */
  public int maxTextChars = 100_000;
  /** An analysis running longer than this is cut off with 422. */
  public long timeBudgetMs = 10_000;
  /** Per-message annotation cache entries (0 turns it off). */
  public int cacheEntries = 2_000;
  /** Analyses running at once; more wait in a bounded queue, beyond which requests get 503. */
  public int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
  public int queue = 8;
  /**
   * An analysis that waited in the queue longer than this is answered 503 with Retry-After
   * instead of running late, so accepted requests keep a bounded latency under overload.
   */
  public long queueWaitMs = 1_000;
  /**
   * Slow clients: the connection idle timeout, and the time a client has to send a request's
   * headers; a body must arrive within three times this (408 beyond).
   */
  public long readTimeoutMs = 10_000;
  /**
   * Jetty's request threads (0: {@link #httpThreadsOrDefault}). Bounded well below Javalin's 250:
   * under twice the saturation rate, dozens of threads answering 503s at once took the CPU the
   * analyses needed (accepted throughput 74-88% of saturation with 250, 89-93% with 16).
   */
  public int httpThreads = 0;
  /**
   * Request bodies held in memory at once, in bytes (0: a quarter of the heap). Bodies are read
   * without a thread, so this, not the thread count, bounds them; past it a request gets 503.
   */
  public long bodyBufferBytes = 0;
  /** Where false-alarm reports from clients are kept (JSON lines). */
  public String feedbackFile = "candor-feedback.jsonl";
  /** Folder of team rule packs (YAML), reloaded when they change; empty for none. */
  public String packs = "";
  /** Team audit store: a JDBC URL (jdbc:sqlite:FILE or jdbc:postgresql://...). */
  public String auditDb = "jdbc:sqlite:candor-audit.db";
  /** Audit results of messages older than this many days are deleted (0 keeps them forever). */
  public int auditRetentionDays = 0;
  /** Largest mbox accepted by POST /v1/audits (the analyze body limit does not apply). */
  public long auditMaxUploadBytes = 256L * 1024 * 1024;
  /**
   * Uploads to POST /v1/audits read at once. An upload streams to disk on one of Jetty's bounded
   * request threads for as long as its client sends; past this many, the next gets 503 with
   * Retry-After, so slow uploads can never hold every request thread.
   */
  public int auditConcurrentUploads = 2;
  /**
   * The slowest a body read on a request thread (an audit upload, which may be hundreds of
   * megabytes and so has no deadline of its own) may arrive on average: below it the read fails and
   * the client gets 408. At 16 KiB/s the largest upload allowed by default still has over four hours.
   */
  public long minBodyBytesPerSecond = 16 * 1024;
  /** The team's mail domains, comma-separated: only mail sent from them is audited. */
  public String auditTeamDomains = "";
  /** Team mode: the tokens file (see README); empty for none, which limits the server to loopback. */
  public String tokensFile = "";
  /** Trust X-Forwarded-Proto and X-Forwarded-Host from a reverse proxy terminating TLS in front of the server. */
  public boolean trustProxy = false;

  private static final Map<String, String> ENV = Map.of(
      "CANDOR_HOST", "host", "CANDOR_PORT", "port", "CANDOR_MAX_BODY_BYTES", "maxBodyBytes",
      "CANDOR_MAX_TEXT_CHARS", "maxTextChars", "CANDOR_TIME_BUDGET_MS", "timeBudgetMs",
      "CANDOR_CACHE_ENTRIES", "cacheEntries", "CANDOR_WORKERS", "workers", "CANDOR_QUEUE", "queue",
      "CANDOR_FEEDBACK_FILE", "feedbackFile", "CANDOR_PACKS", "packs");
  private static final Map<String, String> AUDIT_ENV = Map.of("CANDOR_AUDIT_DB", "auditDb",
      "CANDOR_AUDIT_RETENTION_DAYS", "auditRetentionDays", "CANDOR_AUDIT_MAX_UPLOAD_BYTES", "auditMaxUploadBytes",
      "CANDOR_AUDIT_TEAM_DOMAINS", "auditTeamDomains", "CANDOR_AUDIT_CONCURRENT_UPLOADS", "auditConcurrentUploads");
  private static final Map<String, String> AUTH_ENV = Map.of("CANDOR_TOKENS_FILE", "tokensFile",
      "CANDOR_TRUST_PROXY", "trustProxy");
  private static final Map<String, String> LIMIT_ENV = Map.of("CANDOR_QUEUE_WAIT_MS", "queueWaitMs",
      "CANDOR_READ_TIMEOUT_MS", "readTimeoutMs", "CANDOR_HTTP_THREADS", "httpThreads",
      "CANDOR_BODY_BUFFER_BYTES", "bodyBufferBytes", "CANDOR_MIN_BODY_BYTES_PER_SECOND", "minBodyBytesPerSecond");

  /** Fewest request threads Jetty is given: its acceptor and selector take some, the rest serve. */
  public static final int MIN_HTTP_THREADS = 16;

  /** The bytes request bodies may hold at once: {@link #bodyBufferBytes} when set, else a quarter of the heap. */
  public long bodyBufferBytesOrDefault() {
    return bodyBufferBytes > 0 ? bodyBufferBytes : Runtime.getRuntime().maxMemory() / 4;
  }

  /**
   * The request threads to run: {@link #httpThreads} when set, else room for every analysis that
   * can run or wait ({@code workers + queue}, each holding a thread) and a few more for refusals,
   * health checks and the dashboard; never fewer than {@link #MIN_HTTP_THREADS}.
   */
  public int httpThreadsOrDefault() {
    return Math.max(MIN_HTTP_THREADS, httpThreads > 0 ? httpThreads : workers + queue + 6);
  }

  /** Defaults, overlaid with the file (if any) and then the environment. */
  public static Config load(Path file, Map<String, String> env) {
    Config c = new Config();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    if (file != null) {
      try {
        c = yaml.readerForUpdating(c).readValue(Files.newBufferedReader(file));
      } catch (IOException e) {
        throw new IllegalArgumentException("config file " + file + ": " + e.getMessage(), e);
      }
    }
    ObjectMapper plain = new ObjectMapper();
    Map<String, String> names = new java.util.HashMap<>(ENV);
    names.putAll(AUDIT_ENV);
    names.putAll(AUTH_ENV);
    names.putAll(LIMIT_ENV);
    for (Map.Entry<String, String> e : names.entrySet()) {
      String v = env.get(e.getKey());
      if (v == null) continue;
      try {
        c = plain.readerForUpdating(c).readValue(plain.writeValueAsString(Map.of(e.getValue(), v)));
      } catch (IOException ex) {
        throw new IllegalArgumentException(e.getKey() + "=" + v + " is not valid: " + ex.getMessage(), ex);
      }
    }
    return c;
  }
}
