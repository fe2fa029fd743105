package candor.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where quoted history starts in a body, so that nothing quoted is judged as the draft's own
 * words: an attribution line ("On ..., X wrote:"), an Outlook header block or separator, or the
 * first run of '>' lines. Returns the offset of the first quoted character (text length if none).
 */
public final class QuotedHistory {
  private static final Pattern START = Pattern.compile(
      "(?m)^[ \\t]*(?:On\\b[^\\n]{0,200}?(?:\\n[^\\n]{0,120}?)?wrote:[ \\t]*$"
          + "|-{2,}\\s*Original Message\\s*-{2,}"
          + "|_{10,}[ \\t]*$"
          + "|From:[^\\n]+\\n[ \\t]*(?:Sent|Date):[^\\n]+"
          + "|>)");

  private QuotedHistory() {}

  public static int start(String text) {
    Matcher m = START.matcher(text);
    return m.find() ? m.start() : text.length();
  }
}
