package candor.annotate;

/**
 * One token of an annotated text. Offsets are UTF-16 code units into the annotated string,
 * so they can be handed to a browser unchanged.
 *
 * @param lower the token lower-cased (Locale.ROOT), what patterns match against
 * @param stem  the Snowball stem of {@code lower}: a cheap stand-in for the lemma
 * @param pos   Universal Dependencies part-of-speech tag (NOUN, VERB, AUX, PRON, ...)
 */
public record Token(int start, int end, String text, String lower, String stem, String pos) {
  public int length() {
    return end - start;
  }

  public boolean isWord() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
  }
}
