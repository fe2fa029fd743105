package candor.detect;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.rules.GuardedPattern;
import java.util.Locale;

/**
 * What kind of answer a buyer's question asks for (a time, an amount, advice, a yes or no, a
 * judgement, a way to reach someone) and how a reply sentence shows that it gives one: the part of
 * {@link Coverage}'s judgement that does not rest on shared words.
 */
final class AnswerKinds {
  private AnswerKinds() {}

  /** ISO codes of currencies, before or after a figure ("QAR 70", "1,200 AED", "NOK 3 400"). */
  static final String CURRENCIES = "usd|eur|gbp|chf|cad|aud|nzd|inr|rs|qr|qar|aed|sar|sgd|hkd|zar|brl|mxn|nok|sek|dkk|isk|pln|czk|huf|jpy|cny|rmb|krw|idr|myr|thb|ngn|kes|egp";

  /**
   * A sum of money by its currency (lower-cased text): a sign or ISO code before or after the figure
   * ("$45", "QAR 70", "1,200 AED"), the rand ("R11.40", "R 4,950") and the krone or krona ("kr 450",
   * "450 kr") by their letters, the rand with cents or a thousands comma so that "R2" is not a price.
   */
  static final String MONEY = "[$\u20ac\u00a3\u20b9\u00a5\u20a9\u20aa\u20ba\u20bd\u20a6\u20b1]\\s?\\d|\\b(?:" + CURRENCIES + ")\\.?\\s?\\d"
      + "|\\d\\s?(?:" + CURRENCIES + "|kr)\\b|\\br\\s?\\d{1,3}(?:,\\d{3})*\\.\\d\\d\\b|\\br\\s?\\d{1,3}(?:,\\d{3})+\\b|\\bkr\\.?\\s?\\d";

  /** A day, a date or a time of day: what "when" asks for. */
  private static final String WHEN_RE = "\\b(?:\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|tonight|next (?:week|month|year)|"
      + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d|\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\d{1,2}(?:st|nd|rd|th)\\b|in \\d+ (?:days?|weeks?|months?)|end of (?:the )?(?:week|month))";
  /** A length of time: "a one-day job", "a 6-week lead time", "two days"; half a day and overnight are lengths too. */
  // "nine working days", "a couple of clear weeks", "two to three weeks", "a fortnight" are lengths too.
  private static final String LENGTH_RE = "\\b(?:(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|couple of|several)"
      + "(?:\\s?(?:-|to|or)\\s?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve))?[\\s-](?:(?:working|business|calendar|full|clear|whole|school)\\s)?"
      + "(?:minutes?|mins|hours?|hrs|days?|weeks?|months?|years?|shifts?|nights?)"
      + "|half (?:a |an )?(?:day|hour)|half-day|overnight|same day|fortnight)\\b";

  /** What a wh-question asks for, and how a reply sentence shows it. */
  enum AnswerType {
    TIME(AnswerKinds.WHEN_RE),
    // A sum in some currency, a share or a round "5k".
    AMOUNT("(?:" + AnswerKinds.MONEY + "|\\d+(?:[.,]\\d+)?\\s?(?:%|percent|k\\b|dollars|euros|pounds|rupees|rand|yen|francs|pesos)"
        + "|\\b(?:free|included|at no (?:extra )?cost|no (?:extra |additional )?(?:charge|cost|fee))\\b)"),
    DURATION(AnswerKinds.LENGTH_RE),
    // "How soon could you start?", "how quickly can we get it back?": a date or a length of time.
    SOON(AnswerKinds.WHEN_RE + "|" + AnswerKinds.LENGTH_RE),
    // A count or measure: "how many seats?" -> "Up to 500", "how big is the limit?" -> "25 MB".
    // "How many cycles do the tags survive?" -> "every wash cycle": no limit is a count too.
    COUNT("\\b(?:\\d+|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundreds?|thousands?|dozens?|a few|several|a couple"
        + "|every|unlimited|no limit|as many as)\\b"),
    // A place noun after a preposition ("near the City Center mall"), or saying where something is ("located next to Lulu").
    PLACE("\\b(?:(?:at|in|near|around|behind|opposite|next to|beside|from) (?:the )?[a-z']+(?: [a-z']+)? (?:mall|hotel|street|st|road|rd|roundabout|market|"
        + "souq|souk|area|centre|center|office|branch|store|shop|hospital|clinic|city|town|village|beach|park|restaurant|cafe|garage|school|museum|"
        + "airport|station|building|tower|plaza|supermarket|district)"
        + "|(?:located|situated|based|it's|it is|they're|they are|which is|that is) (?:at|in|near|on|behind|opposite|next to|beside|across from|just off))\\b");

    private final java.util.regex.Pattern shows;

    AnswerType(String regex) {
      this.shows = java.util.regex.Pattern.compile(regex);
    }

    boolean in(String folded) {
      return shows.matcher(folded).find();
    }

    /**
     * "I need to understand how long approval takes", "can you tell me where the data sits": a
     * question asked inside a request to know, which wants the same kind of answer as the bare one.
     */
    private static final String ASKS_TO_KNOW = "(?:(?:i|we)(?:'d| would)? (?:also |really )?(?:need|needs|want|wanted|like|have) to (?:know|understand|check|confirm|find out)"
        + "|(?:can|could|would) you (?:please |also )?(?:tell (?:me|us)|let (?:me|us) know|confirm|explain)|(?:please )?(?:let (?:me|us) know|tell (?:me|us)|confirm|explain))\\W+";
    static final java.util.regex.Pattern WH = java.util.regex.Pattern.compile(
        "^\\W*(?:(?:and|so|also|but|ok|okay|then)\\W+)?(?:" + ASKS_TO_KNOW + ")?(?:(?:roughly|approximately|realistically|typically|usually|generally|ballpark|honestly)\\W+)?"
            + "(when|what time|what date|how much|how many|what(?:'s| is| are| would be| will be) (?:the|your|their)(?: \\w+)? (?:prices?|costs?|fees?|rates?|charges?)\\b(?! limit)|how long|how soon|how quickly|how fast|where|how (?:many|big|large|far|old|hot|cold|warm|tall|heavy|high|often))\\b");

    /** "roughly what would four sites cost?", "what does the add-on cost": a price asked for mid-sentence. */
    static final java.util.regex.Pattern WHAT_COST = java.util.regex.Pattern.compile(
        "\\bwhat (?:would|will|does|do|did|is|are|might)\\b(?:\\s+\\S+){0,6}?\\s+(?:cost|charge)\\b|\\bhow much (?:would|will|does|do|is|are|to)\\b");

    /** "Can you give me a rough cost?", "could you give us a ballpark price": a sum asked for, not a document. */
    static final java.util.regex.Pattern GIVE_PRICE = java.util.regex.Pattern.compile(
        "\\b(?:give|tell|get) (?:me|us) (?:a |an |the |some |your )?(?:rough |ballpark |ball-park |indicative |approximate |budgetary |quick )?(?:cost|price)\\b");

    static AnswerType of(String question) {
      String lower = question.toLowerCase(Locale.ROOT);
      java.util.regex.Matcher m = WH.matcher(lower);
      if (!m.find()) return WHAT_COST.matcher(lower).find() || GIVE_PRICE.matcher(lower).find() ? AMOUNT : null;
      String w = m.group(1);
      if (w.equals("when") || w.startsWith("what time") || w.startsWith("what date")) return TIME;
      if (w.equals("how soon") || w.equals("how quickly")) return SOON;
      if (w.equals("how long") || w.equals("how fast")) return DURATION;
      if (w.equals("where")) return PLACE;
      if (w.startsWith("how ") && !w.equals("how much")) return COUNT;
      return AMOUNT;
    }
  }

  /**
   * A question that asks for advice or a pick ("can anyone recommend a garage?", "which plan would
   * you suggest?"): a reply that gives one answers it, whether or not it repeats the question's words.
   */
  static final GuardedPattern ASKS_ADVICE = GuardedPattern.compile(
      "\\b(?:recommend|suggest|advi[cs]e|any ideas?|which|where (?:can|could|should|do|is|are) (?:i|we|the|a|one)"
          + "|best|pros (?:and|&|/) ?cons|worth (?:it|the)|should (?:i|we)|where to|what to do|what (?:should|would|do) you"
          + "|how (?:do|can|should|could) (?:i|we))\\b");
  /**
   * A reply sentence that gives advice or a pick: "Go for the Pajero", "I'd start with Team", "you
   * can ask at the desk", "Team is the best fit", or what the writer chose ("we use Gusto for that").
   */
  static final GuardedPattern GIVES_ADVICE = GuardedPattern.compile(
      "(?:^\\W*(?:(?:also|just|maybe|perhaps|then|or|so|and|please|pls|plz)\\s+)?(?:try|go|get|call|check|ask|take|visit|contact|use|buy|avoid|stick|start|book|pick|choose|"
          + "open|click|select|set|add|follow|sign|log|install|download|upload|export|import|copy|fill|register|apply|email|send|"
          + "report|arrange|wait|talk|speak|find|bring|pack|tell|rent|hire|consider|compare|search|join|head|drive|walk|look for|look at)\\b"
          + "|\\b(?:i'd|i would|i recommend|i suggest|we recommend|we suggest|you (?:can|could|should|need to|might want to)"
          + "|go (?:for|with)|try (?:the|a|an)|best (?:is|bet|option|choice)|better (?:to|go|off)|(?<!all )the best\\b(?! (?:way|time|regards|wishes))"
          + "|(?:also|very|really|quite|pretty) (?:good|great|nice|decent|reliable|cheap)|(?:has|have|sells?|serves?|offers?|does|do) (?:a |the |some )?(?:good|great|nice|decent|cheap|excellent)"
          + "|(?:is|are|was|were) (?:(?:very|really|quite|pretty|the|a|also) )*(?:good|great|excellent|best|nice|fine|cheap|cheaper|better|reliable|recommended)"
          + "|i (?:use|used|went|go|bought|got|did|had)|we (?:use|used|went|go|bought|got|did|had))\\b)");
  /** A yes/no question: it opens with an auxiliary ("Is it...", "Can we...", "Does the plan..."). */
  static final java.util.regex.Pattern POLAR_QUESTION = java.util.regex.Pattern.compile(
      "^\\W*(?:[^,;:?]{1,40}[,;:]\\s*)?(?:(?:and|so|also|but|hi|hello|ok|okay)\\W+)?(?:is|are|can|could|do|does|did|will|would|should|may|has|have|was|were|isn't|aren't|can't|don't|doesn't)\\b");
  /** A yes/no question that asks for a judgement: "is 12,000 a good salary?", "is the add-on worth it?". */
  static final GuardedPattern ASKS_JUDGEMENT = GuardedPattern.compile(
      "\\b(?:good|worth|recommended|safe|expensive|costly|enough|suitable|reasonable|reliable|better|fair|ok|okay|normal|common|possible|allowed|legal)\\b");
  /** A reply sentence that gives a judgement: "very good but expensive", "not enough, ask for more", "it's fine for five people". */
  static final GuardedPattern GIVES_JUDGEMENT = GuardedPattern.compile(
      "\\b(?:good|great|bad|fine|ok|okay|worth|expensive|cheap|enough|plenty|reasonable|fair|excellent|terrible|decent|safe|risky|normal|common|rare|"
          + "possible|impossible|allowed|legal|illegal|against the|recommend(?:ed)?|suitable|overkill|too (?:much|little|expensive|small|big))\\b");

  private static final java.util.regex.Pattern ASKS_PRICE = java.util.regex.Pattern.compile("\\b(?:cost|costs|price|prices|priced|pricing|fee|fees|charge|charges|rate|rates|pay|quote)\\b");

  /** Asks to be sent a document ("please send the terms over"): sending it or promising to meets it, mentioning it does not. */
  static final GuardedPattern ASKS_FOR_DOCUMENT = GuardedPattern.compile(
      "\\b(?:send|forward|e-?mail|share|provide|attach|pass on)\\b(?:\\s+\\S+){0,4}?\\s+(?:terms|contract|agreement|sla|polic(?:y|ies)|certificates?|certs?|"
          + "reports?|samples?|case stud(?:y|ies)|brochures?|spec sheets?|datasheets?|dpa|documentation|docs|pdf|templates?|checklists?|attestation)\\b");
  /** A question asking for a way to reach or find someone: a number, an address, a link. */
  static final GuardedPattern ASKS_CONTACT = GuardedPattern.compile(
      "\\b(?:contact (?:number|details|info)|phone|mobile|number (?:for|of)|e-?mail address|website|web site|link|url|who (?:do|should|can) (?:i|we) (?:call|contact|email|ask))\\b");
  /** A phone number, a web address or an e-mail address in a reply. */
  static final java.util.regex.Pattern GIVES_CONTACT = java.util.regex.Pattern.compile(
      "(?:https?://|www\\.|\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\+?\\d[\\d ()-]{6,}\\d|\\b[\\w-]+\\.(?:com|org|net|io|co|gov|edu)\\b)");

  /** A reply sentence that is only a yes or a no: "Yes.", "No, sorry.", "Yes, absolutely!". */
  static final java.util.regex.Pattern BARE_POLAR = java.util.regex.Pattern.compile(
      "^\\W*(?:(?:honestly|frankly|to be honest|in short|short answer)\\W+)?(?:yes|yep|yeah|no|nope|absolutely|definitely|of course|certainly|not yet|not much|not really|not at the moment)(?:\\W+(?:we can|we do|you can|you do|you will|it is|it does|it can|they do|they are|there is|there are|absolutely|definitely|sorry|not yet|of course))?\\W*$");

  /** Whether [start, end) is a whole sentence, not one of two questions split out of it. */
  static boolean wholeSentence(AnnotatedText text, int start, int end) {
    for (Sentence s : text.sentences()) {
      if (s.start() < end && start < s.end()) return start <= s.start() + 1 && end >= s.end() - 1;
    }
    return false;
  }

  private static boolean isYesNoQuestion(String source, Sentence s) {
    return s.isQuestion(source) && POLAR_QUESTION.matcher(source.substring(s.start(), s.end()).toLowerCase(Locale.ROOT)).find();
  }

  /** How many yes/no questions the message asks. */
  static int yesNoQuestions(AnnotatedText text) {
    int n = 0;
    for (Sentence s : text.sentences()) if (isYesNoQuestion(text.text(), s)) n++;
    return n;
  }

  /** Whether [start, end) holds the first yes/no question of its message. */
  static boolean firstYesNoQuestion(AnnotatedText text, int start, int end) {
    for (Sentence s : text.sentences()) {
      if (isYesNoQuestion(text.text(), s)) return s.start() < end && start < s.end();
    }
    return false;
  }

  static final java.util.regex.Pattern GREETING = java.util.regex.Pattern.compile(
      "^\\W*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\\b|(?:thanks|thank you|many thanks)(?:,?\\s+[a-z.'-]+)?\\W*$)");
  /**
   * An explicit yes or no heading a sentence ("Yes, it's listed on the WAND database", "No: we don't
   * integrate with Athena today"): opening the reply, it answers the message's only yes/no question
   * whatever words it goes on with. (With two, "Yes, it connects to Snowflake" may answer either.)
   */
  static final java.util.regex.Pattern YES_NO_LEAD = java.util.regex.Pattern.compile(
      "^\\W*(?:(?:honestly|frankly|to be honest|in short|short answer)\\W+)?(?:yes|no|yep|nope)\\s*[,:;.\u2014-]");

  /** A reply that opens with a yes or a no ("Not needed; just drive there", "Yes, from the 1st"). */
  static final java.util.regex.Pattern POLAR_ANSWER = java.util.regex.Pattern.compile(
      "^\\W*(?:yes|yeah|yep|yup|no|nope|nah|not|of course|definitely|absolutely|certainly|correct|it is|it's|it isn't|it's not"
          + "|you can|you cannot|you can't|you don't|you do|you need|you will|you won't|possible|impossible|never|always|only if)\\b");

  /**
   * What kind of answer a question asks for, read once from its words: a time, amount, duration or
   * place ({@code wanted}); advice; a yes or no (and whether it is the message's first such
   * question); a judgement; a way to reach someone; whether it names a date ("before 1 Sept").
   */
  record Ask(AnswerType wanted, boolean advice, boolean polar, boolean firstPolar, boolean onlyPolar, boolean judgement, boolean contact,
      boolean money, boolean dated, boolean document) {
    /**
     * "How long", "how many", "what would it cost": only a length of time, a number or a price (or
     * "included", "free") answers it. A "how much" that is not about money is left out: "how much IT
     * involvement?" is answered by "none at all".
     */
    boolean wantsAFigure() {
      return wanted == AnswerType.DURATION || wanted == AnswerType.SOON || wanted == AnswerType.COUNT || money;
    }

    static Ask of(AnnotatedText text, int start, int end) {
      String asked = text.text().substring(start, end);
      String lower = asked.toLowerCase(Locale.ROOT);
      boolean polar = POLAR_QUESTION.matcher(lower).find();
      AnswerType wanted = AnswerType.of(asked);
      boolean first = polar && firstYesNoQuestion(text, start, end);
      return new Ask(wanted, ASKS_ADVICE.find(lower), polar, first, first && yesNoQuestions(text) == 1 && wholeSentence(text, start, end),
          polar && ASKS_JUDGEMENT.find(lower), ASKS_CONTACT.find(lower), wanted == AnswerType.AMOUNT && ASKS_PRICE.matcher(lower).find(), AnswerType.TIME.in(lower),
          ASKS_FOR_DOCUMENT.find(lower));
    }
  }
}
