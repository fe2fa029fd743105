package candor.annotate;

import java.util.ArrayList;
import java.util.List;

/** A text split into sentences and tagged tokens. Immutable; safe to cache and share. */
public record AnnotatedText(String text, List<Sentence> sentences) {
  public AnnotatedText {
    sentences = List.copyOf(sentences);
  }

  public List<Token> tokens() {
    List<Token> all = new ArrayList<>();
    for (Sentence s : sentences) all.addAll(s.tokens());
    return all;
  }

  /** The sentence that contains {@code offset}, or null. Sentences are in order and apart, so it is a binary search. */
  public Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) hi = mid - 1;
      else if (offset >= s.end()) lo = mid + 1;
      else return s;
    }
    return null;
  }
}
