package candor.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns an analysis request away while every place to run or wait is taken (see
 * {@link AnalysisRunner#tryAdmit}), in front of the web framework: under
 * overload half the requests are shed, and every bit of CPU a 503 costs is taken from the
 * analyses being served. The answer is a fixed problem+json body; the request body is drained
 * (up to a limit) so the client reads the 503 on its kept-alive connection.
 */
final class Shedding implements Filter {
  private static final byte[] BODY = ("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
      + "\"detail\":\"The server is busy analysing other drafts; retry in a moment.\"}").getBytes(StandardCharsets.UTF_8);
  private static final ThreadLocal<byte[]> DRAIN = ThreadLocal.withInitial(() -> new byte[8192]);

  private final AnalysisRunner runner;
  private final long drainLimit;

  Shedding(AnalysisRunner runner, long drainLimit) {
    this.runner = runner;
    this.drainLimit = drainLimit;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    if (!"POST".equals(req.getMethod()) || !runner.full()) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse res = (HttpServletResponse) response;
    drain(req);
    Cors.apply(req, res);
    res.setStatus(503);
    res.setHeader("Retry-After", "1");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setContentType("application/problem+json");
    res.setContentLength(BODY.length);
    res.getOutputStream().write(BODY);
  }

  private void drain(HttpServletRequest req) {
    if (req.getContentLengthLong() > drainLimit) return; // too big to read: the connection closes instead
    byte[] buf = DRAIN.get();
    try (InputStream in = req.getInputStream()) {
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0 && (total += n) <= drainLimit) {
        // discard
      }
    } catch (IOException e) {
      // the client went away; nothing to answer
    }
  }
}
