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

  static void apply(Context ctx) {
    apply(ctx.header("Origin"), ctx::header);
  }

  static void apply(String origin, java.util.function.BiConsumer<String, String> header) {
    if (!allowed(origin)) return;
    header.accept("Access-Control-Allow-Origin", origin);
    header.accept("Vary", "Origin");
    header.accept("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    header.accept("Access-Control-Allow-Headers", "Content-Type, Authorization");
    header.accept("Access-Control-Max-Age", "600");
  }
}
