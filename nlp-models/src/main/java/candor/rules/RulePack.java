package candor.rules;

import java.util.List;

/**
 * A loaded, validated pack. {@code approvedClaims} is non-empty only for packs of kind
 * approved-claims; {@code disabled} lists rule ids this pack switches off.
 */
public record RulePack(String name, String source, String kind, List<Rule> rules, List<String> disabled,
    List<String> approvedClaims) {
  public RulePack {
    rules = List.copyOf(rules);
    disabled = List.copyOf(disabled);
    approvedClaims = List.copyOf(approvedClaims);
  }
}
