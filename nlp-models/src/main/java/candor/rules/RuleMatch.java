package candor.rules;

import java.util.List;

/**
 * Where a rule matched: [start, end) in UTF-16 code units of the annotated text, the captured
 * groups (group 0 is the span's own text) and, for substitutions, the replacement. {@code anchor}
 * is where the pattern itself matched, before the span was widened to its clause: negation is
 * judged from there.
 */
public record RuleMatch(Rule rule, int start, int end, int anchor, List<String> groups, String replacement) {
  public RuleMatch {
    if (end <= start) throw new IllegalArgumentException("empty match for " + rule.id() + " at " + start);
    groups = List.copyOf(groups);
  }

  /** Fills {match}, {1}..{n} and {replacement} in a message or suggestion template. */
  public String fill(String template) {
    String out = template.replace("{match}", groups.get(0));
    for (int i = 1; i < groups.size(); i++) {
      out = out.replace("{" + i + "}", groups.get(i) == null ? "" : groups.get(i));
    }
    if (replacement != null) out = out.replace("{replacement}", replacement);
    return out;
  }
}
