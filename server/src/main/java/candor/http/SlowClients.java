package candor.http;

import io.javalin.config.JettyConfig;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpGenerator;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Bounds what a slow client can hold.
 *
 * <ul>
 *   <li>Headers: Jetty parses them without a thread, but a client trickling one byte at a time
 *       resets the idle timeout forever. A connection whose next request's headers are not complete
 *       within {@code readTimeoutMs} of the previous response being written out (or of opening) is closed. This also
 *       closes keep-alive connections idle that long, which the idle timeout does anyway.
 *   <li>Silence: the connector's idle timeout is {@code readTimeoutMs}.
 *   <li>Body: {@link WholeBodies} (and {@link Shedding}, for a body turned away) reads it as it
 *       arrives, without a thread, and gives up (408, connection closed) past {@link #bodyDeadlineMs};
 *       {@link Bodies#read} keeps the same deadline for the routes read on a request thread. The
 *       analysis pool is not involved until the body is in. An audit upload, streamed to disk on a
 *       request thread, must arrive at {@code minBodyBytesPerSecond} on average after the first
 *       {@code readTimeoutMs} ({@link MinRateInput}), and only
 *       {@code auditConcurrentUploads} are read at once.
 * </ul>
 *
 * Jetty has no header-read timeout of its own (its data-rate limits only cover content), hence this.
 */
final class SlowClients implements Connection.Listener, AutoCloseable {
  private final long readTimeoutMs;
  /** Per open connection: [requests completed when last seen, time (ms) that phase began]. */
  private final Map<Connection, long[]> open = new ConcurrentHashMap<>();
  private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "candor-slow-client-sweeper");
    t.setDaemon(true);
    return t;
  });

  private SlowClients(long readTimeoutMs) {
    this.readTimeoutMs = readTimeoutMs;
    long period = Math.max(100, Math.min(1000, readTimeoutMs / 4));
    sweeper.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  /** Replaces Javalin's default connector with one that has these limits; returns the guard to close. */
  static SlowClients install(JettyConfig jetty, String host, int port, long readTimeoutMs) {
    SlowClients guard = new SlowClients(readTimeoutMs);
    jetty.addConnector((server, http) -> {
      http.setIdleTimeout(readTimeoutMs);
      ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
      c.setHost(host);
      c.setPort(port);
      c.setIdleTimeout(readTimeoutMs);
      c.addBean(guard);
      return c;
    });
    return guard;
  }

  /** How long reading one request body may take in all (a trickled body is cut off after this). */
  static long bodyDeadlineMs(long readTimeoutMs) {
    return 3 * readTimeoutMs;
  }

  @Override
  public void onOpened(Connection connection) {
    open.put(connection, new long[] {0, System.currentTimeMillis()});
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  private void sweep() {
    long now = System.currentTimeMillis();
    for (Map.Entry<Connection, long[]> e : open.entrySet()) {
      Connection c = e.getKey();
      long[] seen = e.getValue();
      long in = c.getMessagesIn();
      long out = c.getMessagesOut();
      if (in > out || writing(c)) {
        // A request is being handled (its body read and analysis have their own limits), or its
        // answer is still going out (Jetty counts a response out at commit, not at its last byte;
        // a client that stops reading is the idle timeout's to close).
        seen[1] = now;
        continue;
      }
      if (out != seen[0]) {
        seen[0] = out; // a response went out since the last look: the wait for the next request starts now
        seen[1] = now;
        continue;
      }
      if (now - seen[1] > readTimeoutMs) {
        open.remove(c);
        c.getEndPoint().close();
      }
    }
  }

  /** Whether a committed response is still being written; read off-thread, so a sweep may be one late. */
  private static boolean writing(Connection c) {
    if (!(c instanceof HttpConnection http)) return false;
    HttpGenerator g = http.getGenerator();
    return g.isCommitted() && !g.isEnd();
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }
}
