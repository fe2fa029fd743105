package candor.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The open-loop client: request i is due at start + i/rate whatever the answers so far, sent on the
 * next free kept-alive connection; latency counts from the due time, so waiting for a free
 * connection is counted (no coordinated omission).
 *
 * <p>One thread with non-blocking sockets, like wrk: the client shares the 2 cores with the server,
 * and a thread per connection (sleeping until each due time, then blocking on the answer) cost
 * about 0.14 cores at 2,500 requests/s, taken from the server being measured. It wakes once a
 * {@link #TICK_NANOS tick} at most.
 */
final class OpenLoop {
  /** The client's wake-up period: about three answers and three sends a tick at 3,000 requests/s. */
  static final long TICK_NANOS = 1_000_000L;

  private final InetSocketAddress address;
  private final String head;
  private final int connections;

  OpenLoop(String host, int port, int connections) {
    this.address = new InetSocketAddress(host, port);
    this.head = "POST /v1/analyze HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\nContent-Length: ";
    this.connections = connections;
  }

  /** One kept-alive connection and the exchange on it, if any. */
  private final class Conn {
    SocketChannel channel;
    SelectionKey key;
    ByteBuffer out;
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    long due;
    /** A request is out and its answer not yet complete. */
    boolean busy;

    void open(Selector selector) throws IOException {
      channel = SocketChannel.open(address);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      channel.configureBlocking(false);
      key = channel.register(selector, 0, this);
    }

    void send(byte[] body, long due) throws IOException {
      this.due = due;
      busy = true;
      byte[] h = (head + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      out = ByteBuffer.allocate(h.length + body.length).put(h).put(body).flip();
      in.clear();
      channel.write(out);
      key.interestOps(out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    void close() {
      try {
        if (channel != null) channel.close();
      } catch (IOException e) {
        // closing anyway
      }
      channel = null;
      busy = false;
    }
  }

  /**
   * Sends {@code total} requests at {@code rate} per second, bodies from {@code bodies}, recording
   * every answer in {@code tally}; returns the rate actually offered (requests over the time from
   * the start to the last send).
   */
  double run(double rate, int total, Supplier<byte[]> bodies, LoadRun.Tally tally) throws IOException {
    try (Selector selector = Selector.open()) {
      ArrayDeque<Conn> idle = new ArrayDeque<>();
      Conn[] all = new Conn[connections];
      for (int c = 0; c < connections; c++) {
        all[c] = new Conn();
        all[c].open(selector);
        idle.add(all[c]);
      }
      ArrayDeque<Long> late = new ArrayDeque<>(); // due times of requests due while no connection was free
      long start = System.nanoTime();
      long lastSend = start;
      int next = 0;
      int answered = 0;
      while (answered < total) {
        long now = System.nanoTime();
        for (; next < total && due(start, next, rate) <= now; next++) late.add(due(start, next, rate));
        while (!late.isEmpty() && !idle.isEmpty()) {
          Conn c = idle.poll();
          long due = late.poll();
          try {
            if (c.channel == null) c.open(selector);
            c.send(bodies.get(), due);
            lastSend = System.nanoTime();
          } catch (IOException e) {
            c.close();
            idle.add(c);
            tally.record(null, e, 0);
            answered++;
          }
        }
        // One wake-up a tick at most, then every answer that came meanwhile at once: woken by each
        // answer, the client switched in and out thousands of times a second on the two cores it
        // shares with the server. Sends and reads keep to within a tick of their time (latency
        // counts from each request's due time, so the tick is measured, not hidden).
        boolean nothingDue = next >= total || due(start, next, rate) > System.nanoTime();
        if (nothingDue || idle.isEmpty()) LockSupport.parkNanos(TICK_NANOS);
        selector.selectNow();
        for (SelectionKey k : selector.selectedKeys()) {
          Conn c = (Conn) k.attachment();
          try {
            if (k.isWritable()) {
              c.channel.write(c.out);
              if (!c.out.hasRemaining()) k.interestOps(SelectionKey.OP_READ);
            } else if (k.isReadable() && !c.busy) {
              // Read interest stays on between exchanges (one epoll update fewer per request each
              // way); an idle connection turns readable only when the server closes it.
              k.cancel();
              c.close();
            } else if (k.isReadable()) {
              LoadRun.Answer a = read(c);
              if (a != null) {
                tally.record(a, null, System.nanoTime() - c.due);
                answered++;
                idle.add(c);
              }
            }
          } catch (IOException | RuntimeException e) {
            k.cancel();
            c.close();
            tally.record(null, e, 0);
            answered++;
            idle.add(c);
          }
        }
        selector.selectedKeys().clear();
      }
      for (Conn c : all) c.close();
      tally.seconds = (System.nanoTime() - start) / 1e9;
      return total / ((lastSend - start) / 1e9);
    }
  }

  /** When request {@code i} is due: {@code i / rate} seconds after {@code start}. */
  private static long due(long start, int i, double rate) {
    return start + (long) (i * 1e9 / rate);
  }

  /** Reads what has arrived; the answer once it is complete, else null. */
  private LoadRun.Answer read(Conn c) throws IOException {
    if (!c.in.hasRemaining()) {
      ByteBuffer bigger = ByteBuffer.allocate(c.in.capacity() * 2);
      c.in.flip();
      c.in = bigger.put(c.in);
    }
    int n = c.channel.read(c.in);
    if (n < 0) throw new IOException("connection closed by the server before the answer was complete");
    byte[] b = c.in.array();
    int length = c.in.position();
    int headEnd = indexOf(b, length, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
    if (headEnd < 0) return null;
    String[] lines = new String(b, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
    ResponseHead head = ResponseHead.parse(lines[0], java.util.Arrays.asList(lines).subList(1, lines.length));
    int bodyStart = headEnd + 4;
    String body;
    if (head.chunked()) {
      body = dechunk(b, bodyStart, length);
      if (body == null) return null;
    } else if (head.contentLength() >= 0) {
      if (length - bodyStart < head.contentLength()) return null;
      body = new String(b, bodyStart, (int) head.contentLength(), StandardCharsets.UTF_8);
    } else {
      throw new IOException("answer without Content-Length or chunked encoding");
    }
    c.busy = false;
    if (head.close()) {
      c.key.cancel();
      c.close();
    }
    return new LoadRun.Answer(head.status(), head.retryAfter(), body);
  }

  /** The body of a complete chunked message, or null while chunks are still to come. */
  private static String dechunk(byte[] b, int from, int length) {
    StringBuilder out = new StringBuilder();
    int at = from;
    while (true) {
      int eol = indexOf(b, length, new byte[] {'\r', '\n'}, at);
      if (eol < 0) return null;
      int size = Integer.parseInt(new String(b, at, eol - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
      at = eol + 2;
      if (size == 0) return indexOf(b, length, new byte[] {'\r', '\n'}, at) < 0 ? null : out.toString();
      if (at + size + 2 > length) return null;
      out.append(new String(b, at, size, StandardCharsets.UTF_8));
      at += size + 2;
    }
  }

  private static int indexOf(byte[] b, int length, byte[] what, int from) {
    outer:
    for (int i = from; i + what.length <= length; i++) {
      for (int k = 0; k < what.length; k++) if (b[i + k] != what[k]) continue outer;
      return i;
    }
    return -1;
  }
}
