package candor.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * CORS for exactly two kinds of origin: browser extensions and pages on loopback. Javalin's CORS
 * plugin matches hosts, not schemes such as chrome-extension://, hence this small filter.
 */
final class Cors {
  private static final Pattern ALLOWED = Pattern.compile(
      "^(?:(?:chrome|moz|safari-web)-extension://[A-Za-z0-9._-]+"
          + "|https?://(?:localhost|127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|\\[::1\\])(?::\\d{1,5})?)$");

  private Cors() {}

  static boolean allowed(String origin) {
    return origin != null && ALLOWED.matcher(origin).matches();
  }

  /** The same headers on a raw servlet response (the load-shedding filter answers before Javalin). */
  static void apply(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
    String origin = req.getHeader("Origin");
    if (!allowed(origin)) return;
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Vary", "Origin");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization");
    res.setHeader("Access-Control-Max-Age", "600");
  }

  static void apply(Context ctx) {
    String origin = ctx.header("Origin");
    if (!allowed(origin)) return;
    ctx.header("Access-Control-Allow-Origin", origin);
    ctx.header("Vary", "Origin");
    ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization");
    ctx.header("Access-Control-Max-Age", "600");
  }
}
