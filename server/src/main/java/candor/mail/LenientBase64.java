package candor.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

/**
 * Decodes a base64 text part that may end in garbage.
 *
 * <p>Mailing lists append their plain-text footer to base64 bodies, and spam truncates them;
 * a strict decoder then throws away the whole buffer it was working on. We decode the leading
 * base64 lines and stop at the first line that is not base64.
 */
final class LenientBase64 {

  private LenientBase64() {}

  /** Reads at most {@code maxEncoded} bytes of {@code in} and returns the decoded bytes. */
  static byte[] decode(InputStream in, int maxEncoded) throws IOException {
    byte[] raw = in.readNBytes(maxEncoded);
    ByteArrayOutputStream alphabet = new ByteArrayOutputStream(raw.length);
    int lineStart = 0;
    boolean data = false;
    outer:
    for (int i = 0; i <= raw.length; i++) {
      if (i < raw.length && raw[i] != '\n') {
        continue;
      }
      // One line: [lineStart, i). Keep it only if it is all base64.
      int kept = alphabet.size();
      boolean blank = true;
      for (int k = lineStart; k < i; k++) {
        byte b = raw[k];
        if (b == '\r' || b == ' ' || b == '\t') {
          continue;
        }
        blank = false;
        if (b == '=') {
          break outer; // padding: the data ends here
        }
        if (!isAlphabet(b)) {
          // A non-base64 line after data ends it; before data it is skipped.
          if (data) {
            byte[] sofar = alphabet.toByteArray();
            alphabet.reset();
            alphabet.write(sofar, 0, kept);
            break outer;
          }
          alphabet.reset();
          blank = true; // a skipped line counts as no data
          break;
        }
        alphabet.write(b);
      }
      if (blank && data) {
        break; // base64 bodies have no blank lines inside; what follows is a footer
      }
      if (!blank) {
        data = true;
      }
      lineStart = i + 1;
    }
    byte[] chars = alphabet.toByteArray();
    int usable = chars.length - (chars.length % 4 == 1 ? 1 : 0);
    StringBuilder s = new StringBuilder(usable + 2);
    for (int i = 0; i < usable; i++) {
      s.append((char) chars[i]);
    }
    while (s.length() % 4 != 0) {
      s.append('=');
    }
    try {
      return Base64.getDecoder().decode(s.toString());
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  private static boolean isAlphabet(byte b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
        || b == '+' || b == '/';
  }
}
