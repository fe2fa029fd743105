package candor.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

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
  private static final byte[] BODY = Problem.bytes(503, AnalysisRunner.Overloaded.DETAIL);
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
      Problem.send(request, response, callback, 503, BODY, true);
      return true;
    }
    Drop drop = new Drop(request, response, callback, deadlineMs);
    if (drop.read() == ArrivingBody.Step.WHOLE && drop.settle()) Problem.send(request, response, callback, 503, BODY, false);
    return true;
  }

  /**
   * A turned-away body, dropped as it arrives (see {@link ArrivingBody}): answered 503 on its
   * kept-alive connection once whole, or with the connection closed when it fails or is too slow.
   */
  private static final class Drop extends ArrivingBody {
    Drop(Request request, Response response, Callback callback, long deadlineMs) {
      super(request, response, callback, deadlineMs);
    }

    @Override
    boolean take(ByteBuffer piece) {
      return true;
    }

    @Override
    void failed() {
      Problem.send(request, response, callback, 503, BODY, true);
    }

    @Override
    void tooSlow() {
      Problem.send(request, response, callback, 503, BODY, true);
    }

    @Override
    void wholeLater() {
      Problem.send(request, response, callback, 503, BODY, false);
    }
  }
}
