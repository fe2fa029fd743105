package candor.features;

import candor.rules.GuardedPattern;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Context cues that change what a matched phrase means: a negation just before it ("we can't
 * guarantee"), a hedge in its sentence ("typically", "in our experience"), a condition the buyer
 * controls ("if that works for you"), or the buyer's own words restated ("you mentioned the board
 * meets on the 14th"). Shared by the rule filter and the classifiers' feature generator.
 * These are our own fixed patterns (java.util.regex is fine here: no team-written input reaches them).
 */
public final class Cues {
  private static final GuardedPattern NEGATION = GuardedPattern.compile(
      "\\b(?:not|no|never|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wasn't|wouldn't|couldn't|"
          + "shouldn't|unable to|nobody can|no one can|hard to|impossible to|refuse to|rather not|wary of|hesitant to|hesitate to|reluctant to|loath to)\\b");
  /** A refused statement governs all of its that-clause, however long: "I can't tell you that a survey means a tree will never fail". */
  private static final GuardedPattern NEGATED_SAYING = GuardedPattern.compile(
      "\\b(?:can't|cannot|can not|won't|will not|wouldn't|couldn't|don't|do not|never)\\s+(?:honestly\\s+|truthfully\\s+)?"
          + "(?:tell you|say|promise|claim|pretend|swear|assure you)\\b");
  private static final GuardedPattern HEDGE = GuardedPattern.compile(
      "\\b(?:may|might|could(?!\\s+(?:not|never)\\b)|typically|usually|often|generally|normally|in most cases|most (?:customers|teams|clients|users|sites|practices|companies)|"
          + "on average|median|averaged|averaging|an average (?:of )?\\d|average of|aim to|aims to|expect|tend to|tends to|up to|in our experience|roughly|approximately|"
          + "about \\d|around \\d|estimated?|estimates?|likely|depending|depends|we've seen|have seen|has seen|in many cases|"
          + "can help|should|hopefully|ideally|target(?:s|ing)? (?:of|is)|our goal|historically|so far|to date|last year|"
          // what the writer knows of, said as such: "AFAIK no current compiler will ever use MMX"
          + "afaik|as far as (?:i|we) (?:know|can tell)|to (?:my|our) knowledge|to the best of (?:my|our) knowledge)\\b");
  private static final GuardedPattern CONDITION = GuardedPattern.compile(
      "\\b(?:if (?:you|(?:that|this|it)(?!\\s+(?:doesn't|does not|isn't|is not|hasn't|has not|won't|will not|can't|cannot|don't|do not|haven't|have not|still|stalls|drags))|your|everything|all)|once you(?:'ve)? (?:confirm|approve|sign off|agree|give|decide|say)|"
          + "whenever you(?:'re| are) ready|when you(?:'re| are) ready|let me know (?:if|whether)|should i|shall i|"
          + "would you like|do you want|want me to|(?<!you're )(?<!you are )happy to|glad to|if helpful|would it help|"
          + "with your (?:ok|okay|approval|go-ahead|permission|sign-off)|pending your|subject to your)\\b");
  private static final GuardedPattern REPORTED = GuardedPattern.compile(
      "\\b(?:you (?:said|mentioned|told me|noted|asked|wrote|flagged|need(?:ed)?|wanted|have to|set)|(?<!\\bif )you want|if you want(?!\\s+(?:in\\b|it|them|this|that|these|those|one|to (?:hold|keep|lock|secure|get|grab)|the (?:slot|slots|rate|price|pricing|discount|deal|offer|spot|crew|team|capacity|terms|units?|space)))|per your|"
          + "as you (?:said|mentioned|requested|asked|noted)|your (?:deadline|board|timeline|go-live|launch|target date|"
          + "cutoff|cut-off|fiscal year|budget cycle|renewal date))\\b");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:.!?,]|\\bbut\\b");

  /** How many words before a match a negation may stand and still govern it. */
  private static final int NEGATION_WINDOW_WORDS = 6;

  private Cues() {}

  /**
   * A negation in the same clause, at most a few words before {@code matchStart} of {@code folded},
   * or anywhere before it in the clause when it refuses to say what follows ("I won't promise that ...").
   */
  public static boolean negatedBefore(String folded, int matchStart) {
    // Plain-text emphasis ("it does _not_ guarantee", "*never*") still negates: '_' is a word
    // character to \\b, so the marks are read as spaces (same length, so offsets hold).
    String before = folded.substring(0, matchStart).toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace('*', ' ');
    Matcher brk = CLAUSE_BREAK.matcher(before);
    int clauseStart = 0;
    while (brk.find()) clauseStart = brk.end();
    String clause = before.substring(clauseStart);
    if (NEGATED_SAYING.find(clause)) return true;
    String[] words = WHITESPACE.split(clause.trim());
    int from = Math.max(0, words.length - NEGATION_WINDOW_WORDS);
    String window = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    return NEGATION.find(window);
  }

  public static boolean hedged(String foldedSentence) {
    return HEDGE.find(foldedSentence.toLowerCase(java.util.Locale.ROOT));
  }

  public static boolean conditional(String foldedSentence) {
    return CONDITION.find(foldedSentence.toLowerCase(java.util.Locale.ROOT));
  }

  public static boolean reported(String foldedSentence) {
    return REPORTED.find(foldedSentence.toLowerCase(java.util.Locale.ROOT));
  }
}
