package candor.annotate;

/**
 * One token of an annotated text. Offsets are UTF-16 code units into the annotated string,
 * so they can be handed to a browser unchanged.
 *
 * @param lower the token lower-cased (Locale.ROOT), what patterns match against
 * @param stem  the Snowball stem of {@code lower}: a cheap stand-in for the lemma
 * @param pos   Universal Dependencies part-of-speech tag (NOUN, VERB, AUX, PRON, ...); a token the
 *              tokenizer keeps whole over a clitic has a joined tag ("employee's" NOUN+PART, "we're" PRON+AUX)
 */
public record Token(int start, int end, String text, String lower, String stem, String pos) {
  public int length() {
    return end - start;
  }

  /** The tag of the token's word without its clitic: NOUN for "employee's" (NOUN+PART). */
  public String wordPos() {
    int plus = pos.indexOf('+');
    return plus < 0 ? pos : pos.substring(0, plus);
  }

  public boolean isWord() {
    return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
  }
}
