package candor.http;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * A request body read as its bytes arrive, holding no thread while it waits for more: what is
 * already here is read on the calling thread (most bodies come with their headers, and need no
 * timer); a body still on its way gets a deadline and continues in demand callbacks. Settled once,
 * by the subclass's answer, the body's end, a failure or the deadline, whichever comes first.
 * {@link WholeBodies} keeps the bytes, {@link Shedding} drops them.
 */
abstract class ArrivingBody {
  enum Step { WHOLE, WAITING, ANSWERED }

  protected final Request request;
  protected final Response response;
  protected final Callback callback;
  private final long deadlineMs;
  private final AtomicBoolean settled = new AtomicBoolean();
  private volatile Scheduler.Task deadline;

  ArrivingBody(Request request, Response response, Callback callback, long deadlineMs) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.deadlineMs = deadlineMs;
  }

  /** Takes one piece of the body; false when it answered the request itself (after {@link #settle}). */
  abstract boolean take(ByteBuffer piece);

  /** The client went away or sent less than it said. */
  abstract void failed();

  /** The deadline passed before the body was whole. */
  abstract void tooSlow();

  /** The body became whole in a demand callback, not on the thread that started reading it. */
  abstract void wholeLater();

  /** Reads what has arrived; asks to be called again when more does. */
  final Step read() {
    while (!settled.get()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        if (deadline == null) deadline = request.getComponents().getScheduler().schedule(this::deadlinePassed, deadlineMs, TimeUnit.MILLISECONDS);
        request.demand(this::readLater);
        return Step.WAITING;
      }
      if (Content.Chunk.isFailure(chunk)) {
        chunk.release();
        if (settle()) failed();
        return Step.ANSWERED;
      }
      boolean taken = take(chunk.getByteBuffer());
      boolean last = chunk.isLast();
      chunk.release();
      if (!taken) return Step.ANSWERED;
      if (last) return Step.WHOLE;
    }
    return Step.ANSWERED;
  }

  /** True for the one caller that settles the body; its timer, if any, is cancelled. */
  final boolean settle() {
    if (!settled.compareAndSet(false, true)) return false;
    Scheduler.Task d = deadline;
    if (d != null) d.cancel();
    return true;
  }

  private void deadlinePassed() {
    if (settle()) tooSlow();
  }

  private void readLater() {
    if (read() == Step.WHOLE && settle()) wholeLater();
  }
}
