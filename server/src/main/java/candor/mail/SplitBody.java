package candor.mail;

import java.util.List;
import java.util.StringJoiner;

/**
 * A plain-text body split into the sender's new words, their signature and the quoted history.
 *
 * <p>Offsets are UTF-16 indexes into the string given to {@link ReplySplitter#split(String)}.
 *
 * @param newTextEnd end of the new text: everything the sender wrote lies in [0, newTextEnd),
 *     without trailing blank lines, the signature (unless a postscript follows it) or the history after it. Quoted lines
 *     inside that range (bottom-posting, inline replies) are not new text; use {@code newText}.
 * @param newText the new text exactly: one span per unquoted block, in order
 * @param signature the sign-off, "-- " signature or mobile footer, or null; it overlaps no
 *     new-text span and follows all of them but a postscript ("P.S. ...") written after it
 * @param quoted the earlier messages, oldest first
 */
public record SplitBody(int newTextEnd, List<Span> newText, Span signature,
    List<QuotedMessage> quoted) {

  public SplitBody {
    newText = List.copyOf(newText);
    quoted = List.copyOf(quoted);
  }

  /** The new text of {@code body}, blocks joined by a blank line. */
  public String newText(String body) {
    StringJoiner j = new StringJoiner("\n\n");
    for (Span s : newText) {
      j.add(s.of(body));
    }
    return j.toString();
  }

  /** The signature text of {@code body}, or "" when there is none. */
  public String signatureText(String body) {
    return signature == null ? "" : signature.of(body);
  }
}
