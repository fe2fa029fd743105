package candor.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemEvalEvalTest {
  // The real format, DTD shortened: a duplicate thread (skipped), Good / Bad / PotentiallyUseful replies.
  static final String FIXTURE = """
      <?xml version="1.0" encoding="utf-8"?>
      <!DOCTYPE xml [
      <!ELEMENT xml (OrgQuestion*)>
      <!ATTLIST xml version CDATA #REQUIRED>
      ]>
      <xml version="1.0">
      <OrgQuestion ORGQ_ID="Q1">
        <OrgQSubject>Bank</OrgQSubject><OrgQBody>Which bank?</OrgQBody>
        <Thread THREAD_SEQUENCE="Q1_R1" SubtaskA_Skip_Because_Same_As_RelQuestion_ID="Q9_R9">
          <RelQuestion RELQ_ID="Q1_R1"><RelQSubject>Dup</RelQSubject><RelQBody>Which bank is best?</RelQBody></RelQuestion>
          <RelComment RELC_ID="Q1_R1_C1" RELC_RELEVANCE2RELQ="Good"><RelCText>answer QNB</RelCText></RelComment>
        </Thread>
        <Thread THREAD_SEQUENCE="Q1_R2">
          <RelQuestion RELQ_ID="Q1_R2" RELQ_USERID="U1"><RelQSubject>Best bank</RelQSubject><RelQBody>Which bank is best? And why &amp; how?</RelQBody></RelQuestion>
          <RelComment RELC_ID="Q1_R2_C1" RELC_RELEVANCE2RELQ="Good"><RelCText>answer QNB, good service</RelCText></RelComment>
          <RelComment RELC_ID="Q1_R2_C2" RELC_RELEVANCE2RELQ="Good" RELC_USERID="U2"><RelCText>half CBQ</RelCText></RelComment>
          <RelComment RELC_ID="Q1_R2_C3" RELC_RELEVANCE2RELQ="Good"><RelCText>no idea really</RelCText></RelComment>
          <RelComment RELC_ID="Q1_R2_C4" RELC_RELEVANCE2RELQ="Bad"><RelCText>no, welcome to Qatar</RelCText></RelComment>
          <RelComment RELC_ID="Q1_R2_C5" RELC_RELEVANCE2RELQ="Bad" RELC_USERID="U1"><RelCText><![CDATA[answer <lol>]]></RelCText></RelComment>
          <RelComment RELC_ID="Q1_R2_C6" RELC_RELEVANCE2RELQ="PotentiallyUseful"><RelCText>answer maybe</RelCText></RelComment>
        </Thread>
        <Thread THREAD_SEQUENCE="Q1_R3">
          <RelQuestion RELQ_ID="Q1_R3"><RelQSubject></RelQSubject><RelQBody>Thanks all</RelQBody></RelQuestion>
          <RelComment RELC_ID="Q1_R3_C1" RELC_RELEVANCE2RELQ="Bad"><RelCText>no</RelCText></RelComment>
        </Thread>
      </OrgQuestion>
      </xml>
      """;

  /** Stub engine: the question has two question sentences; "answer" covers both, "half" one, anything else none. */
  static final Function<String, Function<String, SemEvalEval.Verdict>> JUDGE = question -> {
    int n = question.contains("?") ? 2 : 0;
    return reply -> new SemEvalEval.Verdict(n, n == 0 ? 0 : reply.startsWith("answer") ? 0 : reply.startsWith("half") ? 1 : 2);
  };

  @Test
  void agreementOnGoodAndBadOnly() throws Exception {
    List<String> questions = new ArrayList<>();
    SemEvalEval eval = new SemEvalEval();
    eval.run(new ByteArrayInputStream(FIXTURE.getBytes(StandardCharsets.UTF_8)), q -> {
      questions.add(q);
      return JUDGE.apply(q);
    }, null);
    assertEquals(List.of("Best bank\n\nWhich bank is best? And why & how?", "Thanks all"), questions);
    Confusion all = eval.primary();
    // Positive = Bad. Good: C1 answered, C2 half (listed), C3 listed; Bad: C4 listed, C5 answered, R3 answered (no question).
    assertEquals(List.of(1, 2, 2, 1), List.of(all.tp(), all.fp(), all.fn(), all.tn()));
    Confusion any = eval.anyReading();
    assertEquals(List.of(1, 1, 2, 2), List.of(any.tp(), any.fp(), any.fn(), any.tn()));
    // With authorship, C5 (Bad, judged answered) is the asker's own comment: not an answer.
    Confusion allByAuthor = eval.primaryByAuthor();
    assertEquals(List.of(2, 2, 1, 1), List.of(allByAuthor.tp(), allByAuthor.fp(), allByAuthor.fn(), allByAuthor.tn()));
    Confusion anyByAuthor = eval.anyReadingByAuthor();
    assertEquals(List.of(2, 1, 1, 2), List.of(anyByAuthor.tp(), anyByAuthor.fp(), anyByAuthor.fn(), anyByAuthor.tn()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    eval.print(new PrintStream(out, true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("2 threads (1 duplicate threads skipped); 6 replies scored: Good 3, Bad 3; PotentiallyUseful 1 skipped"), printed);
    assertTrue(printed.contains("no question/request/concern sentence: 1 of 2"), printed);
    assertTrue(printed.contains("answered = no question sentence listed:           0.333 (2 of 6)"), printed);
    assertTrue(printed.contains("answered = some question sentence not listed:     0.500 (3 of 6)"), printed);
    assertTrue(printed.contains("with authorship (1 scored replies are the asker's own comments"), printed);
    assertTrue(printed.contains("answered = some question sentence not listed:   0.667 (4 of 6)"), printed);
    assertTrue(printed.contains("majority baseline (every reply 'not answered'): 0.500"), printed);
  }

  @Test
  void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP SECRET");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<xml><Thread THREAD_SEQUENCE=\"T\"><RelQuestion><RelQSubject>s</RelQSubject><RelQBody>Which?</RelQBody></RelQuestion>"
        + "<RelComment RELC_RELEVANCE2RELQ=\"Good\"><RelCText>a &x; b</RelCText></RelComment></Thread></xml>";
    List<String> seen = new ArrayList<>();
    SemEvalEval eval = new SemEvalEval();
    try {
      eval.run(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), q -> r -> {
        seen.add(r);
        return new SemEvalEval.Verdict(1, 0);
      }, null);
    } catch (XMLStreamException refused) {
      // refusing the document is as good as not expanding the entity
    }
    assertFalse(seen.stream().anyMatch(r -> r.contains("TOP SECRET")), seen.toString());
  }

  @Test
  void malformedXmlIsAnError() {
    assertThrows(XMLStreamException.class, () -> new SemEvalEval().run(
        new ByteArrayInputStream("<xml><Thread>".getBytes(StandardCharsets.UTF_8)), JUDGE, null));
  }
}
