package candor.annotate;

import java.util.List;

/**
 * A sentence: its span in the annotated text and its tokens (in order).
 * {@code firstToken} is the index of its first token in {@link AnnotatedText#tokens()}.
 */
public record Sentence(int start, int end, int firstToken, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public String text(String source) {
    return source.substring(start, end);
  }

  public boolean isQuestion(String source) {
    for (int i = end - 1; i >= start; i--) {
      char c = source.charAt(i);
      if (c == '?') return true;
      if (!Character.isWhitespace(c) && c != ')' && c != '"' && c != '\'' && c != '\u201d') return false;
    }
    return false;
  }
}
