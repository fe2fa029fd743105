package candor.rules;

/** How a rule finds its span. */
public enum MatchKind {
  /** A re2j regular expression over the sentence (case-insensitive, apostrophes folded). */
  PHRASE,
  /** Steps over tokens, testing token text, lemma (by stem) and part of speech. */
  SEQUENCE,
  /** Fixed wordings, each with its own replacement. */
  SUBSTITUTION
}
