package candor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.annotate.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in every built-in pack is a test, as in LanguageTool: a bad example yields exactly
 * one match of its rule, at the bracketed span; a good example yields none of its rule.
 */
class PackExamplesTest {
  private static Annotator annotator;
  private static RuleSet rules;

  @BeforeAll
  static void load() {
    annotator = Annotator.english();
    rules = RuleSet.builtIn();
  }

  @TestFactory
  Stream<DynamicTest> everyExample() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      assertFalse(rule.examples().bad.isEmpty(), rule.id() + " has no bad example");
      for (String bad : rule.examples().bad) {
        tests.add(DynamicTest.dynamicTest(rule.id() + " bad: " + bad, () -> checkBad(rule, bad)));
      }
      for (String good : rule.examples().good) {
        tests.add(DynamicTest.dynamicTest(rule.id() + " good: " + good, () -> checkGood(rule, good)));
      }
    }
    return tests.stream();
  }

  private static void checkBad(Rule rule, String example) {
    int open = example.indexOf('[');
    int close = example.indexOf(']');
    assertTrue(open >= 0 && close > open, "bad example needs [span]: " + example);
    String text = example.substring(0, open) + example.substring(open + 1, close) + example.substring(close + 1);
    String expected = example.substring(open + 1, close);
    List<RuleMatch> hits = matchesOf(rule, text);
    assertEquals(1, hits.size(), "expected one match of " + rule.id() + " in: " + text + " but got " + describe(text, hits));
    assertEquals(expected, text.substring(hits.get(0).start(), hits.get(0).end()), rule.id() + " span");
  }

  private static void checkGood(Rule rule, String text) {
    List<RuleMatch> hits = matchesOf(rule, text);
    assertTrue(hits.isEmpty(), rule.id() + " must not match: " + text + " but got " + describe(text, hits));
  }

  static List<RuleMatch> matchesOf(Rule rule, String text) {
    AnnotatedText at = annotator.annotate(text);
    List<RuleMatch> hits = new ArrayList<>();
    for (Sentence s : at.sentences()) {
      for (RuleMatch m : rules.check(at, s)) {
        if (m.rule() == rule) hits.add(m);
      }
    }
    return hits;
  }

  private static String describe(String text, List<RuleMatch> hits) {
    List<String> spans = new ArrayList<>();
    for (RuleMatch m : hits) spans.add("[" + text.substring(m.start(), m.end()) + "]");
    return spans.toString();
  }
}
