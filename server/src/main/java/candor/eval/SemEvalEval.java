package candor.eval;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Unanswered-question detection against SemEval-2016 Task 3 (Qatar Living forum). Each thread's
 * question (subject, blank line, body) is the buyer's message and each reply in turn the draft.
 * Good replies should leave the question answered, Bad replies not; PotentiallyUseful is skipped.
 * Threads marked SubtaskA_Skip_Because_Same_As_RelQuestion_ID repeat another thread and are skipped.
 * A second pair of figures uses who wrote each reply (RELQ_USERID, RELC_USERID): the asker's own
 * comment is the buyer writing again, which in email the thread's roles tell apart, never an answer.
 * The XML is streamed with StAX, DTD and external entities off, one thread held at a time.
 */
public final class SemEvalEval {
  /** Longest question or reply read; longer text is cut (the API refuses beyond 100,000 characters too). */
  public static final int MAX_TEXT = 100_000;

  /** The engine's view of one reply: how many question sentences it found and how many it listed as open. */
  public record Verdict(int questionSentences, int listed) {
    /** The primary reading: no question sentence is listed. */
    public boolean answered() {
      return listed == 0;
    }

    /** SemEval's own definition of Good: at least one question sentence is answered (not listed). */
    public boolean answeredAny() {
      return questionSentences == 0 || listed < questionSentences;
    }
  }

  private final Confusion all = new Confusion();
  private final Confusion any = new Confusion();
  /** The same two readings with who wrote each reply: the asker's own comment is the buyer writing again, never an answer. */
  private final Confusion allByAuthor = new Confusion();
  private final Confusion anyByAuthor = new Confusion();
  private int byAsker;
  private int threads;
  private int duplicateThreads;
  private int potentiallyUseful;
  private int noQuestionSentence;
  private PrintStream failures;

  /**
   * {@code judge} takes a question and returns the judge of its replies (so a question is prepared
   * once per thread). Positive in the confusion matrices = "not answered" (Bad).
   */
  public void run(InputStream xml, Function<String, Function<String, Verdict>> judge, PrintStream failures)
      throws XMLStreamException {
    this.failures = failures;
    XMLStreamReader r = factory().createXMLStreamReader(xml);
    try {
      boolean skip = false;
      String threadId = "";
      String subject = "";
      String body = "";
      Function<String, Verdict> replies = null;
      boolean counted = false;
      String label = null;
      String asker = null;
      String author = null;
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
        switch (r.getLocalName()) {
          case "Thread" -> {
            skip = r.getAttributeValue(null, "SubtaskA_Skip_Because_Same_As_RelQuestion_ID") != null;
            threadId = String.valueOf(r.getAttributeValue(null, "THREAD_SEQUENCE"));
            if (skip) duplicateThreads++;
            subject = "";
            body = "";
            asker = null;
            replies = null;
            counted = false;
          }
          case "RelQuestion" -> asker = r.getAttributeValue(null, "RELQ_USERID");
          case "RelQSubject" -> subject = text(r);
          case "RelQBody" -> body = text(r);
          case "RelComment" -> {
            label = r.getAttributeValue(null, "RELC_RELEVANCE2RELQ");
            author = r.getAttributeValue(null, "RELC_USERID");
          }
          case "RelCText" -> {
            String reply = text(r);
            if (skip) continue;
            String question = subject.isBlank() ? body : subject.strip() + "\n\n" + body;
            if (replies == null) replies = judge.apply(question);
            Verdict v = replies.apply(reply);
            if (!counted) {
              counted = true;
              threads++;
              if (v.questionSentences() == 0) noQuestionSentence++;
            }
            score(threadId, question, reply, label, v, asker != null && asker.equals(author));
          }
          default -> { }
        }
      }
    } finally {
      r.close();
    }
  }

  static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setXMLResolver((publicId, systemId, base, ns) -> {
      throw new XMLStreamException("external entity refused: " + systemId);
    });
    return f;
  }

  /** The element's text, bounded; the reader ends on its END_ELEMENT. */
  private static String text(XMLStreamReader r) throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int e = r.next();
      if (e == XMLStreamConstants.START_ELEMENT) depth++;
      else if (e == XMLStreamConstants.END_ELEMENT) depth--;
      else if ((e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE)
          && b.length() < MAX_TEXT) {
        b.append(r.getTextCharacters(), r.getTextStart(), Math.min(r.getTextLength(), MAX_TEXT - b.length()));
      }
    }
    return b.toString();
  }

  private void score(String threadId, String question, String reply, String label, Verdict v, boolean fromAsker) {
    if ("PotentiallyUseful".equals(label)) {
      potentiallyUseful++;
      return;
    }
    if (!"Good".equals(label) && !"Bad".equals(label)) return;
    boolean notAnswered = "Bad".equals(label);
    all.add(notAnswered, !v.answered());
    any.add(notAnswered, !v.answeredAny());
    if (fromAsker) byAsker++;
    allByAuthor.add(notAnswered, fromAsker || !v.answered());
    anyByAuthor.add(notAnswered, fromAsker || !v.answeredAny());
    boolean primaryWrong = v.answered() == notAnswered;
    boolean anyWrong = v.answeredAny() == notAnswered;
    if (failures != null && (primaryWrong || anyWrong)) {
      // Tagged with the readings it fails: the primary one, SemEval's own ("any"), or both.
      failures.println("[" + (primaryWrong ? anyWrong ? "primary+any" : "primary" : "any") + "] " + threadId + " " + label + " judged " + (v.answered() ? "answered" : "not answered") + " (" + v.listed()
          + " of " + v.questionSentences() + " question sentences listed): Q: " + DarkPatternEval.oneLine(question)
          + " | A: " + DarkPatternEval.oneLine(reply));
    }
  }

  /** "answered = no question sentence listed"; positive = not answered (Bad). */
  public Confusion primary() {
    return all;
  }

  /** "answered = at least one question sentence not listed". */
  public Confusion anyReading() {
    return any;
  }

  /** {@link #primary} with authorship: a reply by the asker is not an answer. */
  public Confusion primaryByAuthor() {
    return allByAuthor;
  }

  /** {@link #anyReading} with authorship. */
  public Confusion anyReadingByAuthor() {
    return anyByAuthor;
  }

  public void print(PrintStream out) {
    int good = all.fp() + all.tn();
    int bad = all.tp() + all.fn();
    out.printf("semeval: %d threads (%d duplicate threads skipped); %d replies scored: Good %d, Bad %d; PotentiallyUseful %d skipped%n",
        threads, duplicateThreads, all.total(), good, bad, potentiallyUseful);
    out.printf("questions in which the engine finds no question/request/concern sentence: %d of %d%n", noQuestionSentence, threads);
    out.println("agreement, answered = no question sentence listed:           " + Confusion.share(all.tp() + all.tn(), all.total())
        + "  (target >= 0.70)");
    out.println("  Good judged answered " + Confusion.share(all.tn(), good) + "; Bad judged not answered " + Confusion.share(all.tp(), bad));
    out.println("agreement, answered = some question sentence not listed:     " + Confusion.share(any.tp() + any.tn(), any.total()));
    out.println("  Good judged answered " + Confusion.share(any.tn(), good) + "; Bad judged not answered " + Confusion.share(any.tp(), bad));
    out.printf("with authorship (%d scored replies are the asker's own comments: the buyer writing again, as a thread's roles say in email, never an answer):%n", byAsker);
    out.println("  answered = no question sentence listed:         " + Confusion.share(allByAuthor.tp() + allByAuthor.tn(), allByAuthor.total()));
    out.println("  answered = some question sentence not listed:   " + Confusion.share(anyByAuthor.tp() + anyByAuthor.tn(), anyByAuthor.total()));
    out.println(String.format(Locale.ROOT, "majority baseline (every reply 'not answered'): %.3f", all.total() == 0 ? 0.0 : (double) bad / all.total()));
  }
}
