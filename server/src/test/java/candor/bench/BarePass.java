package candor.bench;

import candor.annotate.PretrainedModels;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;

/**
 * The benchmarks' baseline: OpenNLP's own sentence detector, tokenizer and POS tagger on the same
 * pre-trained models the engine uses, exactly as shipped (none of the engine's memories or its
 * compact POS model).
 */
final class BarePass {
  private final ThreadSafeSentenceDetectorME sentences = new ThreadSafeSentenceDetectorME(PretrainedModels.sentences());
  private final ThreadSafeTokenizerME tokenizer = new ThreadSafeTokenizerME(PretrainedModels.tokens());
  private final ThreadSafePOSTaggerME tagger = new ThreadSafePOSTaggerME(PretrainedModels.pos());

  /** Sentences, tokens and tags of {@code text}; returns the token count so the work is observable. */
  int run(String text) {
    int n = 0;
    for (String s : sentences.sentDetect(text)) n += tagger.tag(tokenizer.tokenize(s)).length;
    return n;
  }
}
