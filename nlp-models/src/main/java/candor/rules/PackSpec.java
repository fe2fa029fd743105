package candor.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;

/** A YAML rule pack file as written. */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class PackSpec {
  public String pack;
  /** rules (default) or approved-claims. */
  public String kind;
  public String description;
  public List<RuleSpec> rules = new ArrayList<>();
  /** Rule ids of other packs switched off by this one. */
  public List<String> disable = new ArrayList<>();
  /** For approved-claims packs: the claims a team may make, as plain sentences. */
  public List<String> claims = new ArrayList<>();
}
