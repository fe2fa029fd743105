package candor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MailReaderTest {

  private final MailReader reader = new MailReader();

  @org.junit.jupiter.api.Test
  void leadingFoldedLineIsRepairedNotThrown() {
    // Found by fuzzing (MailFuzzTestInputs/readMail/crash-b111...): Jakarta Mail threw IndexOutOfBounds.
    ParsedMail odd = reader.read(" \n m".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    org.junit.jupiter.api.Assertions.assertTrue(odd.warnings().contains("whitespace before the first header removed"), odd.warnings().toString());
    ParsedMail indented = reader.read("  Subject: pricing\r\n\r\nAct now.\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    org.junit.jupiter.api.Assertions.assertEquals("pricing", indented.subject());
    org.junit.jupiter.api.Assertions.assertEquals("Act now.\n", indented.text());
  }

  private ParsedMail read(String raw) {
    return reader.read(raw.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String crlf(String s) {
    return s.replace("\n", "\r\n");
  }

  @Test
  void readsHeadersOfAPlainMessage() {
    ParsedMail m = read(crlf("""
        Message-ID: <abc123@mail.example.com>
        In-Reply-To: <prev1@mail.example.com>
        References: <root@mail.example.com>
         <prev1@mail.example.com>
        From: Dana Kim <dana@inkstone.io>
        To: Sam Ortiz <sam@acme.com>, lee@acme.com
        Cc: "Park, Jo" <jo@acme.com>
        Subject: Re: pricing for Q3
        Date: Tue, 3 Mar 2026 10:14:00 -0800

        Hi Sam,
        Here is the pricing.
        """));
    assertEquals("<abc123@mail.example.com>", m.messageId());
    assertEquals("<prev1@mail.example.com>", m.inReplyTo());
    assertEquals(List.of("<root@mail.example.com>", "<prev1@mail.example.com>"), m.references());
    assertEquals("Dana Kim <dana@inkstone.io>", m.from());
    assertEquals("dana@inkstone.io", m.fromAddress());
    assertEquals(List.of("Sam Ortiz <sam@acme.com>", "lee@acme.com"), m.to());
    assertEquals(List.of("Park, Jo <jo@acme.com>"), m.cc());
    assertEquals("Re: pricing for Q3", m.subject());
    assertEquals(Instant.parse("2026-03-03T18:14:00Z"), m.date());
    assertEquals("Hi Sam,\nHere is the pricing.\n", m.text());
    assertEquals(List.of(), m.warnings());
  }

  @Test
  void missingHeadersGiveEmptyValuesNotNulls() {
    ParsedMail m = read("Just a body line.\n");
    // Without a blank line the whole thing is a (broken) header block: no text, no crash.
    assertEquals("", m.from());
    assertNull(m.date());
    ParsedMail m2 = read("X-Nothing: here\n\nBody only.\n");
    assertEquals("", m2.from());
    assertEquals("", m2.fromAddress());
    assertEquals("", m2.subject());
    assertEquals("", m2.messageId());
    assertEquals(List.of(), m2.to());
    assertNull(m2.date());
    assertEquals("Body only.\n", m2.text());
  }

  @Test
  void unreadableDateIsNull() {
    ParsedMail m = read("From: a@b.c\nDate: the day after tomorrow\n\nx\n");
    assertNull(m.date());
  }

  @Test
  void decodesEncodedWordSubjectAndNames() {
    ParsedMail m = read(crlf("""
        From: =?UTF-8?B?SsO2cmcgTcO8bGxlcg==?= <joerg@example.de>
        To: =?ISO-8859-1?Q?Fran=E7oise_Dupr=E9?= <fd@example.fr>
        Subject: =?UTF-8?Q?Angebot_f=C3=BCr_Q3_=E2=80=93?= =?UTF-8?Q?_bitte_pr=C3=BCfen?=

        Hallo
        """));
    assertEquals("Jörg Müller <joerg@example.de>", m.from());
    assertEquals(List.of("Françoise Dupré <fd@example.fr>"), m.to());
    assertEquals("Angebot für Q3 – bitte prüfen", m.subject());
  }

  @Test
  void brokenEncodedWordStaysReadable() {
    ParsedMail m = read("Subject: =?x-unknown-cs?Q?Hello?= world\nFrom: a@b.c\n\nx\n");
    assertTrue(m.subject().contains("world"), m.subject());
  }

  @Test
  void multipartAlternativePrefersPlainText() {
    ParsedMail m = read(crlf("""
        From: a@b.c
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8

        Plain version.
        --b1
        Content-Type: text/html; charset=utf-8

        <p>HTML version.</p>
        --b1--
        """));
    assertEquals("Plain version.\n", m.text());
  }

  @Test
  void blankPlainAlternativeFallsBackToHtml() {
    ParsedMail m = read(crlf("""
        From: a@b.c
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8

        \s\s
        --b1
        Content-Type: text/html; charset=utf-8

        <p>Only the HTML says it.</p>
        --b1--
        """));
    assertEquals("Only the HTML says it.\n", m.text());
  }

  @Test
  void htmlOnlyMailBecomesTextWithQuotesMarked() {
    ParsedMail m = read(crlf("""
        From: a@b.c
        Content-Type: text/html; charset=utf-8

        <html><head><style>p{color:red}</style></head><body>
        <div dir="ltr">Hi Sam,<div><br></div><div>Thanks for the call.<br>Talk Friday?</div></div>
        <br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Mar 2, 2026 at 9:00 AM Sam Ortiz &lt;sam@acme.com&gt; wrote:<br></div>
        <blockquote class="gmail_quote" style="margin:0px"><div dir="ltr">Can you send pricing?<br><br>Sam</div></blockquote></div>
        </body></html>
        """));
    assertEquals("""
        Hi Sam,

        Thanks for the call.
        Talk Friday?

        On Mon, Mar 2, 2026 at 9:00 AM Sam Ortiz <sam@acme.com> wrote:

        > Can you send pricing?
        >
        > Sam
        """, m.text());
  }

  @Test
  void nestedMultipartsFindTheTextAndSkipAttachments() {
    ParsedMail m = read(crlf("""
        From: a@b.c
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: multipart/related; boundary="rel"

        --rel
        Content-Type: multipart/alternative; boundary="alt"

        --alt
        Content-Type: text/plain; charset=us-ascii
        Content-Transfer-Encoding: quoted-printable

        Deck attached, as promised. Price is =2410k.
        --alt
        Content-Type: text/html

        <b>Deck attached</b>
        --alt--
        --rel
        Content-Type: image/png
        Content-Transfer-Encoding: base64

        iVBORw0KGgo=
        --rel--
        --outer
        Content-Type: text/plain; name="notes.txt"
        Content-Disposition: attachment; filename="notes.txt"

        secret attachment text
        --outer--
        """));
    assertEquals("Deck attached, as promised. Price is $10k.\n", m.text());
  }

  @Test
  void base64AndQuotedPrintableBodies() {
    String b64 = Base64.getMimeEncoder().encodeToString(
        "Grüße aus Köln — see you Tuesday.".getBytes(StandardCharsets.UTF_8));
    ParsedMail m = read(crlf("From: a@b.c\nContent-Type: text/plain; charset=UTF-8\n"
        + "Content-Transfer-Encoding: base64\n\n" + b64 + "\n"));
    // The header bytes are Latin-1 here, the body is pure ASCII base64.
    assertEquals("Grüße aus Köln — see you Tuesday.\n", m.text());

    ParsedMail qp = read(crlf("""
        From: a@b.c
        Content-Type: text/plain; charset=iso-8859-1
        Content-Transfer-Encoding: quoted-printable

        Caf=E9 at 10? This line is soft-wrapped by the encoder and continues=
         here.
        """));
    assertEquals("Café at 10? This line is soft-wrapped by the encoder and continues here.\n",
        qp.text());
  }

  @Test
  void base64BodyWithAListFooterAppendedStillDecodes() {
    String b64 = Base64.getMimeEncoder().encodeToString(
        "<p>Deal desk approved the 15% discount.</p>".getBytes(StandardCharsets.UTF_8));
    ParsedMail m = read(crlf("From: a@b.c\nContent-Type: text/html\n"
        + "Content-Transfer-Encoding: base64\n\n" + b64.substring(0, b64.length() - 3)
        + "\n\n\n_______________________________________________\nSales mailing list\n"));
    assertTrue(m.text().startsWith("Deal desk approved the 15% discou"), m.text());
  }

  @Test
  void htmlWithoutMimeCharsetUsesItsMetaTag() {
    byte[] body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1254\"></head><body>Teşekkürler, görüşürüz.</body></html>"
        .getBytes(Charset.forName("windows-1254"));
    ParsedMail m = reader.read(concat("From: a@b.c\r\nContent-Type: text/html\r\n\r\n", body));
    assertEquals("Teşekkürler, görüşürüz.\n", m.text());
  }

  @Test
  void wrongCharsetLabelFallsBackToWindows1252() {
    byte[] body = "Caf\u00e9 \u201csoon\u201d".getBytes(Charset.forName("windows-1252"));
    ParsedMail m = reader.read(concat(
        "From: a@b.c\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n", body));
    assertEquals("Café “soon”\n", m.text());
    assertTrue(m.warnings().stream().anyMatch(w -> w.contains("does not match")), m.warnings()
        .toString());
  }

  @Test
  void unknownCharsetLabelIsGuessed() {
    byte[] body = "na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.UTF_8);
    ParsedMail m = reader.read(concat(
        "From: a@b.c\r\nContent-Type: text/plain; charset=\"x-klingon-42\"\r\n\r\n", body));
    assertEquals("naïve résumé\n", m.text());
    assertTrue(m.warnings().stream().anyMatch(w -> w.contains("unknown charset")));
  }

  @Test
  void otherCharsetsDecode() {
    byte[] body = "Привет, как дела?".getBytes(Charset.forName("KOI8-R"));
    ParsedMail m = reader.read(concat(
        "From: a@b.c\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\n", body));
    assertEquals("Привет, как дела?\n", m.text());
  }

  @Test
  void invalidUtf8IsReplacedNotFatal() {
    byte[] good = "Prix: 10 € ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'o', 'k'};
    ParsedMail m = reader.read(concat(
        "From: a@b.c\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n", good, bad));
    assertTrue(m.text().startsWith("Prix: 10 € "), m.text());
    assertTrue(m.text().contains("\uFFFD"), m.text());
    assertTrue(m.text().strip().endsWith("ok"));
    assertTrue(m.warnings().contains("invalid UTF-8 replaced"));
  }

  @Test
  void nulBytesAreStripped() {
    ParsedMail m = reader.read(concat("From: a@b.c\r\nSubject: he\0llo\r\n\r\n",
        new byte[] {'a', 0, 'b', '\r', '\n'}));
    assertEquals("ab\n", m.text());
    assertEquals("hello", m.subject());
  }

  @Test
  void deepNestingIsCutWithAWarning() {
    int depth = 60;
    StringBuilder sb = new StringBuilder("From: a@b.c\r\n");
    for (int i = 0; i < depth; i++) {
      sb.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n");
      sb.append("--b").append(i).append("\r\n");
      if (i == 2) {
        // A readable part at a shallow level must survive the cut.
        sb.append("Content-Type: text/plain\r\n\r\nshallow text\r\n--b2\r\n");
      }
    }
    sb.append("Content-Type: text/plain\r\n\r\ndeep text\r\n");
    for (int i = depth - 1; i >= 0; i--) {
      sb.append("--b").append(i).append("--\r\n");
    }
    ParsedMail m = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(sb.toString()));
    assertTrue(m.text().contains("shallow text"), m.text());
    assertFalse(m.text().contains("deep text"));
    assertTrue(m.warnings().stream().anyMatch(w -> w.contains("nesting deeper than 20")),
        m.warnings().toString());
  }

  @Test
  void hugeBase64AttachmentIsSkippedQuickly() throws IOException {
    byte[] blob = new byte[12 << 20];
    new Random(7).nextBytes(blob);
    ByteArrayOutputStream raw = new ByteArrayOutputStream(18 << 20);
    raw.write(crlf("""
        From: a@b.c
        Content-Type: multipart/mixed; boundary="zz"

        --zz
        Content-Type: text/plain

        See the attached export.
        --zz
        Content-Type: application/octet-stream; name="export.bin"
        Content-Disposition: attachment; filename="export.bin"
        Content-Transfer-Encoding: base64

        """).getBytes(StandardCharsets.US_ASCII));
    raw.write(Base64.getMimeEncoder().encode(blob));
    raw.write("\r\n--zz--\r\n".getBytes(StandardCharsets.US_ASCII));
    byte[] bytes = raw.toByteArray();
    ParsedMail m = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> reader.read(new ByteArrayInputStream(bytes)));
    assertEquals("See the attached export.\n", m.text());
    assertEquals(List.of(), m.warnings());
  }

  @Test
  void oversizedMessageIsCutAtTheLimit() throws IOException {
    MailReader small = new MailReader(new MailLimits(1_000, 500, 800, 10_000, 100, 20, 100));
    String body = "word ".repeat(1_000);
    ParsedMail m = small.read(new ByteArrayInputStream(
        ("From: a@b.c\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII)));
    assertTrue(m.text().length() <= 100, "text " + m.text().length());
    assertTrue(m.warnings().stream().anyMatch(w -> w.startsWith("message longer")));
    assertTrue(m.warnings().stream().anyMatch(w -> w.startsWith("text longer")));
  }

  @Test
  void textLimitNeverSplitsASurrogatePair() {
    MailReader small = new MailReader(new MailLimits(10_000, 500, 800, 10_000, 5, 20, 100));
    ParsedMail m = small.read(("From: a@b.c\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "abcd\uD83D\uDE00xyz").getBytes(StandardCharsets.UTF_8));
    assertEquals("abcd", m.text());
  }

  @Test
  void megabyteHeaderLineDoesNotHang() {
    String huge = "x".repeat(3 << 20);
    String raw = "From: a@b.c\r\nX-Junk: " + huge + "\r\nSubject: =?UTF-8?Q?" + "a".repeat(1 << 20)
        + "?=\r\nTo: " + "c@d.e, ".repeat(200_000) + "\r\n\r\nStill here.\r\n";
    ParsedMail m = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(raw));
    assertEquals("Still here.\n", m.text());
    assertEquals("a@b.c", m.fromAddress());
    assertTrue(m.subject().length() <= MailLimits.DEFAULT.maxHeaderLineBytes());
    assertTrue(m.warnings().stream().anyMatch(w -> w.startsWith("oversized header")));
  }

  @Test
  void readsOnlyUpToTheLimitFromAStream() throws IOException {
    MailReader small = new MailReader(new MailLimits(100, 500, 800, 10_000, 1000, 20, 100));
    InputStream endless = new InputStream() {
      long n;

      @Override
      public int read() {
        n++;
        return n <= 20 ? "From: a@b.c\r\n\r\nhello".charAt((int) n - 1) : 'z';
      }
    };
    ParsedMail m = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> small.read(endless));
    assertTrue(m.text().startsWith("hello"));
  }

  @Test
  void formatFlowedParagraphsAreRejoined() {
    ParsedMail m = read(crlf("From: a@b.c\nContent-Type: text/plain; charset=utf-8; format=flowed"
        + "\n\nThis sentence was wrapped \nby the client.\n\n> A quoted line also \n> wrapped.\n"));
    assertEquals("This sentence was wrapped by the client.\n\n> A quoted line also wrapped.\n",
        m.text());
  }

  @Test
  void garbageNeverThrows() {
    Random r = new Random(42);
    for (int i = 0; i < 300; i++) {
      byte[] b = new byte[r.nextInt(3000)];
      r.nextBytes(b);
      String prefix = i % 2 == 0 ? "Content-Type: multipart/mixed; boundary=\"q\"\r\n\r\n--q\r\n" : "";
      ParsedMail m = reader.read(concat(prefix, b));
      assertTrue(m.text().indexOf('\0') < 0);
    }
  }

  private static byte[] concat(String head, byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
