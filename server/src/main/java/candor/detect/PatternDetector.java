package candor.detect;

import candor.annotate.AnnotatedText;
import candor.annotate.Sentence;
import candor.rules.RuleMatch;
import candor.rules.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the rule packs over the draft's own sentences (never quoted history or the signature) and
 * keeps one match per overlapping span and category: the most confident.
 */
public final class PatternDetector {
  /** A question softens pressure: "would Friday work?" leaves the buyer room to say no. */
  private static final double QUESTION_FACTOR = 0.85;

  public record Hit(RuleMatch match, double confidence) {}

  /** Where the sender's own words are: only matches inside are kept. */
  public interface Region {
    boolean contains(int start, int end);

    /** Whether the sentence starts in the region: a sentence is judged by where its first word stands. */
    default boolean startsIn(Sentence s) {
      return contains(s.tokens().get(0).start(), s.tokens().get(0).end());
    }
  }

  public List<Hit> detect(RuleSet rules, AnnotatedText text, Region own) {
    List<Hit> hits = new ArrayList<>();
    List<Sentence> sentences = text.sentences();
    for (int index = 0; index < sentences.size(); index++) {
      Sentence s = sentences.get(index);
      if (!own.startsIn(s)) continue;
      boolean question = s.isQuestion(text.text());
      Boolean takenBack = null; // read only when a limit or a date matched
      for (RuleMatch m : rules.check(text, s)) {
        if (!own.contains(m.start(), m.end())) continue;
        if (TakenBack.applies(m.rule().category(), m.rule().type())
            && (takenBack == null ? takenBack = TakenBack.after(text.text(), sentences, index) : takenBack)) continue;
        double c = m.rule().confidence();
        if (question && "pressure".equals(m.rule().category()) && !"pestering".equals(m.rule().type())) {
          c *= QUESTION_FACTOR;
        }
        hits.add(new Hit(m, c));
      }
    }
    return dedupe(hits);
  }

  /**
   * Keeps, of the hits of one category that overlap, the most confident (then the longest). The
   * kept spans of a category never overlap, so the one starting last before a hit's end is the only
   * one that can clash with it: a lookup, not a scan (a pasted draft can carry tens of thousands of hits).
   */
  private static List<Hit> dedupe(List<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingDouble(Hit::confidence).reversed()
        .thenComparing(h -> -(h.match().end() - h.match().start())));
    java.util.Map<String, java.util.TreeMap<Integer, Integer>> keptSpans = new java.util.HashMap<>();
    List<Hit> kept = new ArrayList<>();
    for (Hit h : sorted) {
      if (h.match().start() == h.match().end()) { // an empty span overlaps nothing
        kept.add(h);
        continue;
      }
      java.util.TreeMap<Integer, Integer> spans = keptSpans.computeIfAbsent(h.match().rule().category(), k -> new java.util.TreeMap<>());
      java.util.Map.Entry<Integer, Integer> before = spans.lowerEntry(h.match().end());
      if (before != null && before.getValue() > h.match().start()) continue;
      spans.put(h.match().start(), h.match().end());
      kept.add(h);
    }
    kept.sort(Comparator.comparingInt(h -> h.match().start()));
    return kept;
  }
}
