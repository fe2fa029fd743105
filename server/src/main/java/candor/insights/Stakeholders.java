package candor.insights;

import candor.insights.Conversation.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stakeholders}: fewer than three distinct people have written from the buyer's side
 * (senders of customer messages, by address, else by name). Silent when no buyer has written yet:
 * a first outreach has nobody to widen from.
 */
final class Stakeholders implements InsightRule {
  static final int ENOUGH = 3;

  @Override
  public List<Insight> detect(Conversation c) {
    Map<String, String> people = new LinkedHashMap<>();
    boolean anyBuyer = false;
    for (Message m : c.thread) {
      if (!m.fromBuyer()) continue;
      anyBuyer = true;
      String key = Conversation.person(m.from());
      people.putIfAbsent(key.isEmpty() ? "(unknown)" : key, Conversation.firstName(m.from()));
    }
    if (!anyBuyer || people.size() >= ENOUGH) return List.of();
    String who = String.join(" and ", people.values());
    String count = people.size() == 1 ? "Only " + who + " has" : "Only " + who + " have";
    return List.of(Insight.thread(Insight.STAKEHOLDERS, count + " written from the buyer's side. Deals with one or two "
        + "contacts stall when those people go quiet: ask who else will use it, pay for it or sign off, and offer to "
        + "bring them in (\"Would it help if I walked your finance lead through the numbers?\")."));
  }
}
