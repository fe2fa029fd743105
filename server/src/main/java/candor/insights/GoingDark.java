package candor.insights;

import candor.annotate.Sentence;
import candor.insights.Conversation.Message;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import candor.rules.GuardedPattern;

/**
 * {@code going_dark}: the buyer has gone quiet and the draft chases again. The draft counts as a rep
 * message; it fires when the draft would be the third (or later) rep message in a row since the buyer
 * last wrote, or the second when the draft itself is a follow-up ("just checking in", "any update?").
 * A draft that delivers what the previous rep message promised ("checking with production" and then
 * the answer) is follow-through, not a bump. Points at the draft's follow-up sentence when it has one.
 */
final class GoingDark implements InsightRule {
  private static final GuardedPattern BUMP = GuardedPattern.compile(
      "\\b(?:just )?(?:checking in|following up|circling back|bumping|bump(?:ing)? this|floating this|wanted to follow up|following on|touching base|any (?:update|news|thoughts|word)|did you (?:get|see|have a chance)|had a chance|top of your inbox|resurfac\\w*|floating this|nudg\\w*|haven't heard|didn't hear|(?:my|a) (?:last|previous|earlier) (?:note|email|message))\\b");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Override
  public List<Insight> detect(Conversation c) {
    int run = 1; // the draft
    Message lastBuyer = null;
    for (int i = c.thread.size() - 1; i >= 0; i--) {
      Message m = c.thread.get(i);
      if (m.fromBuyer()) {
        lastBuyer = m;
        break;
      }
      run++;
    }
    Sentence bump = null;
    for (Sentence s : c.draft.own()) {
      if (BUMP.matcher(c.draft.lower(s)).find()) {
        bump = s;
        break;
      }
    }
    if (run < 2 || (run == 2 && bump == null)) return List.of();
    String since = lastBuyer == null ? "and the buyer has not replied yet"
        : "since " + Conversation.firstName(lastBuyer.from()) + " last wrote"
            + (lastBuyer.date() == null ? "" : " (" + DAY.format(lastBuyer.date()) + ")");
    String detail = "This draft would be your " + ordinal(run) + " message in a row " + since
        + ". Another bump rarely lands: change the approach instead, e.g. a short yes/no question (\"Should I close "
        + "this out for now?\"), something new that is useful to them, or a different person on their team.";
    if (bump == null) return List.of(Insight.draft(Insight.GOING_DARK, detail));
    int[] span = c.draft.span(bump);
    return List.of(Insight.draft(Insight.GOING_DARK, detail, span[0], span[1]));
  }

  private static String ordinal(int n) {
    return switch (n) {
      case 2 -> "second";
      case 3 -> "third";
      case 4 -> "fourth";
      case 5 -> "fifth";
      default -> n + "th";
    };
  }
}
