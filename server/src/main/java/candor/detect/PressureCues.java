package candor.detect;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words a pressure tactic of each type cannot do without: a deadline needs a time, scarcity a
 * limit, pestering the count or the silence, escalation someone above the buyer. A sentence the
 * draft model scores just under its threshold is flagged when it has the cue of the type the model
 * gives it: the model's near misses on sales text carry them, its stray scores on everyday mail
 * ("I've got some really interesting wav files here") do not.
 */
final class PressureCues {
  private static final Map<String, Pattern> CUES = Map.of(
      "urgency", Pattern.compile("\\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:week|month|quarter)|next week"
          + "|end of (?:the )?(?:day|week|month|quarter|year)|eod|asap|soon|sooner|now|quickly|deadline|expir\\w*|until|till|by the \\d|before (?:the|then|it)"
          + "|last (?:day|chance)|window|clos(?:e|es|ing)|runs? out|hurry|rush|in time|laps\\w*|goes? up|going up|rise|increase)\\b"),
      "scarcity", Pattern.compile("\\b(?:only|last|left|few|remaining|limited|another|someone else|slots?|spots?|places?|stock|availability|fully booked|filling|snapped|demand|waiting list|capacity|allocation)\\b"),
      "ultimatum", Pattern.compile("\\b(?:unless|otherwise|or else|either|no longer|withdraw\\w*|pull\\w*|release\\w*|off the table|walk away|final|lose|forfeit\\w*|gone|someone else|re-?quote|cancel\\w*)\\b"),
      "guilt", Pattern.compile("\\b(?:disappoint\\w*|shame|hate|surpris\\w*|conscience|fair|blame|let (?:me |us )?down|after all|frustrat\\w*|sorry to see|loyal\\w*|owe|afford|risk\\w*|regret\\w*)\\b"),
      "pestering", Pattern.compile("\\b(?:emails|times|chas\\w*|heard|hear back|repl(?:y|ied)|respon\\w*|follow(?:ed|ing)?[- ]ups?|reminders?|nudge\\w*|silence|ignor\\w*|voicemails?)\\b"),
      "escalation", Pattern.compile("\\b(?:ceo|cfo|coo|cto|md|director|boss|manager|board|head|owner|president|chair\\w*|vp|above you|over your head|cc'?d|copied|loop(?:ed)? in|go (?:to|over)|reach out to)\\b"),
      "bandwagon", Pattern.compile("\\b(?:everyone|everybody|every|most|all|others?|peers|competitors?|industry|neighbou?rs?|left behind|last one|nobody else|already)\\b"),
      "assumptive_close", Pattern.compile("\\b(?:booked|scheduled|pencil\\w*|go ahead|gone ahead|reserved|kick\\w*|welcome|signature|sign|contract|order form|paperwork|start date)\\b"));

  private PressureCues() {}

  /** Pressure is aimed at the reader: "you" or "your" is in the sentence. */
  private static final Pattern READER = Pattern.compile("\\byou(?:r|rs|'re|'ll|'ve|'d)?\\b");

  static boolean has(String type, String foldedLower) {
    Pattern p = type == null ? null : CUES.get(type);
    return p != null && p.matcher(foldedLower).find() && READER.matcher(foldedLower).find();
  }
}
