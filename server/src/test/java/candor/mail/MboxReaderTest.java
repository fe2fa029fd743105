package candor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MboxReaderTest {

  private static final String MBOX = """
      From dana@inkstone.io Tue Mar  3 10:14:00 2026
      From: Dana Kim <dana@inkstone.io>
      Subject: One
      Message-ID: <1@x>

      First body.
      >From the start, we planned this.
      >>From is escaped twice here.
      From here on nothing is a separator
      
      From sam@acme.com Tue Mar  3 11:00:00 2026
      From: Sam Ortiz <sam@acme.com>
      Subject: Two
      Message-ID: <2@x>
      In-Reply-To: <1@x>

      Second body.

      From the desk of Sam

      From lee@acme.com Wed Mar  4 09:00:00 2026
      From: Lee Park <lee@acme.com>
      Subject: Three

      Third body.
      """;

  private static List<ParsedMail> readAll(String mbox, MailReader reader) throws IOException {
    try (MboxReader r = new MboxReader(
        new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)), reader)) {
      return r.stream().toList();
    }
  }

  @Test
  void splitsOnPostmarksAndUnescapesFromLines() throws IOException {
    List<ParsedMail> mails = readAll(MBOX, new MailReader());
    assertEquals(3, mails.size());
    assertEquals(List.of("One", "Two", "Three"), mails.stream().map(ParsedMail::subject).toList());
    assertEquals("""
        First body.
        From the start, we planned this.
        >From is escaped twice here.
        From here on nothing is a separator
        """, mails.get(0).text());
    assertEquals("Second body.\n\nFrom the desk of Sam\n", mails.get(1).text());
    assertEquals("<1@x>", mails.get(1).inReplyTo());
    assertEquals("Third body.\n", mails.get(2).text());
  }

  @Test
  void crlfMboxAndLeadingJunk() throws IOException {
    String crlf = ("junk before the first postmark\n" + MBOX).replace("\n", "\r\n");
    List<ParsedMail> mails = readAll(crlf, new MailReader());
    assertEquals(3, mails.size());
    assertEquals("Third body.\n", mails.get(2).text());
  }

  @Test
  void emptyInputHasNoMessages() throws IOException {
    assertEquals(List.of(), readAll("", new MailReader()));
  }

  @Test
  void oversizedMessageIsCutAndTheNextOneIsIntact() throws IOException {
    MailReader small = new MailReader(new MailLimits(2_000, 500, 1_000, 10_000, 10_000, 20, 100));
    String big = "From a@b.c Tue Mar  3 10:14:00 2026\nSubject: Big\n\n"
        + ("filler line of text\n".repeat(500)) + "x".repeat(10_000) + "\n\n"
        + "From c@d.e Tue Mar  3 10:15:00 2026\nSubject: Small\n\nsmall body\n";
    List<ParsedMail> mails = readAll(big, small);
    assertEquals(2, mails.size());
    assertTrue(mails.get(0).warnings().stream().anyMatch(w -> w.startsWith("mbox message longer")));
    assertEquals("Small", mails.get(1).subject());
    assertEquals("small body\n", mails.get(1).text());
  }

  @Test
  void streamsTenThousandGeneratedMessagesOneByOne() {
    int n = 10_000;
    InputStream generated = new InputStream() {
      private int message;
      private byte[] chunk = new byte[0];
      private int pos;

      @Override
      public int read() {
        if (pos == chunk.length) {
          if (message == n) {
            return -1;
          }
          message++;
          chunk = ("From rep@x.io Tue Mar  3 10:14:00 2026\nFrom: rep@x.io\nSubject: m" + message
              + "\n\nHello " + message + ", quick question about your renewal.\n\n")
              .getBytes(StandardCharsets.US_ASCII);
          pos = 0;
        }
        return chunk[pos++];
      }
    };
    long count = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      try (MboxReader r = new MboxReader(generated, new MailReader());
          Stream<ParsedMail> s = r.stream()) {
        return s.filter(m -> m.text().startsWith("Hello ")).count();
      }
    });
    assertEquals(n, count);
  }

  @Test
  void opensFilesAndClosesThemWithTheStream(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("box.mbox");
    Files.writeString(f, MBOX);
    MboxReader r = MboxReader.open(f, new MailReader());
    try (Stream<ParsedMail> s = r.stream()) {
      assertEquals(3, s.count());
    }
    assertFalse(r.hasNext());
  }
}
