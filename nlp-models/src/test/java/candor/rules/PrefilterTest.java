package candor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void countsTheDigitsEveryMatchMustContain() {
    assertEquals(3, Prefilter.minDigits("\\b\\d+\\s*(?:h|hrs?)\\W{0,3}\\d+\\s*(?:m|mins?)\\W{0,3}\\d+\\s*(?:s|secs?)\\b"));
    assertEquals(5, Prefilter.minDigits("\\b\\d{1,2}:\\d{2}:\\d{2} left"));
    assertEquals(1, Prefilter.minDigits("[0-9]+x"));
    // An alternation needs the fewest of its branches; an optional part needs none.
    assertEquals(0, Prefilter.minDigits("(?:one|\\d+) days? only"));
    assertEquals(1, Prefilter.minDigits("\\d+(?:\\.\\d+)?%"));
    assertEquals(0, Prefilter.minDigits("\\p{L}+ \\d"), "unknown syntax requires nothing");
    // Every text the pattern matches has at least that many digits.
    String re = "\\b(?:in|only)\\W{0,3}\\d+\\s*(?:d|days?)\\W{0,3}\\d+\\s*(?:h|hours?)\\b";
    assertEquals(2, Prefilter.minDigits(re));
    com.google.re2j.Pattern p = com.google.re2j.Pattern.compile(re);
    for (String text : new String[] {"ends in 2d 4h", "only 12 days 3 hours", "in 1d"}) {
      if (p.matcher(text).find()) assertTrue(text.chars().filter(Character::isDigit).count() >= 2, text);
    }
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
  void clausesAllHoldInAnyMatch() {
    String re = "\\b(?:this is|it's) my (?:third|fourth|\\d+(?:st|nd|rd|th)|last) (?:email|attempt|follow[- ]up)\\b";
    java.util.List<Set<String>> clauses = Prefilter.clauses(re);
    assertNotNull(clauses);
    assertTrue(clauses.size() >= 2, clauses.toString());
    com.google.re2j.Pattern p = com.google.re2j.Pattern.compile(re, com.google.re2j.Pattern.CASE_INSENSITIVE);
    for (String text : new String[] {"This is my 5th email", "it's my last follow-up", "this is my third attempt today"}) {
      assertTrue(p.matcher(text).find(), text);
      for (Set<String> clause : clauses) {
        assertTrue(clause.stream().anyMatch(text.toLowerCase()::contains), text + " vs " + clause);
      }
    }
    // "th" alone no longer lets a sentence through: every clause must hold.
    Rule rule = RuleSet.builtIn().rules().stream().filter(r -> r.id().equals("PRESSURE_PESTERING_COUNT")).findFirst().orElseThrow();
    assertFalse(rule.mayMatch("the thing is that the rest of the month is fine"));
  }

  @Test
  void everyBuiltInPhraseBranchGetsAPrefilter() {
    for (Rule r : RuleSet.builtIn().rules()) {
      if (r.kind() == MatchKind.SEQUENCE) continue;
      for (java.util.List<Set<String>> cnf : r.branchClauses()) {
        assertNotNull(cnf, r.id() + " has a branch with no prefilter");
        for (Set<String> clause : cnf) assertTrue(clause.stream().noneMatch(String::isBlank), r.id() + " requires a blank literal");
      }
    }
  }

  @Test
  void literalIndexAgreesWithEachRulesOwnPrefilter() {
    RuleSet rules = RuleSet.builtIn();
    LiteralIndex index = LiteralIndex.forRules(rules.rules());
    for (String sentence : new String[] {"this discount expires today and we guarantee zero downtime",
        "i've emailed you five times", "nothing to see here", "the best scanner on the market",
        "this is my 4th email and i have not heard back from you", "every day you wait costs you money"}) {
      assertIndexAgrees(rules, index, sentence);
    }
  }

  /** Every rule's branches by the index, looked at one by one and as triggered, are the rule's own. */
  private static void assertIndexAgrees(RuleSet rules, LiteralIndex index, String sentence) {
    long[] present = index.present(sentence);
    java.util.BitSet[] candidates = index.candidates(present);
    for (int i = 0; i < rules.rules().size(); i++) {
      Rule r = rules.rules().get(i);
      assertEquals(r.branches(sentence), index.branches(i, present), r.id() + " on " + sentence);
      // The triggered look finds the same branches as looking at every one.
      java.util.BitSet triggered = candidates[i] == null ? new java.util.BitSet() : candidates[i];
      assertEquals(r.branches(sentence), triggered, r.id() + " triggered on " + sentence);
    }
  }

  @Test
  void literalIndexAgreesWithEachRulesOwnPrefilterOnEveryExample() {
    // Thousands of literals: the scan walks deep states (records, failure links, the clauses they
    // mark) as well as the shallow table, on text nobody picked for this test.
    RuleSet rules = RuleSet.builtIn();
    LiteralIndex index = LiteralIndex.forRules(rules.rules());
    int sentences = 0;
    for (Rule source : rules.rules()) {
      java.util.List<String> examples = new java.util.ArrayList<>(source.examples().bad);
      examples.addAll(source.examples().good);
      for (String example : examples) {
        assertIndexAgrees(rules, index, Text.fold(example).toLowerCase(java.util.Locale.ROOT));
        sentences++;
      }
    }
    assertTrue(sentences > 500, "examples read: " + sentences);
  }

  @Test
  void literalIndexHoldsALargeAlphabetAndDeepLiterals() {
    // 400 literals over 300 CJK characters (more classes than a byte holds), each long enough to
    // reach the deep states; one item per literal, its one clause that literal.
    java.util.Random random = new java.util.Random(11);
    java.util.List<String> literals = new java.util.ArrayList<>();
    java.util.List<java.util.List<java.util.List<Set<String>>>> items = new java.util.ArrayList<>();
    for (int l = 0; l < 400; l++) {
      StringBuilder b = new StringBuilder();
      for (int c = 0, n = 2 + random.nextInt(6); c < n; c++) b.append((char) (0x4E00 + random.nextInt(300)));
      literals.add(b.toString());
      items.add(java.util.List.of(java.util.List.of(Set.of(b.toString()))));
    }
    LiteralIndex index = new LiteralIndex(items);
    for (int t = 0; t < 300; t++) {
      StringBuilder text = new StringBuilder();
      for (int c = 0; c < 60; c++) text.append(random.nextInt(8) == 0 ? ' ' : (char) (0x4E00 + random.nextInt(300)));
      // Half the texts carry a whole literal.
      if (t % 2 == 0) text.insert(random.nextInt(text.length()), literals.get(random.nextInt(literals.size())));
      String s = text.toString();
      long[] present = index.present(s);
      for (int i = 0; i < items.size(); i++) {
        assertEquals(s.contains(literals.get(i)), index.anyBranch(i, present), literals.get(i) + " in " + s);
      }
    }
  }
}
