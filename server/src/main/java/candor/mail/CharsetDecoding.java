package candor.mail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes of a text part into a String without ever throwing.
 *
 * <p>Mail often lies about its charset: "utf-8" on Windows-1252 bytes, "us-ascii" on 8-bit
 * text, labels Java does not know. We decode strictly first and fall back the way browsers do
 * (Windows-1252 for ISO-8859-1), so a wrong label costs a warning, not the message.
 */
final class CharsetDecoding {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CharsetDecoding() {}

  static String decode(byte[] bytes, int length, String label, List<String> warnings) {
    Charset declared = lookup(label);
    if (label != null && !label.isBlank() && declared == null) {
      warnings.add("unknown charset '" + clip(label) + "', guessed from the bytes");
    }
    if (declared != null && !isUtf8OrAscii(declared)) {
      // Latin-1 labels mostly mean Windows-1252 (curly quotes in 0x80-0x9F), as in WHATWG.
      Charset cs = declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared;
      return lenient(bytes, length, cs);
    }
    String strict = strictUtf8(bytes, length);
    if (strict != null) {
      return strict;
    }
    if (hasValidMultiByteUtf8(bytes, length)) {
      warnings.add("invalid UTF-8 replaced");
      return lenient(bytes, length, StandardCharsets.UTF_8);
    }
    if (declared != null) {
      warnings.add("charset '" + clip(label) + "' does not match the bytes, read as windows-1252");
    }
    return lenient(bytes, length, WINDOWS_1252);
  }

  static Charset lookup(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.trim().replace("\"", "").replace("'", "");
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      // IllegalCharsetNameException, UnsupportedCharsetException: both mean "unknown".
      return null;
    }
  }

  private static boolean isUtf8OrAscii(Charset cs) {
    return cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII);
  }

  private static String strictUtf8(byte[] bytes, int length) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int length, Charset cs) {
    try {
      CharBuffer out = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, 0, length));
      return out.toString();
    } catch (CharacterCodingException | RuntimeException e) {
      // Some exotic decoders misbehave; Windows-1252 decodes every byte.
      return new String(bytes, 0, length, WINDOWS_1252);
    }
  }

  /** True when the bytes hold at least one well-formed UTF-8 sequence of two or more bytes. */
  static boolean hasValidMultiByteUtf8(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      int c = b[i] & 0xFF;
      int need = c >= 0xF5 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : 0;
      if (need == 0) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k <= need; k++) {
        if (i + k >= length || (b[i + k] & 0xC0) != 0x80) {
          ok = false;
          break;
        }
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  private static String clip(String s) {
    String t = s.strip();
    return t.length() > 40 ? t.substring(0, 40) + "..." : t;
  }
}
