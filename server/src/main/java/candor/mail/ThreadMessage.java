package candor.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of a conversation, reduced to what the engine reads.
 *
 * @param from    "Name &lt;addr&gt;", a bare name or address, or ""
 * @param date    null when unknown
 * @param subject "" when unknown
 * @param text    the message's own words: no quoted history, no signature when it was found
 */
public record ThreadMessage(String from, Instant date, String subject, String text) {

  public ThreadMessage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }
}
