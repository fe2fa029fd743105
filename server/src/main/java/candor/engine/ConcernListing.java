package candor.engine;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.detect.AnswerJudge;
import candor.detect.ConcernAdvice;
import candor.detect.ConcernFinder;
import candor.detect.Coverage;
import candor.detect.TopicDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One buyer message's open items: each question, request or concern found in it is given a topic,
 * judged against the rep's later replies and the draft, and, when left open, listed; neighbouring
 * sentences that make one point are listed as one item.
 */
final class ConcernListing {
  /** A short question that points back: "Can you explain it?", "Is that negotiable?", "What's the difference?". */
  private static final Pattern LEANS_BACK = Pattern.compile(
      "^\\W*(?:\\S+\\s+){0,5}?(?:it|that|this|those|these|them|both|the (?:difference|gap|reason|catch|increase|jump|extra|premium))\\b");

  /**
   * Whether the point leans back ({@link #LEANS_BACK}), not counting a "that" which opens a relative clause
   * ("Can you do wax foundation that's certified free of residues?") and points nowhere: one with a verb
   * after it and, before it, a word that is not a verb, pronoun or conjunction ("is that included?", "and
   * that's per month?" lean back). The word before is not required to be a noun: the tagger calls
   * "foundation" there a preposition.
   */
  static boolean leansBack(Sentence sentence, int spanStart, String span) {
    java.util.regex.Matcher m = LEANS_BACK.matcher(span.toLowerCase(Locale.ROOT));
    if (!m.find()) return false;
    if (!span.regionMatches(true, m.end() - 4, "that", 0, 4)) return true;
    int at = spanStart + m.end() - 4;
    List<candor.annotate.Token> tokens = sentence.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).start() != at) continue;
      String before = tokens.get(i - 1).pos();
      String pos = tokens.get(i).pos();
      boolean verbAfter = pos.endsWith("+AUX") || pos.endsWith("+VERB")
          || i + 1 < tokens.size() && (tokens.get(i + 1).pos().equals("AUX") || tokens.get(i + 1).pos().equals("VERB"));
      return !verbAfter || NOT_BEFORE_RELATIVE.contains(before);
    }
    return true;
  }

  private static final java.util.Set<String> NOT_BEFORE_RELATIVE = java.util.Set.of("AUX", "VERB", "PRON", "SCONJ", "CCONJ", "ADV", "PUNCT", "INTJ");

  /** Receives each judged point with its evidence: how the answer judge's training data is made. */
  interface Recorder {
    void point(int message, int start, int end, List<String> evidence);
  }

  private final TopicDetector topics;
  private final Coverage coverage;
  /** The trained judge that has the last word on answered or open; null: the rules' verdict stands. */
  private final AnswerJudge judge;
  private volatile Recorder recorder;

  ConcernListing(TopicDetector topics, Coverage coverage, AnswerJudge judge) {
    this.topics = topics;
    this.coverage = coverage;
    this.judge = judge;
  }

  /** Sends every judged point's evidence to {@code r} (null: none); for training, on one thread. */
  void record(Recorder r) {
    this.recorder = r;
  }

  /** The open items of message {@code index} (text {@code text}), judged against {@code later} replies. */
  List<Concern> open(int index, String text, AnnotatedText annotated, List<ConcernFinder.Candidate> candidates,
      List<Coverage.Reply> later) {
    List<Concern> out = new ArrayList<>();
    Concern previous = null;
    int previousSentence = -2;
    ConcernFinder.Kind previousKind = null;
    int answeredSentence = -2;
    int answeredEnd = 0;
    for (ConcernFinder.Candidate c : candidates) {
      if (ConcernFinder.notAPoint(text, c)) continue;
      String span = text.substring(c.start(), c.end());
      String topic = topics.of(text, c.sentence(), span);
      int sentenceIndex = annotated.sentences().indexOf(c.sentence());
      // "Can you explain it?" is about the point the sentence before made ("your block price is up 11%");
      // "What are we getting for the extra?" after "Polar came in $2k under you" is about the rival,
      // whatever topic its own words suggest.
      if (sentenceIndex > 0 && leansBack(c.sentence(), c.start(), span) && c.sentence().tokens().size() <= 12) {
        Sentence before = annotated.sentences().get(sentenceIndex - 1);
        String beforeText = text.substring(before.start(), before.end());
        if ("other".equals(topic)) {
          topic = topics.of(text, before, beforeText);
        } else {
          String decided = candor.detect.Topics.decisive(beforeText);
          if (decided != null) topic = decided;
        }
      }
      Coverage.Trace trace = new Coverage.Trace();
      Coverage.Verdict v = coverage.judge(annotated, c.start(), c.end(), topic, c.asksForAction(text), later, trace);
      Recorder r = recorder;
      List<String> evidence = null;
      if (r != null || judge != null && !judge.stands(trace.reasons())) {
        evidence = evidence(annotated, c, text, topic, later, v, trace, candidates.size());
        if (r != null) r.point(index, c.start(), c.end(), evidence);
        // The judge decides answered or open; an open point keeps the rules' deferred-or-not.
        if (judge != null) v = judge.decide(v, trace.reasons(), evidence);
      }
      // "How fast are claims paid? Our last insurer took 7 months.", "Is the commission built into the
      // rate? We want to see it.": a wish pointing back at an answered question, or a short worry right
      // behind it, is answered with it. A longer sentence is a point of its own. (Until session 16 the
      // worry also had to share the question's topic; that condition changed no held-out figure, and
      // with two noisy topics it only failed where the classifier read the two differently.)
      if (v != Coverage.Verdict.ANSWERED && sentenceIndex == answeredSentence + 1 && c.kind() != ConcernFinder.Kind.QUESTION
          && !candor.rules.Text.blankLineBetween(text, answeredEnd, c.start())
          && (ConcernFinder.refersBack(text, c)
              || c.kind() == ConcernFinder.Kind.CONCERN && c.sentence().tokens().size() <= 8)) {
        v = Coverage.Verdict.ANSWERED;
      }
      if (v == Coverage.Verdict.ANSWERED) {
        previous = null;
        answeredSentence = sentenceIndex;
        answeredEnd = c.end();
        continue;
      }
      Concern.Status status = v == Coverage.Verdict.DEFERRED ? Concern.Status.DEFERRED : Concern.Status.UNANSWERED;
      double confidence = confidence(annotated, c, text, topic, later, v, trace, evidence, candidates.size(), status);
      // One concern often takes two sentences ("We have a strict rule that PHI stays in our VPC. Is there
      // a way to keep data in-region?"): adjacent open sentences on one topic, or a question right after
      // the concern it asks about, are reported as one item. A follow-up on another topic ("the deposit
      // is more than we expected. Is any of it refundable?") is a point of its own.
      boolean followsItsConcern = previousKind == ConcernFinder.Kind.CONCERN && c.kind() != ConcernFinder.Kind.CONCERN
          || ConcernFinder.refersBack(text, c);
      // A blank line between them ends the point: the next paragraph is the buyer's next point. A new
      // bullet does not (unlike on the reply side, Text.paragraphBreak): two bullets on one topic are
      // mostly one point, and splitting them cost unanswered F1 (82-83 0.745 -> 0.739, session 37).
      boolean adjacent = previous != null && sentenceIndex == previousSentence + 1
          && !candor.rules.Text.blankLineBetween(text, previous.end(), c.start());
      // A topic its own words never mention ("Please send both") is the classifier's guess from a
      // handful of words, which leans to the commonest topic: such a follow-up takes its point's.
      // A topic settled by the sentence's form ("booked through our existing reservation system") is no guess.
      // Read only for a point that could join the one before.
      boolean guessed = adjacent && ("other".equals(topic)
          || !candor.detect.Topics.mentions(span, topic) && candor.detect.Topics.decisive(span) == null);
      if (adjacent
          && (previous.topic().equals(topic) || followsItsConcern && (guessed || "other".equals(previous.topic())))
          && previous.status() == status) {
        String merged = text.substring(previous.start(), c.end());
        // The question names the topic ("Who on your end can sign our safety agreement? It has to be
        // an officer."); otherwise the last sentence, unless it has none of its own ("Please send both").
        boolean previousAsks = previousKind == ConcernFinder.Kind.QUESTION && c.kind() != ConcernFinder.Kind.QUESTION;
        String mergedTopic = (previousAsks || guessed) && !"other".equals(previous.topic()) ? previous.topic() : topic;
        previous = new Concern(Ids.of("unanswered", Integer.toString(index), merged), index, previous.start(), c.end(), merged,
            mergedTopic, status, ConcernAdvice.of(mergedTopic, status == Concern.Status.DEFERRED), Math.max(previous.confidence(), confidence));
        out.set(out.size() - 1, previous);
      } else {
        previous = new Concern(Ids.of("unanswered", Integer.toString(index), span), index, c.start(), c.end(), span, topic,
            status, ConcernAdvice.of(topic, status == Concern.Status.DEFERRED), confidence);
        out.add(previous);
      }
      previousSentence = sentenceIndex;
      previousKind = c.kind();
    }
    return out;
  }

  /**
   * How likely this open point is right ({@link candor.detect.OpenConfidence}): from the judge's
   * probability that it is open, asked here when its verdict was the rules' alone.
   */
  private double confidence(AnnotatedText annotated, ConcernFinder.Candidate c, String text, String topic, List<Coverage.Reply> later,
      Coverage.Verdict v, Coverage.Trace trace, List<String> evidence, int points, Concern.Status status) {
    boolean putOff = status == Concern.Status.DEFERRED;
    boolean concern = c.kind() == ConcernFinder.Kind.CONCERN;
    if (judge == null) return candor.detect.OpenConfidence.of(null, putOff, concern);
    if (evidence == null) evidence = evidence(annotated, c, text, topic, later, v, trace, points);
    return candor.detect.OpenConfidence.of(judge.openness(evidence), putOff, concern);
  }

  /** What the judge weighs about one point: the coverage rules' evidence, with the point's kind and how many the message makes. */
  private List<String> evidence(AnnotatedText annotated, ConcernFinder.Candidate c, String text, String topic, List<Coverage.Reply> later,
      Coverage.Verdict v, Coverage.Trace trace, int points) {
    List<String> evidence = coverage.evidence(annotated, c.start(), c.end(), topic, c.asksForAction(text), later, v, trace);
    evidence.add("kind=" + c.kind());
    evidence.add("kind=" + c.kind() + "&rule=" + v);
    // A message of many points is more often left partly unanswered.
    evidence.add("points=" + Math.min(points, 6));
    return evidence;
  }
}
