package candor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the raw-mail parser: {@link MailReader#read(byte[])} never throws (broken input is
 * repaired or cut, with a warning) and {@link ReplySplitter} returns spans inside the text it was
 * given, in order. In the test command this runs the seed corpus only
 * ({@code MailFuzzTestInputs/readMail}: SpamAssassin messages and past crashes);
 * {@code scripts/fuzz.sh mail} fuzzes for real, with Jakarta Mail and Angus instrumented.
 */
class MailFuzzTest {
  private static final MailReader READER = new MailReader();
  private static final ReplySplitter SPLITTER = new ReplySplitter();

  @FuzzTest(maxDuration = "5m")
  void readMail(byte[] raw) {
    ParsedMail mail = READER.read(raw);
    assertNotNull(mail.text());
    checkSplit(mail.text());
  }

  static void checkSplit(String text) {
    SplitBody split = SPLITTER.split(text);
    assertTrue(0 <= split.newTextEnd() && split.newTextEnd() <= text.length(), "newTextEnd " + split.newTextEnd());
    int last = 0;
    for (Span s : split.newText()) {
      assertTrue(s.start() >= last && s.end() <= text.length(), "new-text span " + s + " of " + text.length());
      last = s.end();
    }
    if (split.signature() != null) {
      Span sig = split.signature();
      assertTrue(0 <= sig.start() && sig.end() <= text.length(), "signature " + sig + " of " + text.length());
      // Only a postscript may follow the signature: no new-text span overlaps it.
      for (Span s : split.newText()) {
        assertTrue(s.end() <= sig.start() || s.start() >= sig.end(), "signature " + sig + " overlaps " + s);
      }
    }
    assertEquals(split.newText().size(), split.newText(text).isEmpty() && split.newText().isEmpty() ? 0 : split.newText().size());
    for (QuotedMessage q : split.quoted()) {
      assertNotNull(q.text());
    }
  }
}
