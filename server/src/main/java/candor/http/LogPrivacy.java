package candor.http;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Email is private: nothing of a message body may reach the logs, at any level. Jetty's DEBUG
 * output dumps network buffers (request bytes, bodies included), so Jetty's events below INFO are
 * refused whatever levels the logging configuration sets. Installed in code when the server starts,
 * so an operator's own logback file (say, everything at DEBUG) keeps it. {@code NoBodiesInLogsTest}
 * runs every logger at DEBUG and checks no body text gets through.
 */
public final class LogPrivacy extends TurboFilter {
  private static final String[] BUFFER_DUMPING = {"org.eclipse.jetty."};

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != null && level.toInt() < Level.INFO_INT) {
      String name = logger.getName();
      for (String prefix : BUFFER_DUMPING) if (name.startsWith(prefix)) return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  /** Adds the filter to logback once (no-op under another SLF4J binding). */
  public static synchronized void install() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) return;
    for (TurboFilter f : ctx.getTurboFilterList()) if (f instanceof LogPrivacy) return;
    LogPrivacy f = new LogPrivacy();
    f.setName("candor-log-privacy");
    f.setContext(ctx);
    f.start();
    ctx.addTurboFilter(f);
  }
}
