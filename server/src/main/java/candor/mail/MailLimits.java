package candor.mail;

/**
 * Bounds that keep one hostile message from costing more than a normal one.
 *
 * @param maxMessageBytes raw bytes read from the stream; the rest is dropped with a warning
 * @param maxHeaderLineBytes one logical header (with its folded lines); longer ones are cut
 * @param maxHeaderBytes the whole header block; headers past it are dropped
 * @param maxPartBytes decoded bytes read from one text part (HTML markup included)
 * @param maxTextChars chars of text produced for the whole message
 * @param maxDepth multipart nesting; deeper parts are skipped
 * @param maxParts body parts visited in the whole message
 */
public record MailLimits(
    int maxMessageBytes,
    int maxHeaderLineBytes,
    int maxHeaderBytes,
    int maxPartBytes,
    int maxTextChars,
    int maxDepth,
    int maxParts) {

  /** Sized for sales email: generous for real mail, small enough for 10,000-message audits. */
  public static final MailLimits DEFAULT =
      new MailLimits(32 << 20, 64 << 10, 512 << 10, 8 << 20, 200_000, 20, 1_000);

  public MailLimits {
    if (maxMessageBytes <= 0 || maxHeaderLineBytes <= 0 || maxHeaderBytes <= 0
        || maxPartBytes <= 0 || maxTextChars <= 0 || maxDepth <= 0 || maxParts <= 0) {
      throw new IllegalArgumentException("every mail limit must be positive");
    }
  }
}
