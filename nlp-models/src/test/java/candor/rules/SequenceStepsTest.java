package candor.rules;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A sequence step's {@code either}: loaded when well formed, refused with the file and rule named when not. */
class SequenceStepsTest {
  private static final String PACK = """
      pack: acme
      description: test
      rules:
        - id: ACME_BEST_HERE
          category: overpromise
          type: superlative
          description: best here
          match: sequence
          pattern:
            - {token: "the"}
            - {token: "best"}
            - {token: "in"}
            - LAST
          message: "'{match}' ranks"
          suggestion: "a measured comparison"
          examples:
            bad: ["[We are the best in Leeds]."]
      """;

  private static RulePack load(String lastStep) {
    String yaml = PACK.replace("LAST", lastStep);
    return new PackLoader().load("acme.yml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eitherLoadsWithTwoOrMoreTests() {
    assertTrue(load("either: [{pos: PROPN}, {token: town}]").rules().size() == 1);
  }

  @Test
  void aMalformedEitherIsRefusedWithTheFileAndRuleNamed() {
    for (String bad : new String[] {"either: [{pos: PROPN}]", "{either: [{pos: PROPN}, {token: town}], token: the}",
        "either: [{pos: PROPN}, {either: [{token: a}, {token: b}]}]", "either: [{pos: PROPN}, {token: town, skip: 2}]"}) {
      PackException e = assertThrows(PackException.class, () -> load(bad), bad);
      assertTrue(e.getMessage().contains("acme.yml") && e.getMessage().contains("ACME_BEST_HERE"), e.getMessage());
    }
  }
}
