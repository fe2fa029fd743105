package candor.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The minimum body rate, on a clock the test moves. */
class MinRateInputTest {
  private static final long MS = 1_000_000;

  @Test
  void aSmallBodyReadLateWithinTheGraceIsWhole() throws Exception {
    AtomicLong now = new AtomicLong();
    byte[] body = "From a@vendor.com\n".getBytes();
    InputStream in = new MinRateInput(new ByteArrayInputStream(body), 16 * 1024, 10_000, now::get);
    now.addAndGet(50 * MS); // read 50 ms after it arrived: 18 bytes in 50 ms is far below 16 KiB/s
    assertArrayEquals(body, in.readAllBytes());
  }

  @Test
  void pastTheGraceABodyBelowTheRateFailsWith408() throws Exception {
    AtomicLong now = new AtomicLong();
    InputStream in = new MinRateInput(ticking(now, 500 * MS), 1024, 2_000, now::get); // a byte every half second
    for (int i = 0; i < 4; i++) in.read(); // two seconds: still within the grace
    BadRequest e = assertThrows(BadRequest.class, in::read);
    assertEquals(408, e.status());
  }

  @Test
  void pastTheGraceABodyAtTheRateGoesOn() throws Exception {
    AtomicLong now = new AtomicLong();
    InputStream in = new MinRateInput(ticking(now, MS / 2), 1024, 1_000, now::get); // 2,000 bytes a second
    for (int i = 0; i < 10_000; i++) in.read(); // five seconds
  }

  /** An endless body whose every byte moves the clock on by {@code nanosPerByte}. */
  private static InputStream ticking(AtomicLong now, long nanosPerByte) {
    return new InputStream() {
      @Override
      public int read() {
        now.addAndGet(nanosPerByte);
        return 'a';
      }
    };
  }
}
