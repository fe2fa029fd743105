package candor.mail;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Cuts oversized headers before Jakarta Mail sees them.
 *
 * <p>A header line of megabytes is legal enough for parsers to accept and costly to decode
 * (RFC 2047 over megabytes, address parsing). We cut each logical header to a byte budget and
 * drop headers past the block budget, so header cost is bounded whatever the input.
 */
final class HeaderSanitizer {

  private HeaderSanitizer() {}

  /** Returns the message with a bounded header block; the same array when nothing was cut. */
  static byte[] sanitize(byte[] msg, int length, MailLimits limits, List<String> warnings) {
    // A message that starts with a folded line has nothing to fold it onto, and Jakarta Mail's
    // InternetHeaders then fails with IndexOutOfBounds (found by fuzzing): drop the leading blanks.
    int lead = 0;
    while (lead < length && (msg[lead] == ' ' || msg[lead] == '\t')) {
      lead++;
    }
    if (lead > 0) {
      warnings.add("whitespace before the first header removed");
      msg = java.util.Arrays.copyOfRange(msg, lead, length);
      length -= lead;
    }
    int headerEnd = headerEnd(msg, length);
    boolean needed = headerEnd > limits.maxHeaderLineBytes() || hasNul(msg, headerEnd);
    if (!needed) {
      return msg;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(length, headerEnd) + 1024);
    int i = 0;
    int kept = 0;
    boolean cutAny = false;
    boolean droppedAny = false;
    while (i < headerEnd) {
      int start = i;
      int end = logicalHeaderEnd(msg, start, headerEnd);
      int len = end - start;
      if (kept >= limits.maxHeaderBytes()) {
        droppedAny = true;
      } else {
        int keep = Math.min(len, limits.maxHeaderLineBytes());
        if (keep < len) {
          cutAny = true;
        }
        for (int k = start; k < start + keep; k++) {
          if (msg[k] != 0) {
            out.write(msg[k]);
          }
        }
        if (keep < len) {
          out.write('\r');
          out.write('\n');
        }
        kept += keep;
      }
      i = end;
    }
    if (cutAny) {
      warnings.add("oversized header cut to " + limits.maxHeaderLineBytes() + " bytes");
    }
    if (droppedAny) {
      warnings.add("headers past " + limits.maxHeaderBytes() + " bytes dropped");
    }
    out.write(msg, headerEnd, length - headerEnd);
    return out.toByteArray();
  }

  /** Index just past the header block (after its blank line), or the length when none. */
  static int headerEnd(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      if (b[i] == '\n') {
        int j = i + 1;
        if (j < length && b[j] == '\r') {
          j++;
        }
        if (j < length && b[j] == '\n') {
          return j + 1;
        }
        if (j >= length) {
          return length;
        }
      }
    }
    return length;
  }

  /** A logical header ends before the next line that does not start with space or tab. */
  private static int logicalHeaderEnd(byte[] b, int start, int limit) {
    int i = start;
    while (i < limit) {
      if (b[i] == '\n') {
        int next = i + 1;
        if (next >= limit || (b[next] != ' ' && b[next] != '\t')) {
          return next;
        }
      }
      i++;
    }
    return limit;
  }

  private static boolean hasNul(byte[] b, int limit) {
    for (int i = 0; i < limit; i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
