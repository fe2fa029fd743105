package candor.detect;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.rules.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import candor.rules.GuardedPattern;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sentences of a buyer's message that want an answer: direct questions (with or without
 * a question mark), requests ("please send the SOC 2 report", "I'd like to understand how pricing
 * scales") and concerns or hard requirements ("we're worried about downtime", "6 months is a long
 * commitment for us").
 */
public final class ConcernFinder {
  public enum Kind { QUESTION, REQUEST, CONCERN }

  /**
   * A sentence no pattern names is still a question, request or concern when the buyer-kind model
   * gives that kind at least this probability ("If you could send over the spec sheet by Friday that
   * would be great"). Chosen on the team's concern threads: 0.5-0.6 found two more open items than
   * 0.7-0.9, the dev set was the same at every value.
   */
  static final double MODEL_KIND = 0.6;
  /**
   * A statement the model alone calls a concern needs more: since the model learns from the thread
   * files' points (session 19) it calls many plain statements concerns at 0.6 (21% of the held-out
   * buyer sentences labelled none); at 0.8, 3%, with the dev set unchanged.
   */
  static final double MODEL_CONCERN = 0.8;
  private static final int MODEL_MIN_TOKENS = 4;

  private final candor.models.SentenceClassifier kinds;

  /** Patterns, then the shipped buyer-kind model for sentences they miss. */
  public ConcernFinder() {
    this(candor.models.SentenceClassifier.load(candor.models.SentenceClassifier.BUYER_KIND));
  }

  /** @param kinds the buyer-kind model (question / request / concern / none), or null for patterns alone */
  public ConcernFinder(candor.models.SentenceClassifier kinds) {
    this.kinds = kinds;
  }

  public record Candidate(Sentence sentence, int start, int end, Kind kind) {
    /** The buyer asked for something to be done, not for information. */
    public boolean asksForAction(String source) {
      String lower = withoutListMarker(candor.rules.Text.fold(source.substring(start, end)).toLowerCase(Locale.ROOT).trim());
      // "I'd want to know whether your system can pick those up" asks for an answer, not for a task:
      // a promise to find out puts it off rather than fulfilling it.
      if (kind == Kind.REQUEST) return !ASKS_TO_KNOW.matcher(lower).find();
      // "We'd need to trial a few beds first" asks for something to be done, as a request would.
      return ACTION_QUESTION.matcher(lower).find() || kind == Kind.CONCERN && STATED_NEED.matcher(lower).find();
    }
  }

  /** A question someone will put: "ownership will ask what happens if it goes down", "the board will ask whether ...". */
  private static final String WILL_ASK = "(?:will|'ll|would|'d|is going to|are going to) (?:\\w+ )?ask (?:whether|if|how|what|about|why|who|when)";
  private static final GuardedPattern ASKS_TO_KNOW = GuardedPattern.compile(
      "\\b(?:(?:want|like|need|wanted|love) to (?:know|understand|hear|learn|find out|check)|(?:tell|let) (?:me|us) (?:know )?(?:whether|if|how|what|when|why|who|which)"
          + "|wondering|curious (?:whether|if|how|what|about)|wants to (?:know|understand)|(?:asks|asked|asking) (?:whether|if)"
          // "ownership will ask what happens if it goes down": a question someone will put, not a task
          + "|" + WILL_ASK
          // "Please confirm your indemnity cover level": a fact asked for, which a promise to send it later puts off.
          + "|(?:confirm|clarify|explain|advise)(?: to (?:me|us))? (?:whether|if|how|what|when|which|who|why|your))\\b");

  private static final GuardedPattern STATED_NEED = GuardedPattern.compile(
      "^(?:\\S+\\s+){0,3}?(?:we|i)(?:'d| would)? (?:also |still |really )?need (?:to (?!know|understand|see|hear|confirm)\\w+|a |an |some )");

  /** A question asking for something done, after a word or a short lead: "Following our call, can you send the spec sheet?" */
  private static final GuardedPattern ACTION_QUESTION = GuardedPattern.compile(
      "^(?:\\S+[,:]?\\s+|[^,.?!]{3,40}[,:]\\s+)?(?:can|could|would|will) you (?!tell|explain|confirm whether|say|let me know)(?:please )?(?:send|share|requote|quote|put together|get|set up|schedule|book|arrange|provide|prepare|draft|ship|hold|reserve|add|update|forward|pull|deliver|do)\\b");

  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
  /** A closing line pointing back at what was asked: "Let me know what you think", "let me know if that's possible". */
  private static final Pattern CLOSER = Pattern.compile(
      "^\\W*(?:(?:so|anyway|ok|okay)\\W+)?(?:please )?(?:let me know|let us know|lmk)(?: (?:what you think|your thoughts"
          + "|(?:if|whether) (?:any of )?(?:that|this|it|these|those|all that|all this)(?:'s| is| are| would be| sounds?| works?)?(?: (?:possible|doable|feasible|ok|okay|workable|an option|something you can do|(?:would )?work|good|fine))?))"
          + "(?: and (?:if|whether|what) [^.?!]{0,50})?\\W*(?:thanks?(?: you)?\\W*)?$");
  private static final Pattern NUDGE = Pattern.compile(
      "^\\W*(?:(?:hi|hey|hello)\\W+)?(?:\\w+\\W+)?(?:any (?:updates?|news|progress)|anything (?:new|yet))(?: (?:on|about|with) (?:this|that|it|the \\w+))?(?: yet)?\\W*$");
  /** How many points a list's preamble announces: "a few", "two", "4". */
  private static final String HOW_MANY = "(?:a few|a couple of|a number of|several|some|two|three|four|five|\\d)";
  private static final GuardedPattern PREAMBLE = GuardedPattern.compile(
      "\\b(?:the following|" + HOW_MANY + " (?:more )?(?:things|questions|points|items|matters|queries|issues|answers)"
          + "(?: (?:i|we) (?:need|want|have|would like)| (?:i|we)(?:'d| would| should) | (?:to (?:clarify|confirm|check|raise|ask|go through|pin down))| (?:nailed|pinned) down| before| from (?:you|the vendor|your side)|\\W*$)"
          // "I need to understand a few things", "we should be grateful for clarification on two points"
          + "|(?:need|understand|clarify|clarification on|answers? (?:to|on)) " + HOW_MANY + " (?:things|questions|points|items|matters)\\b)");
  /**
   * Bringing someone into the thread: "Copying Aled from IT security, who signs off", "Greg copied me
   * in", "Sarah's asked me to look at the technical side". It says who is reading, and asks nothing.
   */
  private static final String OPENS = "^\\W*(?:(?:hi|hello|hey|dear) [\\w' -]{1,30}?,\\s*)?";
  private static final Pattern INTRODUCTION = Pattern.compile(
      OPENS + "(?:(?:i'm|i am|we're|we are)\\s+)?(?:copying|looping(?: in)?|cc'?ing|(?:adding|bringing) in) \\w"
          + "|" + OPENS + "(?:i've|i have|we've|we have|i|we) (?:(?:copied|looped|cc'?d)(?: in)?|(?:added|brought) in) "
          + "|\\b(?:copied|looped|cc'?d|brought) me in\\b|\\b(?:has|'s|have|'ve) asked me to (?:look (?:at|over|into)|pick (?:this|it) up|chip in|join|take (?:a look|over))");
  /**
   * Asking for someone else's points to be answered ("Can you come back on her points?", "I can't move
   * until his questions are covered"): those points are listed themselves, and answering them answers this.
   */
  private static final Pattern OTHERS_POINTS = Pattern.compile(
      "\\b(?:answer|address|respond to|reply to|come back (?:to me )?on|get back (?:to me )?on|cover|deal with|go through)\\s+(?:each of |all of |both of )?"
          + "(?:his|her|their|these|those|the above|all these|all those|all the) (?:points|questions|concerns|queries)\\b"
          + "|\\b(?:his|her|their|these|those) (?:points|questions|concerns|queries) (?:are|have been|need|needs) (?:covered|answered|addressed|answering)\\b");
  private static final Pattern PLEASANTRY = Pattern.compile(
      "^(?:(?:also|and|oh|by the way|btw)[,:]?\\s+)?(?:how are you|how's it going|how have you been|"
          // small talk about an outing: "how was the expo?", "how did the show go?"
          + "how (?:was|were|did) (?:your|the) (?:[\\w'-]+ ){0,2}?(?:weekend|week|trip|flight|holiday|vacation|break|show|expo|conference|fair|summit|event|visit|journey|drive|game|match|wedding|launch)(?:\\s+[\\w'-]+){0,3}?(?=\\W*$)|hope (?:you|all|this)|"
          + "make sense|sound good|right|ok(?:ay)?|thanks|thank you|cheers|any thoughts|thoughts)\\b.{0,25}$");
  private static final GuardedPattern WH_QUESTION = GuardedPattern.compile(
      "^(?:(?:also|and|so|but|plus|one more thing|quick question|last thing|lastly|finally|separately|oh|second|third|next)[,:]?\\s+)?"
          + "(?:(?:what|how|when|where|who|which|why)(?:'s|s|\\s+(?:is|are|was|were|does|do|did|would|will|can|could|should|happens|much|many|long|often|about|kind|sort|type|if|exactly|would))\\b"
          // "who owns the recordings", "who pays", asked without a question mark
          + "|who (?:owns|pays|has|holds|handles|covers|signs|keeps|looks after|is responsible)\\b"
          // "what payment terms do you do", "what rate are we looking at roughly", "which shared calendar do we use"
          + "|(?:what|which) (?:[\\w'-]+ ){1,4}?(?:do|does|did|is|are|was|were|would|will|can|could|should|have|has) (?:you|u|we|i|it|they|your|our|the|this|that|there)\\b"
          // "who else in lisbon uses you", "who on your side has access": a sentence that opens on "who" asks
          + "|who (?!knows\\b|cares\\b)[\\w'-]+ [\\w'-]+"
          // "is delivery + crane in the price or extra", "do Hertford/Ware need a separate softener"
          + "|(?:is|are|does|do|did|can|will)\\s+(?!(?:be|need|needs|have|has|do|go|get|also|not|just|like|love|help|see|send)\\b)[\\w'+/&-]+\\s+[\\w'+/&-]+\\s+\\w"
          + "|(?:do|does|is|are|can|could|would|will|did|have|has|should|shall)\\s+(?:you|u|your|ur|we|our|it|this|that|there|the|they|i|anyone|someone|any|these|those)\\b"
          + "|any chance\\b)");
  private static final GuardedPattern REQUEST = GuardedPattern.compile(
      "\\b(?:please (?:also |kindly |just )?(?:send|share|confirm|let (?:me|us) know|provide|advise|explain|clarify|quote|include|walk|check|tell|get|arrange|make sure|ensure|forward|supply)"
          + "|(?:i'd|i would|we'd|we would) (?:also |still |really )?(?:like|love|need|want) (?:to (?:understand|know|see|get|hear|learn|confirm|review|discuss|find out)|a |an |the |some |more |your )"
          // "We'd want results in our dashboards, not PDFs": what the buyer would want, named without an article.
          + "|(?:i'd|i would|we'd|we would) (?:also |still |really )?want (?!to\\b|it\\b|that\\b|this\\b)\\w+s\\b"
          + "|(?:be obliged|be grateful|appreciate it|appreciate) if you (?:could|would|can)"
          // formal and terse asks: "I should be grateful for an indication of the lead time", "Send insurance cert.",
          // "it would help to know ...", "I'm not sure whether ..."
          + "|(?:should|would|'d) be (?:grateful|glad|obliged) for (?:a|an|the|your|some|any)"
          + "|^(?:pls |kindly )?(?:send|provide|forward|attach) (?:me |us |over )?(?:the |a |an |your |any |a copy of |copies of )?\\w+"
          + "|(?:it would|it'd|would) help (?:us |me )?(?:a lot )?to (?:know|understand|see|have|get|speak|talk)"
          // "it'd also be nice if the lads could see their payslips on their phones"
          + "|(?:it would|it'd) (?:also |really )?be (?:nice|good|great|helpful|useful|ideal) (?:if|to)"
          // "If you have schools we could speak to, that would help", "if you could price that as an option"
          + "|if you (?:have|could|can|know of|had)\\b[^.?!]{0,80}, (?:that|it) (?:would|'d) (?:really |also |definitely )?(?:help|be (?:great|useful|helpful|good|ideal|appreciated))"
          + "|if you could (?:also )?(?:price|quote|cost) (?:that|it|this|those|them)\\b"
          // "my mum's asked me to check whether there's a noise curfew"
          + "|(?:asked|asks|asking) (?:me |us )?to (?:check|find out|ask) (?:whether|if|about|how|what|when)"
          + "|(?:i'm|i am|we're|we are) (?:also |still )?not (?:sure|clear) (?:whether|if|how|what|when|who|which)"
          + "|(?:i|we)(?:'d| would)? (?:have to|need to) know"
          // "I'd need your GDP certificate" (112 of 115 labelled sentences with a determiner are points), "We'll need COSHH
          // data sheets for the venue" (63 of 74 without one)
          + "|(?:we'll|we will|we'd|i'll|i will|i'd) (?:also )?need (?!to\\b|it\\b|that\\b|this\\b|them\\b|more\\b|less\\b|time\\b)\\w+"
          + "|(?:i|we) (?:need|want) (?:to (?:know|understand|see|confirm|find out)|a (?:quote|breakdown|copy|price|number|timeline|sample|proposal|list|reference))"
          + "|(?:can|could|would) you (?:send|share|confirm|provide|quote|explain|tell|let|walk|clarify|include|check|help|put together|get)"
          + "|let (?:me|us) know (?:if|whether|what|how|when|which|who|about)"
          + "|(?:i'm|i am|we're|we are) (?:wondering|curious|trying to (?:understand|figure out))"
          + "|(?:curious|wondering) (?:about|whether|if|how|what)"
          + "|(?:need|want) to (?:understand|know|confirm|see) (?:how|what|whether|if|when|who)"
          + "|send (?:over|me|us) (?:the|a|your|any)"
          + "|(?:do|does) you (?:offer|have|support|provide|integrate|handle|carry|include)"
          // A question told rather than asked: "the big one for us is whether your system syncs with Noah",
          // "Capt. Rao also asks whether you can deliver at anchorage".
          + "|(?:question|big one|main thing|the thing|key thing|one thing|other thing)(?: for (?:us|me))? is (?:whether|if|how|what|when|who|which)"
          + "|(?:asks|asked|asking|wants to know|want to know|wondered|wondering) (?:whether|if|how|what|when|which|who|where|why)"
          // "no idea if that's a problem for you", "I couldn't find where that number comes from",
          // "the board will ask whether this moves scores": an answer wanted, said sideways
          + "|no idea (?:if|whether|how|what)"
          + "|(?:couldn't|could not|can't|cannot) (?:find|see|work out|figure out|tell) (?:where|how|what|why|whether|if)"
          + "|" + WILL_ASK
          // "A rough cost would also help me secure budget", "Rough idea of cost and payback would be good"
          + "|(?:cost|price|figure|quote|breakdown|comparison|estimate|idea|number|timeline|sample|copy|reference)s?\\b[^.?!]{0,40}\\b(?:would|'d) (?:also |really )?(?:be (?:good|great|useful|helpful|nice|appreciated|ideal)|help)"
          // terse wants: "Want a comparison.", "Need to know the network coverage up north", "Also the fees."
          + "|^(?:also |and |plus )?(?:i |we )?(?:need|want) to (?:know|see|understand)|^(?:also |and |plus )?want (?:a|an|the|some|to)"
          + "|^(?:also|and|plus) (?:the |your )?(?:fees?|price|prices|cost|costs|pricing|rates?|contract length|lead times?|terms)(?=\\W*$)"
          // someone else on the buyer's side asking: "she would like to know where student data will be hosted", "the partners
          // will want to see a comparison", "the panel would like to understand", "my nurses would like someone to show them"
          + "|(?:would|'d) (?:also |really )?like (?:to (?:understand|know|see|hear|receive|get|have)|someone to|you to|a |an |some |your )"
          + "|(?:will|'ll|would) (?:also )?want (?:to see|to know|a |an |the |some )"
          + "|(?:should|would|'d) (?:also )?be (?:grateful|glad|obliged) for (?:a|an|the|your|some|any)"
          // "not clear if you have a minimum order", "I'm still waiting on the price breakdown", "I did not receive answer about turnaround"
          + "|(?:not clear|unclear) (?:to (?:me|us) )?(?:if|whether|how|what|when|who|which)"
          + "|still (?:waiting (?:on|for)|haven't (?:had|received|seen|got)|not (?:had|received|seen))"
          + "|(?:did not|didn't|haven't|have not|never) (?:receive|get|got|had|hear)\\b[^.?!]{0,20}\\b(?:answer|reply|response|price|quote|breakdown|update)"
          + "|(?:couldn't|could not|can't|cannot|didn't|did not) (?:see|find) (?:\\S+\\s+){1,5}?anywhere"
          + "|^(?:and |also )?whether"
          // a meeting proposed ("why don't we talk Monday", "let's set up a call with your engineer"): the
          // rep should take it up or offer another time. Accepting one ("Thursday works for me") is not.
          + "|(?:let's|let us|why don't we|how about we|shall we|maybe we (?:could|can)) (?:\\w+ )?(?:meet|talk|chat|speak|catch up|get together|hop on|jump on|set up|schedule|arrange|book|do (?:a |the )?(?:call|meeting|demo|visit))"
          // a meeting wished for or invited to ("we'd like to meet with you to go over the pilot", "I would like
          // to invite you to visit our plant", "we'd welcome the chance to discuss a multi-year price")
          + "|(?:i'd|i would|we'd|we would) (?:also |really |very much |greatly )?(?:like|love) to (?:meet|talk|speak|chat|get together|sit down|catch up|invite you|arrange|set up|schedule|continue (?:the |our |these |those )?(?:discussions?|conversations?|talks?))"
          + "|(?:appreciate|welcome) (?:the|an|a) (?:opportunity|chance) to (?:discuss|meet|talk|speak|present|visit)"
          // "we need to sit down and talk about the renewal", "I need to speak with you about the invoice";
          // "we need to talk to our CFO first" is an approval, a concern, and is left to that pattern
          + "|(?:we|you and i|you and me) (?:probably |really |definitely |still )?(?:need|should|ought|have) to (?:meet|sit down|talk|speak|get together|catch up)(?!\\s+(?:to|with)\\s+(?:our|my|his|her|their|them|him|the board|the team)\\b|\\s+(?:internally|among|amongst|first)\\b)"
          + "|(?:i|we) (?:need|want|have) to (?:talk|speak|meet) (?:to|with) you)\\b");
  /**
   * Who approves, stated as a fact: "Priya has to approve anything over $25k", "final sign-off sits
   * with our finance committee", "it needs board approval".
   */
  private static final String APPROVAL_STATED = "(?:has to|have to|needs? to|must|will need to|would need to|'ll need to) (?:approve|sign off|authori[sz]e|ratify|vote on)\\b"
      + "|(?:final )?(?:sign-?off|approval|say|decision) (?:sits|rests|lies|is|will be) with\\b"
      + "|(?:needs?|requires?|subject to) (?:the |our |my )?(?:board|committee|cfo|ceo|partners?|directors?|council|trustees|owners?|finance|legal)(?:'s|s')? (?:approval|sign-?off)\\b"
      // "the award is decided by the council", "this won't be my call alone", "the partners sign off
      // anything over £3k", "any decision will go to our committee in May"
      + "|(?:decided|approved|authori[sz]ed) by\\b"
      + "|(?:not|won't be|will not be|isn't|is not) (?:just |only |entirely )?(?:my|our) (?:call|decision)\\b"
      + "|sign(?:s|ed)? off (?:on )?(?:anything|any|all|everything|every)\\b"
      // "nothing gets signed before they've approved it"
      + "|nothing (?:gets|is|will be|can be|goes) (?:signed|approved|ordered|agreed)\\b"
      + "|decision (?:will go|goes|has to go|would go|will be made|is made) (?:to|by|with)\\b"
      // "she signs anything over $20k", "the trustees approve anything over £5k", "final decision is by our
      // COO", "has to be voted on", "not possible without approval from our CEO", "need to talk to my
      // sister first", "I have to run this by our managing partner"
      + "|(?:signs?|approves?|authori[sz]es?|okays?) (?:off )?(?:on )?(?:anything|everything|any \\w+|all \\w+) (?:over|above|more than|beyond|of)\\b"
      + "|(?:decision|approval|sign-?off|say) (?:is|will be|rests|sits) (?:made )?(?:by|with)\\b"
      + "|(?:has|have|needs?|will need) to be (?:voted on|approved|signed off|ratified|authori[sz]ed)\\b"
      + "|without (?:the |an? )?(?:approval|sign-?off|okay|ok|go-ahead|agreement|blessing) (?:from|of) (?:our|my|the)\\b"
      + "|(?:talk|speak|check|chat) (?:to|with) (?:my|our) (?:\\w+ ){0,2}?(?:sister|brother|partner|wife|husband|boss|dad|father|mum|mom|mother|co-?owner|owner|cfo|ceo|director|board|accountant|manager|md|gm|principal|head|chair\\w*)\\b[^.?!]{0,10}\\b(?:first|before)\\b"
      + "|run (?:this|it|that|the \\w+) (?:by|past) (?:my|our|the) \\w+"
      // "Board approval is required for anything over $50k", "requires approval from the Management
      // Committee", "Sal is the one who'd sign"
      + "|(?:approval|sign-?off|authori[sz]ation) (?:is|will be|would be) (?:required|needed)\\b"
      + "|(?:requires?|needs?|subject to) (?:\\w+ )?(?:approval|sign-?off) (?:from|of|by) (?:the|our|my|its)\\b"
      + "|(?:is|are) the (?:one|ones|person|people) who(?:'d|'ll| would| will| has to| have to)? (?:sign|approve|decide)s?\\b"
      // "I can't award anything over £150k without it going to our board", "I'll need to discuss with the Head",
      // "the committee won't vote until the AGM"
      + "|without (?:it |this |that )?going (?:to|through|before) (?:our|the|my) \\w+"
      + "|(?:need|have) to (?:discuss|talk|speak|check|run|go) (?:it |this |that )?(?:through |over )?(?:with|by|past|to) (?:the|our|my) (?:head|boss|board|owner|owners|director|directors|cfo|ceo|manager|principal|partners?|committee|trustees|council|chair\\w*|governors)\\b"
      + "|(?:won't|will not|can't|cannot|wouldn't|doesn't|don't) (?:vote|decide|approve|sign off|award|ratify) (?:on |anything )?[^.?!]{0,30}\\buntil\\b";
  private static final GuardedPattern CONCERN = GuardedPattern.compile(
      "\\b(?:(?:we're|we are|i'm|i am|we've been|i've been|team is|team's|they're|they are) (?:a (?:bit|little) |quite |very |really |pretty )?(?:worried|concerned|nervous|hesitant|uneasy|skeptical|sceptical|unsure|not sure|wary|cautious|burned|burnt|unhappy|uncomfortable|unconvinced|not (?:yet )?(?:convinced|sold|comfortable|happy|keen))"
          + "|(?:my|our|the) (?:main |biggest |one |only |real |big |key )?(?:concern|worry|hesitation|hang-?up|sticking point|fear) (?:is|was|would be|here)"
          + "|concern(?:ed|s)? (?:about|that|with|over)"
          + "|(?:we|i) (?:have|had) (?:a |some |real )?(?:concerns?|reservations|doubts)"
          + "|(?:seems?|feels?|sounds?|looks?) (?:a (?:bit|little) |too |quite |very |really |pretty |awfully |rather )?(?:steep|pricey|expensive|risky|tight|aggressive|excessive|a lot)\\b"
          + "|(?:is|are|seems?|feels?|sounds?) (?:a (?:bit|little) |too |quite |very |really |pretty |awfully )(?:long|expensive|high|steep|risky|much|pricey|aggressive|short|tight|complicated|complex|slow)"
          // "$31k is steep for us", "that's more than we budgeted": 14 of 15 labelled sentences are points
          + "|\\b(?:is|'s|are|'re) (?:steep|pricey|expensive|a lot|too much|high|a stretch|a big ask) for (?:us|me|our \\w+)\\b"
          + "|\\b(?:is|'s) more than (?:we|i) (?:hoped|expected|budgeted|wanted|planned)\\b"
          // "Budget is tight this quarter": 16 of the 17 labelled sentences that say so are points
          + "|\\bbudgets? (?:is|are|'s) (?:\\w+ )?(?:tight|limited|stretched|capped|frozen)\\b"
          // Four forms, every labelled sentence of each a point (3, 2, 4 and 2 of them): "I can't commit until the
          // finance committee approves the budget", "we're leaning toward staying with Apex", "we'd really like to be
          // open for Memorial Day weekend", "the aisle can't be closed on those days"
          + "|\\b(?:i|we|they) (?:can't|cannot|can not|won't be able to) (?:commit|sign|order|proceed|go ahead|place (?:an|the) order|approve|confirm) (?:\\S+ ){0,3}?until\\b"
          + "|\\b(?:we're|we are|i'm|i am|they're|they are) (?:leaning|tending) (?:toward|towards)\\b"
          + "|\\b(?:we'd|we would|i'd|i would) (?:really |ideally )?(?:like|love|want) to be (?:open|ready|up and running|live|finished|done|operational|trading) (?:for|by|before|in time)\\b"
          + "|\\b(?:can't|cannot|can not|couldn't) be (?:closed|shut|out of (?:action|use|service)|offline|taken offline|disrupted|blocked)\\b"
          + "|(?:is|are|feels like|seems like) (?:a )?(?:long|big|significant|serious|major|huge) (?:commitment|risk|ask|concern|investment|lift)"
          + "|(?:we|i) (?:have|need) (?:a |to have )?(?:strict |hard |firm |non-negotiable |legal )?(?:requirement|mandate|policy|obligation) (?:that|to|for)"
          + "|(?:we|i|they)(?:'d| would)? (?:also |still |really )?(?:need|require|must have) (?!(?:about|around|roughly|some time|time|a (?:day|week|few)|to (?:talk|chat|meet|think|discuss|get back|check|run|ask|loop|review|see|sync|circle|confirm|figure|decide|wait|hear))\\b)"
          + "|(?:must|has to|have to|needs to) (?:be|stay|remain|support|integrate|comply|work|include|handle|meet|have|hold|carry|pass|sync|connect"
          // what the buyer's records or paperwork must carry: "the invoices have to show our PO number", "portal data needs to get into it"
          + "|show|display|print|appear|feed|flow|load|fit|match|get into)\\b"
          // Refusing a term outright: "not signing 24 months", "I'm not approving a three-year term", "we cannot do this"
          + "|\\b(?:not|won't|will not|can't|cannot) (?:be )?(?:signing|approving|agreeing to|committing to)\\b"
          + "|^(?:\\S+ ){0,2}?(?:we|i) (?:can't|cannot|can not|won't) (?:do|accept|agree to|sign|pay) (?:this|that|it)\\b"
          + "|(?:we|i) (?:can't|cannot|can not) have (?:the |our |any )?\\w+ (?:down|offline|out of action|unavailable)\\b"
          // a terse stated need: "Need output as DWG", "need donations to sync into it automatically"
          + "|^(?:also |and |plus )?need (?!to (?:talk|chat|think|check|ask|know)\\b)\\w+"
          + "|can't afford"
          // Constraints and approvals stated as facts: "any contract over £25k has to go through our
          // procurement board", "my dad will want his say before anything gets signed", "we can't
          // close the shop for more than a weekend", "whatever we move to has to sync in real time".
          + "|(?:has|have|needs?) to go (?:through|past|to) (?:our|the|my|a) "
          + "|" + Topics.HAS_A_SAY
          + "|" + APPROVAL_STATED
          + "|before (?:anything|it|this|we|the \\w+) (?:gets |is |can be )?signed"
          + "|wants? (?:it|that|this) in writing"
          + "|(?:we|i) (?:can't|cannot|can not) (?:afford to )?(?:close|shut|be (?:down|closed|offline|without)|go (?:dark|offline|without)|lose|stop|pause|have (?:\\w+ )?downtime)\\b[^.?!]{0,60}\\b(?:more than|longer than|beyond)\\b"
          // "our distributor won't take anything unless we can show a certificate"
          + "|(?:won't|will not|can't|cannot|wouldn't|would not) (?:take|accept|sign|approve|buy|go ahead|proceed|move forward|order|stock|list)\\b[^.?!]{0,40}\\bunless\\b"
          // "your annual price is about 18% higher than Polar, who we use now"
          + "|\\b\\d+ ?(?:%|percent) (?:higher|more|above|over|dearer|pricier|more expensive) than\\b"
          // "That's more than I'd hoped, to be honest": a price above what the buyer hoped for, with no figure.
          + "|(?:more|higher|dearer|pricier|steeper) than (?:i|we)(?:'d| had| was| were)? (?:hoped|hoping)\\b"
          + "|whatever (?:we|you) (?:\\w+ ){0,3}?(?:has|have|must|needs?|will need) to\\b"
          + "|(?:you'll|you will|you'd|you would) (?:need|have) to (?:be (?:near|close to|closer to|under|below)|match|beat|come (?:down|in|closer)|get (?:closer|near|down)|sharpen|close (?:\\w+ ){0,2}?(?:that|the|this) gap|narrow)\\b"
          + "|(?:nightmare|disaster|burned|burnt|painful|horror story)"
          + "|(?:we|i) (?:don't|do not) (?:want|wish) (?:to|a|another)"
          // someone on the buyer's side worried, or wanting something before the deal is final
          + "|\\b(?:are|is|was|were|get|gets|got) (?:a (?:bit|little) |quite |very |really |pretty |getting )?(?:worried|concerned|nervous|anxious|uneasy)\\b"
          + "|\\b(?:he|she|they)(?:'ll| will| would|'d) (?:want|need|expect|insist on) (?:to see |to review |a |an |the |some )"
          + "|before anything(?:'s| is| gets) (?:final|signed|agreed)"
          + "|(?:have not|haven't|never) (?:previously |ever )?committed (?:to|beyond|past|for|longer)"
          // a limit on what they will sign or pay: "our board won't sign anything longer than 12 months",
          // "we would not enter into a term exceeding three years", "I can't go above £11,500"
          + "|\\b(?:won't|will not|wouldn't|would not|can't|cannot|can not|don't|do not|not) (?:\\w+ )?(?:sign|approve|enter into|agree to|commit to|accept|go|pay|spend)\\b[^.?!]{0,40}\\b(?:longer than|more than|over|exceeding|beyond|above|uncapped|unlimited|before|until)\\b"
          // "we really don't want to be tied in for five years again", "we'd rather not be locked in"
          + "|\\b(?:(?:don't|do not|won't|will not|wouldn't|would not|not) (?:\\w+ )?(?:want|wish|keen|looking|prepared|willing)|rather not) (?:\\w+ )?(?:to )?(?:be |get |getting |being )?(?:tied|locked) (?:in|into|down)\\b"
          + "|(?:can't|cannot|won't|will not) (?:take (?:this|it) (?:any )?further|go (?:any )?further|proceed|move forward|sign|approve)\\b[^.?!]{0,60}\\buntil\\b"
          // who decides, said: "I'm not the one who signs", "our counsel will make the final call"
          + "|(?:i'm|i am) (?:also |actually )?not the (?:one|person) who (?:signs|decides|approves)"
          // the buyer's own deadline, which a reply must say it can meet: "our deadline for submission is 28 June"
          + "|\\bour (?:\\w+ )?(?:deadline|cut-?off)\\b[^.?!]{0,30}?\\b(?:is|falls on)\\b"
          + "|(?:will|'ll|would|gets to) make the (?:final )?(?:call|decision)"
          // a rival's offer set against this one
          + "|" + Topics.RIVAL_OFFER
          + "|deal[- ]?breaker|non-starter|red flag"
          // what matters most, said: "For us it is important that the used filters are taken back", "The critical
          // point for us is pickups within 60 minutes", "we have big worry about dissolved oxygen"
          + "|\\b(?:(?:it is|it's|is) (?:also |very |really |most |extremely |especially )?(?:important|critical|essential|vital)|important for (?:us|me)|the (?:critical|key|main|important|big) (?:point|thing|issue) (?:for (?:us|me) )?is)\\b"
          + "|\\b(?:a |big |real |main |biggest )worry (?:about|is|that)\\b|\\bcares? (?:about )?(?:most|the most)\\b"
          // requirements on anyone sent: "All crew members would need enhanced DBS checks", "any replacement would need the same certification"
          + "|\\b(?:all|any|every|each) (?:[\\w'-]+ ){0,3}?(?:would|will|must|should) (?:also )?(?:need|have|require|be required)\\b"
          + "|\\bwhatever \\w+(?: \\w+){0,3}? (?:has|have|must|needs?) to\\b"
          + "|\\b(?:has|have|needs?) to (?:allow|let|include|cover|happen|run|fit)\\b"
          + "|\\b(?:will|would) only (?:look at|consider|accept|sign|approve|go for|agree to)\\b"
          + "|\\b(?:we|i) (?:cannot|can't|can not) (?:run|install|fit|put|drill|use|touch|change|move|take|allow|accept)\\b"
          + "|\\bnobody (?:on site|in|here|allowed) (?:before|after|until)\\b"
          + "|\\binsists? (?:that |on )?(?:any|all|every|the|we|you|our)\\b"
          + "|^(?:i'm |we're |i am |we are )?not sure (?:if |whether |that )?(?:we|they|the|our|it|this|you|he|she)\\b"
          + "|\\b(?:don't|do not) want (?:this|that|it|a repeat|the same)(?: \\w+)? again\\b|\\bwe (?:don't|do not) like\\b"
          // a budget said: "Budget-wise we were thinking around £250 a month", "finance will baulk at anything over £1,100"
          + "|\\bbudget(?:-wise|wise)?\\b[^.?!]{0,40}\\b(?:around|about|up to|max(?:imum)?|no more than|under|thinking)\\b|\\b(?:baulk|balk) at\\b"
          + "|\\bgo for a (?:big |large )?(?:increase|rise|jump)\\b|\\b(?:other|another) (?:\\w+ ){0,2}?quoted (?:us )?(?:[$\u20ac\u00a3]|\\d)"
          // someone on the buyer's side wants something: "he want to see a reference", "our super wants a
          // certified operator", "Council wants a guaranteed response time in writing"
          + "|\\b(?:he|she|they) (?:wants?|needs?|expects?|insists? on) (?:to see|to review|to know|to have|a |an |the |some |proof|evidence)"
          + "|^(?:the |our |my )?\\w+(?: \\w+)? (?:wants|needs|requires|insists on|expects) (?:a |an |the |to see |to know |to have |proof|evidence|written|some |all |that )"
          + "|wants? (?:\\S+\\s+){1,4}?in writing"
          // constraints said as facts: "logs can't leave Australia", "nothing can go live before May 1",
          // "no lane closures are permitted between June 15 and September 2", "cant have more than 2 off the
          // road at a time", "we are obliged to keep it inside EU", "Start 2 June latest"
          + "|\\b(?:can't|cannot|cant|must not|mustn't|may not) (?:leave|sit|be stored|be hosted|be kept|live|go) (?:\\S+\\s+){0,2}?(?:outside|out of|offshore|abroad|beyond|[a-z]+\\W*$)"
          + "|\\b(?:nothing|no \\w+(?: \\w+)?|none) (?:can|may|is allowed to|are allowed to|is permitted|are permitted|will be permitted|is to)\\b(?:\\s+\\S+){0,3}?\\s+(?:before|after|until|during|between|on)\\b"
          + "|\\b(?:can't|cannot|cant|can not) (?:have|take|afford|lose|run|close|shut) (?:\\S+\\s+){0,4}?(?:more than|longer than|over|beyond)\\b"
          + "|\\b(?:are|is|am) (?:legally )?(?:obliged|required|obligated|bound) to\\b"
          + "|\\b(?:latest|at the latest|no later than)\\s*[.!]?$"
          // a date the buyer hopes to have it by: "we were hoping to have the frame up by end of August"
          + "|\\b(?:we|i)(?:'re| are| were| was|'d| had| would)? (?:really )?(?:hoping|aiming|hope|keen|want|wanted|wanting) to (?:have|get|be|start|finish|open|go live|launch|move in|complete)\\b[^.?!]{0,60}?\\b(?:by|before|in time for|ahead of) (?:the )?(?:(?:end|start|beginning|middle|close|first|last|early|mid|late|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter|christmas|easter|q[1-4]|next|this|our)\\b|\\d)"
          + "|\\bbefore we (?:freeze|shut|close|lock|go live|launch|open)\\b"
          + "|\\b(?:would|will|'d|'ll) need to (?:start|begin|be (?:done|finished|complete|live|in place))\\b"
          // trouble with a past or current supplier: "our previous forwarder lost temperature records",
          // "Last crowd left the tie-ins loose", "our last automation vendor said 4 weeks and it took 5 months"
          + "|\\b(?:(?:our|the|my) (?:last|previous|old|current|existing|former|incumbent|other) (?:[\\w'-]+ ){0,2}?[\\w'-]+|(?:last|previous|old|current|former|incumbent) (?:\\w+ ){0,2}?(?:supplier|vendor|provider|company|contractor|crowd|lot|firm|forwarder|distributor|installer|agency|system|partner|underwriter|insurer|carrier|crew|team|integrator|landlord)(?:'s)?)\\b[^.?!]{0,80}\\b(?:lost|loses|late|loose|never|didn't|did not|couldn't|failed|fails|left us|made us|ignored|misses|missed|delays?|took (?:forever|months|ages|(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:weeks|months|years))|charged|charges|charging|bills? us|billed|shorting|shorted|broke|rejected|killed|got us|not again|useless|terrible|awful|nightmare|mess)\\b"
          + "|\\bwe (?:had|used|tried) (?:a|an|one) (?:\\w+ ){0,3}?(?:system|provider|vendor|supplier|company|contractor|tool|platform|camera|machine|service)\\b[^.?!]{0,80}\\b(?:took forever|ended up|never|didn't|failed|rejected|lost|broke|broke down|stopped|was out|went down|was down)\\b"
          + "|\\bnot again\\b"
          // "We're locked in with Corvan until June 30", "we are only able to offer overnight possessions"
          + "|\\b(?:we're|we are|we've been|i'm|i am) (?:locked|tied) in(?:to)? (?:with|to|a|an|our|the)\\b|\\bearly termination (?:fee|charge|penalty)\\b"
          + "|\\b(?:we're|we are|i'm|i am) only (?:able|allowed|permitted) to\\b"
          // "We've had issues with earpad hygiene when agents hot-desk", "can't shut down ops during install"
          + "|\\b(?:we've|we have|we've been|we keep|i've|i have)(?: had| having)? (?:(?:some|a few|real|big|serious|constant|ongoing|recurring) )?(?:issues|problems|trouble|difficulties|headaches) (?:with|around)\\b"
          + "|\\b(?:can't|cannot|cant|can not) (?:shut|close|stop|pause|halt) (?:down )?(?:\\S+\\s+){0,3}?(?:during|while)\\b"
          // counted on the labelled thread points and buyer sentences before they were added (none labelled no point):
          // a rival's lower bid (5 of 6), "we can only have work done Nov-Feb" (10), payment terms stated as
          // "we typically do net 45" (19), "budgets have been frozen until April" (3), "all contracts over
          // £25k go to our trustees" (22)
          + "|\\b(?:tender|quote|quotation|bid|offer|proposal|price)s? from\\b[^.?!]{0,60}\\b(?:lower|cheaper|less)\\b|\\bcomes? in (?:at )?(?:about |around |roughly )?[$\u20ac\u00a3]?\\d[\\d,.]*k? (?:lower|cheaper|less|under)\\b"
          + "|\\bwe (?:can|could) only (?:have|do|take|accept|allow|schedule|book|close|shut)\\b|\\bnet ?\\d{2}\\b"
          + "|\\bbudgets? (?:has|have|is|are) (?:been )?(?:frozen|cut|on hold|spent|exhausted|capped)\\b"
          + "|\\b(?:anything|all \\w+|contracts?|orders?|spend(?:ing)?|purchases?) (?:over|above) [$\u20ac\u00a3]?\\d[\\d,.]*k? (?:go(?:es)?|has to go|have to go|needs? to go|must go) (?:to|through|before)\\b"
          // a time we can't be without it: "we can't shut down on weekends at all", "we cannot have the organ out
          // of commission that week" (21 labelled thread points and 4 labelled concerns, no plain sentence)
          + "|\\b(?:we|i) (?:really |simply |just |absolutely )?(?:can't|cannot|can not) (?:afford to )?(?:have|shut|close|stop|pause|lose|be without|go without|take)\\b[^.?!]{0,50}\\b(?:at all|that week|that day|then|on (?:weekends?|saturdays?|sundays?|\\w+days?)|during|at (?:that|this|the same) time|in (?:that|the) (?:week|month|period))\\b"
          // price objections said tersely: "Bit steep when payout's looking soft", "too expensive.", "about
          // 40% over what we set aside", "well under your quote of $212,000"
          + "|^(?:(?:a|bit|little|tad|touch|but|and|still|that's|thats|its|it's)\\s+){0,2}(?:bit |little |tad |touch )?(?:steep|pricey|expensive|rich)\\b"
          + "|^(?:\\w+ ){0,2}?too (?:expensive|pricey|steep|dear|costly|much|high)\\b"
          + "|\\b(?:over|above|more than|beyond|exceeds?) (?:what )?(?:we|i)(?:'ve| have)? (?:set aside|budgeted|planned|allocated|can spend|have left)\\b"
          + "|\\b(?:well |far |way )?(?:under|below|short of) your (?:quote|price|figure|number|proposal)\\b"
          // "the 10% retainage is a problem for us", "the deposit is more than we expected"
          + "|(?:is|are|would be|could be) (?:a )?(?:real |big |serious )?(?:problem|issue|blocker|challenge|stretch) for (?:us|me|our)"
          // "50% upfront is a lot for a company our size"
          + "|(?:is|are|would be) (?:a lot|too much|a big ask|a stretch) for (?:us|me|a |an |our )"
          + "|(?:more|higher|longer|bigger|steeper) than (?:we|i) (?:expected|budgeted|planned|hoped|thought|had in mind|can justify)"
          // "$61k a year is more than we pay our current provider", "I'm not comfortable with a
          // three-year lock-in", "if we go ahead I'd want a one-year term"
          + "|(?:more|higher|dearer|pricier|steeper) than (?:what )?(?:we|i)(?:'re| are)? (?:currently |now |already )?(?:pay|paying|spend|spending)\\b"
          + "|(?:not|n't) (?:entirely |totally |really |very |too )?(?:comfortable|happy|keen) (?:with|about|signing|committing|going)\\b"
          + "|\\b(?:i|we)(?:'d| would) (?:want|expect|insist on) (?:a|an|the|to see|to have|some|to (?:talk|speak) (?:to|with)|to visit|to hear from)\\b"
          // "anything not live by then rolls into next year's budget, which I'd rather avoid", "we ended up
          // paying labour out of pocket", "we work normally with 60 days net"
          + "|\\b(?:i|we)(?:'d| would) (?:rather|prefer to|like to) avoid\\b"
          + "|\\b(?:ended|end) up (?:paying|having to|footing|covering|eating|losing)\\b|\\bout of (?:our own )?pocket\\b"
          + "|\\b\\d+ days? net\\b|\\bnet \\d+ days?\\b|\\b(?:pay|work|invoice) (?:\\w+ )?(?:on|with|at) \\d+[- ]days?\\b"
          // "your quote of £11,400 is a lot more", "I don't see why we'd spend £48,000 on a drill"
          + "|\\byour (?:quote|price|pricing|rate|fee|proposal|figure|number)s?\\b[^.?!]{0,30}?\\b(?:is|are|was|seems|looks|feels|comes? (?:in|out)) (?:a lot |much |quite a bit |significantly |way |considerably |far |a fair bit |well )?(?:more|higher|steeper|above|over)\\b"
          + "|\\bi (?:don't|do not|can't|cannot) see why (?:we|i)(?:'d| would| should| need)\\b"
          // Someone else on the buyer's side wants something: "our attorney wants a cap on increases",
          // "our IT partner still needs to review where files are stored", "our buyer asked if you can ..."
          + "|\\b(?:our|my|the|\\w+'s) (?:\\w+ ){0,3}?(?:attorney|lawyer|legal|counsel|cfo|ceo|coo|cto|cio|finance|accounts|procurement|purchasing|board|boss|manager|director|owner|partner|it|security|compliance|auditor|buyer|client|customer|team|managers|partners"
          + "|venue|landlord|insurer|insurers|bank|lender|council|chair|chairman|chairwoman|committee|trustees|regulator|head office|hq|dad|father|mum|mom|mother|wife|husband|co-owner|accountant"
          + "|distributor|retailer|wholesaler|stockist|funder|sponsor)"
          + "(?: team| department| people| lead| head| officer| person| manager)?(?:, [^,]{1,30},)? (?:still |also )?(?:wants?|needs?|asks|asked|is asking|are asking|would like|requires?|insists?) "
          + "(?:to (?:know|understand|see|review|confirm|check|approve)|a |an |some |us to |you to |if |whether |about |for |your |it |the |proof |evidence |written |that |every |all |each )"
          + ")");

  /**
   * Whether a recognised ask is not a point to answer on its own: a list's number ("1."), a bare
   * nudge ("Any update?") that any reply answers, or a list's preamble ("Before we proceed, we need
   * the following:") whose items are the points. Still asks (Parakweet counts "here are a few
   * questions I'd like to submit" as one), so recognition keeps them and listing skips them.
   */
  public static boolean notAPoint(String source, Candidate c) {
    String folded = Text.fold(source.substring(c.start(), c.end())).toLowerCase(Locale.ROOT).trim();
    return !WORD.matcher(folded).find() || NUDGE.matcher(folded).matches() || CLOSER.matcher(folded).matches()
        || OTHERS_POINTS.matcher(folded).find()
        || folded.indexOf('?') < 0 && (INTRODUCTION.matcher(folded).find() || PREAMBLE.find(folded) || leadsAList(source, c.start(), c.end()));
  }

  /**
   * Whether the text [start, end) closes a line that introduces what follows: a colon and a list
   * ("Could you let me know:" then "- your turnaround ...", "- your rate per folio ..."), a lead of
   * a few words and a colon over lines with no markers ("need to know:"), or a lead of a few words
   * and a list with no colon ("what I need to know" then "- do you cover ..."). Each item is a point
   * of its own.
   */
  static boolean leadsAList(String source, int start, int end) {
    int lineEnd = indexOfOrEnd(source, '\n', end);
    String rest = source.substring(end, lineEnd);
    boolean colon = rest.indexOf(':') >= 0 || end > 0 && source.charAt(end - 1) == ':';
    if (!LINE_CLOSE.matcher(rest).matches() || lineEnd >= source.length()) return false;
    // "need to know:" over lines with no markers; "what I need to know" over a list, with no colon:
    // a lead of a few words on its own line only introduces what follows.
    int lineStart = source.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
    boolean shortLead = words(source, Math.max(lineStart, start), end) <= 6;
    if (colon && shortLead) return true;
    if (!colon && !shortLead) return false;
    // The next line that is not blank must be a list item.
    for (int from = lineEnd + 1; from < source.length(); from = indexOfOrEnd(source, '\n', from) + 1) {
      String line = source.substring(from, indexOfOrEnd(source, '\n', from));
      if (!line.isBlank()) return LIST_ITEM.matcher(line).find();
    }
    return false;
  }

  /** What may follow a lead line's last word on its line: its colon, and spaces. */
  private static final Pattern LINE_CLOSE = Pattern.compile("[ \t]*:?[ \t\r]*");

  public List<Candidate> find(AnnotatedText text, PatternDetector.Region own) {
    List<Candidate> out = new ArrayList<>();
    String source = text.text();
    for (Sentence s : text.sentences()) {
      // A colleague's questions forwarded with "> " markers: the words after the markers are the buyer's.
      int words = afterQuoteMarkers(source, s.start(), s.end());
      if (words > s.start() ? !own.contains(words, words + 1) : !own.startsIn(s)) continue;
      String raw = source.substring(words, s.end());
      String folded = Text.fold(raw).toLowerCase(Locale.ROOT).trim();
      if (folded.startsWith(">") || PLEASANTRY.matcher(folded).matches()) continue;
      Kind kind = classify(s, source, folded);
      if (kind == null && itemUnderAnAsk(source, s.start())) kind = Kind.REQUEST;
      if (kind == null) kind = modelKind(source, s, folded);
      if (kind == null) continue;
      int[] span = candor.rules.Text.trim(source, words, s.end());
      if (s.isQuestion(source)) span[1] = Math.min(s.end(), span[1] + 1); // keep the '?'
      Candidate c = new Candidate(s, span[0], span[1], kind);
      // "Our drivers know the receiving windows by heart. How do we capture that?": the question
      // is about the sentence before it, which becomes part of the span.
      int index = text.sentences().indexOf(s);
      if (index > 0 && refersBack(source, c) && (out.isEmpty() || out.get(out.size() - 1).sentence() != text.sentences().get(index - 1))) {
        Sentence prev = text.sentences().get(index - 1);
        if (own.startsIn(prev)) {
          c = new Candidate(s, candor.rules.Text.trim(source, prev.start(), prev.end())[0], span[1], kind);
        }
      }
      int[] second = kind == Kind.QUESTION ? secondQuestion(source, c.start(), c.end()) : null;
      if (second == null) {
        out.add(c);
      } else {
        // "what's the transit time on this lane, and how do you handle damaged freight?": two
        // questions, each answered (or not) on its own.
        int[] first = candor.rules.Text.trim(source, c.start(), second[0]);
        int firstEnd = first[1];
        while (firstEnd > first[0] && ",;".indexOf(source.charAt(firstEnd - 1)) >= 0) firstEnd--;
        out.add(new Candidate(s, c.start(), firstEnd, kind));
        out.add(new Candidate(s, second[1], c.end(), kind));
      }
    }
    return out;
  }

  /** Where the words of a sentence begin after the "> " markers of a quoted line; its start when it has none. */
  private static int afterQuoteMarkers(String source, int start, int end) {
    int i = start;
    while (i < end && (source.charAt(i) == '>' || source.charAt(i) == ' ' || source.charAt(i) == '\t')) i++;
    return i < end && source.charAt(start) == '>' ? i : start;
  }

  /**
   * ", and how ...", "; can you ...": where a second question begins inside one sentence. A bare
   * comma ("how does storage work, do images go to our EHR?") usually restates the first question.
   */
  private static final Pattern SECOND_QUESTION = Pattern.compile(
      "(?:,\\s+(?:and|but|also|plus)|;\\s+(?:(?:and|but|also|plus)\\s+)?)\\s*((?:what|how|when|where|who|which|why|do|does|is|are|can|could|would|will|did|should|has|have|was|were)\\b)",
      Pattern.CASE_INSENSITIVE);

  /**
   * Where a second question begins in [start, end): the separator's offset and the second
   * question's first word, or null. The first half needs three words, the second two.
   */
  static int[] secondQuestion(String source, int start, int end) {
    java.util.regex.Matcher m = SECOND_QUESTION.matcher(source).region(start, end);
    while (m.find()) {
      if (words(source, start, m.start()) < 3 || words(source, m.end(), end) < 2) continue;
      // The first half must ask too: "If we hire one permanently, what's the fee?" is one question.
      String first = withoutListMarker(Text.fold(source.substring(start, m.start())).toLowerCase(Locale.ROOT).trim());
      int colon = first.lastIndexOf(':');
      if (colon >= 0) first = first.substring(colon + 1).trim();
      if (WH_QUESTION.matcher(first).find() || POLAR_START.matcher(first).find()) return new int[] {m.start(), m.start(1)};
    }
    return null;
  }

  /** A first half that opens like a yes/no question about anything ("does Signalyard connect to Shopify Plus"). */
  private static final Pattern POLAR_START = Pattern.compile(
      "^(?:(?:also|and|so|but|plus)[,:]?\\s+)?(?:do|does|is|are|can|could|would|will|did|have|has|should)\\s+[\\w'-]+\\s+\\w");

  static final Pattern LIST_ITEM = Text.LIST_ITEM;
  /** A line that introduces a list of what the buyer wants: "Need from you by the 20th:", "Could you send:". */
  private static final GuardedPattern ASK_LEAD = GuardedPattern.compile(
      "\\b(?:need|needs|needed|please|send|can you|could you|would you|let (?:me|us) know|questions?|wondering|we'd like|i'd like|"
          + "looking for|want|require|asking|quote|price|confirm|"
          // "We would be grateful for information on the following:", "A few things:", "Could you advise:"
          + "grateful|appreciate|information|the following|advise|clarif\\w*|(?:a few|a couple of|some|several|two|three|four|five|key|main|open) (?:things|points|questions|items))\\b.{0,60}:\\s*$");

  /**
   * Whether the sentence at {@code start} is an item of a list ("- availability guarantee you'll sign
   * up to") under a line that asks for the items ("Need from you by the 20th:"): each item is a request.
   */
  static boolean itemUnderAnAsk(String source, int start) {
    int lineStart = source.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    String line = source.substring(lineStart, Math.max(lineStart, indexOfOrEnd(source, '\n', lineStart)));
    java.util.regex.Matcher item = LIST_ITEM.matcher(line);
    // Only the item's first sentence: "3. Can the report be in German? The authority won't accept English only." asks once.
    if (!item.find() || lineStart + item.end() < start && !source.substring(lineStart + item.end(), start).isBlank()) return false;
    // Walk up over the list's other items (and blank lines) to the line that introduces it.
    int at = lineStart;
    for (int steps = 0; steps < 20 && at > 0; steps++) {
      int prevEnd = at - 1;
      int prevStart = source.lastIndexOf('\n', Math.max(0, prevEnd - 1)) + 1;
      String prev = source.substring(prevStart, prevEnd).strip();
      at = prevStart;
      if (prev.isEmpty() || LIST_ITEM.matcher(prev).find()) continue;
      return ASK_LEAD.find(Text.fold(prev).toLowerCase(Locale.ROOT));
    }
    return false;
  }

  private static int indexOfOrEnd(String source, char c, int from) {
    int i = source.indexOf(c, from);
    return i < 0 ? source.length() : i;
  }

  private static int words(String source, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(source.charAt(i));
      if (letter && !in) n++;
      in = letter;
    }
    return n;
  }

  private static final GuardedPattern REFERS_BACK = GuardedPattern.compile(
      "^(?:\\S+\\s+){0,4}?(?:that|this|both|those|these|either)\\b");

  /**
   * Whether the candidate leans on the sentence before it ("How do we capture that?", "We need both
   * for site access"): such a sentence belongs to the point just made.
   */
  public static boolean refersBack(String source, Candidate c) {
    String lower = candor.rules.Text.fold(source.substring(c.start(), c.end())).toLowerCase(Locale.ROOT);
    return REFERS_BACK.matcher(lower).find() && c.sentence().tokens().size() <= 12;
  }

  /** The model's kind for a sentence the patterns missed; {@code folded} is its text as {@link #find} folded it. */
  private Kind modelKind(String source, Sentence s, String folded) {
    if (kinds == null || s.tokens().size() < MODEL_MIN_TOKENS) return null;
    java.util.Map<String, Double> p = kinds.classify(source, s);
    if (p.getOrDefault("question", 0.0) >= MODEL_KIND) return Kind.QUESTION;
    if (p.getOrDefault("request", 0.0) >= MODEL_KIND && !OFFERED_HELP.matcher(folded).find() && !OWN_PLAN.matcher(folded).find()) return Kind.REQUEST;
    if (p.getOrDefault("concern", 0.0) >= MODEL_CONCERN && !ownSetup(folded)) return Kind.CONCERN;
    return null;
  }

  /**
   * What the buyer has or runs, told as background ("We've got 14 rooftop units across the three blocks,
   * mostly Daikin", "we run a 2.4MW ground mount on the lower fields"): no point unless it carries a
   * limit, a wish, a doubt or a cost ("We run 24/7 so any roof access has to be booked", "We have a fixed
   * allocation of $180,000 and can't go over it"). In the team's thread files 138 such sentences with a
   * figure and none of these words are no point, 5 are one ("we have 400V 3ph, 250A spare at the MCC").
   */
  private static final Pattern OWN_SETUP = Pattern.compile("^\\W*(?:we|i)(?:'ve got| have got| have| run| operate| own| manage| use|'re running| are running)\\b");
  private static final Pattern SETUP_POINT = Pattern.compile("\\?|\\b(?:must|need|needs|can't|cannot|can not|won't|has to|have to|had to|only|but|so"
      + "|not sure|don't know|worried|worry|concern\\w*|problem|issue|would|want|wants|until|before|by|expir\\w*|ends?|than"
      + "|offer\\w*|cheaper|budget|limit\\w*|max\\w*|at least|assume|if|whether|require\\w*|can|could|should|will|fixed|already|quoted?"
      + "|pay|paying|costs?|charges?|charging)\\b");

  /** A count or a size: what the buyer has, not the system they name ("We use Proclaim." asks whether ours works with it). */
  private static final Pattern HAS_FIGURE = Pattern.compile("\\d");

  /**
   * Who the buyer is or what they are doing, told to set the scene ("We're a small multi-species abattoir ...",
   * "We're replacing the chain link on our jaguar yard ...", "For information, the helipad handles 30 movements a
   * month"): in the team's thread files 238 of the 273 sentences opening so are no point; the rest carry a limit or a
   * wish, which {@link #SETUP_POINT} keeps.
   */
  private static final Pattern SCENE_SETTING = Pattern.compile(
      "^\\W*(?:(?:we're|we are|i'm|i am)(?: currently| now)? (?:a|an)\\b"
          + "|(?:we're|we are)(?: currently| now)? (?:planning|replacing|looking at|building|opening|expanding|refurbishing|upgrading|renovating|setting up|launching)\\b"
          + "|(?:for information|for context|fyi|for background|by way of background)\\b)");

  static boolean ownSetup(String foldedLower) {
    boolean scene = OWN_SETUP.matcher(foldedLower).find() && HAS_FIGURE.matcher(foldedLower).find() || SCENE_SETTING.matcher(foldedLower).find();
    return scene && !SETUP_POINT.matcher(foldedLower).find();
  }

  /**
   * The writer's own plan, which the model reads as a request for its meeting and calendar words: "I
   * shall send you an updated version next week", "I am meeting with our CFO tomorrow". A plan that
   * wants something of the reader ("we'll need the quote by Friday") is not one.
   */
  private static final Pattern OWN_PLAN = Pattern.compile(
      "^\\W*(?:i|we)(?: shall| will|'ll| am going to|'m going to| are going to|'re going to| plan to| intend to| am| are|'m|'re)\\s+(?!not\\b|sure\\b|unsure\\b|unclear\\b|still\\b)"
          + "(?!.*\\b(?:need|needs|want|wants|like|love|expect|require|requires|looking for|you to|please|can you|could you|would you|will you|if you|unless|until|before|whether|how|what|when|which|who)\\b)");

  private static final Pattern RELATIVE = Pattern.compile("(?:who|which|where|when|whose)\\b");
  /** A list item's marker: "- ", "2. ", "3) ", "(d) ", "c) ". */
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*\u2022\u00b7\u2013\u2014]+|\\(?(?:\\d{1,2}|[a-h])[.)]|\\d{1,2}:)\\s+");
  /** An instruction at the head of a sentence, as tenders and terse buyers write them: "State your lead time", "Explain me where the difference comes from", "quote me". */
  private static final Pattern IMPERATIVE = Pattern.compile(
      "^(?:(?:also|and|plus|lastly|finally|separately)[,:]?\\s+)?(?:pls |please |kindly )?(?:also )?(?:confirm|state|explain|describe|detail|list|outline|advise|clarify|indicate|specify|identify|submit|show (?:me|us)|tell (?:me|us)|give (?:me|us)|quote (?:me|us|for|on)|price (?:up|for|me|us)|provide|send|forward|share)\\b");
  /** A question tagged onto a statement without its mark: "the van can't come to the door, is that a problem", "servers keep asking for it, can they get it". */
  private static final Pattern TAIL_QUESTION = Pattern.compile(
      ",\\s*(?:is|would|will|does|can|could|are|do) (?:that|this|it|they|we|you|u|(?:your|the|our|those|these) \\w+)\\b[^,.?!]{0,30}[.!]?$");
  /** A terse noun-phrase ask: "Price per week.", "Rough cost per sq ft please.", "total cost for 240 users incl. cards". */
  private static final Pattern TERSE_ASK = Pattern.compile(
      "^(?:(?:also|and|plus)\\s+)?(?:(?:a |your |the )?(?:rough|ballpark|approximate|indicative|best|total|estimated|all-in|full)\\s+)?"
          + "(?:price|cost|rate|quote|pricing|lead time|delivery time|timeline|eta)s? (?:per|for|on|of|incl|including)\\b[^.?!]{0,50}[.!]?$");
  private static final Pattern FINITE_VERB = Pattern.compile("\\b(?:is|was|are|were|came|comes|has|had|have|will|would|went|goes|seems|looks)\\b");

  static String withoutListMarker(String folded) {
    return LIST_MARKER.matcher(folded).replaceFirst("");
  }

  private static boolean terseAsk(String folded) {
    // "Price per channel please, and if there are setup fees": the head is the ask.
    int comma = folded.indexOf(", ");
    String head = comma > 0 ? folded.substring(0, comma) : folded;
    return head.split("\\s+").length <= 9 && TERSE_ASK.matcher(head).find() && !FINITE_VERB.matcher(head).find();
  }

  static Kind classify(Sentence s, String source, String folded) {
    if (s.isQuestion(source)) return Kind.QUESTION;
    // "2. Kindly provide the total cost", "c) Confirm whether your crews hold licences": the item's
    // marker stands where the anchored patterns expect the first word.
    folded = withoutListMarker(folded);
    if (TAIL_QUESTION.matcher(folded).find()) return Kind.QUESTION;
    if (IMPERATIVE.matcher(folded).find()) return Kind.REQUEST;
    if (terseAsk(folded)) return Kind.REQUEST;
    if (WH_QUESTION.matcher(folded).find()) return Kind.QUESTION;
    // "Two more things came up at our ops meeting: can the units read our probes, and how long ...":
    // the question starts after a short lead-in and its colon.
    int colon = folded.indexOf(": ");
    if (colon > 0 && colon < 80 && WH_QUESTION.matcher(folded.substring(colon + 2)).find()) return Kind.QUESTION;
    if (REQUEST.matcher(folded).find()) return Kind.REQUEST;
    if (TOLD_IF.matcher(folded).find() && !OFFERED_HELP.matcher(folded).find()) return Kind.REQUEST;
    if (pleaseDo(s, folded)) return Kind.REQUEST;
    if (verbToMe(s, folded)) return Kind.REQUEST;
    if (CONCERN.matcher(folded).find()) return Kind.CONCERN;
    if (asksAfterCondition(folded)) return Kind.QUESTION;
    // "And the battery, how many hours does it last", "also forgot - what's the damage waiver cost":
    // a short lead, a comma or a dash, then the question.
    for (String separator : LEAD_SEPARATORS) {
      int at = folded.indexOf(separator);
      String rest = at < 0 ? "" : folded.substring(at + separator.length());
      // A relative clause after a comma ("I've copied in Nikhil, who looks after our IT") is not one.
      if (at > 0 && at < 40 && folded.substring(0, at).split(" ").length <= 4
          && !RELATIVE.matcher(rest).lookingAt() && WH_QUESTION.matcher(rest).find()) return Kind.QUESTION;
    }
    return null;
  }

  /** Words that may stand between "please" and its verb: "please also send", "please, kindly return". */
  private static final java.util.Set<String> PLEASE_FILLERS = java.util.Set.of("also", "just", "kindly", "do", "now", "again", ",");
  /**
   * "please" before a verb that only courtesy or a notice follows: "please find attached", "please
   * feel free", "please don't hesitate", "please note", "please ignore", "please accept our apologies".
   */
  private static final java.util.Set<String> COURTESY_VERBS = java.util.Set.of(
      "find", "see", "feel", "note", "accept", "forgive", "excuse", "ignore", "disregard", "bear", "be", "enjoy",
      "keep", "rest", "hesitate", "don't", "dont", "refer", "allow", "stay", "remember", "thank", "reply", "unsubscribe");

  /** "Please call Mark if you have any questions": help offered, nothing asked. */
  private static final Pattern OFFERED_HELP = Pattern.compile(
      "(?i)\\bif (?:you (?:have|need|want|would like|require)|there (?:are|is)) (?:any )?(?:further |more |other )?(?:questions?|queries|query|anything|help|clarification|information|problems?|issues?)\\b");

  /** Verbs that open a sentence to me or us without asking anything: "thank us", "excuse me", "trust me", "let me explain". */
  private static final java.util.Set<String> NOT_AN_ASK_TO_ME = java.util.Set.of(
      "let", "thank", "thanks", "excuse", "forgive", "trust", "believe", "bear", "count", "pardon", "call", "ping", "contact", "join");
  private static final java.util.Set<String> OPENERS = java.util.Set.of("also", "and", "so", "pls", "please", "kindly", "just", "then");

  /**
   * An instruction to the rep that opens the sentence: "Get me the roll-off schedule", "email us the
   * spec", "remind me on Thursday". "Call me if you need anything" and "let me explain" ask nothing.
   */
  static boolean verbToMe(Sentence s, String folded) {
    List<candor.annotate.Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size() && (!tokens.get(i).isWord() || OPENERS.contains(tokens.get(i).lower()))) i++;
    if (i + 1 >= tokens.size()) return false;
    candor.annotate.Token verb = tokens.get(i);
    String next = tokens.get(i + 1).lower();
    return verb.wordPos().equals("VERB") && (next.equals("me") || next.equals("us"))
        && !NOT_AN_ASK_TO_ME.contains(verb.lower()) && !OFFERED_HELP.matcher(folded).find();
  }

  /**
   * Any verb asked for with "please" ("please email me a brief overview", "if it meets your approval,
   * please sign and return it", "Shirley, please put it on my schedule"): the closed verb list of
   * {@link #REQUEST} names the usual asks, the tag finds the rest.
   */
  static boolean pleaseDo(Sentence s, String folded) {
    List<candor.annotate.Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      if (!w.equals("please") && !w.equals("pls") && !w.equals("plz")) continue;
      int j = i + 1;
      while (j < tokens.size() && PLEASE_FILLERS.contains(tokens.get(j).lower())) j++;
      if (j >= tokens.size()) return false;
      candor.annotate.Token verb = tokens.get(j);
      return verb.wordPos().equals("VERB") && !COURTESY_VERBS.contains(verb.lower()) && !OFFERED_HELP.matcher(folded).find();
    }
    return false;
  }

  /** "And if we ever leave, what happens to our data": a condition, its comma, then the question. */
  private static final Pattern CONDITIONAL_LEAD = Pattern.compile(
      "^(?:(?:and|also|so|but|plus)\\s+)?(?:if|when|once|assuming|suppose|say|in case)\\s[^,.?!]{3,80},\\s+");

  /**
   * A condition, then "let me know": "If the price changes before then, let me know". The reverse
   * order is in {@link #REQUEST}; help offered ("if you have any questions, let me know") is not an ask.
   */
  private static final Pattern TOLD_IF = Pattern.compile(
      "^(?:(?:and|also|so|but|plus)\\s+)?(?:if|when|once|in case|should)\\s[^,.?!]{3,80},\\s+(?:please\\s+)?(?:just\\s+)?(?:let (?:me|us) know|tell (?:me|us)|give (?:me|us) a (?:call|shout|ring))\\b");

  /** A condition longer than the short leads allow, then a question asked without its mark. */
  private static boolean asksAfterCondition(String folded) {
    Matcher c = CONDITIONAL_LEAD.matcher(folded);
    if (!c.lookingAt()) return false;
    String rest = folded.substring(c.end());
    return !RELATIVE.matcher(rest).lookingAt() && WH_QUESTION.matcher(rest).find();
  }

  private static final List<String> LEAD_SEPARATORS = List.of(", ", " - ", " \u2013 ", " \u2014 ");
}
