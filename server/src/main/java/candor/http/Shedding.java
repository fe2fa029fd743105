package candor.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
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
 */
final class Shedding extends Handler.Wrapper {
  private static final byte[] BODY = ("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
      + "\"detail\":\"" + AnalysisRunner.Overloaded.DETAIL + "\"}").getBytes(StandardCharsets.UTF_8);
  private static final String PATH = "/v1/analyze";

  private final AnalysisRunner runner;
  private final long drainLimit;

  Shedding(AnalysisRunner runner, long drainLimit) {
    this.runner = runner;
    this.drainLimit = drainLimit;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!"POST".equals(request.getMethod()) || !runner.full() || !PATH.equals(Request.getPathInContext(request))) {
      return super.handle(request, response, callback);
    }
    long length = request.getLength();
    HttpFields.Mutable headers = response.getHeaders();
    if (length >= 0 && length <= drainLimit) {
      try {
        Content.Source.consumeAll(request);
      } catch (Exception e) {
        headers.put(HttpHeader.CONNECTION, "close"); // the client went away or sent less than it said
      }
    } else {
      headers.put(HttpHeader.CONNECTION, "close");
    }
    Cors.apply(request.getHeaders().get("Origin"), headers::put);
    response.setStatus(503);
    headers.put(HttpHeader.RETRY_AFTER, "1");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(BODY.length));
    response.write(true, ByteBuffer.wrap(BODY).asReadOnlyBuffer(), callback);
    return true;
  }
}
