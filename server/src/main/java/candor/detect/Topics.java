package candor.detect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import candor.rules.GuardedPattern;

/** Assigns a buyer's concern one topic of the API vocabulary from its wording. */
public final class Topics {
  // Order breaks ties: the more specific topics come first. The topic classifier reads the same cues.
  private static final Map<String, GuardedPattern> CUES = candor.features.TopicCues.CUES;

  private Topics() {}

  private static final GuardedPattern MONEY = GuardedPattern.compile(AnswerKinds.MONEY + "|\\d\\s?(?:k/yr|k/year|/mo\\b|/month|/yr|/year)");

  /** Whether the sentence says anything about {@code topic} (not only whether it is its main topic). */
  public static boolean mentions(String sentence, String topic) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if ("pricing".equals(topic) && MONEY.matcher(lower).find()) return true;
    GuardedPattern p = CUES.get(topic);
    return p != null && p.matcher(lower).find();
  }

  /** Every topic the lower-cased sentence says something about. */
  public static java.util.Set<String> mentioned(String lower) {
    java.util.Set<String> out = new java.util.HashSet<>();
    if (MONEY.matcher(lower).find()) out.add("pricing");
    for (Map.Entry<String, GuardedPattern> e : CUES.entrySet()) {
      if (e.getValue().matcher(lower).find()) out.add(e.getKey());
    }
    return out;
  }

  /** Someone on the buyer's side wants a say ("my dad will want his say"): a concern, and about who decides. */
  static final String HAS_A_SAY = "(?:want|wants|get|gets|have|has) (?:his|her|their|a|the final) say\\b";
  /**
   * Asking who decides ("who on your side can sign the data processing agreement?") is about
   * authority, whatever the thing to be signed; measuring a price against another vendor's ("30%
   * over what Coolwall quoted", "match the $89 we pay Brightline") is about the competitor.
   */
  private static final GuardedPattern WHO_DECIDES = GuardedPattern.compile(
      "\\bwho (?:on your (?:side|end) |at your (?:company|end|firm|side) |there |else )?(?:can|could|will|would|is able to|has to|needs to|gets to) (?:sign|approve|authori[sz]e|sign off)\\b"
          // "my dad will want his say", "anything over £25k has to go through our procurement board",
          // "I am not able to accept your quote myself"
          + "|\\b" + HAS_A_SAY
          + "|\\b(?:has|have|needs? to) go (?:through|to|past) (?:our|the|my) (?:\\w+ ){0,2}?(?:board|committee|procurement|finance|legal|director|cfo|ceo|owner|owners|partners?|manager|council|trustees)\\b"
          + "|\\b(?:not able to|unable to|can't|cannot) (?:accept|approve|sign|agree to) [^.?!]{0,50}\\b(?:myself|on my own)\\b");
  /**
   * A rival's offer set against this one, said as a statement ("the Chicago agency quoted us 14 cents
   * a word, which is lower than your figure", "still comparing against Lexorama", "offered to us at
   * 20% less"): a concern to answer ({@link ConcernFinder}) and about the competitor.
   */
  static final String RIVAL_OFFER = "(?:lower|cheaper|less) than (?:the (?:\\w+ )?(?:on|in) )?(?:your|yours|what you)"
      + "|(?:quote|price|offer) from [a-z]\\w+ (?:came in|was|is) (?:at )?[$\u20ac\u00a3\\d]"
      + "|(?:still )?comparing (?:you |this |it )?(?:against|with|to) "
      + "|\\b\\d+ ?(?:%|percent) (?:less|lower|cheaper|under)\\b"
      // "Liftway has offered us 10% off to renew with them"
      + "|\\b(?!you\\b|we\\b|i\\b)[a-z]+ (?:has|have) (?:also )?offered (?:us |me )?(?:a |an )?(?:\\d+ ?(?:%|percent)|[$\u20ac\u00a3]\\s?\\d)";

  private static final GuardedPattern AGAINST_A_RIVAL = GuardedPattern.compile(
      "\\b(?:(?:over|above|more than|higher than|under|less than|below|cheaper than) what \\w+(?: \\w+)? (?:quoted|charges?|charged|offered|offers)"
          + "|(?:match|beat) (?:the|their|that|a|our current) [^.?!]{0,30}(?:price|rate|quote|\\$|\\d)"
          // "Polar came in about $2k under you", "Browns have quoted £9,200 all in"
          + "|came in (?:\\S+ ){0,3}?(?:under|below|cheaper than|lower than) (?:you|yours|your)"
          + "|undercut\\w*"
          + "|\\b(?!you\\b|we\\b|i\\b)[a-z]+ (?:have|has) quoted (?:us )?(?:about |around |roughly )?[$\u20ac\u00a3]?\\s?\\d"
          + "|" + RIVAL_OFFER + ")\\b");

  /**
   * Data going into or out of a system the buyer runs, or keeping equipment they have ("a format we
   * can load into our asset system", "can we keep our current dimming system?"): integration by the
   * label rules' definition, whatever the thing's trade words suggest to the classifier.
   */
  private static final GuardedPattern INTO_OUR_SYSTEM = GuardedPattern.compile(
      "\\b(?:load|import|export|feed|push|pull|sync|transfer|upload|post|send|flow|go)\\w* (?:\\S+ ){0,4}?(?:into|to|from|with|in) our (?:\\S+ ){0,3}?(?:system|software|platform|database|erp|crm|portal|controller|computer|app|tool|package)s?\\b"
          + "|\\bkeep (?:using )?our (?:current|existing|old) (?:\\S+ ){0,2}?(?:system|software|platform|controller|computer|equipment|setup|hardware|console|network)s?\\b"
          // "can the bays be booked through our existing reservation system?": 15 of 15 labelled points
          + "|\\b(?:through|via|with|from|into|to|in) our (?:existing|current) (?:\\S+ ){0,2}?(?:system|software|platform|app|database|erp|crm|portal|tool|package|network|controller)s?\\b");

  /**
   * Paying in instalments or stages ("can I pay in installments, cash is tight"): payment terms, contract
   * by the label rules' definition (17 of the 18 labelled points that ask it), however money-like its words.
   */
  private static final GuardedPattern PAYMENT_TERMS = GuardedPattern.compile(
      "\\b(?:pay|paying|payment)s? (?:in|by) (?:instal?ments|stages|two|three|four)\\b|\\binstal?ments?\\b|\\bpayment plan\\b|\\bstage(?:d)? payments?\\b"
          // "our CFO asked whether we can do net 45", "any flexibility on payment milestones?": 44 of 45 labelled points
          + "|\\bnet[- ]?\\d{2}\\b|\\bpayment (?:terms|milestones?|schedule)\\b"
          // credit terms in days: "we're on 60 days with our current guy", "30-day invoices", "payment within 30 days" (15 of 15)
          + "|\\b(?:\\d{2}|thirty|sixty|ninety)[- ]days? (?:terms|credit|invoices?|payment|account)\\b"
          + "|\\b(?:we're|we are|we pay|pay|paid|be|invoices?) on (?:\\d{2}|thirty|forty-five|sixty|ninety) days?\\b"
          + "|\\b(?:payment|pay|invoices?|paid) (?:within|in) (?:\\d{2}|thirty|sixty|ninety) days\\b");

  /** How the buyer's or their customers' data is handled, or their data-protection officer or law: security_compliance in 66 of 68 labelled points. */
  private static final GuardedPattern DATA_PROTECTION = GuardedPattern.compile(
      "\\bdata (?:is |are |gets |will be )?(?:handled|stored|kept|processed|held|protected)\\b|\\b(?:dpo|gdpr|data protection)\\b");

  /**
   * The site's power, gas or water that the equipment must run on ("we've only got 63A on the 3-phase",
   * "does it run on single phase 240", "our gas supply is LP"): compatibility with what the buyer has,
   * integration in 15 of the 21 labelled points of the team's thread files (not the fresh batches) that name
   * one and no price (the other six: other).
   */
  private static final GuardedPattern SITE_SUPPLY = GuardedPattern.compile(
      "\\b(?:three|3|single|1)[- ]?ph(?:ase)?\\b|\\b\\d+ ?(?:amps?|kva)\\b|(?<![-\\w])\\d+a\\b(?! (?:month|year|week|day|head|unit|piece|pound|kg|ton))|\\b\\d{3} ?v(?:olts?)?\\b"
          + "|\\bpower (?:draw|supply|upgrade)\\b|\\bdraws? (?:\\S+ ){0,2}?power\\b|\\bpower (?:\\S+ ){0,5}?draws?\\b|\\b(?:gas|electrical|electric|water) supply\\b|\\bwater pressure\\b|\\bwell water\\b");

  /** Words that put a price on the supply work ("what would the 3-phase upgrade cost?"); not "charger". */
  private static final java.util.regex.Pattern PRICED = java.util.regex.Pattern.compile("\\b(?:pric\\w*|cost\\w*|fees?|budget\\w*|quot\\w*|pay\\w*|spend\\w*|afford\\w*|cheaper|expensive)\\b");

  /**
   * A lead time asked or stated ("what lead time would you quote for the first shipset?"): timeline in 117 of
   * the 122 labelled points that name one; the other five also ask a cost, so a price word leaves it open.
   */
  private static final GuardedPattern LEAD_TIME = GuardedPattern.compile("\\blead[- ]?times?\\b");

  /**
   * How long a job or a wait takes ("how long would your team need to install it", "how long before the parts
   * arrive", "how long to swap it out"), not how long something lasts or is kept: timeline in 58 of the 65
   * labelled points of that form without a price word.
   */
  private static final GuardedPattern HOW_LONG = GuardedPattern.compile(
      "\\bhow long (?:to\\b|before\\b|until\\b|till\\b|(?:will|would|does|do|did|is|should) (?:\\S+ ){0,4}?(?:take|need|be (?:out|off|down|closed|without))\\b)");

  /** A maintenance or service contract without a price or quote asked: contract in 20 of the 22 labelled points (8 more ask its cost). */
  private static final GuardedPattern SERVICE_CONTRACT = GuardedPattern.compile(
      "\\b(?:maintenance|service|servicing|support) (?:contract|agreement)s?\\b");

  /**
   * Fitting onto what the buyer already has ("splice onto our existing tails", "a feed from our current console"), not a
   * supplier they have: integration in 61 of the 68 labelled points of that form.
   */
  private static final GuardedPattern ONTO_WHAT_WE_HAVE = GuardedPattern.compile(
      "\\b(?:onto|into|with|to|from|work with|fits?|fit in|talk to|connect to|read) our (?:existing|current) "
          + "(?!(?:\\w+ )?(?:supplier|provider|contractor|lab|vendor|agency|company|firm|hauler|operator|broker|carrier|installer|engineer|team"
          + "|insurer|lease|contract|arrangement|partner|courier|guy|people|folks|crew|outfit|person|one)s?\\b)");

  /** Planning permission or a listed building ("part of the wall is on the listed frontage"): security_compliance in 15 of 16. */
  private static final GuardedPattern PLANNING = GuardedPattern.compile(
      "\\bplanning (?:permission|consent|approval)\\b|\\blisted (?:building|frontage|status|structure)\\b");

  /** References asked for ("could you send a few references from other departments?"): other in all 33 labelled points. */
  private static final GuardedPattern REFERENCES = GuardedPattern.compile("\\breferences\\b|\\breference (?:site|customer|client|call)s?\\b");

  /**
   * A certificate or certification without a price or a date asked: security_compliance in 207 of the 217 labelled
   * points that name one so.
   */
  private static final GuardedPattern CERTIFIED = GuardedPattern.compile("\\bcertif(?:y|ied|icates?|ications?)\\b");
  private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
      "\\b(?:how long|when|by (?:the )?\\w+day|weeks?|days?|months?|deadline|before)\\b");

  /** Price words other than "quote", which asks for a date as often as a figure. */
  private static final java.util.regex.Pattern COSTED = java.util.regex.Pattern.compile("\\b(?:pric\\w*|cost\\w*|fees?|budget\\w*|pay\\w*|spend\\w*|afford\\w*|cheaper|expensive|charge\\w*|rates?)\\b");

  /** The topic a sentence's form settles whatever its other words (see above), or null. */
  public static String decisive(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (WHO_DECIDES.find(lower)) return "authority";
    if (AGAINST_A_RIVAL.find(lower)) return "competitor";
    if (INTO_OUR_SYSTEM.find(lower)) return "integration";
    // What it would cost to run on that supply is still a price.
    if (SITE_SUPPLY.find(lower) && !MONEY.matcher(lower).find() && !PRICED.matcher(lower).find()) return "integration";
    if (PAYMENT_TERMS.find(lower)) return "contract";
    if (DATA_PROTECTION.find(lower)) return "security_compliance";
    Boolean costed = null; // read only once one of the forms is there: most points have none
    for (UnpricedForm form : UNPRICED_FORMS) {
      if (!form.pattern().find(lower)) continue;
      if (costed == null) costed = MONEY.matcher(lower).find() || COSTED.matcher(lower).find();
      if (costed || form.quoteIsAPrice() && PRICED.matcher(lower).find() || form.undated() && DATED.matcher(lower).find()) continue;
      return form.topic();
    }
    return null;
  }

  /**
   * A form that settles its topic only when no price is asked; for some, a quote asked for is a price too, and the
   * certificate also only when no date is.
   */
  private record UnpricedForm(GuardedPattern pattern, String topic, boolean quoteIsAPrice, boolean undated) {}

  private static final List<UnpricedForm> UNPRICED_FORMS = List.of(
      new UnpricedForm(LEAD_TIME, "timeline", false, false),
      new UnpricedForm(HOW_LONG, "timeline", false, false),
      new UnpricedForm(SERVICE_CONTRACT, "contract", true, false),
      new UnpricedForm(REFERENCES, "other", false, false),
      new UnpricedForm(ONTO_WHAT_WE_HAVE, "integration", false, false),
      new UnpricedForm(PLANNING, "security_compliance", false, false),
      new UnpricedForm(CERTIFIED, "security_compliance", true, true));

  public static String of(String sentence) {
    String decided = decisive(sentence);
    if (decided != null) return decided;
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (MONEY.matcher(lower).find() && !CUES.get("pricing").matcher(lower).find()) return "pricing";
    String best = "other";
    int bestHits = 0;
    for (Map.Entry<String, GuardedPattern> e : CUES.entrySet()) {
      int hits = 0;
      Matcher m = e.getValue().matcher(lower);
      while (m.find()) hits++;
      if (hits > bestHits) {
        best = e.getKey();
        bestHits = hits;
      }
    }
    return best;
  }
}
