package candor.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that must arrive at a minimum average rate once a grace period has passed, or its
 * read fails with 408. Jetty's own minimum data rate has no grace: it holds a body of a few bytes
 * read a few milliseconds after its first byte (a busy server) to the full rate, and failed it.
 */
public final class MinRateInput extends FilterInputStream {
  private final long bytesPerSecond;
  private final long graceNanos;
  private final java.util.function.LongSupplier nanoTime;
  private final long start;
  private long arrived;

  public MinRateInput(InputStream in, long bytesPerSecond, long graceMs) {
    this(in, bytesPerSecond, graceMs, System::nanoTime);
  }

  MinRateInput(InputStream in, long bytesPerSecond, long graceMs, java.util.function.LongSupplier nanoTime) {
    super(in);
    this.bytesPerSecond = bytesPerSecond;
    this.graceNanos = graceMs * 1_000_000;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    count(Math.max(n, 0));
    return n;
  }

  private void count(int n) {
    arrived += n;
    long elapsed = nanoTime.getAsLong() - start;
    if (bytesPerSecond > 0 && elapsed > graceNanos && arrived < bytesPerSecond * (elapsed / 1_000_000) / 1000) {
      throw new BadRequest(408, "The request body arrived more slowly than " + bytesPerSecond
          + " bytes a second on average (minBodyBytesPerSecond).");
    }
  }
}
