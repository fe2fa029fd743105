package candor.annotate;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Snowball (Porter2) stems. The statistical lemmatizer costs several times the POS tagger, so
 * rules and concern matching compare stems instead: "guaranteed" and "guarantees" meet at "guarante".
 */
public final class Stems {
  // SnowballStemmer keeps state between calls: one per thread.
  private static final ThreadLocal<SnowballStemmer> STEMMER =
      ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

  private Stems() {}

  public static String of(String lowerWord) {
    if (lowerWord.isEmpty() || !Character.isLetter(lowerWord.charAt(0))) return lowerWord;
    return STEMMER.get().stem(lowerWord).toString();
  }
}
