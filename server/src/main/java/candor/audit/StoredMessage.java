package candor.audit;

import java.time.Instant;
import java.util.List;

/**
 * One audited message.
 *
 * @param key     the Message-ID, or "sha256:..." of the message's headers and text when it has none
 * @param rep     the sender's address, lower case
 * @param sentAt  the Date header, or null when it had none
 * @param body    the new text, only with --keep-bodies; else null
 */
public record StoredMessage(String key, String rep, Instant sentAt, String subject, List<StoredFinding> findings,
    String body) {
  public StoredMessage {
    findings = List.copyOf(findings);
  }

  public int count(String category) {
    int n = 0;
    for (StoredFinding f : findings) if (f.category().equals(category)) n++;
    return n;
  }
}
