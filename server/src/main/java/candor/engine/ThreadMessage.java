package candor.engine;

import java.time.Instant;

/** One earlier message of the thread, oldest first. {@code role} and {@code date} may be null. */
public record ThreadMessage(String from, Role role, Instant date, String text) {
  public ThreadMessage {
    from = from == null ? "" : from;
    text = text == null ? "" : text;
  }
}
