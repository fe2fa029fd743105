package candor.insights;

import candor.annotate.Sentence;
import candor.insights.Conversation.Message;
import java.util.List;
import candor.rules.GuardedPattern;

/**
 * {@code next_step}: once pricing or a proposal has gone to the buyer (in an earlier rep message or in
 * this draft), the draft should ask for a concrete next step: a meeting with a day or time, a
 * booking link, or the date the buyer means to decide. A date stated as fact ("the quote is valid
 * until March 31") is not a next step, nor is a vague "happy to jump on a call sometime".
 */
final class NextStep implements InsightRule {
  /** Words that say the offer is here or has been sent, not that it will be. */
  private static final GuardedPattern SENT = GuardedPattern.compile(
      "\\b(?:attached|enclosed|here(?:'s| is| are)|below|as promised|you'll find|find (?:the|our|my)|(?:i|we)(?:'ve| have)? (?:sent|attached|put together|included|shared|updated|revised)|sent (?:over|you|it)|went out)\\b");
  private static final GuardedPattern OFFER = GuardedPattern.compile(
      "\\b(?:pric(?:e|es|ing)|quot(?:e|es|ation)|proposals?|estimates?|order form|sow|statement of work|contracts?|agreement|offer|bid|rate card|breakdown|terms)\\b");

  /** An invitation or a commitment to meet: what turns a date into a step the buyer takes. */
  private static final GuardedPattern INVITE = GuardedPattern.compile(
      "\\b(?:let's|let us|shall we|how about|what about|(?:would|does|do|could|will) (?:\\w+ ){0,4}work|(?:works?|suits?|fits?) (?:for |on )?(?:you|your|everyone|both|the team)|"
          + "are you (?:free|available|around|open)|you free|(?:i'm|i am|we're|we are) (?:free|available|around|open)|i (?:can|could) do|(?:can|could|should) we|(?:could|can|would|will) you (?:both |all )?(?:\\w+ ){0,2}(?:come|meet|join|visit|stop by|drop by|hop|jump|make it)|(?:want|like) to (?:meet|hop|jump|grab|get|walk|see|visit|come|join|talk)|"
          + "(?:i'll|i will|i'm going to|we'll) (?:send|put|get|book|set up|hold)(?: over| out)? (?:an? |the )?(?:calendar |meeting |zoom |teams )?(?:invite|invitation|hold|time|call|meeting)|"
          + "(?:i've|i have|we've|we have|i|we) (?:also |just |already )?(?:sent|booked|scheduled|blocked|held|penciled|pencilled|put)(?: in)? (?:an? |the |some |our |my )?(?:[\\w-]+ )?(?:invite|invitation|hold|time|call|meeting|slot)|"
          + "see you|confirmed for|pencil|grab (?:a|some|\\d+ min)|book (?:a|some)|pick (?:a|whichever)|which (?:of these|time|slot|day) )");
  private static final GuardedPattern MEETING = GuardedPattern.compile(
      "\\b(?:call|meet|meeting|demo|chat|walk-?through|session|sync|catch up|catch-up|zoom|teams|review|workshop|visit|tour|onsite|on-site|kick-?off|invite|calendar|time|slot|free|available)\\b");
  private static final GuardedPattern BOOKING_LINK = GuardedPattern.compile(
      "calendly\\.com|chilipiper|savvycal|cal\\.com/|/meetings/|https?://[\\w.-]*\\b(?:cal|calendar|meet|book|booking|schedule)\\b"
          + "|(?:book|grab|pick|choose) (?:a |an |any |some )?(?:[\\w-]+ )?(?:time|slot)s? (?:here|on my calendar|with me|via|at|using|that|through|from)");
  /** Asking when the buyer will decide, or restating the decision date the buyer chose. */
  private static final GuardedPattern DECISION = GuardedPattern.compile("\\b(?:decid\\w*|decision|sign(?:ed|ing)?(?! up)\\b|approv\\w*|go-?live|go ahead|move forward|commit|finali[sz]\\w*|green ?light|votes?|voting)");
  private static final GuardedPattern WHEN = GuardedPattern.compile(
      "\\b(?:when|what date|which date|what day|by when|timeline|timeframe|time frame|target date)(?: [\\w']+){0,8}? (?:decid|decision|sign|approv|go-?live|go ahead|move forward|commit|finali[sz]|green ?light)"
          + "|\\b(?:decid\\w*|decision|sign(?:ed|ing)?|approv\\w*)(?: [\\w']+){0,3}? (?:by when|date|deadline|timeline|timeframe)\\b");
  private static final GuardedPattern BUYER_CHOSE = GuardedPattern.compile("\\b(?:you|your team) (?:mentioned|said|told|wanted|planned|plan|are aiming|aim|hoped|need)\\b");

  @Override
  public List<Insight> detect(Conversation c) {
    String offerWhere = offerWhere(c);
    if (offerWhere == null) return List.of();
    for (Sentence s : c.draft.own()) {
      if (isNextStep(c.draft, s)) return List.of();
    }
    String buyer = buyerName(c);
    return List.of(Insight.draft(Insight.NEXT_STEP, "After " + offerWhere + ", the draft asks " + buyer
        + " for no concrete next step. Close by proposing one: a call with two specific times (\"Would Tuesday at 2pm or "
        + "Wednesday at 10am work to go through it?\"), or ask which date " + buyer + " wants to decide by."));
  }

  /** "the pricing in your draft" or "the proposal you sent" when one went out; null when none did. */
  static String offerWhere(Conversation c) {
    for (Message m : c.thread) {
      if (m.fromBuyer()) continue;
      for (Sentence s : m.own()) if (isOffer(m, s)) return "the pricing or proposal you sent";
    }
    for (Sentence s : c.draft.own()) if (isOffer(c.draft, s)) return "the pricing or proposal in this draft";
    return null;
  }

  static boolean isOffer(Message m, Sentence s) {
    String lower = m.lower(s);
    if (s.isQuestion(m.text())) return false;
    if (Cues.MONEY_AMOUNT.matcher(lower).find()) return true;
    return OFFER.matcher(lower).find() && SENT.matcher(lower).find();
  }

  static boolean isNextStep(Message draft, Sentence s) {
    String lower = draft.lower(s);
    if (BOOKING_LINK.matcher(lower).find()) return true;
    boolean question = s.isQuestion(draft.text());
    boolean time = Cues.TIME.matcher(lower).find();
    // "I'll call you Thursday at 10 to go through it", "Tuesday at 2 works for me": a dated proposal.
    if (time && (INVITE.matcher(lower).find() || candor.detect.Proposals.proposes(lower))) return true;
    if (time && question && MEETING.matcher(lower).find()) return true;
    if (DECISION.matcher(lower).find()) {
      if (question && (WHEN.matcher(lower).find() || time)) return true;
      if (time && BUYER_CHOSE.matcher(lower).find()) return true;
    }
    return false;
  }

  private static String buyerName(Conversation c) {
    for (int i = c.thread.size() - 1; i >= 0; i--) {
      if (c.thread.get(i).fromBuyer()) return Conversation.firstName(c.thread.get(i).from());
    }
    return "the buyer";
  }
}
