package candor.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * An earlier message recovered from quoted history, with its "&gt;" markers removed.
 *
 * @param from    "Name &lt;addr&gt;", a bare name or address, or "" when the header did not say
 * @param date    when the header gave one; a date without a zone is read as UTC
 * @param subject from an Outlook-style header block, else ""
 * @param text    the message's own words, without the history it quoted in turn
 * @param level   1 for the message directly replied to, 2 for the one before it, and so on
 */
public record QuotedMessage(String from, Instant date, String subject, String text, int level) {

  public QuotedMessage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    if (level < 1) {
      throw new IllegalArgumentException("level starts at 1");
    }
  }
}
