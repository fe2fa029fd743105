package candor.http;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** RFC 9457 problem details: every error the API returns has this shape. */
final class Problem {
  private Problem() {}

  static void send(Context ctx, int status, String detail) {
    ctx.status(status);
    ctx.contentType("application/problem+json");
    ctx.result(Bodies.write(body(status, detail)));
  }

  private static Map<String, Object> body(int status, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title(status));
    body.put("status", status);
    body.put("detail", detail);
    return body;
  }

  /** The problem's JSON, for a Jetty handler to write (made once where the answer is fixed). */
  static byte[] bytes(int status, String detail) {
    return Bodies.write(body(status, detail)).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Answers from a Jetty handler in front of the routes (no Javalin context there) with the headers
   * the routes give: CORS, nosniff, and Retry-After on a 503; {@code close} when the body was not
   * read whole, so the connection cannot carry another request.
   */
  static void send(Request request, Response response, Callback callback, int status, byte[] json, boolean close) {
    HttpFields.Mutable headers = response.getHeaders();
    if (close) headers.put(HttpHeader.CONNECTION, "close");
    Cors.apply(request.getHeaders().get("Origin"), headers::put);
    response.setStatus(status);
    if (status == 503) headers.put(HttpHeader.RETRY_AFTER, "1");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    headers.put(HttpHeader.CONTENT_LENGTH, Integer.toString(json.length));
    response.write(true, ByteBuffer.wrap(json).asReadOnlyBuffer(), callback);
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 422 -> "Unprocessable Content";
      case 429 -> "Too Many Requests";
      case 503 -> "Service Unavailable";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
