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

  /** The sentence that contains {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset < s.end()) return s;
    }
    return null;
  }
}
