package candor.mail;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One raw message, decoded. Immutable. Never holds attachments, only the readable text.
 *
 * @param messageId  the Message-ID with angle brackets, or "" when absent
 * @param inReplyTo  the first id of In-Reply-To, or "" when absent
 * @param references the ids of References, oldest first
 * @param from       "Name &lt;addr&gt;", or just "addr" when there is no name, or "" when absent
 * @param fromAddress the bare address of From, or ""
 * @param to         recipients as "Name &lt;addr&gt;" or "addr"
 * @param cc         copy recipients, same form
 * @param subject    the decoded subject, or ""
 * @param date       the Date header, or null when absent or unreadable
 * @param text       the body as plain text, lines joined by "\n"; HTML quotes become "&gt; " lines
 * @param warnings   what was repaired, skipped or truncated; never contains body text
 */
public record ParsedMail(
    String messageId,
    String inReplyTo,
    List<String> references,
    String from,
    String fromAddress,
    List<String> to,
    List<String> cc,
    String subject,
    Instant date,
    String text,
    List<String> warnings) {

  public ParsedMail {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(inReplyTo, "inReplyTo");
    references = List.copyOf(references);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(fromAddress, "fromAddress");
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }
}
