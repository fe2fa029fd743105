package candor.audit.http;

import candor.audit.AuditException;
import candor.audit.AuditSource;
import candor.audit.AuditStore;
import candor.audit.Auditor;
import candor.audit.Dates;
import candor.audit.MessageAuditor;
import candor.audit.Report;
import candor.audit.RunStatus;
import candor.audit.Sources;
import candor.auth.Access;
import candor.config.Config;
import candor.engine.Engine;
import candor.http.BadRequest;
import candor.http.MinRateInput;
import candor.mail.MailReader;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit's HTTP side: the dashboard at {@code /audit}, the whole-store report at
 * {@code GET /v1/audit/report}, and uploads ({@code POST /v1/audits}, an mbox streamed to disk,
 * audited in the background; {@code GET /v1/audits/{id}} and {@code GET /v1/audits/{id}/report}).
 * The store opens on first use. Who may see which rep is decided by {@link candor.auth.Access}
 * (team mode): reports are narrowed to the caller's reps, {@code ?rep=} and {@code ?team=} outside
 * them answer 403, uploads need a leader and belong to the leader's team.
 */
public final class AuditRoutes implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AuditRoutes.class);
  private static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";
  private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';"
      + " img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Config config;
  private final Engine engine;
  private final ExecutorService jobs = Executors.newSingleThreadExecutor(r -> daemon(r, "candor-audit-job"));
  /** Uploads being read (see {@link Config#auditConcurrentUploads}). */
  private final java.util.concurrent.Semaphore uploads;
  private ScheduledExecutorService retention;
  private AuditStore store;

  private AuditRoutes(Config config, Engine engine) {
    this.uploads = new java.util.concurrent.Semaphore(Math.max(1, config.auditConcurrentUploads));
    this.config = config;
    this.engine = engine;
  }

  /** Adds the audit routes to a Javalin config; close the result when the server stops. */
  public static AuditRoutes install(JavalinConfig cfg, Config config, Engine engine) {
    AuditRoutes a = new AuditRoutes(config, engine);
    cfg.routes.get("/audit", ctx -> a.asset(ctx, "audit/index.html", "text/html; charset=utf-8"));
    cfg.routes.get("/audit/audit.js", ctx -> a.asset(ctx, "audit/audit.js", "text/javascript; charset=utf-8"));
    cfg.routes.get("/audit/audit.css", ctx -> a.asset(ctx, "audit/audit.css", "text/css; charset=utf-8"));
    cfg.routes.get("/audit/chart.js", ctx -> a.asset(ctx, CHART_JS, "text/javascript; charset=utf-8"));
    cfg.routes.get("/v1/audit/report", a::storeReport);
    cfg.routes.post("/v1/audits", a::upload);
    cfg.routes.get("/v1/audits/{id}", a::status);
    cfg.routes.get("/v1/audits/{id}/report", a::runReport);
    return a;
  }

  @Override
  public synchronized void close() {
    jobs.shutdownNow();
    if (retention != null) retention.shutdownNow();
    if (store != null) store.close();
  }

  private synchronized AuditStore store() {
    if (store == null) {
      try {
        store = AuditStore.open(config.auditDb);
      } catch (AuditException e) {
        throw new BadRequest(503, e.getMessage());
      }
      store.failAbandonedRuns("The server stopped while this audit ran; upload the mbox again to finish it.");
      if (config.auditRetentionDays > 0) {
        retention = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "candor-audit-retention"));
        retention.scheduleAtFixedRate(this::applyRetention, 0, 1, TimeUnit.DAYS);
      }
    }
    return store;
  }

  private void applyRetention() {
    try {
      int n = store.purge(Instant.now().minus(Duration.ofDays(config.auditRetentionDays)));
      if (n > 0) LOG.info("Audit retention removed {} message(s) older than {} days", n, config.auditRetentionDays);
    } catch (RuntimeException e) {
      LOG.warn("Audit retention failed: {}", e.getMessage());
    }
  }

  /** Which reps the caller may see, narrowed by {@code ?rep=} / {@code ?team=} (403 outside the caller's view). */
  private java.util.function.Predicate<String> visibleReps(Context ctx) {
    return Access.of(ctx).filter(ctx.queryParam("rep"), ctx.queryParam("team"));
  }

  private void asset(Context ctx, String resource, String type) throws IOException {
    try (InputStream in = AuditRoutes.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new BadRequest(404, "No such file: " + ctx.path());
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType(type).result(in.readAllBytes());
    }
  }

  private void storeReport(Context ctx) {
    String since = ctx.queryParam("since");
    Instant from;
    try {
      from = since == null || since.isBlank() ? null : Dates.parse(since);
    } catch (AuditException e) {
      throw new BadRequest(400, e.getMessage());
    }
    var visible = visibleReps(ctx);
    ctx.json(Report.of(read(() -> store().messages(from, null)), visible));
  }

  private void upload(Context ctx) throws IOException {
    Access access = Access.of(ctx);
    access.requireLeader("Uploading mail to the team audit");
    List<String> domains = new ArrayList<>(ctx.queryParams("teamDomain"));
    if (domains.isEmpty() && !config.auditTeamDomains.isBlank()) domains.addAll(Arrays.asList(config.auditTeamDomains.split(",")));
    MessageAuditor auditor;
    try {
      auditor = new MessageAuditor(engine, domains, "true".equals(ctx.queryParam("keepBodies")));
    } catch (AuditException e) {
      throw new BadRequest(400, "Name the team's mail domain with ?teamDomain=vendor.com (repeatable), or set auditTeamDomains.");
    }
    if (access.teamMode()) auditor.onlySenders(access.visibleReps()); // a leader adds mail of their own team's reps only
    long max = config.auditMaxUploadBytes;
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) throw new BadRequest(413, "The mbox is larger than " + max + " bytes (auditMaxUploadBytes).");
    AuditStore db = store();
    if (!uploads.tryAcquire()) {
      ctx.header("Retry-After", "10");
      throw new BadRequest(503, "The server is already reading " + config.auditConcurrentUploads
          + " uploads (auditConcurrentUploads); retry when one has finished.");
    }
    Path file;
    long size = 0;
    try {
      file = Files.createTempFile("candor-upload-", ".mbox");
      // No deadline (a large mbox on a slow link may take hours), but a minimum average rate after the
      // first readTimeoutMs, so a trickled upload cannot hold its thread and upload place for days.
      try (InputStream in = new MinRateInput(ctx.req().getInputStream(), config.minBodyBytesPerSecond, config.readTimeoutMs);
          OutputStream out = Files.newOutputStream(file)) {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) != -1) {
          size += n;
          if (size > max) throw new BadRequest(413, "The mbox is larger than " + max + " bytes (auditMaxUploadBytes).");
          out.write(buf, 0, n);
        }
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        // The rest of a body that came too slowly is not read: the connection closes with the answer.
        if (e instanceof BadRequest b && b.status() == 408) ctx.header("Connection", "close");
        throw e;
      }
    } finally {
      uploads.release();
    }
    if (size == 0) {
      Files.deleteIfExists(file);
      throw new BadRequest(400, "The request body is empty; send an mbox file.");
    }
    AuditSource source;
    try {
      source = Sources.mbox(file, new MailReader());
    } catch (AuditException e) {
      Files.deleteIfExists(file);
      throw new BadRequest(422, "The upload is not an mbox file: no message starts with a \"From \" line.");
    }
    String runId = db.createRun("upload (" + size + " bytes)", source.total());
    if (access.teamMode()) db.setRunTeam(runId, access.team());
    jobs.execute(() -> {
      try (source) {
        Instant cutoff = config.auditRetentionDays > 0 ? Instant.now().minus(Duration.ofDays(config.auditRetentionDays)) : null;
        new Auditor(db, auditor, Math.max(1, config.workers / 2), cutoff).run(source, runId, Auditor.Progress.NONE);
      } catch (AuditException e) {
        LOG.warn("Audit {} failed: {}", runId, e.getMessage());
      } catch (RuntimeException e) {
        LOG.warn("Audit {} failed: {}", runId, e.getClass().getName());
        db.finishRun(runId, RunStatus.FAILED, "Unexpected failure.");
      } finally {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          LOG.warn("Could not delete upload {}", file);
        }
      }
    });
    ctx.header("Location", "/v1/audits/" + runId);
    ctx.status(202).json(statusJson(db.run(runId).orElseThrow()));
  }

  private void status(Context ctx) {
    ctx.json(statusJson(run(ctx)));
  }

  private void runReport(Context ctx) {
    RunStatus r = run(ctx);
    var visible = visibleReps(ctx);
    if (RunStatus.RUNNING.equals(r.status())) {
      throw new BadRequest(409, "The audit is still running (" + r.done() + " of " + (r.total() == null ? "?" : r.total())
          + " messages); ask again when its status is done.");
    }
    ctx.json(Report.of(read(() -> store().messages(null, r.id())), visible));
  }

  private RunStatus run(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f-]{36}")) throw new BadRequest(404, "No such audit: " + id);
    RunStatus r = read(() -> store().run(id)).orElseThrow(() -> new BadRequest(404, "No such audit: " + id));
    Access access = Access.of(ctx);
    if (access.teamMode()) access.checkRunTeam(read(() -> store().runTeam(id)).orElse(null));
    return r;
  }

  private static Map<String, Object> statusJson(RunStatus r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("status", r.status());
    m.put("done", r.done());
    m.put("total", r.total());
    m.put("audited", r.audited());
    m.put("skipped", r.skipped());
    m.put("error", r.error());
    m.put("startedAt", r.startedAt() == null ? null : r.startedAt().toString());
    m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
    m.put("report", "/v1/audits/" + r.id() + "/report");
    return m;
  }

  private static <T> T read(java.util.function.Supplier<T> q) {
    try {
      return q.get();
    } catch (AuditException e) {
      throw new BadRequest(503, e.getMessage());
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
