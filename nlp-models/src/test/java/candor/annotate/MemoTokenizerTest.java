package candor.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

/** The remembering tokenizer must cut exactly where OpenNLP's TokenizerME cuts, remembered or not. */
class MemoTokenizerTest {
  private static final TokenizerModel MODEL = PretrainedModels.tokens();

  @Test
  void cutsLikeTokenizerMeOnTheCorpusAndAwkwardText() throws IOException {
    List<String> lines = new ArrayList<>(List.of(
        "We can't guarantee that; you'll see U.S. pricing (net-30) at https://vendor.com/p?a=1&b=2.",
        "Email dana@vendor.com or call +1 (555) 010-2030 -- thanks!!",
        "Caf\u00e9 \u201cquoted\u201d words\u2026 and the buyer\u2019s own \u00a0non-breaking\u00a0spaces",
        "Emoji \uD83D\uDE80\uD83D\uDE80 rocket, RTL \u05e9\u05dc\u05d5\u05dd, combining e\u0301 and a lone \uD800 surrogate",
        "supercalifragilisticexpialidocious-and-then-some-more-words-joined-by-hyphens-to-exceed-the-cap.",
        "", "   ", "a", "I.", "$1,200/mo. 99.9% uptime; 3x faster?!"));
    for (String resource : List.of("corpus/draft-sentences.tsv", "corpus/buyer-sentences.tsv", "corpus/concern-threads.jsonl")) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        assertTrue(in != null, resource);
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) lines.add(line);
      }
    }
    ThreadSafeTokenizerME stock = new ThreadSafeTokenizerME(MODEL);
    MemoTokenizer memo = new MemoTokenizer(MODEL);
    for (int pass = 0; pass < 2; pass++) { // the second pass reads every word from memory
      for (String line : lines) {
        assertArrayEquals(stock.tokenizePos(line), memo.tokenizePos(line), line);
      }
    }
  }
}
