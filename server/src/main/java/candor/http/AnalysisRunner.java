package candor.http;

import candor.annotate.Cancellation;
import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.engine.Engine;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs analyses on a fixed pool with a bounded queue: a full queue answers 503 rather than piling
 * up work, and an analysis past its time budget is interrupted and answered with 422.
 */
final class AnalysisRunner implements AutoCloseable {
  private final Engine engine;
  private final long budgetMs;
  private final ThreadPoolExecutor pool;

  AnalysisRunner(Engine engine, int workers, int queue, long budgetMs) {
    this.engine = engine;
    this.budgetMs = budgetMs;
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
        r -> {
          Thread t = new Thread(r, "candor-analysis-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  Analysis run(AnalysisRequest request) {
    Future<Analysis> f;
    try {
      f = pool.submit(() -> engine.analyze(request));
    } catch (RejectedExecutionException e) {
      throw new Overloaded();
    }
    try {
      return f.get(budgetMs, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new BadRequest(422, "Analysing this input took longer than the time budget of " + budgetMs
          + " ms; send a shorter draft or thread.");
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new Overloaded();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Cancellation.AnalysisCancelledException) {
        throw new BadRequest(422, "The analysis was cut off at its time budget of " + budgetMs + " ms.");
      }
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    }
  }

  int queued() {
    return pool.getQueue().size();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** The work queue is full: the client should retry shortly. */
  static final class Overloaded extends RuntimeException {
    Overloaded() {
      super("overloaded", null, false, false);
    }
  }
}
