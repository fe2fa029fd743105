package candor.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads a POSTed body in full before any request thread sees it. The routes read bodies with
 * blocking calls, so a client trickling its body would hold one of the bounded request threads
 * (see {@code Config.httpThreads}) until the body deadline; read here, as the bytes arrive, it holds
 * only its connection. A body not in within the deadline is answered 408 and its connection closed;
 * one larger than the limit is passed on unread, and the route refuses it (413) as before.
 *
 * <p>No thread bounds how many bodies are held at once any more, so memory does: the bodies being
 * read or handled may hold at most {@code budget} bytes in all (a declared length is counted before
 * the first byte is read, a chunked body as it grows). A body that would go past it is answered 503
 * with Retry-After, its connection closed, rather than letting many large uploads exhaust the heap.
 */
final class WholeBodies extends Handler.Wrapper {
  private static final Set<String> PATHS = Set.of("/v1/analyze", "/v2/check", "/v1/feedback");
  static final String OVER_BUDGET = "The server is holding as many request bodies as its memory allows; retry shortly.";

  private final long limit;
  private final long deadlineMs;
  private final long budget;
  /** Bytes counted against {@link #budget} by the bodies now being read or handled. */
  private final AtomicLong held = new AtomicLong();

  WholeBodies(long limit, long deadlineMs, long budget) {
    this.limit = limit;
    this.deadlineMs = deadlineMs;
    this.budget = budget;
  }

  /** Bytes the bodies being read or handled hold now (for tests). */
  long held() {
    return held.get();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long length = request.getLength();
    if (!"POST".equals(request.getMethod()) || length == 0 || length > limit
        || !PATHS.contains(Request.getPathInContext(request))) {
      return super.handle(request, response, callback);
    }
    new Reading(request, response, callback).start();
    return true;
  }

  /** One body being read and kept (see {@link ArrivingBody}), counted against the budget. */
  private final class Reading extends ArrivingBody {
    /** Made once the body's declared length is within the budget, not before. */
    private ByteArrayOutputStream bytes;
    /** Bytes this body counts against the budget; given back once, when it is answered. */
    private long counted;
    private boolean givenBack;

    Reading(Request request, Response response, Callback callback) {
      super(request, response, callback, deadlineMs);
    }

    /** Most bodies are whole at once: those go straight on, on this (request) thread. */
    void start() throws Exception {
      long length = request.getLength();
      if (length > 0 && !count(length)) {
        settle();
        respond(503, OVER_BUDGET);
        return;
      }
      bytes = new ByteArrayOutputStream(length > 0 ? (int) length : 8192);
      if (read() == Step.WHOLE && settle()) handleWhole();
    }

    /** Counts {@code n} more bytes against the budget, unless that would go past it. */
    private synchronized boolean count(long n) {
      if (givenBack) return false; // answered meanwhile (the deadline): nothing more is counted
      if (held.addAndGet(n) > budget) {
        held.addAndGet(-n);
        return false;
      }
      counted += n;
      return true;
    }

    private synchronized void giveBack() {
      if (givenBack) return;
      givenBack = true;
      held.addAndGet(-counted);
    }

    @Override
    boolean take(ByteBuffer piece) {
      if (bytes.size() + (long) piece.remaining() > limit) {
        // Only a chunked body gets here (a declared length over the limit is never read): the
        // connection is closed, as the route does when a chunked body runs past its limit.
        if (settle()) respond(413, "The request body is larger than " + limit + " bytes.");
        return false;
      }
      if (request.getLength() < 0 && !count(piece.remaining())) {
        if (settle()) respond(503, OVER_BUDGET); // else answered already, by the deadline
        return false;
      }
      byte[] copy = new byte[piece.remaining()];
      piece.get(copy);
      bytes.write(copy, 0, copy.length);
      return true;
    }

    @Override
    void failed() {
      respond(400, "The request body could not be read.");
    }

    @Override
    void tooSlow() {
      respond(408, "The request body arrived too slowly (more than " + deadlineMs + " ms).");
    }

    /** Whole in a demand callback: a request thread takes over, as one would have had it. */
    @Override
    void wholeLater() {
      request.getComponents().getThreadPool().execute(() -> {
        try {
          handleWhole();
        } catch (Throwable x) {
          callback.failed(x);
        }
      });
    }

    /** The rest, as it would have run, with the body served from memory. */
    private void handleWhole() throws Exception {
      try {
        Request whole = new Buffered(request, ByteBuffer.wrap(bytes.toByteArray()));
        if (!WholeBodies.super.handle(whole, response, callback)) Response.writeError(whole, response, callback, 404);
      } finally {
        giveBack(); // the route has answered, or holds its own copy while its analysis runs or waits
      }
    }

    private void respond(int status, String detail) {
      giveBack();
      Problem.send(request, response, callback, status, Problem.bytes(status, detail), true);
    }
  }

  /** The request with its body already read: one chunk, then the end. */
  private static final class Buffered extends Request.Wrapper {
    private ByteBuffer body;

    Buffered(Request request, ByteBuffer body) {
      super(request);
      this.body = body;
    }

    @Override
    public Content.Chunk read() {
      ByteBuffer b = body;
      body = null;
      return b == null ? Content.Chunk.EOF : Content.Chunk.from(b, true);
    }

    @Override
    public void demand(Runnable demandCallback) {
      demandCallback.run(); // everything is already here
    }
  }
}
