package candor.insights;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.detect.ConcernFinder;
import candor.insights.Conversation.Message;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import candor.rules.GuardedPattern;

/**
 * {@code slow_response}: a buyer message with a question, request, concern or problem waited more
 * than one business day ({@link BusinessDays}) for the next rep message. Needs both dates; the draft
 * has none, so a question only the draft answers is never judged. One insight per such buyer message,
 * at its first question, concern or problem.
 */
final class SlowResponse implements InsightRule {
  static final int MAX_BUSINESS_DAYS = 1;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  /** Something broken or in the way, which ConcernFinder (questions, requests, worries) may not call a concern. */
  private static final GuardedPattern PROBLEM = GuardedPattern.compile(
      "\\b(?:broken|not working|isn't working|stopped working|doesn't work|won't (?:load|open|sync|connect|start)|can't (?:log ?in|sign in|access|get|find|see|open|connect)"
          + "|error|errors|outage|is down|went down|failing|failed|crash\\w*|bug|glitch|problem|issue|stuck|missing|wrong|overcharged|double[- ]charged|late|delayed|damaged)\\b");

  private final ConcernFinder concerns = new ConcernFinder();

  @Override
  public List<Insight> detect(Conversation c) {
    List<Insight> out = new ArrayList<>();
    for (int i = 0; i < c.thread.size(); i++) {
      Message m = c.thread.get(i);
      if (!m.fromBuyer() || m.date() == null) continue;
      Message reply = null;
      for (int j = i + 1; j < c.thread.size(); j++) {
        if (!c.thread.get(j).fromBuyer()) {
          reply = c.thread.get(j);
          break;
        }
      }
      if (reply == null || reply.date() == null) continue;
      int days = BusinessDays.between(m.date(), reply.date());
      if (days <= MAX_BUSINESS_DAYS) continue;
      Sentence asked = firstAsk(m);
      if (asked == null) continue;
      int[] span = m.span(asked);
      String name = Conversation.firstName(m.from());
      out.add(Insight.thread(Insight.SLOW_RESPONSE, name + "'s \"" + m.quote(asked) + "\" waited " + days
          + " business days for a reply (" + DAY.format(m.date()) + " to " + DAY.format(reply.date()) + "). Answer "
          + "within a business day, even if only to say when the full answer will come.", m.index(), span[0], span[1]));
    }
    return out;
  }

  private Sentence firstAsk(Message m) {
    List<Sentence> own = m.own();
    if (own.isEmpty()) return null;
    List<ConcernFinder.Candidate> found = concerns.find(new AnnotatedText(m.text(), own), (s, e) -> true);
    Sentence first = found.isEmpty() ? null : found.get(0).sentence();
    for (Sentence s : own) {
      if (first != null && s.start() >= first.start()) break;
      String lower = m.lower(s);
      if (Cues.firstUnnegated(PROBLEM, lower, s) >= 0) return s;
    }
    return first;
  }
}
