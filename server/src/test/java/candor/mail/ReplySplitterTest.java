package candor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplySplitterTest {

  private final ReplySplitter splitter = new ReplySplitter();

  @Test
  void emptyBodyHasNothing() {
    SplitBody s = splitter.split("");
    assertEquals(0, s.newTextEnd());
    assertEquals(List.of(), s.newText());
    assertNull(s.signature());
    assertEquals(List.of(), s.quoted());
  }

  @Test
  void offsetsAreUtf16IndexesIntoTheGivenString() {
    String body = "Hi 😀 Sam,\r\n\r\nDeal? 👍\r\n\r\nBest,\r\nDana\r\n\r\n"
        + "On Tue, Mar 3, 2026 at 10:14 AM Sam <sam@acme.com> wrote:\r\n> ok\r\n";
    SplitBody s = splitter.split(body);
    assertEquals(1, s.newText().size());
    assertEquals(0, s.newText().get(0).start());
    assertEquals(body.indexOf("👍") + 2, s.newTextEnd());
    assertEquals("Hi 😀 Sam,\r\n\r\nDeal? 👍", s.newText(body));
    assertEquals(body.indexOf("Best,"), s.signature().start());
    assertEquals("Best,\r\nDana", s.signatureText(body));
  }

  @Test
  void aPostscriptAfterTheSignOffIsTheSendersOwnText() {
    // Written casually, with no full stop, the postscript read as one more signature line.
    String body = "Hi Dan,\n\nThanks for the call today.\n\nBest,\nSam\n\nP.S. this price is only good until Friday\n";
    SplitBody s = assertSplit(body, "Hi Dan,\n\nThanks for the call today.\n\nP.S. this price is only good until Friday", "Best,\nSam");
    assertEquals(body.indexOf("Friday") + "Friday".length(), s.newTextEnd());
    // A contact block after the postscript is still the signature, and the postscript stays new text.
    assertSplit("Hi Dan,\n\nThanks for the call.\n\nPS: do you need the spec sheet too.\n\nSam Reid\nAcme Ltd\n+44 20 7946 0000\n",
        "Hi Dan,\n\nThanks for the call.\n\nPS: do you need the spec sheet too.", "Sam Reid\nAcme Ltd\n+44 20 7946 0000");
  }

  @Test
  void aMobileFooterIsAShortLineNotAMessageThatOpensWithIt() {
    assertSplit("Can you quote for six units?\n\nSent from my iPhone\n", "Can you quote for six units?", "Sent from my iPhone");
    // Written on one line, "Sent from my phone." opened the message and the whole of it was read as footer.
    String body = "Sent from my phone. Quick one - do you score calls in Welsh as well as English, we have a Cardiff site."
        + " And can we pilot on one team first\n\nG\n";
    SplitBody s = splitter.split(body);
    assertTrue(s.newText(body).contains("pilot on one team first"), s.newText(body));
  }

  /** Splits {@code body} and checks its new text and signature; returns the split for further checks. */
  private SplitBody assertSplit(String body, String newText, String signature) {
    SplitBody s = splitter.split(body);
    assertEquals(newText, s.newText(body));
    assertEquals(signature, s.signatureText(body));
    return s;
  }

  @Test
  void gmailHistoryGivesAuthorDateAndText() {
    String body = """
        Thursday works.

        On Tue, Mar 3, 2026 at 10:14 AM Sam Ortiz <sam@acme.com> wrote:

        > Can we meet this week?
        >
        > On Mon, Mar 2, 2026 at 9:05 AM Dana Kim <dana@inkstone.io> wrote:
        >
        >> Would you like a demo?
        """;
    SplitBody s = splitter.split(body);
    assertEquals("Thursday works.", s.newText(body));
    List<QuotedMessage> q = s.quoted();
    assertEquals(2, q.size());
    assertEquals(new QuotedMessage("Dana Kim <dana@inkstone.io>",
        Instant.parse("2026-03-02T09:05:00Z"), "", "Would you like a demo?", 2), q.get(0));
    assertEquals(new QuotedMessage("Sam Ortiz <sam@acme.com>",
        Instant.parse("2026-03-03T10:14:00Z"), "", "Can we meet this week?", 1), q.get(1));
  }

  @Test
  void outlookHeaderBlockGivesSubjectAndMailtoAuthor() {
    String body = """
        Attached.

        -----Original Message-----
        From: Sam Ortiz [mailto:sam@acme.com]
        Sent: Tuesday, March 3, 2026 4:14 PM
        To: Dana Kim <dana@inkstone.io>; Lee Park
         <lee@acme.com>
        Subject: RE: Quote

        Please resend the quote.
        """;
    SplitBody s = splitter.split(body);
    assertEquals("Attached.", s.newText(body));
    assertEquals(List.of(new QuotedMessage("Sam Ortiz <sam@acme.com>",
        Instant.parse("2026-03-03T16:14:00Z"), "RE: Quote", "Please resend the quote.", 1)),
        s.quoted());
  }

  @Test
  void localisedAttributionsNameTheAuthor() {
    String[][] cases = {
        {"Am 03.03.2026 um 10:14 schrieb Jörg Müller <joerg@beispiel.de>:",
            "Jörg Müller <joerg@beispiel.de>", "2026-03-03T10:14:00Z"},
        {"Le mar. 3 mars 2026 à 10:14, Claire Martin <claire@exemple.fr> a écrit :",
            "Claire Martin <claire@exemple.fr>", "2026-03-03T10:14:00Z"},
        {"El mar, 3 mar 2026 a las 10:14, Lucía Gómez (<lucia@ejemplo.es>) escribió:",
            "Lucía Gómez <lucia@ejemplo.es>", "2026-03-03T10:14:00Z"},
        {"Op di 3 mrt 2026 om 10:14 schreef Pieter de Vries <pieter@voorbeeld.nl>:",
            "Pieter de Vries <pieter@voorbeeld.nl>", "2026-03-03T10:14:00Z"},
        {"On Mar 3, 2026, at 10:14 PM, Sam Ortiz <sam@acme.com> wrote:",
            "Sam Ortiz <sam@acme.com>", "2026-03-03T22:14:00Z"},
        {"On 3/4/26 9:00 AM, Sam Ortiz wrote:", "Sam Ortiz", "2026-03-04T09:00:00Z"},
    };
    for (String[] c : cases) {
      String body = "Ok.\n\n" + c[0] + "\n\n> quoted\n";
      SplitBody s = splitter.split(body);
      assertEquals("Ok.", s.newText(body), c[0]);
      assertEquals(1, s.quoted().size(), c[0]);
      assertEquals(c[1], s.quoted().get(0).from(), c[0]);
      assertEquals(Instant.parse(c[2]), s.quoted().get(0).date(), c[0]);
      assertEquals("quoted", s.quoted().get(0).text(), c[0]);
    }
  }

  @Test
  void inlineRepliesGiveOneSpanPerUnquotedBlock() {
    String body = """
        On Tue, Mar 3, 2026 at 10:14 AM Sam Ortiz <sam@acme.com> wrote:
        > Price?
        $40k.
        > Start date?
        April 1.
        """;
    SplitBody s = splitter.split(body);
    assertEquals(2, s.newText().size());
    assertEquals("$40k.", s.newText().get(0).of(body));
    assertEquals("April 1.", s.newText().get(1).of(body));
    assertEquals(body.indexOf("April 1.") + 8, s.newTextEnd());
    assertEquals("Price?\n\nStart date?", s.quoted().get(0).text());
  }

  @Test
  void signatureOnlyReplyHasNoNewText() {
    String body = "Thanks,\nDana\n";
    SplitBody s = splitter.split(body);
    assertEquals(List.of(), s.newText());
    assertEquals(0, s.newTextEnd());
    assertEquals("Thanks,\nDana", s.signatureText(body));
  }

  @Test
  void dashLineInsideTextIsNotASignature() {
    assertSplit("Options -- pick one:\n-- \nDana\n", "Options -- pick one:", "-- \nDana");
  }

  @Test
  void mailingListFootersAreNotNewText() {
    String body = """
        Driving me nuts. Help!

        --Harlan

        _______________________________________________
        Exmh-users mailing list
        https://lists.example.org/mailman/listinfo/exmh-users
        """;
    SplitBody s = splitter.split(body);
    assertEquals("Driving me nuts. Help!", s.newText(body));
    assertTrue(s.signatureText(body).startsWith("--Harlan"));

    String bare = "I agree.\n\nhttp://xent.com/mailman/listinfo/fork\n";
    SplitBody b = splitter.split(bare);
    assertEquals("I agree.", b.newText(bare));
    assertEquals("http://xent.com/mailman/listinfo/fork", b.signatureText(bare));
  }

  @Test
  void attributionAboveAnUnquotedReplyIsNotHistory() {
    String body = """
        On Sun, 21 Jul 2002 05:11:08 -0400
        che <che@example.de> wrote:

        The server mentioned above works again now.
        """;
    SplitBody s = splitter.split(body);
    assertEquals("The server mentioned above works again now.", s.newText(body));
    assertEquals(List.of(), s.quoted());

    String snipped = """
        On Mon, 19 Aug 2002 16:44:30 +0200, Matthias <m@example.net> wrote:

        [snipped]

        > It contains rpm 4.1.

        What's the apt line for it?
        """;
    SplitBody t = splitter.split(snipped);
    assertEquals("[snipped]\n\nWhat's the apt line for it?", t.newText(snipped));
    assertEquals("Matthias <m@example.net>", t.quoted().get(0).from());
  }

  @Test
  void outlookExpressBottomPostingKeepsTheReplyBelow() {
    String body = """
        ----- Original Message -----
        From: "Sam Ortiz" <sam@acme.com>
        Sent: Wednesday, July 31, 2002 10:31 PM
        Subject: Re: renewal

        > Can you hold the price?

        Yes, through June.
        """;
    SplitBody s = splitter.split(body);
    assertEquals("Yes, through June.", s.newText(body));
    assertEquals(1, s.quoted().size());
    assertEquals("Sam Ortiz <sam@acme.com>", s.quoted().get(0).from());
    assertEquals("Re: renewal", s.quoted().get(0).subject());
  }

  @Test
  void saidAttributionNamesTheQuotedAuthor() {
    String body = "Yes.\n\n\"Craig R. Hughes\" said:\n> Ship it?\n";
    SplitBody s = splitter.split(body);
    assertEquals("Yes.", s.newText(body));
    assertEquals("Craig R. Hughes", s.quoted().get(0).from());
  }

  @Test
  void sixHundredQuoteLevelsStayBounded() {
    // ~190k chars: about the most MailReader's default text limit lets through.
    StringBuilder b = new StringBuilder("top\n");
    for (int i = 1; i <= 600; i++) {
      b.append(">".repeat(i)).append(" level ").append(i).append('\n');
    }
    String body = b.toString();
    SplitBody s = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> splitter.split(body));
    assertEquals("top", s.newText(body));
    assertTrue(s.quoted().size() <= 30, "quoted " + s.quoted().size());
    assertEquals("level 1", s.quoted().get(s.quoted().size() - 1).text());
  }

  @Test
  void hugeLinesAndManyHeaderLikeLinesStayFast() {
    String line = "On " + "x".repeat(2_000_000) + " wrote:";
    String many = "From: a\nSent: b\n".repeat(50_000);
    String body = "Hi\n" + line + "\n" + many;
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> splitter.split(body));
  }

  @Test
  void listLinkOnTheFirstLineIsNotAFooterAndDoesNotThrow() {
    // Found by fuzzing (MailFuzzTestInputs/readMail/crash-24b9...): the footer check read the line before line 0.
    String body = "http://www.linux.ie/mailman/listinfo/ilug\nThanks, the pricing works for us.\n";
    SplitBody s = splitter.split(body);
    assertTrue(s.newText(body).contains("the pricing works"), s.newText(body));
  }

  @Test
  void spanRejectsEmptyAndBackwardRanges() {
    assertThrows(IllegalArgumentException.class, () -> new Span(3, 3));
    assertThrows(IllegalArgumentException.class, () -> new Span(4, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
  }
}
