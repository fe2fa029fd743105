package candor.features;

import candor.annotate.Sentence;
import candor.annotate.Token;
import candor.rules.GuardedPattern;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The features the topic classifier sees: the words of a buyer's point, not how it is said. Stems,
 * stem bigrams and the nouns on their own ("charges", "format", "insurer" carry the topic), money and
 * percent signs, and which topics' cue words ({@link TopicCues}) it has. Who speaks, modality,
 * part-of-speech pairs and the hedge and negation cues of
 * {@link SentenceContext} say how a sentence presses or promises, and only add noise here: trained
 * through batch 51 and scored on the 616 points of batches 56-61, the topic was right for 0.753 with
 * those features and 0.774 with these (corpus README, session 23).
 */
public final class TopicContext {
  private TopicContext() {}

  public static String[] of(String source, Sentence sentence) {
    Set<String> f = new LinkedHashSet<>(sentence.tokens().size() * 4 + 8);
    String prev = "<s>";
    for (Token t : sentence.tokens()) {
      String w = t.lower();
      if (!t.isWord() && !"$".equals(t.text()) && !"%".equals(t.text())) continue;
      String stem = !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9' ? "<num>" : t.stem();
      f.add("w=" + stem);
      f.add("b=" + prev + "_" + stem);
      prev = stem;
      if (t.isWord() && ("NOUN".equals(t.pos()) || "PROPN".equals(t.pos()))) f.add("n=" + stem);
      if (w.startsWith("$") || w.startsWith("\u00a3") || w.startsWith("\u20ac")) f.add("money");
      if (w.endsWith("%")) f.add("percent");
    }
    // The lexicon's cue for each topic the point names: one feature for many rare words ("indemnity",
    // "notice period"), whose weight the labelled points set.
    String lower = source.substring(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
    for (Map.Entry<String, GuardedPattern> e : TopicCues.CUES.entrySet()) {
      if (e.getValue().find(lower)) f.add("cue=" + e.getKey());
    }
    f.add("bias");
    return f.toArray(new String[0]);
  }
}
