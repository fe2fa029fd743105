package candor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.mail.ParsedMail;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure parts of turning a message into stored findings. */
class MessageAuditorTest {
  @Test
  void theSentenceAroundASpanLocatesTheSpan() {
    String text = "Hi Lee,\n\nThanks for the call. The discount expires today! Let me know.";
    int start = text.indexOf("expires today");
    StoredFinding f = MessageAuditor.around("pressure", "R", "urgency", 0.9, text, start, start + 13, "m");
    assertEquals("The discount expires today!", f.sentence());
    assertEquals("expires today", f.sentence().substring(f.spanStart(), f.spanEnd()));
    assertEquals("expires today", f.text());
  }

  @Test
  void aSpanAtTheEdgesOfTheTextStillFits() {
    StoredFinding f = MessageAuditor.around("pressure", "R", "urgency", 0.9, "Act now", 0, 7, "m");
    assertEquals("Act now", f.sentence());
    assertEquals(0, f.spanStart());
    assertEquals(7, f.spanEnd());
  }

  @Test
  void teamDomainsIncludeSubdomainsOnly() {
    MessageAuditor a = new MessageAuditor(null, List.of("@Vendor.com"), false);
    assertTrue(a.isTeam("dana@vendor.com"));
    assertTrue(a.isTeam("sam@sales.vendor.com"));
    assertFalse(a.isTeam("eve@notvendor.com"));
    assertFalse(a.isTeam("jo@acme.io"));
    assertFalse(a.isTeam(""));
  }

  @Test
  void theKeyIsTheMessageIdOrAHashOfTheMessage() {
    ParsedMail withId = mail("<x@y>", "hello");
    assertEquals("<x@y>", MessageAuditor.key(withId));
    String a = MessageAuditor.key(mail("", "hello"));
    assertTrue(a.startsWith("sha256:"));
    assertEquals(a, MessageAuditor.key(mail("", "hello")));
    assertFalse(a.equals(MessageAuditor.key(mail("", "hello again"))));
  }

  @Test
  void isoWeeksFollowTheWeekBasedYear() {
    assertEquals("2026-W01", Report.isoWeek(Instant.parse("2026-01-01T12:00:00Z")));
    assertEquals("2026-W53", Report.isoWeek(Instant.parse("2027-01-01T12:00:00Z")));
    assertEquals("2026-W10", Report.isoWeek(Instant.parse("2026-03-02T00:00:00Z")));
  }

  @Test
  void csvCellsAreQuotedAndDefused() {
    assertEquals("\"a,b\"", ReportFormats.cell("a,b"));
    assertEquals("'=cmd()", ReportFormats.cell("=cmd()"));
    assertEquals("\"say \"\"hi\"\"\"", ReportFormats.cell("say \"hi\""));
  }

  @Test
  void anOpenPointIsStoredWithTheEnginesConfidenceForIt() {
    candor.engine.Engine engine = candor.engine.Engine.standard(0);
    String question = "Does the Pro plan integrate with Okta?";
    String reply = "Thanks Lee, talk soon.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Lee Park <lee@acme.io> wrote:\n> " + question + "\n";
    StoredMessage stored = new MessageAuditor(engine, List.of("vendor.com"), false).audit(mail("<r@v>", reply));
    List<StoredFinding> open = stored.findings().stream().filter(f -> f.category().equals(StoredFinding.UNANSWERED)).toList();
    assertEquals(1, open.size(), stored.toString());
    double expected = engine.analyze(new candor.engine.AnalysisRequest(new candor.engine.Draft("dana@vendor.com", "s", "Thanks Lee, talk soon."),
        List.of(new candor.engine.ThreadMessage("Lee Park <lee@acme.io>", candor.engine.Role.CUSTOMER, null, question))))
        .unanswered().get(0).confidence();
    assertEquals(expected, open.get(0).confidence(), 1e-9);
    assertTrue(expected > 0 && expected < 1);
  }

  private static ParsedMail mail(String id, String text) {
    return new ParsedMail(id, "", List.of(), "Dana <dana@vendor.com>", "dana@vendor.com", List.of(), List.of(), "s",
        Instant.parse("2026-03-02T10:00:00Z"), text, List.of());
  }
}
