package candor.load;

import java.util.List;
import java.util.Locale;

/** What the load clients need of an HTTP/1.1 response head: status, framing, keep-alive and Retry-After. */
record ResponseHead(int status, long contentLength, boolean chunked, boolean close, String retryAfter) {
  /** Parses the status line and the header lines (without the blank line that ends them). */
  static ResponseHead parse(String statusLine, List<String> headers) {
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    long contentLength = -1;
    boolean chunked = false;
    boolean close = false;
    String retryAfter = null;
    for (String h : headers) {
      int colon = h.indexOf(':');
      if (colon < 0) continue;
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> contentLength = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        case "retry-after" -> retryAfter = value;
        default -> { }
      }
    }
    return new ResponseHead(status, contentLength, chunked, close, retryAfter);
  }
}
