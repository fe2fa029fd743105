package candor.detect;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.rules.GuardedPattern;
import candor.rules.Text;
import java.util.Locale;

/**
 * Sentences in which the writer proposes something done together with the reader, or accepts a
 * proposed time: "I'll call you Thursday", "Let's go over it Monday", "Tuesday at 2 works for me",
 * "I'm free for lunch Wednesday", "if you want to talk it through, I'm in all day". A proposal asks
 * nothing the reader must answer in words (the concern finder leaves it alone), but it is a step the
 * conversation takes: the next-step insight counts a dated one, and the request evaluation counts
 * proposals as Parakweet's "propose" intent.
 */
public final class Proposals {
  private Proposals() {}

  private static final String READER = "(?:you|u|you all|y'all|you both|you guys)\\b";
  /** The writer, with what makes a plan of the verb: "I'll", "we shall", "I'd be glad to", "I'm happy to". */
  private static final String WRITER_WILL = "\\b(?:i|we)(?:'ll| will| shall| can| could| would| may| might| am going to|'m going to| are going to|'re going to| plan to| hope to| want to)?"
      + "(?: (?:be|am|'m|are|'re|'d be|would be|will be|shall be) (?:very |more than |most |really )?(?:glad|happy|delighted|pleased|available|free|keen) to)?"
      + "(?: (?:also|just|then|probably|definitely|gladly|certainly|still|try to|attempt to|need to|have to))?";
  /** Reaching the reader: a call, a visit, a meeting. */
  private static final String TO_READER = "(?:call|phone|ring|e-?mail|contact|see|meet|join|visit|update|brief|pick up|meet up with|meet with|"
      + "get back to|get in touch with|catch up with|follow up with|talk (?:to|with)|speak (?:to|with)|"
      + "give (?:you|u) (?:a (?:call|ring|buzz|shout)|the details)|drop (?:you|u) (?:a )?(?:line|note)|fill (?:you|u) in)";
  /** Something two people do together. */
  private static final String TOGETHER = "(?:meet|meet up|discuss|talk|chat|get together|catch up|go over|go through|sit down|"
      + "set up (?:a|the|another|some) (?:call|meeting|time|discussion)|schedule (?:a|the|another) (?:call|meeting)|arrange (?:a|the) (?:call|meeting|visit)|"
      + "have (?:lunch|dinner|breakfast|coffee|a drink|a beer|a call|a chat|a meeting|a quick call)|grab (?:lunch|dinner|coffee|a coffee|a drink))\\b";

  private static final GuardedPattern OFFER_TO_READER = GuardedPattern.compile(
      WRITER_WILL + " " + TO_READER + "(?: " + READER + ")?"
          + "|\\b(?:i|we)(?:'ll| will| shall| can| could)? (?:give (?:you|u) a (?:call|ring|buzz)|drop (?:you|u) a (?:line|note)|fill (?:you|u) in|stop by|drop by|come by|swing by)\\b");
  /** "I shall call you tomorrow", not "I shall call Risk on Thursday": the reader must be the one reached. */
  private static final GuardedPattern READER_REACHED = GuardedPattern.compile(
      "\\b(?:call|phone|ring|e-?mail|contact|see|meet|join|visit|update|brief|pick up|meet up with|meet with|get back to|get in touch with|catch up with|follow up with|talk (?:to|with)|speak (?:to|with)) " + READER
          + "|\\b(?:give|drop|fill) (?:you|u)\\b|\\b(?:stop|drop|come|swing) by\\b");
  private static final GuardedPattern JOINT = GuardedPattern.compile(
      "\\b(?:let's|lets|let us|we(?: can| could| should| will|'ll| shall| might| may| need to| have to| ought to| must)(?: (?:probably|also|just|then|maybe|perhaps|still|certainly|definitely|all))?(?: have to| need to)?"
          + "|(?:i|we)(?:'d| would|'ll| will| shall| am|'m| are|'re)? (?:be )?(?:very )?(?:glad|happy|delighted|pleased|keen) to|(?:i|we)(?:'d| would) (?:love|like|welcome the chance) to) " + TOGETHER
          // "we'd be happy to walk the yard with you"
          + "|\\b(?:i|we)(?:'d| would|'ll| will| shall| am|'m| are|'re)? (?:be )?(?:very )?(?:glad|happy|delighted|pleased|keen) to (?:[\\w'-]+ ){1,4}?with (?:you|u)\\b");
  private static final GuardedPattern AVAILABLE = GuardedPattern.compile(
      "\\b(?:i|we)(?:'m| am|'re| are|'ll be| will be| shall be)(?: also| still)? (?:free|available|open|around|in town|in the office|in all day|in)\\b"
          + "(?=.{0,50}?(?:\\bto (?:meet|talk|chat|discuss|get together)|\\bfor (?:lunch|dinner|breakfast|coffee|a call|a chat|a meeting|drinks?)\\b|\\bif you\\b|\\bat your convenience|\\bany ?time\\b|\\ball day\\b))");
  /** "Thursday works for me", "Tuesday or Wednesday would work", "Friday is good for me", "we are ok for 8:15 on Sunday". */
  private static final GuardedPattern TIME_SUITS = GuardedPattern.compile(
      "(?:works?|would work|will work|should work|is (?:good|great|fine|ok|okay|perfect|better|best|open)|would be (?:good|great|fine|ok|okay|perfect|better|best|ideal)|sounds (?:good|great|fine|perfect))\\b(?: (?:for|with) (?:me|us|both of us|everyone)| next week| this week)?\\W*$"
          + "|^(?:i|we)(?:'m| am|'re| are) (?:ok|okay|fine|good|set|on) for ");
  /** "if you want to talk", "if you'd like a ride", "if anything is unclear, give me a call". */
  private static final GuardedPattern IF_YOU_WANT = GuardedPattern.compile(
      "\\bif you (?:want|would like|'d like|wish|care|need|are interested in|have (?:the )?time)(?: to)? (?:to )?(?:talk|discuss|meet|chat|get together|a ride|join|come along|go over)\\b"
          // A person's offer ("please give me a call"), not a company's boilerplate ("contact us at support@...").
          + "|\\bif\\b.{0,80}?\\b(?:(?:call|phone|contact|e-?mail|reach|ring) me|give me a (?:call|ring|shout)|drop me a|get in touch(?! with us))\\b");
  /**
   * Contact offered in either order ("please give me a call if you have any questions", "feel free to call me"), glad to
   * talk without a subject ("glad to talk to you on Friday"), and a plan that ends in reaching the reader ("I'll look at
   * it and get back to you").
   */
  private static final GuardedPattern CONTACT_OFFERED = GuardedPattern.compile(
      "\\b(?:please |do |feel free to |don't hesitate to |do not hesitate to )(?:do )?(?:give me a (?:call|ring|shout)|call me|ring me|phone me|drop me (?:a line|an e-?mail|a note)|e-?mail me|get in touch with me|contact me)\\b"
          + "|\\b(?:happy|glad|delighted) to (?:discuss|talk|meet|chat|go over|get together)\\b"
          + "|\\b(?:i|we)(?:'ll| will| shall)\\b[^.?!;]{0,40}?\\band (?:get back to|call|ring|contact|e-?mail|update) (?:you|u)\\b");
  private static final GuardedPattern INVITE = GuardedPattern.compile(
      "\\b(?:(?:i|we)(?:'d| would) (?:love|like) (?:to (?:have|take|invite|host|treat) (?:you|u)|(?:you|u) to (?:join|come|attend|be our))|"
          + "(?:i|we) hope (?:you|u) (?:will|can|'ll|could) (?:join|come|attend|make it)|(?:you're|you are) (?:cordially )?(?:invited|welcome to join)|please join (?:us|me)|"
          + "(?:i'd|i would|we'd|we would) (?:definitely |certainly )?be up for (?:it|that))\\b");
  /** A day, a time of day or a date: what an accepted time names. */
  private static final GuardedPattern WHEN = GuardedPattern.compile(
      "\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|weekend|next week|this week|noon|lunch|dinner|breakfast"
          + "|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)|\\d{1,2}:\\d{2}|\\d{1,2}(?:st|nd|rd|th)\\b|the (?:\\d{1,2}|first|second|third|fourth|fifth)(?:st|nd|rd|th)?\\b"
          + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b)");
  /** A plan that is not one: "I will not be able to", "I can't", "no need to call". */
  private static final GuardedPattern DECLINED = GuardedPattern.compile(
      "\\b(?:not|n't|never|unable|no need)\\b");

  /** Whether sentence {@code s} of {@code text} proposes or accepts something done with the reader. */
  public static boolean proposes(AnnotatedText text, Sentence s) {
    return proposes(text.text().substring(s.start(), s.end()));
  }

  /** Whether this sentence proposes or accepts something done with the reader. */
  public static boolean proposes(String sentence) {
    String lower = Text.fold(sentence).toLowerCase(Locale.ROOT).trim();
    if (lower.isEmpty() || lower.startsWith(">")) return false;
    if (INVITE.matcher(lower).find() || IF_YOU_WANT.matcher(lower).find() || CONTACT_OFFERED.matcher(lower).find()) return true;
    // "I shall be glad to meet ...", but not "I will not be able to meet on Friday".
    boolean declined = DECLINED.matcher(lower).find();
    if (!declined && OFFER_TO_READER.matcher(lower).find() && READER_REACHED.matcher(lower).find()) return true;
    if (!declined && (JOINT.matcher(lower).find() || AVAILABLE.matcher(lower).find())) return true;
    return !declined && shortSentence(lower) && TIME_SUITS.matcher(lower).find() && WHEN.matcher(lower).find();
  }

  /** "Tuesday would work better for me": an acceptance is short; a long sentence ending "works" is about something else. */
  private static boolean shortSentence(String lower) {
    return lower.split("\\s+").length <= 10;
  }
}
