package candor.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's maxent tokenizer with a memory of how each whitespace-separated word splits.
 * TokenizerME splits text at whitespace first and then decides the cuts inside each word from that
 * word's characters alone, one maxent evaluation per character; so a remembered word's cuts are the
 * ones it would compute again, and the output is identical while common words ("the", "pricing,")
 * cost a map lookup. Thread-safe; bounded (cleared when full; long words and words with digits are not kept).
 */
final class MemoTokenizer {
  private static final int MAX_WORDS = 50_000;
  private static final int MAX_WORD_LENGTH = 40;

  private final ThreadSafeTokenizerME tokenizer;
  /** A word's cuts as start/end pairs relative to the word. */
  private final ConcurrentHashMap<String, int[]> cuts = new ConcurrentHashMap<>();

  MemoTokenizer(TokenizerModel model) {
    this.tokenizer = new ThreadSafeTokenizerME(model);
  }

  void forget() {
    cuts.clear();
  }

  Span[] tokenizePos(String text) {
    Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    List<Span> out = new ArrayList<>(words.length + words.length / 4);
    for (Span w : words) {
      int length = w.getEnd() - w.getStart();
      if (length < 2) {
        out.add(w); // TokenizerME never cuts a single character either
        continue;
      }
      String word = text.substring(w.getStart(), w.getEnd());
      // Numbers, codes and long strings rarely come back: they are cut afresh, not remembered.
      boolean keep = length <= MAX_WORD_LENGTH && !hasDigit(word);
      int[] c = keep ? cuts.get(word) : null;
      if (c == null) {
        c = split(word);
        if (keep) {
          if (cuts.size() >= MAX_WORDS) cuts.clear();
          cuts.put(word, c);
        }
      }
      for (int k = 0; k < c.length; k += 2) out.add(new Span(w.getStart() + c[k], w.getStart() + c[k + 1]));
    }
    return out.toArray(new Span[0]);
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      char ch = word.charAt(i);
      if (ch >= '0' && ch <= '9') return true;
    }
    return false;
  }

  private int[] split(String word) {
    Span[] parts = tokenizer.tokenizePos(word);
    int[] c = new int[parts.length * 2];
    for (int i = 0; i < parts.length; i++) {
      c[2 * i] = parts[i].getStart();
      c[2 * i + 1] = parts[i].getEnd();
    }
    return c;
  }
}
