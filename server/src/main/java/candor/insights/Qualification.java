package candor.insights;

import candor.annotate.Sentence;
import candor.insights.Conversation.Message;
import java.util.ArrayList;
import java.util.List;
import candor.rules.GuardedPattern;
import java.util.regex.Pattern;

/**
 * {@code money}, {@code authority}, {@code need}: whether the buyer's budget, the decision maker and
 * the buyer's need have come up. Always one insight of each type: found, with the span of the first
 * sentence that shows it (buyer messages first, then the rep's, then the draft), or missing, with no
 * span ({@code where = "thread"}, message null). The detail starts "Budget came up" / "Budget has not
 * come up" (and likewise for the others) so the two states read apart.
 *
 * <p>Money is the buyer's budget or ability to pay, not a price the rep quoted. Negation does not
 * hide a topic: "budget is not a problem" shows money came up. Need is the buyer's problem or goal
 * in the buyer's words, or the rep restating it ("you mentioned your team loses ..."); a negated
 * problem ("we don't have any issues with it") is not a need.
 */
final class Qualification implements InsightRule {
  private static final GuardedPattern MONEY = GuardedPattern.compile(
      "\\b(?:budget\\w*|funding|funded|unfunded|price range|ballpark|set aside|allocat\\w+|purchase order|capex|opex|line item"
          + "|(?:the|no|enough|more|spare|extra|any) money (?:for|to|in|left)|money (?:is|was|'s) (?:tight|short|an issue|a problem|not)"
          + "|(?:our|the|annual|total|current) spend\\b|spend(?:ing)? (?:limit|cap|authority|approval|ceiling)|can spend|(?:willing|able|prepared|allowed) to (?:spend|pay|invest)"
          + "|(?:afford|affordable)(?! (?:another|any|more|to (?:lose|miss|wait|risk|be|go|have)|downtime|delays|mistakes|errors))"
          + "|(?:cost|price|pricing) (?:is|isn't|is not|was|wasn't|won't be|will be|shouldn't be) (?:not )?(?:a|an|the|our) (?:issue|problem|concern|factor|blocker|question|constraint)"
          + "|(?:cap|capped|ceiling|limit|max(?:imum)?) (?:at|of) [$\u20ac\u00a3]?\\d|under [$\u20ac\u00a3]\\d|approved (?:spend|amount)"
          // "we have 18,000 EUR for AV all-in", "we've got about $30k to spend"
          + "|(?:we|i) (?:have|'ve got|have got|can do|can go (?:up )?to) (?:about |around |roughly |up to |max(?:imum)? )?"
          + "(?:[$\u20ac\u00a3]\\s?\\d[\\d,.]*k?|\\d[\\d,.]*\\s?(?:k|eur|usd|gbp|euros?|dollars|pounds)\\b) (?:for|to spend|all-in|in total|total))");
  private static final String ROLE = "(?:cfo|ceo|coo|cto|cio|cmo|cro|vp|svp|evp|board|committee|procurement|purchasing|owner|owners|founder|founders|partners|boss|director|president|head of \\w+|gm|general manager|finance|legal|superintendent|principal|dean|chief \\w+ officer|manager|leadership|exec team|executive team)";
  private static final GuardedPattern AUTHORITY = GuardedPattern.compile(
      "\\b(?:decision[- ]?makers?|final (?:say|call|decision|approval|sign-?off|word)|sign(?:s|ed|ing)?[- ]off|signs? (?:the |off on the )?(?:contract|order form|po|paperwork|agreement|check|cheque)"
          + "|buying (?:committee|group)|budget (?:holder|owner)|economic buyer|signing authority|(?:run|take|bring) (?:it|this|that|the \\w+) (?:by|past|to) (?:my|our|the)"
          + "|who (?:else )?(?:is|will be|would be|needs to be|should be|has to be|gets) (?:involved|in the loop|looped in|signing|approving|deciding|a part)"
          + "|who (?:makes|owns|has|gets) the (?:call|decision|final)|who (?:decides|approves|signs)|(?:i|we) (?:make|own|have) the (?:final )?(?:call|decision)"
          + "|(?:it's|it is|the decision is|that's|decision's) (?:my|our|\\w+'s) (?:call|decision)|(?:need|needs|have|has) to (?:approve|sign off|okay|ok|bless|green-?light)"
          + "|(?:need|needs|require|requires|get|got|getting|have|has|without) (?:\\w+ ){0,3}(?:approval|sign-?off|blessing|green light|buy-?in)"
          + "|(?:i|we)(?: can| will|'ll| would|'d)? (?:sign|approve)\\b(?! up)|(?:decide|deciding|decides|make the (?:call|decision)) (?:\\w+ )?(?:together|jointly|between us)"
          + "|" + ROLE + " (?:\\w+ ){0,4}(?:decid\\w*|decision|approv\\w*|signs?|signing|final|call|okay|blessing|buy-?in|green light|review\\w*|weigh in|choose|pick|votes?|voting)"
          + "|(?:decid\\w*|decision|approv\\w*|sign-?off) (?:\\w+ ){0,5}" + ROLE + ")\\b");
  /** The buyer's problem or goal, said by the buyer. */
  private static final GuardedPattern NEED = GuardedPattern.compile(
      "\\b(?:(?:we're|we are|i'm|i am|team is|team's|we've been|we have been|they're|they are|we keep|i keep|we|they|are|is|keep|keeps|been) (?:\\w+ ){0,2}(?:struggling|drowning|wasting|stuck|frustrated|fed up|tired of|fighting|juggling|burning|chasing)"
          + "|(?:our|the|my|biggest|main|real|big|one|key) (?:\\w+ )?(?:problem|issue|challenge|pain(?: point)?|headache|bottleneck|goal|objective|aim) (?:is|was|right now|has been|these days|we're|we are)"
          + "|(?:we|i|the team) (?:really )?(?:need|needs|want|have) to (?:reduce|cut|improve|fix|stop|automate|replace|speed up|consolidate|get rid of|scale|lower|increase|track|eliminate|streamline|modernize|get off|move off|solve|understand why|get (?:a handle|visibility|control))"
          + "|(?:we|i) (?:have to|must|are required to|need to) (?:keep|retain|comply|meet|store|report|prove|pass)\\b"
          + "|(?:we|i|our team) (?:really |urgently |still )?need (?!to |a (?:second |new |updated |revised )?(?:quote|price|copy|invoice|call|minute)|more time|some time|a few)"
          + "|(?:our|the) (?:current|existing|old|last|previous) (?:[\\w']+ ){0,3}(?:is|are|was|were|has been|have been|keeps?|kept|doesn't|don't|can't|won't|isn't|aren't)\\b"
          + "|(?:biggest|main|real|top|constant) (?:\\w+ )?(?:problem|issue|challenge|pain|headache|bottleneck|time sink|worry|complaint)|time sink|(?:is|are) a (?:mess|pain|disaster)|chaotic|breaking|breaks down"
          + "|(?:we'd|we would|i'd|i would) (?:love|like) to (?:improve|reduce|cut|fix|stop|automate|replace|speed up|consolidate|get rid of|lower|eliminate|streamline|modernize|solve)"
          + "|(?:looking|trying|hoping|aiming) (?:for a way )?to (?:reduce|cut|improve|fix|stop|automate|replace|speed up|consolidate|get rid of|scale|lower|increase|track|eliminate|streamline|modernize|get off|move off|solve)"
          + "|(?:we're|we are|i'm|i am) (?:\\w+ )?(?:looking|shopping|searching) for (?:a |an |some |another )(?!quote|price|call|time|minute)"
          + "|takes? (?:us |me |our team |the team |them )?(?:hours|days|weeks|forever|too long|ages)|spend(?:s|ing)? (?:hours|days|weeks|too much time|half|(?:their|our|my|the) (?:\\w+ )?(?:week|weeks|day|days|hours|time))"
          + "|(?:keeps?|kept) (?:breaking|failing|crashing|going down|missing|slipping)|costing us|costs us|cost us|end up|can't afford (?:another|any more|more)"
          + "|(?:failed|fails|failing|broke|broken|cracked|crushed|damaged|crashed|lost|loses|losing|missed|misses|theft|churn|outages?|downtime|errors|mistakes)\\b"
          + "|(?:jumped|went up|doubled|tripled|spiked|is up|are up|rising|climbing) (?:by |to )?(?:\\d|\\w+ percent)|(?:shipping|running|arriving|paid|paying) late"
          + "|manually|manual (?:process|work|entry|data|steps|tracking|reconciliation|reporting|effort|checks|counts|scheduling)|by hand|spreadsheets?"
          + "|pain point|painful|bottleneck|headache|nightmare|frustrat\\w*|error-prone|outdated|clunky|falling behind|fall through the cracks|slipping through"
          + "|(?:hours|days) (?:a|per|every) (?:week|month|day)"
          // the cost of a problem already paid, or the buyer asking that it never recur
          + "|had to (?:cancel|reschedule|quarantine|scrap|redo|replace|refund|turn away|throw (?:out|away)|write off|shut down|close)"
          + "|(?:won't|doesn't|does not|will not|never) happens? again)");
  /**
   * Stems of words that describe something going wrong or costing the buyer (Snowball stems, so
   * "delays", "delayed" and "delaying" meet). Read only in the buyer's declarative sentences about
   * themselves (we/our/my/us) and only where no negator governs the word.
   */
  private static final java.util.Set<String> PAIN_STEMS = java.util.Set.of("behind", "late", "slow", "old", "legaci",
      "outdat", "manual", "fine", "penalti", "flag", "fail", "broke", "broken", "crack", "crush", "damag", "lose", "lost",
      "loss", "miss", "churn", "error", "mistak", "complain", "complaint", "wast", "eat", "drain", "hurt", "struggl",
      "suffer", "stuck", "problem", "issu", "challeng", "pain", "headach", "bottleneck", "frustrat", "annoy", "tire",
      "mess", "chao", "backlog", "vacanc", "turnov", "overtim", "downtim", "outag", "delay", "inconsist", "unreli",
      "risk", "breach", "theft", "fraud", "shortag", "understaf", "overwhelm", "burnout", "scrambl", "chase", "juggl",
      "audit", "regul", "mandat", "complianc", "deadlin", "requir", "hard", "difficult", "tough", "expens", "cost");
  private static final java.util.Set<String> SELF = java.util.Set.of("we", "our", "us", "my", "i", "me", "ours", "we're",
      "we've", "i'm", "i've");
  private static final Pattern APOLOGY = Pattern.compile("^\\W*(?:sorry|apologies|apologize|my apologies|thanks|thank you)\\b");

  /** The rep restating the buyer's need. */
  private static final GuardedPattern RESTATED = GuardedPattern.compile(
      "\\b(?:you|your team) (?:mentioned|said|told me|described|flagged|shared|explained)\\b");

  @Override
  public List<Insight> detect(Conversation c) {
    List<Insight> out = new ArrayList<>(3);
    out.add(find(c, Insight.MONEY, MONEY, false,
        "Budget came up: \"%s\". Confirm the number covers the option you are proposing.",
        "Budget has not come up in this thread. Ask what they have set aside for this (or what it is worth to them) "
            + "before sending numbers they may not be able to fund."));
    out.add(find(c, Insight.AUTHORITY, AUTHORITY, false,
        "The decision maker came up: \"%s\". Make sure that person sees what they need to say yes.",
        "The decision maker has not come up in this thread. Ask who besides your contact signs off, and how they "
            + "usually decide on purchases like this."));
    out.add(find(c, Insight.NEED, NEED, true,
        "The need came up: \"%s\". Tie your next message to it in their words.",
        "The buyer's need has not come up in this thread. Ask what problem they want solved and what it costs them "
            + "today, before pitching features."));
    return out;
  }

  /** A buyer's statement about their own side with a word of trouble in it: "our bookkeeping is a week behind". */
  static boolean statesPain(Message m, Sentence s, String lower) {
    if (s.isQuestion(m.text()) || APOLOGY.matcher(lower).find()) return false;
    boolean self = false;
    for (candor.annotate.Token t : s.tokens()) if (SELF.contains(t.lower())) self = true;
    if (!self) return false;
    for (candor.annotate.Token t : s.tokens()) {
      if (PAIN_STEMS.contains(t.stem()) && !Cues.negatedBefore(s, t.start())) return true;
    }
    return false;
  }

  private static Insight find(Conversation c, String type, GuardedPattern p, boolean buyerWordsOnly,
      String found, String missing) {
    List<Message> order = new ArrayList<>();
    for (Message m : c.thread) if (m.fromBuyer()) order.add(m);
    for (Message m : c.thread) if (!m.fromBuyer()) order.add(m);
    order.add(c.draft);
    for (Message m : order) {
      for (Sentence s : m.own()) {
        String lower = m.lower(s);
        boolean hit;
        if (!buyerWordsOnly) {
          hit = p.matcher(lower).find();
        } else if (m.fromBuyer()) {
          hit = Cues.firstUnnegated(p, lower, s) >= 0 || (p == NEED && statesPain(m, s, lower));
        } else {
          hit = RESTATED.matcher(lower).find() && Cues.firstUnnegated(p, lower, s) >= 0;
        }
        if (!hit) continue;
        int[] span = m.span(s);
        String detail = String.format(found, m.quote(s));
        return m.isDraft() ? Insight.draft(type, detail, span[0], span[1])
            : Insight.thread(type, detail, m.index(), span[0], span[1]);
      }
    }
    return Insight.thread(type, missing);
  }
}
