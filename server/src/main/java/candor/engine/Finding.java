package candor.engine;

import java.util.List;

/**
 * A pressure or overpromise finding in the draft. {@code start}/{@code end} are UTF-16 offsets into
 * the field's text as the client sent it; {@code id} is stable for the same rule on the same words.
 */
public record Finding(String id, String ruleId, String category, String type, Field field, int start, int end,
    String text, String message, List<String> suggestions, String severity, double confidence) {
  public Finding {
    if (end <= start) throw new IllegalArgumentException("finding " + ruleId + " has an empty span");
    if (suggestions == null || suggestions.isEmpty()) throw new IllegalArgumentException("finding " + ruleId + " has no suggestion");
    suggestions = List.copyOf(suggestions);
  }
}
