package candor.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fixed category and type names that clients rely on (API contract). */
public final class Vocabulary {
  public static final String PRESSURE = "pressure";
  public static final String OVERPROMISE = "overpromise";

  public static final Map<String, List<String>> TYPES = Map.of(
      PRESSURE, List.of("urgency", "scarcity", "ultimatum", "guilt", "pestering", "escalation", "bandwagon",
          "assumptive_close"),
      OVERPROMISE, List.of("guarantee", "absolute", "superlative", "unverified_outcome", "no_effort"));

  public static final List<String> TOPICS = List.of("pricing", "timeline", "integration", "security_compliance",
      "contract", "competitor", "authority", "other");

  public static final Set<String> LEVELS = Set.of("warning", "info");

  private Vocabulary() {}

  public static boolean isType(String category, String type) {
    List<String> types = TYPES.get(category);
    return types != null && types.contains(type);
  }
}
