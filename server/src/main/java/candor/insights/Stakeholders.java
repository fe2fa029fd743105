package candor.insights;

import candor.insights.Conversation.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code stakeholders}: fewer than three distinct people have written from the buyer's side
 * (senders of customer messages; two senders are one person when they share an address or a display
 * name, so "Meg Lyons" from work and from her phone counts once). Silent when no buyer has written yet:
 * a first outreach has nobody to widen from.
 */
final class Stakeholders implements InsightRule {
  static final int ENOUGH = 3;

  @Override
  public List<Insight> detect(Conversation c) {
    Map<String, String> people = new LinkedHashMap<>(); // first key seen for a person -> first name
    Map<String, String> keyOf = new java.util.HashMap<>(); // address or display name -> that first key
    boolean anyBuyer = false;
    for (Message m : c.thread) {
      if (!m.fromBuyer()) continue;
      anyBuyer = true;
      String address = Conversation.person(m.from());
      String name = Conversation.displayName(m.from());
      String key = keyOf.get(address);
      if (key == null && !name.isEmpty()) key = keyOf.get(name);
      if (key == null) {
        key = address.isEmpty() ? (name.isEmpty() ? "(unknown)" : name) : address;
        people.put(key, Conversation.firstName(m.from()));
      }
      if (!address.isEmpty()) keyOf.putIfAbsent(address, key);
      if (!name.isEmpty()) keyOf.putIfAbsent(name, key);
    }
    if (!anyBuyer || people.size() >= ENOUGH) return List.of();
    String who = String.join(" and ", people.values());
    String count = people.size() == 1 ? "Only " + who + " has" : "Only " + who + " have";
    return List.of(Insight.thread(Insight.STAKEHOLDERS, count + " written from the buyer's side. Deals with one or two "
        + "contacts stall when those people go quiet: ask who else will use it, pay for it or sign off, and offer to "
        + "bring them in (\"Would it help if I walked your finance lead through the numbers?\")."));
  }
}
