package candor.audit;

import java.time.Instant;

/** An audit's state: running, done or failed, with its progress. {@code total} may be null (unknown). */
public record RunStatus(String id, String source, String status, int done, Integer total, int audited, int skipped,
    String error, Instant startedAt, Instant finishedAt) {
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";
}
