package candor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.annotate.Sentence;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A phrase cut at its outermost alternation runs narrowed to the alternatives whose literals a
 * sentence has. On every sentence of the draft corpus, each built-in rule finds exactly what it finds
 * when every branch is let through (the whole phrases: no literal prefilter, only the digit count).
 */
class NarrowedPhrasesTest {
  @Test
  void narrowingChangesNoMatchOfAnyBuiltInRule() throws Exception {
    Annotator annotator = Annotator.english();
    List<Rule> rules = RuleSet.builtIn().rules();
    long cut = rules.stream().filter(r -> r.branchClauses().size() > Math.max(1, r.phraseCount())).count();
    assertTrue(cut >= 10, "rules with a phrase cut into alternatives: " + cut);
    int matches = 0;
    for (String line : lines("corpus/draft-sentences.tsv")) {
      AnnotatedText text = annotator.annotate(line);
      for (Sentence s : text.sentences()) {
        String folded = Text.fold(s.text(text.text()));
        String lower = folded.toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
          if (r.kind() == MatchKind.SEQUENCE) continue;
          BitSet all = new BitSet();
          all.set(0, r.branchClauses().size());
          List<RuleMatch> whole = r.matchUnfiltered(text, s, folded, all);
          List<RuleMatch> narrowed = r.match(text, s, folded, lower);
          assertEquals(spans(whole), spans(narrowed), () -> r.id() + " on " + line);
          matches += whole.size();
        }
      }
    }
    assertTrue(matches > 1000, "the corpus exercises the rules: " + matches);
  }

  private static List<String> spans(List<RuleMatch> ms) {
    return ms.stream().map(m -> m.start() + "-" + m.end() + ":" + m.groups() + ":" + m.replacement()).toList();
  }

  private List<String> lines(String resource) throws Exception {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.substring(l.lastIndexOf('\t') + 1)).toList();
    }
  }
}
