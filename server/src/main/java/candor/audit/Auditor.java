package candor.audit;

import candor.mail.ParsedMail;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one audit: reads the source, keeps the team's messages, skips those already stored, and
 * analyses and saves the rest on a few worker threads (one transaction per message). Progress is
 * reported to a listener and to the run's row in the store.
 */
public final class Auditor {
  private static final Logger LOG = LoggerFactory.getLogger(Auditor.class);

  /** Called as messages are done; {@code total} may be null. Called from several threads. */
  public interface Progress {
    void update(int done, Integer total);

    Progress NONE = (d, t) -> {};
  }

  /**
   * What one audit did: messages read, newly audited, skipped (already stored, not the team's, or
   * older than the retention period), failed.
   */
  public record Result(String runId, int read, int audited, int alreadyStored, int notTeam, int tooOld, int failed,
      double seconds) {
    public double perSecond() {
      return seconds <= 0 ? 0 : read / seconds;
    }
  }

  private final AuditStore store;
  private final MessageAuditor auditor;
  private final int workers;
  private final java.time.Instant notBefore;

  public Auditor(AuditStore store, MessageAuditor auditor, int workers) {
    this(store, auditor, workers, null);
  }

  /** Messages sent before {@code notBefore} (the retention period's start; null for none) are not stored. */
  public Auditor(AuditStore store, MessageAuditor auditor, int workers, java.time.Instant notBefore) {
    this.store = store;
    this.auditor = auditor;
    this.workers = Math.max(1, workers);
    this.notBefore = notBefore;
  }

  /** Audits everything in the source under a new run. */
  public Result run(AuditSource source, Progress progress) {
    String runId = store.createRun(source.describe(), source.total());
    return run(source, runId, progress);
  }

  /** Audits everything in the source under an existing run, marking it done or failed at the end. */
  public Result run(AuditSource source, String runId, Progress progress) {
    long t0 = System.nanoTime();
    Integer total = source.total();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger audited = new AtomicInteger();
    AtomicInteger stored = new AtomicInteger();
    AtomicInteger notTeam = new AtomicInteger();
    AtomicInteger tooOld = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicReference<RuntimeException> fatal = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "candor-audit");
      t.setDaemon(true);
      return t;
    });
    Semaphore inFlight = new Semaphore(workers * 4);
    long[] lastSaved = {System.nanoTime()};
    Runnable step = () -> {
      int d = done.incrementAndGet();
      progress.update(d, total);
      long now = System.nanoTime();
      synchronized (lastSaved) {
        if (now - lastSaved[0] > 1_000_000_000L) {
          lastSaved[0] = now;
          store.progress(runId, d, total, audited.get(), stored.get() + notTeam.get() + tooOld.get());
        }
      }
    };
    int read = 0;
    try {
      while (fatal.get() == null && source.hasNext()) {
        ParsedMail m = source.next();
        read++;
        if (!auditor.isTeam(m.fromAddress())) {
          notTeam.incrementAndGet();
          step.run();
          continue;
        }
        if (notBefore != null && m.date() != null && m.date().isBefore(notBefore)) {
          tooOld.incrementAndGet();
          step.run();
          continue;
        }
        String key = MessageAuditor.key(m);
        if (store.contains(key)) {
          store.link(runId, key);
          stored.incrementAndGet();
          step.run();
          continue;
        }
        inFlight.acquire();
        pool.execute(() -> {
          try {
            StoredMessage s = auditor.audit(m);
            if (store.save(runId, s)) audited.incrementAndGet(); else stored.incrementAndGet();
          } catch (AuditException e) {
            fatal.compareAndSet(null, e); // the store is gone: stop rather than lose messages silently
          } catch (RuntimeException e) {
            failed.incrementAndGet();
            LOG.warn("Could not analyse message {}: {}", key, e.getClass().getSimpleName());
          } finally {
            inFlight.release();
            step.run();
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(365, TimeUnit.DAYS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
      fatal.compareAndSet(null, new AuditException("The audit was interrupted."));
    } catch (RuntimeException e) {
      pool.shutdownNow();
      fatal.compareAndSet(null, e);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    store.progress(runId, done.get(), total == null ? done.get() : total, audited.get(), stored.get() + notTeam.get() + tooOld.get());
    RuntimeException f = fatal.get();
    if (f != null) {
      try {
        store.finishRun(runId, RunStatus.FAILED, f.getMessage());
      } catch (RuntimeException ignored) {
        // the store itself failed; the original error says why
      }
      throw f instanceof AuditException ? f : new AuditException("The audit stopped: " + AuditStore.rootMessage(f), f);
    }
    store.finishRun(runId, RunStatus.DONE, failed.get() == 0 ? null : failed.get() + " message(s) could not be analysed");
    return new Result(runId, read, audited.get(), stored.get(), notTeam.get(), tooOld.get(), failed.get(), seconds);
  }
}
