package candor.insights;

import candor.annotate.Sentence;
import candor.insights.Conversation.Message;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code going_dark}: the draft would be the second (or later) rep message in a row since the buyer
 * last wrote (the draft counts as a rep message). Points at the draft's "just checking in" sentence
 * when it has one.
 */
final class GoingDark implements InsightRule {
  private static final Pattern BUMP = Pattern.compile(
      "\\b(?:just )?(?:checking in|following up|circling back|bumping|bump(?:ing)? this|floating this|wanted to follow up|following on|touching base|any (?:update|news|thoughts)|did you (?:get|see|have a chance)|had a chance|top of your inbox|resurfac\\w*)\\b");
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
    if (run < 2) return List.of();
    String since = lastBuyer == null ? "and the buyer has not replied yet"
        : "since " + Conversation.firstName(lastBuyer.from()) + " last wrote"
            + (lastBuyer.date() == null ? "" : " (" + DAY.format(lastBuyer.date()) + ")");
    String detail = "This draft would be your " + ordinal(run) + " message in a row " + since
        + ". Another bump rarely lands: change the approach instead, e.g. a short yes/no question (\"Should I close "
        + "this out for now?\"), something new that is useful to them, or a different person on their team.";
    for (Sentence s : c.draft.own()) {
      if (BUMP.matcher(c.draft.lower(s)).find()) {
        int[] span = c.draft.span(s);
        return List.of(Insight.draft(Insight.GOING_DARK, detail, span[0], span[1]));
      }
    }
    return List.of(Insight.draft(Insight.GOING_DARK, detail));
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
