package candor.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule as written in a YAML pack, before validation. Field names are the pack format. */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class RuleSpec {
  public String id;
  public String category;
  public String type;
  public String description;
  public String match;
  public String level;
  public Double confidence;
  /** phrase: one regex; sequence: a list of steps (parsed separately). */
  public Object pattern;
  /** phrase: alternatives, joined with |. */
  public List<String> patterns;
  public Map<String, String> swap = new LinkedHashMap<>();
  public List<String> unless = new ArrayList<>();
  public String extend;
  public Boolean negatable;
  public Boolean hedgeable;
  public Boolean conditional;
  public Boolean reported;
  public String message;
  public String suggestion;
  @JsonProperty("suggestions")
  public List<String> moreSuggestions = new ArrayList<>();
  public Examples examples;

  List<String> suggestions() {
    List<String> all = new ArrayList<>();
    if (suggestion != null) all.add(suggestion);
    all.addAll(moreSuggestions);
    return all;
  }

  /** Examples in LanguageTool's spirit: brackets mark the span a bad example must produce. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public static final class Examples {
    public List<String> bad = new ArrayList<>();
    public List<String> good = new ArrayList<>();
  }
}
