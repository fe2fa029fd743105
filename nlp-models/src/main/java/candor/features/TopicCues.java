package candor.features;

import candor.rules.GuardedPattern;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each topic's cue words ("renewal", "cancel", "notice period" for contract): the keyword lexicon the
 * engine falls back on when the topic classifier is unsure, and features of that classifier, which
 * learns from the labelled points how far each topic's cues can be trusted.
 */
public final class TopicCues {
  /** In tie-breaking order: the more specific topics come first. */
  public static final Map<String, GuardedPattern> CUES;

  static {
    Map<String, GuardedPattern> cues = new LinkedHashMap<>();
    cues.put("security_compliance", GuardedPattern.compile("\\b(?:soc ?2|soc2|security|secure|compliance|compliant|hipaa|gdpr|phi|pii|encrypt\\w*|audit\\w*|iso ?27001|fda|certif\\w*|certs?|coc|background check\\w*|screen(?:ing)?|immutable|vpc|data residency|penetration|pen test|regulat\\w*|registered with|wcag|accessib\\w*|ada complian\\w*|confidential\\w*|secured?|osha|ul listed|retention|breach\\w*|mfa|privacy|lot tracking|expiration dates?|traceab\\w*|who (?:can|could|will) (?:access|see)|who (?:sees|has access|gets access)|safety data sheets?|\\bsds\\b|access control|(?:stored|hosted|kept) (?:in|on|where)|where\\b(?:\\s+\\S+){0,6}?\\s+(?:stored|hosted|kept))\\b"));
    cues.put("integration", GuardedPattern.compile("\\b(?:sso|single sign-on|api|apis|rate limits?|integrat\\w*|connect\\w*|sync\\w*|erp|crm|salesforce|hubspot|netsuite|sap|quickbooks|webhooks?|export\\w*|import\\w*|compatib\\w*|plug-?ins?|data feed|edi|ehr|emr|epic|workday|shopify|migrat\\w*|work with our|tms|wms|ipads?|iphones?|ios|android|chromebooks?|browsers?|operating systems?)\\b"));
    cues.put("contract", GuardedPattern.compile("\\b(?:contract\\w*|terms?|in writing|commitment|commit|cancel\\w*|renewal|renew\\w*|sla|liabilit\\w*|indemn\\w*|ip|intellectual property|own(?:s|ership)?|property|agreement|notice period|auto-?renew\\w*|exclusiv\\w*|termination|warranty|months? (?:minimum|term)|minimum (?:term|engagement|commitment|order)|lock-?in|locked? in(?:to)?|negotiat\\w*|refund\\w*|rebate|on the hook|penalt\\w*)\\b"));
    cues.put("pricing", GuardedPattern.compile("\\b(?:pric\\w*|cost\\w*|fees?|discount\\w*|budget\\w*|\\$|quote\\w*|per (?:seat|user|envelope|month|unit|load|hour)|seats?|cheaper|expensive|invoice\\w*|billing|bill|pay\\w*|rates?|spend|roi|charge\\w*|reimburs\\w*|tiers?|plans?|afford\\w*|money|deposits?|retainers?|upfront|down payment)\\b"));
    // "when" only as the question ("when could you start?", "by when"): "calibration when we switch beans" is not about timing.
    cues.put("timeline", GuardedPattern.compile("(?:^\\W*(?:\\w+\\W+){0,2}?when\\b|\\b(?:by|until|from) when\\b)|\\b(?:how long|lead times?|deadline|dates?|schedul\\w*|weeks?|months?|days?|go-?live|delivery|deliver\\w*|timeline|timeframe|eta|turnaround|start(?:ing)?|launch\\w*|ship\\w*|by (?:monday|tuesday|wednesday|thursday|friday|the end)|how (?:quickly|fast|soon)|in time|transit|january|february|march|april|june|july|august|september|october|november|december|hours?|onboard\\w*|implementation|phase\\w*|rollout)\\b"));
    cues.put("competitor", GuardedPattern.compile("\\b(?:competitor\\w*|vs\\.?|versus|compar\\w*|side-by-side|like[- ]for[- ]like|alternative\\w*|other vendors?|switch(?:ing)? from|currently use|incumbent|another (?:vendor|provider|option)|cheaper elsewhere|(?:other|another) quote)\\b"));
    cues.put("authority", GuardedPattern.compile("\\b(?:approv\\w*|sign(?:-| )?off|board|committee|cfo|ceo|cno|boss|manager|leadership|decision[- ]?maker|who (?:needs|has) to|procurement|legal|stakeholders?|my (?:director|vp))\\b"));
    CUES = Collections.unmodifiableMap(cues);
  }

  private TopicCues() {}
}
