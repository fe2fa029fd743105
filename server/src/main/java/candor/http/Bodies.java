package candor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reading request bodies within a byte limit (also when chunked), and writing JSON. */
final class Bodies {
  static final ObjectMapper JSON = Json.mapper();

  private Bodies() {}

  /** Up to this many bytes of an oversized body are read and dropped, so the client gets its 413 instead of a reset. */
  static final long DRAIN_LIMIT = 16L * 1024 * 1024;
  private static final ThreadLocal<byte[]> DRAIN_BUFFER = ThreadLocal.withInitial(() -> new byte[8192]);

  static byte[] read(Context ctx, long limit) {
    return read(ctx, limit, Long.MAX_VALUE);
  }

  /**
   * Reads the body, giving up with 408 (and closing the connection) once reading has taken longer
   * than {@code deadlineMs} in all: a client trickling its body cannot hold a request thread for
   * longer than that plus one idle timeout.
   */
  static byte[] read(Context ctx, long limit, long deadlineMs) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      if (declared <= DRAIN_LIMIT) drain(ctx);
      throw tooLarge(declared, limit);
    }
    long start = System.nanoTime();
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > limit) {
          drain(ctx);
          throw tooLarge(total, limit);
        }
        out.write(buf, 0, n);
        if (deadlineMs != Long.MAX_VALUE && (System.nanoTime() - start) / 1_000_000 > deadlineMs) {
          ctx.header("Connection", "close");
          throw new BadRequest(408, "The request body arrived too slowly (more than " + deadlineMs + " ms).");
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      ctx.header("Connection", "close");
      throw new BadRequest(400, "The request body could not be read: " + e.getClass().getSimpleName());
    }
  }

  /** Drops whatever of the body is still unread (bounded), before an early answer such as 503. */
  static void drainUnread(Context ctx) {
    if (ctx.req().getContentLengthLong() <= DRAIN_LIMIT) drain(ctx);
  }

  private static void drain(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buf = DRAIN_BUFFER.get();
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0 && (total += n) <= DRAIN_LIMIT) {
        // discard
      }
    } catch (IOException e) {
      // The client went away; the 413 is still the answer.
    }
  }

  /** The media type without parameters, lower-cased; empty when absent. */
  static String mediaType(Context ctx) {
    String ct = ctx.header("Content-Type");
    if (ct == null) return "";
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BadRequest tooLarge(long size, long limit) {
    return new BadRequest(413, "The request body is larger than the limit of " + limit + " bytes"
        + (size > 0 ? " (at least " + size + " bytes sent)." : "."));
  }
}
