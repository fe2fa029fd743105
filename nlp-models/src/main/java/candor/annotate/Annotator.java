package candor.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP pipeline: blocks -> sentences -> tokens -> UD part-of-speech tags, plus stems.
 * Thread-safe: the models are shared and OpenNLP's ThreadSafe wrappers keep one tool per thread.
 */
public final class Annotator {
  private final ThreadSafeSentenceDetectorME sentences;
  private final ThreadSafeTokenizerME tokenizer;
  private final ThreadSafePOSTaggerME tagger;

  public Annotator(SentenceModel sentenceModel, TokenizerModel tokenModel, POSModel posModel) {
    this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
    this.tokenizer = new ThreadSafeTokenizerME(tokenModel);
    this.tagger = new ThreadSafePOSTaggerME(posModel);
  }

  /** Loads OpenNLP's pre-trained English models from the classpath. */
  public static Annotator english() {
    return new Annotator(PretrainedModels.sentences(), PretrainedModels.tokens(), PretrainedModels.pos());
  }

  public AnnotatedText annotate(String text) {
    List<Sentence> out = new ArrayList<>();
    int tokenIndex = 0;
    for (int[] block : Blocks.split(text)) {
      String blockText = text.substring(block[0], block[1]);
      for (Span span : sentences.sentPosDetect(blockText)) {
        Cancellation.check();
        int sStart = block[0] + span.getStart();
        int sEnd = block[0] + span.getEnd();
        Sentence sentence = tagSentence(text, sStart, sEnd, tokenIndex);
        if (sentence.tokens().isEmpty()) continue;
        out.add(sentence);
        tokenIndex += sentence.tokens().size();
      }
    }
    return new AnnotatedText(text, out);
  }

  /** The bare OpenNLP pass (sentences, tokens, POS) with nothing of ours: the benchmark's baseline. */
  public int barePass(String text) {
    int n = 0;
    for (String s : sentences.sentDetect(text)) {
      String[] toks = tokenizer.tokenize(s);
      n += tagger.tag(toks).length;
    }
    return n;
  }

  private Sentence tagSentence(String text, int sStart, int sEnd, int firstToken) {
    String sText = text.substring(sStart, sEnd);
    Span[] spans = tokenizer.tokenizePos(sText);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) words[i] = sText.substring(spans[i].getStart(), spans[i].getEnd());
    String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
    List<Token> tokens = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      // Curly apostrophes are folded so "can’t" and "can't" match the same patterns.
      String lower = normaliseApostrophe(words[i].toLowerCase(Locale.ROOT));
      tokens.add(new Token(sStart + spans[i].getStart(), sStart + spans[i].getEnd(), words[i], lower,
          Stems.of(lower), tags[i]));
    }
    return new Sentence(sStart, sEnd, firstToken, tokens);
  }

  private static String normaliseApostrophe(String lower) {
    return lower.indexOf('\u2019') >= 0 ? lower.replace('\u2019', '\'') : lower;
  }
}
