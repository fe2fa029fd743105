package candor.annotate;

/**
 * Cooperative cut-off for long analyses: the HTTP layer interrupts a worker whose analysis ran past
 * its time budget, and the loops over sentences call {@link #check()} so the worker stops promptly.
 */
public final class Cancellation {
  private Cancellation() {}

  public static void check() {
    if (Thread.currentThread().isInterrupted()) throw new AnalysisCancelledException();
  }

  /** Thrown inside an analysis whose thread was interrupted. */
  public static final class AnalysisCancelledException extends RuntimeException {
    public AnalysisCancelledException() {
      super("analysis cancelled", null, false, false);
    }
  }
}
