package candor.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Turns an analysis request away while every place to run or wait is taken (see
 * {@link AnalysisRunner#tryAdmit}). It is a Jetty handler wrapped around the whole servlet context,
 * not a servlet filter: under overload about half the requests are shed, and every bit of CPU a
 * 503 costs is taken from the analyses being served, so a refusal skips the servlet wrappers,
 * session lookup and filter chain as well as the web framework. The answer is a fixed problem+json
 * body; a request body of known length within the limit is read and dropped so the client reads
 * the 503 on its kept-alive connection (a longer or chunked one closes the connection instead).
 * Dropping it holds no thread (see {@link WholeBodies} for why that matters).
 */
final class Shedding extends Handler.Wrapper {
  private static final byte[] BODY = ("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
      + "\"detail\":\"" + AnalysisRunner.Overloaded.DETAIL + "\"}").getBytes(StandardCharsets.UTF_8);
  private static final String PATH = "/v1/analyze";

  private final AnalysisRunner runner;
  private final long drainLimit;
  private final long deadlineMs;

  Shedding(AnalysisRunner runner, long drainLimit, long deadlineMs) {
    this.runner = runner;
    this.drainLimit = drainLimit;
    this.deadlineMs = deadlineMs;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!"POST".equals(request.getMethod()) || !runner.full() || !PATH.equals(Request.getPathInContext(request))) {
      return super.handle(request, response, callback);
    }
    long length = request.getLength();
    if (length < 0 || length > drainLimit) {
      refuse(request, response, callback, true);
      return true;
    }
    new Drop(request, response, callback).run();
    return true;
  }

  /**
   * Drops a turned-away body as it arrives, without a thread: what is already here is dropped at
   * once (most bodies come with their headers, and are answered with no timer); a client still
   * trickling holds none, and is answered (connection closed) at the body deadline.
   */
  private final class Drop implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile Scheduler.Task deadline;

    Drop(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    @Override
    public void run() {
      while (!answered.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          if (deadline == null) deadline = request.getComponents().getScheduler().schedule(() -> answer(true), deadlineMs, TimeUnit.MILLISECONDS);
          request.demand(this);
          return;
        }
        boolean failed = Content.Chunk.isFailure(chunk);
        boolean last = chunk.isLast();
        chunk.release();
        if (failed || last) {
          answer(failed); // a failure: the client went away or sent less than it said
          return;
        }
      }
    }

    private void answer(boolean close) {
      if (!answered.compareAndSet(false, true)) return;
      Scheduler.Task d = deadline;
      if (d != null) d.cancel();
      refuse(request, response, callback, close);
    }
  }

  /** The fixed 503; {@code close} when the body was not read whole, so the connection cannot be reused. */
  private static void refuse(Request request, Response response, Callback callback, boolean close) {
    HttpFields.Mutable headers = response.getHeaders();
    if (close) headers.put(HttpHeader.CONNECTION, "close");
    Cors.apply(request.getHeaders().get("Origin"), headers::put);
    response.setStatus(503);
    headers.put(HttpHeader.RETRY_AFTER, "1");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(BODY.length));
    response.write(true, ByteBuffer.wrap(BODY).asReadOnlyBuffer(), callback);
  }
}
