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

  /** Stems already computed: a word's stem never changes, and email reuses a small vocabulary. Bounded. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_KNOWN = 50_000;

  private Stems() {}

  /** Drops every remembered stem (the benchmark's cold-vocabulary case). */
  public static void forget() {
    KNOWN.clear();
  }

  public static String of(String lowerWord) {
    if (lowerWord.isEmpty() || !Character.isLetter(lowerWord.charAt(0))) return lowerWord;
    String known = KNOWN.get(lowerWord);
    if (known != null) return known;
    String base = IRREGULAR.get(lowerWord);
    String stem = STEMMER.get().stem(base != null ? base : lowerWord).toString();
    if (lowerWord.length() <= 40) {
      if (KNOWN.size() >= MAX_KNOWN) KNOWN.clear();
      KNOWN.put(lowerWord, stem);
    }
    return stem;
  }

  /** Irregular verb forms a suffix stemmer cannot reach: "paid" must meet "pays". */
  private static final java.util.Map<String, String> IRREGULAR = irregular(
      "paid pay", "sent send", "took take", "taken take", "made make", "bought buy", "built build", "brought bring",
      "kept keep", "left leave", "lost lose", "met meet", "ran run", "said say", "sold sell", "spent spend", "told tell",
      "thought think", "went go", "gone go", "gave give", "given give", "got get", "gotten get", "knew know",
      "known know", "saw see", "seen see", "wrote write", "written write", "began begin", "begun begin", "chose choose",
      "chosen choose", "did do", "done do", "found find", "held hold", "led lead", "meant mean", "shipped ship",
      "understood understand", "won win", "broke break", "broken break", "came come", "fell fall", "fallen fall",
      "grew grow", "grown grow", "felt feel", "heard hear", "set set", "cut cut", "hit hit", "put put", "quit quit",
      "bound bind", "drove drive", "driven drive", "froze freeze", "frozen freeze", "rose rise", "risen rise",
      "shown show", "showed show", "stood stand", "taught teach", "wore wear", "worn wear");

  private static java.util.Map<String, String> irregular(String... pairs) {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (String p : pairs) {
      String[] kv = p.split(" ");
      m.put(kv[0], kv[1]);
    }
    return java.util.Map.copyOf(m);
  }
}
