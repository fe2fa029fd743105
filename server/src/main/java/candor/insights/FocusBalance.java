package candor.insights;

import candor.annotate.Sentence;
import candor.detect.CustomerFocus;
import java.util.List;

/**
 * {@code customer_focus}: the draft (its own words, not quotes or signature) uses "you/your" for less
 * than 40% of its "you" plus "I/we/our" words, with at least {@link #MIN_PRONOUNS} of them. Points
 * at the most self-focused sentence (most "I/we" over "you").
 */
final class FocusBalance implements InsightRule {
  static final double MIN_SHARE = 0.4;
  static final int MIN_PRONOUNS = 6;

  @Override
  public List<Insight> detect(Conversation c) {
    var d = c.draft;
    int you = 0;
    int self = 0;
    Sentence worst = null;
    int worstScore = 0;
    for (Sentence s : d.own()) {
      CustomerFocus.Counts n = CustomerFocus.count(d.text().substring(s.start(), s.end()));
      you += n.you();
      self += n.self();
      int score = n.self() - n.you();
      if (score > worstScore) {
        worst = s;
        worstScore = score;
      }
    }
    int total = you + self;
    if (total < MIN_PRONOUNS || (double) you / total >= MIN_SHARE) return List.of();
    String balance = "The draft says I/we/our " + self + " times and you/your " + you + " times ("
        + Math.round(100.0 * you / total) + "% about the buyer).";
    if (worst == null) {
      return List.of(Insight.draft(Insight.CUSTOMER_FOCUS, balance + " Rewrite it around what the buyer gets."));
    }
    int[] span = d.span(worst);
    return List.of(Insight.draft(Insight.CUSTOMER_FOCUS, balance + " The most self-focused sentence is \"" + d.quote(worst)
        + "\": turn it around the buyer's outcome (\"You'll get ...\" rather than \"We offer ...\").", span[0], span[1]));
  }
}
