package candor.detect;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import candor.rules.GuardedPattern;

/** Assigns a buyer's concern one topic of the API vocabulary from its wording. */
public final class Topics {
  // Order breaks ties: the more specific topics come first.
  private static final Map<String, GuardedPattern> CUES = new LinkedHashMap<>();

  static {
    CUES.put("security_compliance", GuardedPattern.compile("\\b(?:soc ?2|soc2|security|secure|compliance|compliant|hipaa|gdpr|phi|pii|encrypt\\w*|audit\\w*|iso ?27001|fda|certif\\w*|certs?|coc|background check\\w*|screen(?:ing)?|immutable|vpc|data residency|penetration|pen test|regulat\\w*|registered with|wcag|accessib\\w*|ada complian\\w*|confidential\\w*|secured?|osha|ul listed|retention|breach\\w*|mfa|privacy|lot tracking|expiration dates?|traceab\\w*|who (?:can|could|will) (?:access|see)|who (?:sees|has access|gets access)|safety data sheets?|\\bsds\\b|access control|(?:stored|hosted|kept) (?:in|on|where)|where\\b(?:\\s+\\S+){0,6}?\\s+(?:stored|hosted|kept))\\b"));
    CUES.put("integration", GuardedPattern.compile("\\b(?:sso|single sign-on|api|apis|rate limits?|integrat\\w*|connect\\w*|sync\\w*|erp|crm|salesforce|hubspot|netsuite|sap|quickbooks|webhooks?|export\\w*|import\\w*|compatib\\w*|plug-?ins?|data feed|edi|ehr|emr|epic|workday|shopify|migrat\\w*|work with our|tms|wms|ipads?|iphones?|ios|android|chromebooks?|browsers?|operating systems?)\\b"));
    CUES.put("contract", GuardedPattern.compile("\\b(?:contract\\w*|terms?|in writing|commitment|commit|cancel\\w*|renewal|renew\\w*|sla|liabilit\\w*|indemn\\w*|ip|intellectual property|own(?:s|ership)?|property|agreement|notice period|auto-?renew\\w*|exclusiv\\w*|termination|warranty|months? (?:minimum|term)|minimum (?:term|engagement|commitment|order)|lock-?in|locked? in(?:to)?|negotiat\\w*|refund\\w*|rebate|on the hook|penalt\\w*)\\b"));
    CUES.put("pricing", GuardedPattern.compile("\\b(?:pric\\w*|cost\\w*|fees?|discount\\w*|budget\\w*|\\$|quote\\w*|per (?:seat|user|envelope|month|unit|load|hour)|seats?|cheaper|expensive|invoice\\w*|billing|bill|pay\\w*|rates?|spend|roi|charge\\w*|reimburs\\w*|tiers?|plans?|afford\\w*|money|deposits?|retainers?|upfront|down payment)\\b"));
    // "when" only as the question ("when could you start?", "by when"): "calibration when we switch beans" is not about timing.
    CUES.put("timeline", GuardedPattern.compile("(?:^\\W*(?:\\w+\\W+){0,2}?when\\b|\\b(?:by|until|from) when\\b)|\\b(?:how long|lead times?|deadline|dates?|schedul\\w*|weeks?|months?|days?|go-?live|delivery|deliver\\w*|timeline|timeframe|eta|turnaround|start(?:ing)?|launch\\w*|ship\\w*|by (?:monday|tuesday|wednesday|thursday|friday|the end)|how (?:quickly|fast|soon)|in time|transit|january|february|march|april|june|july|august|september|october|november|december|hours?|onboard\\w*|implementation|phase\\w*|rollout)\\b"));
    CUES.put("competitor", GuardedPattern.compile("\\b(?:competitor\\w*|vs\\.?|versus|compar\\w*|side-by-side|like[- ]for[- ]like|alternative\\w*|other vendors?|switch(?:ing)? from|currently use|incumbent|another (?:vendor|provider|option)|cheaper elsewhere|(?:other|another) quote)\\b"));
    CUES.put("authority", GuardedPattern.compile("\\b(?:approv\\w*|sign(?:-| )?off|board|committee|cfo|ceo|cno|boss|manager|leadership|decision[- ]?maker|who (?:needs|has) to|procurement|legal|stakeholders?|my (?:director|vp))\\b"));
  }

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
      + "|\\b\\d+ ?(?:%|percent) (?:less|lower|cheaper|under)\\b";

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
          + "|\\bkeep (?:using )?our (?:current|existing|old) (?:\\S+ ){0,2}?(?:system|software|platform|controller|computer|equipment|setup|hardware|console|network)s?\\b");

  /** The topic a sentence's form settles whatever its other words (see above), or null. */
  public static String decisive(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (WHO_DECIDES.find(lower)) return "authority";
    if (AGAINST_A_RIVAL.find(lower)) return "competitor";
    if (INTO_OUR_SYSTEM.find(lower)) return "integration";
    return null;
  }

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
