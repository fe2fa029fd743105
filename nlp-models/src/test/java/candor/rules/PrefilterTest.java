package candor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PrefilterTest {
  @Test
  void requiresOneOfTheAlternatives() {
    assertEquals(Set.of("expire", "expires", "ends"), Prefilter.required("\\b(?:expires?|ends)\\b"));
    assertEquals(Set.of("guarantee", "guarantees", "guaranteed", "guaranteeing"), Prefilter.required("\\bguarantee(?:s|d|ing)?\\b"));
  }

  @Test
  void anyTextThePatternMatchesContainsARequiredLiteral() {
    String re = "\\b(?:offer|deal)s?\\s+(?:\\S+\\s+){0,3}?(?:expires?|ends|(?-i:IT) team)\\b";
    Set<String> req = Prefilter.required(re);
    assertNotNull(req);
    com.google.re2j.Pattern p = com.google.re2j.Pattern.compile(re, com.google.re2j.Pattern.CASE_INSENSITIVE);
    for (String text : new String[] {"The OFFER really ends", "deals expire soon", "offer it team"}) {
      if (p.matcher(text).find()) {
        assertTrue(req.stream().anyMatch(r -> text.toLowerCase().contains(r)), text + " vs " + req);
      }
    }
  }

  @Test
  void optionalPartsRequireNothing() {
    assertNull(Prefilter.required("(?:foo)?\\w+"));
    assertNull(Prefilter.required("\\S+"));
    assertNull(Prefilter.required("a|\\w+"));
  }

  @Test
  void everyBuiltInPhraseRuleGetsAPrefilter() {
    for (Rule r : RuleSet.builtIn().rules()) {
      assertNotNull(r.requiredLiterals(), r.id() + " has no prefilter");
      assertTrue(r.requiredLiterals().stream().noneMatch(String::isBlank), r.id() + " requires a blank literal");
    }
  }

  @Test
  void literalIndexAgreesWithEachRulesOwnPrefilter() {
    RuleSet rules = RuleSet.builtIn();
    LiteralIndex index = new LiteralIndex(rules.rules());
    for (String sentence : new String[] {"this discount expires today and we guarantee zero downtime",
        "i've emailed you five times", "nothing to see here", "the best scanner on the market"}) {
      java.util.BitSet got = index.candidates(sentence);
      for (int i = 0; i < rules.rules().size(); i++) {
        assertEquals(rules.rules().get(i).mayMatch(sentence), got.get(i), rules.rules().get(i).id() + " on " + sentence);
      }
    }
  }
}
