package candor.http;

import candor.annotate.Cancellation;
import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.engine.Engine;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs analyses on a fixed pool with a bounded queue, apart from the HTTP threads (a slow client
 * never holds an analysis worker: the body is read before the analysis is queued).
 *
 * <ul>
 *   <li>A full queue answers 503 at once rather than piling up work.
 *   <li>An analysis that waited in the queue longer than {@code maxQueueWaitMs} is dropped with 503
 *       too, so accepted requests keep a bounded latency under overload.
 *   <li>The time budget counts from when the analysis starts, not from when it was queued; past it
 *       the worker is interrupted and the request answered with 422.
 * </ul>
 */
final class AnalysisRunner implements AutoCloseable {
  private final Engine engine;
  private final long budgetMs;
  private final long maxQueueWaitMs;
  private final ThreadPoolExecutor pool;
  /** Places for analysis requests, taken before the body is read: as many as can run or wait. */
  private final java.util.concurrent.Semaphore places;

  AnalysisRunner(Engine engine, int workers, int queue, long budgetMs) {
    this(engine, workers, queue, budgetMs, Long.MAX_VALUE);
  }

  AnalysisRunner(Engine engine, int workers, int queue, long budgetMs, long maxQueueWaitMs) {
    this.engine = engine;
    this.budgetMs = budgetMs;
    this.maxQueueWaitMs = maxQueueWaitMs;
    this.places = new java.util.concurrent.Semaphore(workers + Math.max(1, queue));
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(Math.max(1, queue)),
        r -> {
          Thread t = new Thread(r, "candor-analysis-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** A queued analysis that records when a worker picked it up. */
  private final class Job extends FutureTask<Analysis> {
    volatile long startedNanos;

    Job(AnalysisRequest request) {
      super(() -> engine.analyze(request));
    }

    @Override
    public void run() {
      startedNanos = System.nanoTime();
      super.run();
    }
  }

  Analysis run(AnalysisRequest request) {
    Job job = new Job(request);
    try {
      pool.execute(job);
    } catch (RejectedExecutionException e) {
      throw new Overloaded();
    }
    long queuedAt = System.nanoTime();
    try {
      while (true) {
        long started = job.startedNanos;
        long waitMs;
        if (started == 0) {
          long queuedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - queuedAt);
          if (queuedMs >= maxQueueWaitMs) {
            if (pool.remove(job) || job.startedNanos == 0) {
              job.cancel(false);
              throw new Overloaded();
            }
            continue; // a worker took it just now
          }
          waitMs = Math.min(Math.max(1, maxQueueWaitMs - queuedMs), 50);
        } else {
          long ranMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
          if (ranMs >= budgetMs) throw new TimeoutException();
          waitMs = budgetMs - ranMs;
        }
        try {
          return job.get(waitMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // loop: either still queued, or check the budget again
        }
      }
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new BadRequest(422, "Analysing this input took longer than the time budget of " + budgetMs
          + " ms; send a shorter draft or thread.");
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new Overloaded();
    } catch (CancellationException e) {
      throw new Overloaded();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Cancellation.AnalysisCancelledException) {
        throw new BadRequest(422, "The analysis was cut off at its time budget of " + budgetMs + " ms.");
      }
      if (e.getCause() instanceof RuntimeException re) throw re;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Takes a place for one analysis request once its body is read, before it is parsed; false when every place
   * is taken (the request is then turned away at once). A place is held until {@link #release}:
   * admitting by the queue's free space alone let many requests parse for one free slot under
   * overload, and every one but one was then refused after paying for its parse.
   */
  boolean tryAdmit() {
    return places.tryAcquire();
  }

  void release() {
    places.release();
  }

  /** Every place is taken right now: a request can be refused before its body is even read. */
  boolean full() {
    return places.availablePermits() == 0;
  }

  int queued() {
    return pool.getQueue().size();
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** The work queue is full (or the wait in it too long): the client should retry shortly. */
  static final class Overloaded extends RuntimeException {
    /** The problem detail of every 503, whether the shedding handler or the runner turns the request away. */
    static final String DETAIL = "The server is busy analysing other drafts; retry in a moment.";

    Overloaded() {
      super("overloaded", null, false, false);
    }
  }
}
