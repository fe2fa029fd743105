package candor.insights;

import candor.annotate.Sentence;
import candor.insights.Conversation.Message;
import java.util.ArrayList;
import java.util.List;
import candor.rules.GuardedPattern;

/**
 * {@code stall}: a buyer message that defers the deal: too busy ("too much on my plate"), not now
 * ("not a priority right now"), or later ("let's revisit next quarter"). One insight per buyer
 * message, at its first deferring sentence. "Let's revisit the SOW tomorrow" is not a stall (the
 * time is near), and "we're not putting this on hold" is not either (negated).
 */
final class Stalls implements InsightRule {
  /** Stalls whose wording carries its own negation: matched as they are. */
  private static final GuardedPattern SAYS_NOT_NOW = GuardedPattern.compile(
      "\\b(?:(?:not|isn't|is not|no longer|aren't|are not|wasn't) (?:\\w+ )?(?:a |an |our |my |the )?(?:top |high |big |immediate |pressing |current )?priorit(?:y|ies)"
          + "|(?:not|isn't|is not) (?:the )?(?:right|best|ideal) (?:time|moment|timing)|not (?:a )?(?:good|great) time"
          + "|(?:don't|do not|dont|won't|will not) have (?:the |any |much )?(?:bandwidth|capacity|cycles|headcount|time|budget)(?: for| to| right| at| this| until| before| now)"
          + "|no (?:bandwidth|capacity|cycles)\\b|not ready (?:yet|to (?:move|commit|make|sign|decide|buy|go))|not (?:in a position|able) to (?:move|commit|decide|take (?:this|it) on|sign|buy)"
          + "|can't (?:take (?:this|it|that) on|prioriti[sz]e|commit|focus on (?:this|it))(?: right now| at the moment| this| until|\\b))");
  /** Stalls said positively: skipped when a negator governs them. */
  private static final GuardedPattern DEFERS = GuardedPattern.compile(
      "\\b(?:too much on (?:my|our|the team's) plate|(?:my|our) plate is (?:full|overflowing)"
          + "|(?:swamped|slammed|underwater|stretched (?:too )?thin|buried)\\b.{0,40}\\b(?:right now|at the moment|for now|this (?:week|month|quarter|year|spring|summer|fall)|until|these days|lately)"
          + "|back ?burner|on ice|on (?:the )?(?:back )?burner|(?:put|putting|puts|keep|keeping|be|is|are|it's|we're) (?:\\w+ )?on (?:hold|pause)|(?:pause|park|shelve|table|freeze) (?:this|it|things|the (?:project|evaluation|deal|conversation|decision|rollout))"
          + "|(?:gets?|got|getting|be|is|are|being|was) (?:\\w+ )?(?:shelved|parked|tabled|paused|frozen|postponed|deferred)\\b"
          + "|lower priority|low priority|deprioriti[sz]\\w*|bad timing|timing (?:isn't|is not|is) (?:right|great|ideal|bad|off|tough|tricky)"
          + "|(?:hold|holding) off|wait (?:until|till|for) (?:next|after|the new|q[1-4])|put (?:this|it) off|push(?:ing|ed)? (?:this|it|things|the \\w+) (?:out|back)|pushed (?:out|back)"
          + "|budget (?:freeze|is frozen|is on hold|got cut|was cut)|(?:hiring|spending) freeze|other priorities|(?:focus|focused|focusing|concentrate) on (?:other|something else|\\w+ (?:first|for now))"
          + "|(?:revisit|circle back|reconnect|regroup|pick (?:this|it|things) (?:back )?up|come back to (?:this|it)|touch base|check back|check in|follow up|reach out|talk|resume|look at (?:this|it)|restart|reopen)"
          + "(?: again)?(?: (?:on|about|with|to) (?:this|it|you|us|things))?(?: [\\w'-]+){0,4}? (?:next (?:quarter|year|month|fiscal|budget(?: cycle)?|season|half)|in q[1-4]|q[1-4]\\b|(?:in|after) the new year|later (?:this|in the|next) year"
          + "|in (?:a few|a couple of|a couple|two|three|four|six|\\d+) (?:weeks|months)|in (?:the )?(?:spring|summer|fall|autumn|winter)|once (?:things|we|the)|after (?:the |our )?(?:holidays|summer|audit|launch|merger|reorg|renewal|busy season|fiscal year|budget|quarter|migration|conference|season|new year|year-end|year end)))");

  @Override
  public List<Insight> detect(Conversation c) {
    List<Insight> out = new ArrayList<>();
    for (Message m : c.thread) {
      if (!m.fromBuyer()) continue;
      Sentence hit = firstStall(m);
      if (hit == null) continue;
      int[] span = m.span(hit);
      String name = Conversation.firstName(m.from());
      out.add(Insight.thread(Insight.STALL, name + " deferred (\"" + m.quote(hit) + "\"). Rather than pushing or "
          + "repeating the offer, ask why: what changed, what is taking priority, and what would have to be true to pick "
          + "this up again.", m.index(), span[0], span[1]));
    }
    return out;
  }

  static Sentence firstStall(Message m) {
    for (Sentence s : m.own()) {
      if (isStall(m, s)) return s;
    }
    return null;
  }

  static boolean isStall(Message m, Sentence s) {
    String lower = m.lower(s);
    if (SAYS_NOT_NOW.matcher(lower).find()) return true;
    return Cues.firstUnnegated(DEFERS, lower, s) >= 0;
  }
}
