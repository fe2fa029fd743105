package candor.http;

import candor.config.Config;
import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.engine.Engine;
import candor.rules.Rule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.CharConversionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP shell over the engine: parse, call {@code engine.analyze}, reply. Routes and error
 * mapping live here in one place; no message text is ever logged.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final Config config;
  private final Engine engine;
  private final AnalysisRunner runner;
  private final RequestParser parser;
  private final FeedbackStore feedback;
  private final RawMail rawMail = new RawMail();
  private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer analyzeTimer;
  private final LanguageToolApi languageTool;
  private Javalin app;
  private QueuedThreadPool requestThreads;
  private WholeBodies wholeBodies;
  private SlowClients slowClients;
  private candor.audit.http.AuditRoutes audit;

  public ApiServer(Config config, Engine engine) {
    LogPrivacy.install();
    this.config = config;
    this.engine = engine;
    this.runner = new AnalysisRunner(engine, config.workers, config.queue, config.timeBudgetMs, config.queueWaitMs);
    this.parser = new RequestParser(config.maxTextChars);
    this.feedback = new FeedbackStore(Path.of(config.feedbackFile));
    this.analyzeTimer = Timer.builder("candor.analyze").description("Time to analyse one draft and thread")
        .publishPercentiles(0.5, 0.99).register(metrics);
    this.languageTool = new LanguageToolApi(runner, config.maxTextChars);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmGcMetrics().bindTo(metrics);
    new ProcessorMetrics().bindTo(metrics);
  }

  /** Jetty's pool, bounded (see {@link Config#httpThreads}); named as Javalin names its own. */
  static QueuedThreadPool requestThreads(int max) {
    QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(8, max));
    pool.setName("JettyServerThreadPool");
    return pool;
  }

  public ApiServer start() {
    app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = config.host;
      cfg.jetty.port = config.port;
      requestThreads = requestThreads(config.httpThreadsOrDefault());
      cfg.jetty.threadPool = requestThreads;
      cfg.http.maxRequestSize = config.maxBodyBytes;
      slowClients = SlowClients.install(cfg.jetty, config.host, config.port, config.readTimeoutMs);
      // Javalin puts its servlet context inside the innermost handler the server already has: load
      // shedding answers in front of all of it, then bodies are read whole without a thread.
      cfg.jetty.modifyServer(server -> {
        long bodyDeadlineMs = SlowClients.bodyDeadlineMs(config.readTimeoutMs);
        Shedding shedding = new Shedding(runner, Bodies.DRAIN_LIMIT, bodyDeadlineMs);
        wholeBodies = new WholeBodies(config.maxBodyBytes, bodyDeadlineMs, config.bodyBufferBytesOrDefault());
        shedding.setHandler(wholeBodies);
        server.setHandler(shedding);
      });
      cfg.jsonMapper(new JavalinJackson(Bodies.JSON, false));
      cfg.routes.before(ctx -> {
        Cors.apply(ctx);
        ctx.header("X-Content-Type-Options", "nosniff");
      });
      cfg.routes.options("/*", ctx -> ctx.status(204));
      candor.auth.TeamAuth.install(cfg, config); // team mode: tokens, sessions, who sees what (before every route)
      cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok", "version", candor.cli.Version.get())));
      cfg.routes.get("/v1/rules", this::rules);
      cfg.routes.post("/v1/analyze", this::analyze);
      cfg.routes.post("/v1/feedback", this::feedback);
      cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
      cfg.routes.post("/v2/check", ctx -> languageTool.check(ctx, body(ctx, config.maxBodyBytes)));
      cfg.routes.get("/v2/languages", ctx -> ctx.json(LanguageToolApi.languages()));
      audit = candor.audit.http.AuditRoutes.install(cfg, config, engine);
      cfg.routes.exception(BadRequest.class, (e, ctx) -> {
        // A body refused as too large is read and dropped (up to a limit) wherever it was refused, so
        // the client, still sending, reads its 413 instead of a reset connection.
        if (e.status() == 413) Bodies.drainUnread(ctx);
        Problem.send(ctx, e.status(), e.getMessage());
      });
      cfg.routes.exception(AnalysisRunner.Overloaded.class, (e, ctx) -> {
        Bodies.drainUnread(ctx); // so the client reads its 503 rather than a reset connection
        ctx.header("Retry-After", "1");
        Problem.send(ctx, 503, AnalysisRunner.Overloaded.DETAIL);
      });
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> Problem.send(ctx, e.getStatus(), e.getMessage()));
      // Jetty fails a servlet read itself: below minBodyBytesPerSecond (an audit upload trickled) with
      // 408, or on a malformed body. Without this such a read reaches the catch-all below as a 500.
      cfg.routes.exception(BadMessageException.class, (e, ctx) -> Problem.send(ctx, e.getCode() == 408 ? 408 : 400, e.getCode() == 408
          ? "The request body arrived more slowly than " + config.minBodyBytesPerSecond + " bytes a second on average (minBodyBytesPerSecond)."
          : "The request body could not be read."));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("Unexpected failure on {} {}: {}", ctx.method(), ctx.path(), e.getClass().getName());
        Problem.send(ctx, 500, "Unexpected server error.");
      });
      for (int status : new int[] {404, 405}) {
        cfg.routes.error(status, "*", ctx -> {
          String ct = ctx.res().getContentType();
          if (ct == null || !ct.contains("problem")) {
            Problem.send(ctx, status, status == 404 ? "No such endpoint: " + ctx.method() + " " + ctx.path()
                : "Method " + ctx.method() + " is not allowed on " + ctx.path());
          }
        });
      }
    });
    app.start();
    LOG.info("Candor listening on http://{}:{}", config.host, port());
    return this;
  }

  /** The body reader in front of the routes (for tests). */
  WholeBodies wholeBodies() {
    return wholeBodies;
  }

  /** Jetty's request threads (for tests). */
  QueuedThreadPool requestThreads() {
    return requestThreads;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    if (app != null) app.stop();
    if (audit != null) audit.close();
    if (slowClients != null) slowClients.close();
    runner.close();
  }

  private void analyze(Context ctx) {
    String media = Bodies.mediaType(ctx);
    if (!media.equals("application/json") && !media.equals("message/rfc822") && !media.equals("application/mbox")) {
      throw new BadRequest(415, "Content-Type must be application/json, message/rfc822 or application/mbox"
          + (media.isEmpty() ? "" : ", not " + media) + ".");
    }
    // The body is read first (a slow client holds no place), then a place to run or wait is taken
    // before any parsing: under overload a refused request costs its read and nothing more.
    byte[] body = body(ctx, config.maxBodyBytes);
    if (!runner.tryAdmit()) throw new AnalysisRunner.Overloaded();
    try {
      analyzeAdmitted(ctx, media, body);
    } finally {
      runner.release();
    }
  }

  private void analyzeAdmitted(Context ctx, String media, byte[] body) {
    AnalysisRequest request;
    boolean raw = false;
    List<String> mailWarnings = new ArrayList<>();
    switch (media) {
      case "application/json" -> request = parser.parse(parseJson(body));
      case "message/rfc822" -> {
        request = rawMail.fromRfc822(body, mailWarnings);
        raw = true;
      }
      default -> {
        request = rawMail.fromMbox(body, mailWarnings);
        raw = true;
      }
    }
    if (raw) parser.checkLengths(request);
    AnalysisRequest finalRequest = request;
    Analysis a = analyzeTimer.record(() -> runner.run(finalRequest));
    for (var f : a.findings()) Counter.builder("candor.findings").tag("category", f.category()).register(metrics).increment();
    ctx.json(raw ? AnalysisJson.withInput(a, request, mailWarnings) : AnalysisJson.of(a));
  }

  private byte[] body(Context ctx, long limit) {
    return Bodies.read(ctx, limit, SlowClients.bodyDeadlineMs(config.readTimeoutMs));
  }

  private void rules(Context ctx) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Rule r : engine.rules().rules()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("category", r.category());
      m.put("type", r.type());
      m.put("description", r.description());
      m.put("pack", r.pack());
      out.add(m);
    }
    boolean approvedClaims = engine.rules().packs().stream().anyMatch(p -> !p.approvedClaims().isEmpty());
    if (approvedClaims) {
      out.add(Map.of("id", candor.detect.ClaimCheck.RULE_ID, "category", "overpromise", "type", "unverified_outcome",
          "description", "A measurable claim that matches none of the team's approved claims.", "pack", "approved-claims"));
    }
    for (String[] r : Engine.modelRules()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r[0]);
      m.put("category", r[1]);
      m.put("type", r[2]);
      m.put("description", "Trained classifier: " + r[2].replace('_', ' ') + " phrased in ways no pattern names.");
      m.put("pack", "model");
      out.add(m);
    }
    ctx.json(Map.of("rules", out));
  }

  private void feedback(Context ctx) {
    if (!Bodies.mediaType(ctx).equals("application/json")) throw new BadRequest(415, "Content-Type must be application/json.");
    JsonNode root = parseJson(body(ctx, 64 * 1024));
    if (!root.isObject()) throw new BadRequest(400, "The body must be a JSON object.");
    String id = field(root, "id", 64, true);
    String rule = field(root, "rule", 80, true);
    String text = field(root, "text", 1000, false);
    String sentence = field(root, "sentence", 2000, false);
    feedback.add(id, rule, text, sentence);
    ctx.status(202).json(Map.of("status", "recorded"));
  }

  private static String field(JsonNode root, String name, int max, boolean required) {
    JsonNode v = root.get(name);
    if (v == null || v.isNull()) {
      if (required) throw new BadRequest(400, "Missing '" + name + "'.");
      return null;
    }
    if (!v.isTextual()) throw new BadRequest(400, "'" + name + "' must be a string.");
    if (v.textValue().length() > max) throw new BadRequest(413, "'" + name + "' is longer than " + max + " characters.");
    return v.textValue();
  }

  static JsonNode parseJson(byte[] body) {
    if (body.length == 0) throw new BadRequest(400, "The request body is empty; send a JSON object.");
    try {
      return Bodies.JSON.readTree(body);
    } catch (StreamConstraintsException e) {
      throw new BadRequest(400, "The JSON is nested too deeply (the limit is " + Json.MAX_NESTING + " levels).");
    } catch (CharConversionException e) {
      throw new BadRequest(400, "The body is not valid UTF-8 JSON: " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw new BadRequest(400, "Malformed JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
    } catch (java.io.IOException e) {
      throw new BadRequest(400, "The body could not be read as JSON: " + e.getMessage());
    }
  }
}
