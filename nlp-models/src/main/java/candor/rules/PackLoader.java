package candor.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads YAML rule packs and refuses a bad one at load time, naming the file and the rule, the way
 * Vale rejects a definition with an unknown key. Validation covers the API vocabulary, required
 * fields, pattern syntax (re2j) and duplicate ids.
 */
public final class PackLoader {
  /** The packs shipped inside the jar, in load order. */
  public static final List<String> BUILT_IN = List.of("packs/pressure.yml", "packs/overpromise.yml");

  private static final int MAX_STEPS = 12;
  private static final int MAX_SKIP = 8;
  private static final int MAX_PATTERN_CHARS = 4000;
  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{2,79}");

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public List<RulePack> builtIn() {
    List<RulePack> packs = new ArrayList<>();
    for (String resource : BUILT_IN) {
      try (InputStream in = PackLoader.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) throw new PackException(resource, null, "missing from the classpath");
        packs.add(load(resource, in));
      } catch (IOException e) {
        throw new PackException(resource, null, e.getMessage());
      }
    }
    checkUniqueIds(packs);
    return packs;
  }

  public RulePack load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(file.toString(), in);
    } catch (IOException e) {
      throw new PackException(file.toString(), null, "cannot read: " + e.getMessage());
    }
  }

  public RulePack load(String source, InputStream in) {
    PackSpec spec;
    try {
      spec = yaml.readValue(in, PackSpec.class);
    } catch (UnrecognizedPropertyException e) {
      throw new PackException(source, null, "unknown key '" + e.getPropertyName() + "'" + where(e));
    } catch (JsonProcessingException e) {
      throw new PackException(source, null, "not a valid pack: " + e.getOriginalMessage() + where(e));
    } catch (IOException e) {
      throw new PackException(source, null, "cannot read: " + e.getMessage());
    }
    if (spec == null) throw new PackException(source, null, "empty file");
    String kind = spec.kind == null ? "rules" : spec.kind;
    if (!kind.equals("rules") && !kind.equals("approved-claims")) {
      throw new PackException(source, null, "kind must be 'rules' or 'approved-claims', not '" + kind + "'");
    }
    String name = spec.pack != null ? spec.pack : Path.of(source).getFileName().toString().replaceFirst("\\.ya?ml$", "");
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RuleSpec r : spec.rules) {
      Rule rule = compile(source, name, r);
      if (!ids.add(rule.id())) throw new PackException(source, rule.id(), "duplicate rule id");
      rules.add(rule);
    }
    if (kind.equals("approved-claims") && spec.claims.isEmpty()) {
      throw new PackException(source, null, "an approved-claims pack needs a non-empty 'claims' list");
    }
    return new RulePack(name, source, kind, rules, spec.disable, spec.claims);
  }

  /** Ids are never reused across packs: a dismissal remembered by id must mean one rule. */
  public static void checkUniqueIds(List<RulePack> packs) {
    Map<String, String> seen = new LinkedHashMap<>();
    for (RulePack p : packs) {
      for (Rule r : p.rules()) {
        String prev = seen.putIfAbsent(r.id(), p.source());
        if (prev != null) throw new PackException(p.source(), r.id(), "id already used in " + prev);
      }
    }
  }

  private Rule compile(String source, String pack, RuleSpec r) {
    if (r == null) throw new PackException(source, null, "empty rule entry");
    String id = r.id;
    if (id == null || !ID.matcher(id).matches()) {
      throw new PackException(source, id, "id must be UPPER_SNAKE_CASE (3-80 characters)");
    }
    require(source, id, "category", r.category);
    if (!Vocabulary.TYPES.containsKey(r.category)) {
      throw new PackException(source, id, "category must be one of " + Vocabulary.TYPES.keySet() + ", not '" + r.category + "'");
    }
    require(source, id, "type", r.type);
    if (!Vocabulary.isType(r.category, r.type)) {
      throw new PackException(source, id, "type for " + r.category + " must be one of " + Vocabulary.TYPES.get(r.category) + ", not '" + r.type + "'");
    }
    require(source, id, "description", r.description);
    require(source, id, "message", r.message);
    if (r.suggestions().isEmpty() || r.suggestions().stream().anyMatch(s -> s == null || s.isBlank())) {
      throw new PackException(source, id, "needs a non-empty 'suggestion'");
    }
    if (r.level != null && !Vocabulary.LEVELS.contains(r.level)) {
      throw new PackException(source, id, "level must be one of " + Vocabulary.LEVELS);
    }
    if (r.confidence != null && (r.confidence <= 0 || r.confidence > 1)) {
      throw new PackException(source, id, "confidence must be in (0, 1]");
    }
    Rule.Extend extend;
    try {
      extend = r.extend == null ? Rule.Extend.NONE : Rule.Extend.valueOf(r.extend.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PackException(source, id, "extend must be none, clause or sentence");
    }
    List<Pattern> unless = new ArrayList<>();
    for (String u : r.unless) unless.add(regex(source, id, u));
    String kindName = r.match == null ? "phrase" : r.match;
    MatchKind kind;
    try {
      kind = MatchKind.valueOf(kindName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PackException(source, id, "match must be phrase, sequence or substitution, not '" + kindName + "'");
    }
    return switch (kind) {
      case PHRASE -> new Rule(r, pack, kind, phrases(source, r), null, null, unless, extend);
      case SEQUENCE -> new Rule(r, pack, kind, null, steps(source, r), null, unless, extend);
      case SUBSTITUTION -> substitution(source, pack, r, unless, extend);
    };
  }

  private static List<Pattern> phrases(String source, RuleSpec r) {
    if (r.pattern instanceof String s && (r.patterns == null || r.patterns.isEmpty())) return List.of(regex(source, r.id, s));
    if (r.pattern == null && r.patterns != null && !r.patterns.isEmpty()) {
      List<Pattern> out = new ArrayList<>();
      for (String p : r.patterns) out.add(regex(source, r.id, p));
      return out;
    }
    throw new PackException(source, r.id, "a phrase rule needs either 'pattern' (one regex) or 'patterns' (a list)");
  }

  private Rule substitution(String source, String pack, RuleSpec r, List<Pattern> unless, Rule.Extend extend) {
    if (r.swap == null || r.swap.isEmpty()) throw new PackException(source, r.id, "a substitution rule needs 'swap'");
    Map<String, String> swaps = new LinkedHashMap<>();
    List<String> alternatives = new ArrayList<>();
    for (Map.Entry<String, String> e : r.swap.entrySet()) {
      if (e.getValue() == null || e.getValue().isBlank()) throw new PackException(source, r.id, "swap for '" + e.getKey() + "' is empty");
      swaps.put(Text.normaliseSpaces(e.getKey()), e.getValue());
      alternatives.add(Pattern.quote(e.getKey().trim()).replace(" ", "\\E\\s+\\Q"));
    }
    String regex = "\\b(?:" + String.join("|", alternatives) + ")\\b";
    return new Rule(r, pack, MatchKind.SUBSTITUTION, List.of(regex(source, r.id, regex)), null, swaps, unless, extend);
  }

  private List<Step> steps(String source, RuleSpec r) {
    if (!(r.pattern instanceof List<?> list) || list.isEmpty()) {
      throw new PackException(source, r.id, "a sequence rule needs 'pattern' as a list of steps");
    }
    if (list.size() > MAX_STEPS) throw new PackException(source, r.id, "at most " + MAX_STEPS + " steps");
    List<Step> steps = new ArrayList<>();
    for (Object o : list) steps.add(step(source, r.id, o, true));
    return steps;
  }

  /**
   * One step: token, lemma and pos tests, or {@code either}, a list of such tests of which one must
   * hold ("a proper noun, or one of these words"). Only a step of the sequence itself may carry
   * {@code optional} and {@code skip}.
   */
  @SuppressWarnings("unchecked")
  private Step step(String source, String id, Object o, boolean outer) {
    if (!(o instanceof Map<?, ?> m)) throw new PackException(source, id, "each step must be a map such as {token: now}");
    Map<String, Object> step = (Map<String, Object>) m;
    Set<String> keys = outer ? Set.of("token", "lemma", "pos", "either", "optional", "skip") : Set.of("token", "lemma", "pos");
    for (String key : step.keySet()) {
      if (!keys.contains(key)) throw new PackException(source, id, "unknown step key '" + key + "' (" + String.join(", ", new java.util.TreeSet<>(keys)) + ")");
    }
    List<Step> either = List.of();
    if (step.containsKey("either")) {
      if (!(step.get("either") instanceof List<?> alternatives) || alternatives.size() < 2) {
        throw new PackException(source, id, "'either' needs a list of two or more tests");
      }
      if (step.containsKey("token") || step.containsKey("lemma") || step.containsKey("pos")) {
        throw new PackException(source, id, "a step has either 'either' or token, lemma and pos, not both");
      }
      List<Step> out = new ArrayList<>();
      for (Object a : alternatives) out.add(step(source, id, a, false));
      either = List.copyOf(out);
    }
    Pattern token = step.containsKey("token") ? regex(source, id, String.valueOf(step.get("token"))) : null;
    Set<String> lemmas = null;
    if (step.containsKey("lemma")) {
      lemmas = new HashSet<>();
      for (String l : String.valueOf(step.get("lemma")).split("\\|")) {
        lemmas.add(candor.annotate.Stems.of(l.trim().toLowerCase(Locale.ROOT)));
      }
    }
    Pattern pos = step.containsKey("pos") ? regex(source, id, String.valueOf(step.get("pos"))) : null;
    if (token == null && lemmas == null && pos == null && either.isEmpty()) {
      throw new PackException(source, id, "a step needs token, lemma, pos or either");
    }
    int skip = step.containsKey("skip") ? ((Number) step.get("skip")).intValue() : 0;
    if (skip < 0 || skip > MAX_SKIP) throw new PackException(source, id, "skip must be 0.." + MAX_SKIP);
    boolean optional = Boolean.TRUE.equals(step.get("optional"));
    return new Step(token, lemmas, pos, either, optional, skip);
  }

  private static Pattern regex(String source, String id, String regex) {
    if (regex == null || regex.isBlank()) throw new PackException(source, id, "empty pattern");
    if (regex.length() > MAX_PATTERN_CHARS) throw new PackException(source, id, "pattern longer than " + MAX_PATTERN_CHARS + " characters");
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      throw new PackException(source, id, "bad pattern: " + e.getMessage());
    }
  }

  private static void require(String source, String id, String field, String value) {
    if (value == null || value.isBlank()) throw new PackException(source, id, "missing '" + field + "'");
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }
}
