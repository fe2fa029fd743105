package candor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadReconstructorTest {

  private final MailReader reader = new MailReader();
  private final ThreadReconstructor threads = new ThreadReconstructor();

  private ParsedMail mail(String raw) {
    return reader.read(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void draftAndEarlierThreadFromOneReply() {
    ParsedMail reply = mail("""
        From: Dana Kim <dana@inkstone.io>
        Subject: Re: Demo
        Date: Wed, 4 Mar 2026 09:30:00 +0000

        Thursday at 2pm works. I'll send the invite.

        Best,
        Dana

        On Tue, Mar 3, 2026 at 10:14 AM Sam Ortiz <sam@acme.com> wrote:

        > Can we do Thursday?
        >
        > On Mon, Mar 2, 2026 at 8:00 AM Dana Kim <dana@inkstone.io> wrote:
        >
        >> Would you like a demo this week?
        """);
    MailThread t = threads.fromReply(reply);
    assertEquals(new ThreadMessage("Dana Kim <dana@inkstone.io>",
        Instant.parse("2026-03-04T09:30:00Z"), "Re: Demo",
        "Thursday at 2pm works. I'll send the invite."), t.draft());
    assertEquals(List.of(
        new ThreadMessage("Dana Kim <dana@inkstone.io>", Instant.parse("2026-03-02T08:00:00Z"),
            "", "Would you like a demo this week?"),
        new ThreadMessage("Sam Ortiz <sam@acme.com>", Instant.parse("2026-03-03T10:14:00Z"), "",
            "Can we do Thursday?")), t.earlier());
    assertEquals("Best,\nDana", t.draftSplit().signatureText(t.draftBody()));
  }

  @Test
  void ordersByReplyChainBeforeDates() {
    // Sam's clock runs behind: his reply is dated before the message it answers.
    ParsedMail first = mail("""
        Message-ID: <a@x>
        From: dana@inkstone.io
        Date: Tue, 3 Mar 2026 10:00:00 +0000

        Would you like a demo?
        """);
    ParsedMail second = mail("""
        Message-ID: <b@x>
        In-Reply-To: <a@x>
        From: sam@acme.com
        Date: Tue, 3 Mar 2026 09:55:00 +0000

        Yes please.

        On Tue, Mar 3, 2026 at 10:00 AM <dana@inkstone.io> wrote:
        > Would you like a demo?
        """);
    ParsedMail third = mail("""
        Message-ID: <c@x>
        References: <a@x> <b@x>
        From: dana@inkstone.io
        Date: Tue, 3 Mar 2026 11:00:00 +0000

        Great, Thursday?
        """);
    ParsedMail unrelatedUndated = mail("""
        Message-ID: <z@x>
        From: lee@acme.com

        Looping in.
        """);
    List<ThreadMessage> ordered = threads.order(List.of(unrelatedUndated, third, second, first));
    assertEquals(List.of("Would you like a demo?", "Yes please.", "Great, Thursday?", "Looping in."),
        ordered.stream().map(ThreadMessage::text).toList());
  }

  @Test
  void replyCyclesDoNotHang() {
    ParsedMail a = mail("Message-ID: <a@x>\nIn-Reply-To: <b@x>\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\nA\n");
    ParsedMail b = mail("Message-ID: <b@x>\nIn-Reply-To: <a@x>\nDate: Tue, 3 Mar 2026 11:00:00 +0000\n\nB\n");
    assertEquals(List.of("A", "B"), threads.order(List.of(b, a)).stream()
        .map(ThreadMessage::text).toList());
  }
}
