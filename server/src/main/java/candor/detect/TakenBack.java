package candor.detect;

import candor.annotate.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A limit or a date the rep takes back as leverage a sentence or two later, in the same paragraph:
 * "our workroom has room for one more order cut in March. I'm only mentioning it so you can plan. If May
 * works for you, that's completely fine." The label rules call such a limit a fact ("if not, no
 * concern"); a rule or the model reads one sentence and cannot see it. "No pressure, but ..." takes
 * nothing back.
 */
final class TakenBack {
  private TakenBack() {}

  private static final Pattern RELEASE = Pattern.compile(
      "\\b(?:(?:only|just) (?:mentioning|flagging|saying|telling you) (?:it|this|that)|so (?:that )?you can plan"
          + "|no (?:pressure|rush|hurry)(?: at all| either way| from (?:us|me|our side))?(?=\\s*[.!]|\\s*$)"
          + "|(?:that's|that is|that would be|that'd be|either is|either way is|either's) (?:also )?(?:completely |totally |perfectly |entirely |absolutely |just )?(?:fine|ok|okay)"
          + "|if not,? (?:no (?:problem|concern|worries)|that's (?:fine|ok|okay))"
          + "|(?:there's|there is) no (?:rush|deadline|pressure) (?:on|from) our (?:side|end))\\b");
  private static final Pattern BUT = Pattern.compile("\\bbut\\b");

  /** Whether one of the two sentences after {@code index}, in its paragraph, takes a push in it back. */
  static boolean after(String source, List<Sentence> sentences, int index) {
    int end = sentences.get(index).end();
    for (int i = index + 1; i < sentences.size() && i <= index + 2; i++) {
      Sentence next = sentences.get(i);
      if (candor.rules.Text.blankLineBetween(source, end, next.start())) return false; // a new paragraph
      String lower = candor.rules.Text.fold(source.substring(next.start(), next.end())).toLowerCase(Locale.ROOT);
      java.util.regex.Matcher m = RELEASE.matcher(lower);
      if (m.find() && !BUT.matcher(lower.substring(m.end())).find()) return true;
      end = next.end();
    }
    return false;
  }

  /** The pressure types a release takes back: a limit or a date, not a threat, guilt or a step taken for the buyer. */
  static boolean applies(String category, String type) {
    return "pressure".equals(category) && ("scarcity".equals(type) || "urgency".equals(type));
  }
}
