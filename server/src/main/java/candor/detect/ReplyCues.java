package candor.detect;

import candor.rules.GuardedPattern;

/**
 * What a reply sentence says besides its words on the buyer's point: that it puts the answer off
 * ("I'll check and get back to you"), does not know it yet, promises to find out, waves the concern
 * away, commits to doing what was asked, or says it was done. {@link Coverage} reads these.
 */
final class ReplyCues {
  private ReplyCues() {}

  /** What a rep tells the buyer rather than does: a number, a price, an answer. */
  private static final String INFORMATION = "(?:number|figure|price|pricing|quote|quotation|cost|costs|estimate|offer|answer|breakdown|details)";
  /** Waiting on work the rep's side has still to do: "once our engineer has reviewed the drawings", "after we've seen the site". */
  private static final String ONCE_DONE = "(?:once|as soon as|after|when) (?:(?:our|the|my|their) (?:\\S+ ){0,3}?(?:has|have)|he has|she has|they have|(?:we|i)(?: have|'ve)) (?:been |had )?(?:\\w+ed|\\w+en|done|gone|shown|run|sent|had|heard|met|got|made|built)\\b";
  private static final String TO_A_MEETING = "(?:(?:go through|go over|discuss|cover|talk (?:it |that |this )?through|walk you through|take you through)"
      + " [^.]{0,40}(?:on|at|in|during) (?:(?:the|a|our|your|\\w+'s) )?(?:\\S+ )?(?:call|meeting|visit|demo|kick-?off|workshop|session|interview|presentation|walk-?through|catch-?up)"
      + "|put (?:that|this|it) on the agenda)";
  /** Waiting for someone's consent: "once I have their consent", "I need approval from the customers". */
  private static final String AWAITING_CONSENT = "(?:once|when|after|as soon as) (?:i|we) (?:have|get|receive) (?:it|them|that|this|consent|approval|permission|sign-off|their (?:consent|approval|permission|ok|okay|go-ahead))"
      // Someone's need, not a denial of one: "nothing would need capital approval from your CFO" defers nothing.
      + "|(?:i|we|they|he|she|it|this|that|(?:our|my|the) \\w+)(?:'ll| will|'d| would)? (?:still |first |also )?(?:need|needs|require|requires) (?:\\w+ )?(?:consent|permission|approval|sign-off) from";
  /** Work still to do before the answer: "I'll need a survey of the curve before I can quote per metre". */
  private static final String BEFORE_I_CAN = "before (?:i|we) can (?:\\S+ )?(?:quote|price|cost|confirm|commit|say|give (?:you )?(?:a |an |the )?(?:firm |final |proper |accurate )?(?:price|figure|quote|number|date|answer))";
  static final GuardedPattern DEFERRAL = GuardedPattern.compile(
      "\\b(?:(?:i'll|i will|we'll|we will|let me|i'm going to|i need to|i have to|i'd need to|i want to|i'd like to|i'd want to|will|i can)\\s+(?:\\S+\\s+){0,2}?"
          + "(?:circle back|follow up|come back with|check|confirm|find out|look into|dig into|ask|loop back|revert|talk to|speak (?:to|with)|"
          + "run (?:it|that|this) by|get (?:you )?(?:an answer|that|those|them|the \\w+|our \\w+|details)|send (?:that|this|those|it|them|details|more|over)|have (?:an answer|that|details)|let you know)"
          + "|(?:i've|i have|we've|we have) asked (?:\\S+\\s+){0,4}?to (?:check|confirm|look into|find out|test)"
          + "|(?:more|details) (?:on (?:that|this|the \\w+|\\w+) )?(?:soon|later|next week|shortly|to follow)"
          + "|to be confirmed|\\btbc\\b|\\btbd\\b|in a separate (?:email|note)|in a follow-up"
          // Answering later, not doing the work later: "I'll send the figures separately", "more on that next
          // week"; "we can install next week" and "handling is charged separately" are answers.
          + "|(?:send|email|share|cover|answer|confirm|come back|get back|follow up|update you|reply|respond|write|deal with|address|pick (?:that|this|it) up)"
          + "[^.]{0,50}\\b(?:separately|next week|later this week)"
          + "|(?:park|table|hold off on) (?:that|this|the \\w+)|(?:get|come) to (?:that|this|it) (?:later|next|once)"
          // "let's get you on the schedule first and then we can figure that part out", "we'll sort that out later"
          + "|(?:figure|sort|work|iron|hash) (?:that|this|it|those|these)(?: part| bit| side| one)? out (?:later|afterwards|down the line|as we go|once|after|when)"
          + "|(?:then|later|afterwards) (?:we|i) can (?:figure|sort|work|iron|hash) (?:that|this|it|those|these)(?: part| bit| side| one)? out"
          // "Once we've surveyed the sites I can give you a firm date", "we'll need to see the layouts first"
          + "|(?:once|when|after) [^.]{0,60}(?:i|we)(?:'ll| will| can| could) (?:give|send|confirm|share|quote)"
          + "|(?:we'll|we will|i'll|i will|we'd|i'd) need to (?:see|know|check|survey|review|understand|visit) [^.]{0,50}first"
          // "I'd need to talk it through with my business partner first"
          + "|(?:talk|run|go) (?:it|that|this) (?:through|over|past) with|(?:talk|speak|check) (?:to|with) (?:my|our) [^.]{0,40}first"
          + "|" + TO_A_MEETING
          // "I'll send you options by Wednesday", "our systems team is reviewing it this week", "I'd rather
          // not guess", "that's a decision I need to run past our finance lead"
          + "|(?:i'll|i will|we'll|we will) (?:send|email|get) (?:you |over |across )?(?:\\S+ ){0,5}?(?:by|on) (?:monday|tuesday|wednesday|thursday|friday|the end|end of|tomorrow|next)"
          + "|(?:is|are|am) (?:currently |still )?(?:reviewing|looking (?:at|into)|checking|working (?:on|through)) (?:it|this|that|them|those|the \\w+|your \\w+)"
          // "I am confirming with our service team whether ...", "our funding team will run it and come back to
          // you": coming back to the buyer defers whoever promises it and however it is put.
          + "|(?:is|are|am) (?:currently |still )?(?:confirming|verifying|checking) (?:with|whether|if)|(?:come|get|write) back to you\\b"
          + "|(?:(?:i'd|i would|we'd|we would) rather not|(?:i|we) (?:don't|do not) want to) (?:guess|speculate|say|commit)"
          // "I want our integration lead to confirm how the coding maps", "I'd rather get you an accurate answer than a quick one"
          + "|(?:i want|i'd like|i'll ask|i will ask|i'll get|let me get|i'm asking|i am asking) (?:our|my|the) (?:\\S+ ){0,3}?to (?:confirm|check|verify|review|look (?:at|into))"
          + "|rather (?:get|give) you (?:an |the )?(?:accurate|right|correct|proper|full|considered) answer"
          // "I'd rather have our technical lead look at those properly than give you a half answer"
          + "|(?:i'd|i would|we'd|we would) rather (?:have|get|ask) (?:our|my|the) [^.]{0,40}\\b(?:look at|look into|check|confirm|answer)"
          + "|(?:need|have) to (?:run|take) (?:it |that |this )?(?:past|by|to) (?:our|my) "
          // "I'll need to run the numbers with our pricing manager once I know ...": the figure is still to be worked out
          + "|(?:i'll|i will|we'll|we will|let me|(?:i|we)(?:'ll| will)? need to|need (?:our|my|the) [^.]{0,30}to) run the numbers\\b"
          // "I'll need a survey of the curve radius before I can quote per metre"
          + "|" + BEFORE_I_CAN
          // "I'd rather see both specimens before quoting", "I'll send a firm figure after a visit"
          + "|(?:i'd|i would|we'd|we would) rather (?:see|visit|survey|measure|inspect|look at|check) [^.]{0,40}\\b(?:before|first)\\b"
          + "|(?:i'll|i will|we'll|we will|i can|we can) (?:send|give|get|confirm) (?:you )?(?:a |an |the )?(?:firm|final|fixed|proper|exact|accurate|formal) (?:figure|price|quote|quotation|number|cost|costing|date|answer)s? (?:after|once|when|following)"
          // Handing it to a colleague or a later document: "the hosting question is one for our CTO",
          // "best covered by our security team", "until I've asked our systems person", "will be in the formal submission".
          + "|(?:is|are) (?:one|ones|a question) for (?:our|my) |(?:is|are) best (?:covered|answered|handled|explained) by "
          // "I'll send three references once I have their consent", "the SOC 2 report is shared under NDA"
          + "|" + AWAITING_CONSENT
          + "|(?:shared|available|provided|released|sent|sharable|shareable) (?:only )?(?:under|once|after|subject to) (?:an? |our |the |your |a mutual )?(?:nda|non-disclosure)"
          + "|until (?:i've|i have|we've|we have) (?:asked|checked|spoken|heard)|will be (?:set out |covered )?in (?:the|our) (?:formal |full |written |final )?(?:submission|proposal|tender|contract)"
          // "we'll set that out in the formal submission", "the mechanism needs input from our finance team"
          + "|(?:set|lay) (?:that|this|it|them|those) out in (?:the|our) (?:formal |full |written |final )?(?:submission|proposal|tender|response)"
          // "I'll include the annual licence figure in the final proposal"
          + "|(?:i'll|i will|we'll|we will) (?:include|add|show|give) [^.]{0,40}\\bin (?:the|our) (?:formal|full|written|final|detailed) (?:submission|proposal|tender|response|quote)"
          + "|needs? (?:input|sign-off|confirmation) from (?:our|my|the) )\\b");
  /**
   * Knowing, or giving the figure, only once something on the rep's side is done: "I'll know once our
   * engineer has seen the trusses", "I'd prefer to give you a correct number after our technician has
   * inspected the lift", "I'll send the price as soon as I know", "before we say either way". Like
   * {@link #UNCERTAIN}, it puts the answer off only in a sentence without a figure: "usually 8 to 10
   * weeks, but I'll give you a firmer figure once we've seen the machine room" answers.
   */
  static final GuardedPattern KNOWN_LATER = GuardedPattern.compile(
      "\\b(?:(?:i'll|i will|we'll|we will|i can|we can|i'd|i would)\\s+(?:\\S+\\s+){0,2}?(?:know|say|confirm|tell you)\\b[^.?!]{0,40}\\b(?:once|as soon as|after|when)\\b"
          + "|(?:give|send|get|have|email) (?:you )?(?:a |an |the |our )?(?:\\S+ ){0,2}?" + INFORMATION + "\\b[^.?!]{0,40}\\b" + ONCE_DONE
          + "|(?:as soon as|once) (?:i|we) (?:know|hear back|find out)\\b|before (?:i|we) (?:can )?(?:say|commit|confirm)\\b"
          // A document promised with a later one: "which I'll send with the formal quotation".
          + "|(?:i'll|i will|we'll|we will) send (?:\\S+ ){0,2}?(?:with|alongside) (?:the|our) (?:formal |full |written |final )?(?:quotation|quote|proposal|offer|submission))\\b");
  /** What a rep promises to put together or send: the buyer's numbers, answers, a quote. */
  private static final String WORK_FOR_BUYER = "(?:numbers|figures|prices|pricing|costs|costings|quote|quotation|proposal|answers|response|reply"
      + "|details|spec|something|options|breakdown|side-by-side|comparison|those|these|that|it|them)";
  /** More ways to hold the answer back: naming the answers still to come, or the work or people still to consult. */
  private static final String LATER_MORE =
      // "I'll get answers on all three over to you by Thursday", "will respond in full shortly", "the rest to follow"
      "|(?:i'll|i will|we'll|we will) (?:get|send) (?:\\S+ ){0,2}?(?:answers?|replies|reply|responses?|figures|numbers|details|those|these|that|it|them)\\b[^.?!]{0,30}\\b(?:over|across|back) to you"
          + "|(?:respond|reply|come back|get back) (?:to you )?(?:in full|properly|fully|on (?:all|each|the rest|everything))"
          + "|(?:the rest|everything else|the others?|remaining points) (?:to follow|will follow|(?:i'll|we'll) (?:send|cover|answer))"
          // "I'll run these past our product folks before I answer", "two quick questions before I price it"
          + "|before (?:i|we) (?:answer|price|quote|cost|put (?:\\S+ ){0,3}?together|come back|reply|respond|give you)"
          // "so I can price this properly, could you send ...", "to quote properly I'd like to survey", "that'll let me run real numbers"
          + "|(?:so (?:i|we) can|to|in order to) (?:price|quote|cost|size|scope) (?:\\S+ ){0,2}?(?:properly|accurately|correctly)"
          + "|so (?:i|we) can (?:price|quote|cost|size|scope) (?:it|this|that|them|the job|up)\\b"
          + "|let (?:me|us) (?:run|put together|work up) (?:real |proper |some |the )?(?:numbers|figures|pricing|costs)"
          // "I'm gathering answers from our product colleagues", "checking with the infra team on ...", "I'm pulling in our solutions engineer"
          + "|(?:i'm|i am|we're|we are|currently) (?:gathering|collecting|pulling together|checking|confirming|chasing)\\b"
          + "|^(?:\\S+ ){0,2}?checking (?:with|on)\\b"
          + "|(?:i'm|i am|we're|we are|i'll|i will|we'll|we will) (?:pull(?:ing)? in|loop(?:ing)? in|bring(?:ing)? in) (?:our|my|the|a)\\b"
          + "|(?:i'll|i will|we'll|we will) (?:dig out|track down|find out|look into|look up)\\b";
  /**
   * Promising the work for later: "I'll pull some numbers together", "quote to follow", "I'll send lease
   * and purchase prices over shortly", "I'll put a proposal together".
   */
  static final GuardedPattern PROMISES_LATER = GuardedPattern.compile(
      "\\b(?:(?:i'll|i will|we'll|we will|let me|i'm going to|i can|happy to) (?:(?:pull|put|get) (?:\\S+ ){0,3}?" + WORK_FOR_BUYER + " together"
          + "|(?:pull|put|get) together (?:\\S+ ){0,3}?" + WORK_FOR_BUYER + "|have (?:\\S+ ){0,3}?" + WORK_FOR_BUYER + " (?:to|over to|for) you)"
          + "|(?:quote|proposal|pricing|prices|figures|numbers|details|costs?) (?:to follow|will follow|(?:is|are) on (?:its|their|the) way)"
          + "|(?:i'll|i will|we'll|we will) (?:send|email|get) (?:\\S+ ){0,6}?(?:shortly|soon|later|this week|tomorrow|after (?:the|a|our|your|i|we))"
          + "|(?:i'll|i will|we'll|we will) (?:send|give|get|prepare|draw up|work up|put) (?:you )?(?:a |an |the |our )?(?:full |proper |formal |detailed |firm |written )?(?:quote|quotation|proposal|breakdown|costing|pricing)"
          + LATER_MORE + ")\\b");
  /** Moving the answer to a meeting: "that's something we can go through in detail on the kick-off call". */
  static final GuardedPattern MOVES_TO_MEETING = GuardedPattern.compile("\\b" + TO_A_MEETING + "\\b");
  /**
   * Saying the answer is not known yet ("it depends on when the survey is done, which I don't know
   * yet"): without a figure such a sentence puts the answer off rather than giving it.
   */
  static final GuardedPattern UNCERTAIN = GuardedPattern.compile(
      "\\b(?:depends on|depending on|(?:don't|do not|doesn't|does not) (?:yet |really )?know|not (?:yet )?sure (?:yet|when|whether|if|how|about)"
          + "|hard to say|(?:can't|cannot) (?:yet )?(?:say|commit to a date|give you a date)|no (?:firm )?(?:date|answer|word|timeline|eta) yet"
          + "|(?:haven't|have not) (?:yet )?(?:heard back|confirmed|decided)|(?:still )?waiting (?:on|for) (?:the|their|our|a|an)|still (?:checking|confirming)"
          + "|(?:i'm|i am|we're|we are) (?:still )?waiting (?:on|for) \\w+"
          + "|up in the air|not (?:yet )?(?:confirmed|decided|known))\\b");
  static final GuardedPattern FINDS_OUT = GuardedPattern.compile(
      "\\b(?:check|confirm|find out|look into|dig into|ask|get back to you|let you know|circle back|come back to you|come back with|revert"
          + "|run (?:it|that|this) by|talk (?:it|that|this) (?:through|over)|(?:talk|speak) (?:to|with)|not sure|don't know|do not know|depends on|depending on|waiting (?:on|for))\\b");
  /** A promise that waits on something not yet done: "I'll send the price list once our new rates are finalised". */
  static final GuardedPattern WAITS_ON = GuardedPattern.compile(
      "\\b(?:once|as soon as|when|after) (?:our|the|we|we've|i|i've|it|they|their|those|these|that|this)\\b[^.?!]{0,50}\\b(?:finali[sz]ed|confirmed|approved|agreed|signed off|available|ready|back|through|comes? through|come in|arrives?|updated|published|out)\\b"
          + "|\\b" + ONCE_DONE + "|\\b(?:once|when|after) (?:we|i) (?:have|get|receive) (?:a |the |your )?(?:signed|firm|confirmed|formal|written) (?:order|contract|po|purchase order|agreement)\\b"
          + "|\\b(?:" + AWAITING_CONSENT + ")\\b|\\b" + BEFORE_I_CAN + "\\b"
          // Waiting on the buyer's side or on an event still to come: "once your electrician confirms the load",
          // "once they've said yes", "after the visit", "once I can see the condition of the action".
          + "|\\b(?:once|as soon as|after) (?:you(?:'ve| have)?|your (?:\\S+ ){0,2}?\\w+(?:s|ed)|they(?:'ve| have)|he(?:'s| has)|she(?:'s| has)) (?:\\w+ )?\\w+"
          + "|\\b(?:once|as soon as|after) (?:the|our|my|your|a) (?:site |first |initial )?(?:visit|survey|inspection|walk-?round|site walk|assessment|trial|audit|measure-?up)\\b"
          + "|\\b(?:once|as soon as|when) (?:i|we) (?:can |have |'ve )?(?:see|seen|measured|surveyed|inspected|visited|been on site)\\b");
  static final GuardedPattern NOT_KNOWN = GuardedPattern.compile(
      "\\b(?:(?:i'm|i am|we're|we are) (?:\\w+ )?not (?:yet )?sure|(?:i|we) (?:don't|do not) (?:yet )?know|no idea|(?:i|we) (?:can't|cannot) say yet)\\b");
  static final GuardedPattern DISMISSAL = GuardedPattern.compile(
      "\\b(?:really|just|only|merely|purely|simply) a formality\\b");
  /** Saying yes to a request, or undertaking to do it. */
  static final GuardedPattern COMMITMENT = GuardedPattern.compile(
      // "Sure" agrees; "I'm sure Claire will like it" and "make sure" do not.
      "\\b(?:yes|(?<!i'm )(?<!i am )(?<!not )(?<!make )(?<!be )sure|absolutely|of course|happy to|glad to|i'll|i will|we'll|we will|i can|we can|will do|done)\\b");
  static final GuardedPattern ANSWER_CONTENT = GuardedPattern.compile(
      "(?:\\d|\\$|%|\\b(?:yes|no|yep|nope|correct|included|includes|covered|covers|supports?|supported|works with|integrates|owns?|owned|"
          + "is|are|does|do|doesn't|don't|isn't|aren't|wasn't|weren't|hasn't|haven't|can|cannot|can't|won't|will)\\b"
          // "it'll connect to your DeLaval setup", "they're rated for 2 bar": the contracted verb says as much.
          + "|'(?:ll|re)\\b)");

  /** A rep's nudge ("just following up on the samples", "checking in on the quote"): it takes up none of the buyer's points. */
  static final GuardedPattern NUDGE = GuardedPattern.compile(
      "\\b(?:(?:just |quickly )?(?:following up|checking in|circling back|touching base|bumping this|chasing)(?: (?:on|about|re|regarding|with|to))?|follow(?:ing)?-up on)\\b");
  /** Sending something: what a promise must do to meet a request for a document. */
  static final GuardedPattern SENDS = GuardedPattern.compile(
      "\\b(?:send|sent|forward|e-?mail|share|attach|pass (?:it|them|that|those) on|get (?:it|them|that|those|a copy) (?:over |across )?to you)\\b");
  /** Talk of value or fairness in place of an answer to a point on price. */
  static final GuardedPattern DODGE = GuardedPattern.compile(
      "\\b(?:(?:i think |i'm sure |i believe )?you'll (?:find|see) (?:that )?(?:the|it's|it is|our) (?:value|worth)|(?:tried|try|aim|aimed) to price (?:it )?(?:fairly|competitively|sensibly)"
          + "|worth every (?:penny|cent)|you get what you pay for|the value speaks for itself|(?:reflects|reflecting) the (?:quality|value|level of service)"
          // a slogan in place of the answer: "On the privacy agreement, we take student data very seriously and
          // security is built into everything we do"
          + "|(?:we|i) take (?:[\\w'-]+ ){1,3}(?:very |extremely |incredibly |really )?seriously|(?:built|baked) into everything we do"
          + "|(?:is|are) (?:always )?our (?:top|number one|#1|first|highest) priority|we pride ourselves on)\\b");
  /**
   * A boast where an answer should be: "As for the water, the Glacier is the cleanest cold plunge on the
   * market", "On Medway: we're simply the most experienced contractor on the east coast", "Validation is
   * a non-issue with us". A dodge only under a lead-in naming the point, in a sentence that gives no
   * figure ({@link Coverage}): a boast beside an answer ("it pays for itself in a year; the most
   * realistic simulator you can buy") leaves the answer standing.
   */
  static final GuardedPattern BOAST = GuardedPattern.compile(
      "\\b(?:the (?:most [\\w-]+|best|\\w+est|leading|number one|no\\.? ?1) (?:[\\w-]+ ){0,3}?(?:on the market|in the (?:business|industry|trade|country|world|region|county|state|sector)"
          + "|(?:you|money) can buy|anywhere|out there)"
          + "|(?:is|are|'s|'re) (?:a )?non-issue|never (?:been )?(?:an issue|a problem|a concern) (?:for|with) us)\\b");
  static final GuardedPattern FULFILMENT = GuardedPattern.compile(
      "\\b(?:attached|enclosed|here's|here is|here are|i've sent|i sent|we've sent|i've booked|i've scheduled|"
          + "i've set up|sent (?:you|over|a|the)|see below|below is|i've shared|sharing)\\b");
}
