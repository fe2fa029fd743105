package candor.detect;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a pressure tactic or an overclaim of each type cannot do without: a deadline needs a
 * time, scarcity a limit, pestering the count or the silence, escalation someone above the buyer; an
 * absolute its "never" or "every", a superlative its "best". A sentence the draft model scores just
 * under its threshold is flagged when it has the cue of the type the model gives it and is said to the
 * reader (pressure) or of the seller's offer or the buyer's result (overpromise): the model's near
 * misses on sales text carry them, its stray scores on everyday mail ("I've got some really
 * interesting wav files here", "matches any single character") mostly do not.
 */
final class NearMissCues {
  private static final Map<String, Pattern> CUES = Map.of(
      "urgency", Pattern.compile("\\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:week|month|quarter)|next week"
          + "|end of (?:the )?(?:day|week|month|quarter|year)|eod|asap|soon|sooner|now|quickly|deadline|expir\\w*|until|till|by the \\d|before (?:the|then|it)"
          + "|last (?:day|chance)|window|clos(?:e|es|ing)|runs? out|hurry|rush|in time|laps\\w*|goes? up|going up|rise|increase)\\b"),
      "scarcity", Pattern.compile("\\b(?:only|last|left|few|remaining|limited|another|someone else|slots?|spots?|places?|stock|availability|fully booked|filling|snapped|demand|waiting list|capacity|allocation)\\b"),
      "ultimatum", Pattern.compile("\\b(?:unless|otherwise|or else|either|no longer|withdraw\\w*|pull\\w*|release\\w*|off the table|walk away|final|lose|forfeit\\w*|gone|someone else|re-?quote|cancel\\w*)\\b"),
      "guilt", Pattern.compile("\\b(?:disappoint\\w*|shame|hate|surpris\\w*|conscience|fair|blame|let (?:me |us )?down|after all|frustrat\\w*|sorry to see|loyal\\w*|owe|afford|risk\\w*|regret\\w*"
          // the blame laid at the buyer's door: "that's going to land on your desk, not mine"
          + "|on your (?:desk|head|shoulders|plate)|not (?:on )?mine|have to explain (?:to [\\w' ]{1,30} )?why)\\b"),
      "pestering", Pattern.compile("\\b(?:emails|times|chas\\w*|heard|hear back|repl(?:y|ied)|respon\\w*|follow(?:ed|ing)?[- ]ups?|reminders?|nudge\\w*|silence|ignor\\w*|voicemails?)\\b"),
      "escalation", Pattern.compile("\\b(?:ceo|cfo|coo|cto|md|director|boss|manager|board|head|owner|president|chair\\w*|vp|above you|over your head|cc'?d|copied|loop(?:ed)? in|go (?:to|over)|reach out to)\\b"),
      "bandwagon", Pattern.compile("\\b(?:everyone|everybody|every|most|all|others?|peers|competitors?|industry|neighbou?rs?|left behind|last one|nobody else|already)\\b"),
      "assumptive_close", Pattern.compile("\\b(?:booked|scheduled|pencil\\w*|go ahead|gone ahead|reserved|kick\\w*|welcome|signature|sign|contract|order form|paperwork|start date"
          // the order placed for the buyer: "I've put 1,000 pairs through on your account ..., invoice to follow"
          + "|invoic\\w*|on your account|put (?:[\\w,.£$€-]+ ){1,5}through|processed)\\b"));

  private NearMissCues() {}

  /** Whether a near miss of {@code category} with the type model's {@code type} carries its cues. */
  static boolean of(String category, String type, String foldedLower) {
    return "pressure".equals(category) ? pressure(type, foldedLower) : overpromise(type, foldedLower);
  }

  /** Pressure is aimed at the reader: "you" or "your" is in the sentence. */
  private static final Pattern READER = Pattern.compile("\\byou(?:r|rs|'re|'ll|'ve|'d)?\\b");

  static boolean pressure(String type, String foldedLower) {
    return carries(CUES, READER, type, foldedLower);
  }

  /** Whether the sentence has the cue of {@code type} in {@code cues} and says whom it is about ({@code about}). */
  private static boolean carries(Map<String, Pattern> cues, Pattern about, String type, String foldedLower) {
    Pattern p = type == null ? null : cues.get(type);
    return p != null && p.matcher(foldedLower).find() && about.matcher(foldedLower).find();
  }

  private static final Map<String, Pattern> CLAIMS = Map.of(
      "guarantee", Pattern.compile("\\b(?:guarantee\\w*|promise|assure\\w*|certain(?:ly)?|definitely|absolutely|100%|rest assured|my word)\\b"),
      "absolute", Pattern.compile("\\b(?:never|always|every|all|any|zero|nothing|no one|nobody|completely|totally|fully|entirely|forever|100%|whatever|perfect\\w*|flawless\\w*)\\b"),
      "superlative", Pattern.compile("\\b(?:best|most|fastest|cheapest|safest|leading|top|#1|number one|unmatched|unbeatable|finest|strongest|world[- ]class|second to none|nobody else|no one else)\\b"),
      "unverified_outcome", Pattern.compile("\\d|\\b(?:double|triple|halve|half|twice|cut|save|saves|increase\\w*|reduce\\w*|boost\\w*|lift|grow|drop|fall|disappear|transform\\w*|pay for itself|roi)\\b"),
      "no_effort", Pattern.compile("\\b(?:easy|easily|simple|simply|effortless\\w*|no (?:effort|work|setup|set-up|training|it|downtime|hassle)|out of the box|plug|minutes|instant\\w*|seamless\\w*|drop-in|hassle|overnight|same day|straight away|nothing (?:to|for you))\\b"));

  /**
   * Whether a clause has the cue words of any type of {@code category}: for a clause of a sentence already
   * flagged, where the flag says the sentence is aimed at the buyer and the type model's pick for a
   * fragment ("after that I'll have to release your lanes to another carrier": assumptive close) is
   * less sure than the category.
   */
  static boolean anyOf(String category, String foldedLower) {
    for (Pattern p : ("pressure".equals(category) ? CUES : CLAIMS).values()) if (p.matcher(foldedLower).find()) return true;
    return false;
  }

  /** A claim about what the seller offers or what the buyer will get. */
  private static final Pattern SELLER_OR_READER = Pattern.compile("\\b(?:we|we're|we'll|we've|our|ours|us|you|your|you'll|you're)\\b");

  /** An overpromise near miss: the claim's own words ("never", "best", a figure), about the product or the buyer's result. */
  static boolean overpromise(String type, String foldedLower) {
    return carries(CLAIMS, SELLER_OR_READER, type, foldedLower);
  }
}
