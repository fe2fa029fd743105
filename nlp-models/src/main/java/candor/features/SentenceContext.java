package candor.features;

import candor.annotate.Sentence;
import candor.annotate.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The features the sentence classifiers see, shared by training and serving so they always match:
 * stems and stem bigrams, part-of-speech bigrams, who is speaking to whom (I/we vs you), modality
 * ("will" + verb), numbers and money, superlative forms, and the context cues (negation, hedge,
 * condition, the buyer's own words restated, question). Bump {@link #VERSION} when this changes.
 */
public final class SentenceContext {
  public static final int VERSION = 1;

  private static final Set<String> FIRST = Set.of("i", "we", "me", "us", "my", "our", "i'm", "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd");
  private static final Set<String> SECOND = Set.of("you", "your", "yours", "you're", "you'll", "you've", "you'd");
  private static final Set<String> MODAL = Set.of("will", "'ll", "wo", "won't", "would", "can", "ca", "can't", "could", "must", "should", "may", "might");

  private SentenceContext() {}

  /** An ASCII digit followed by digits, commas and dots ("1,200.50"), as \d[\d,.]* reads it. */
  private static boolean isNumber(String w) {
    if (w.isEmpty() || w.charAt(0) < '0' || w.charAt(0) > '9') return false;
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if ((c < '0' || c > '9') && c != ',' && c != '.') return false;
    }
    return true;
  }

  public static String[] of(String source, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    // Sized for the features a sentence gives (about four per token) so the set never rehashes.
    Set<String> f = new LinkedHashSet<>(tokens.size() * 6 + 32);
    List<String> stems = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (Token t : tokens) {
      if (!t.isWord() && !"$".equals(t.text()) && !"%".equals(t.text())) continue;
      String stem = isNumber(t.lower()) ? "<num>" : t.stem();
      stems.add(stem);
      tags.add(t.pos());
      f.add("w=" + stem);
      if (FIRST.contains(t.lower())) f.add("self");
      if (SECOND.contains(t.lower())) f.add("you");
      if (t.text().equals("$") || t.lower().startsWith("$")) f.add("money");
      if (t.text().equals("%") || t.lower().endsWith("%")) f.add("percent");
      if (t.pos().equals("ADJ") && (t.lower().endsWith("est") || t.lower().equals("best"))) f.add("superlative");
    }
    for (int i = 0; i < stems.size(); i++) {
      String prev = i == 0 ? "<s>" : stems.get(i - 1);
      f.add("b=" + prev + "_" + stems.get(i));
      String prevTag = i == 0 ? "<s>" : tags.get(i - 1);
      f.add("p=" + prevTag + "_" + tags.get(i));
      if (i > 0 && MODAL.contains(stems.get(i - 1)) && tags.get(i).equals("VERB")) {
        f.add("mv=" + stems.get(i - 1) + "_" + stems.get(i));
      }
      if (i > 0 && stems.get(i - 1).equals("most") && tags.get(i).equals("ADJ")) f.add("superlative");
    }
    String folded = candor.rules.Text.fold(source.substring(sentence.start(), sentence.end())).toLowerCase(Locale.ROOT);
    if (Cues.hedged(folded)) f.add("cue=hedge");
    if (Cues.conditional(folded)) f.add("cue=cond");
    if (Cues.reported(folded)) f.add("cue=reported");
    if (Cues.negatedBefore(folded, folded.length())) f.add("cue=neg_end");
    for (Token t : tokens) {
      String w = t.lower();
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no") || w.endsWith("n't")) {
        f.add("cue=neg");
        break;
      }
    }
    if (sentence.isQuestion(source)) f.add("cue=question");
    f.add("len=" + Math.min(stems.size() / 8, 4));
    f.add("bias");
    return f.toArray(new String[0]);
  }
}
