package candor.annotate;

import candor.maxent.CompactMaxent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP pipeline: blocks -> sentences -> tokens -> UD part-of-speech tags, plus stems.
 * Thread-safe: the models are shared and OpenNLP's ThreadSafe wrappers keep one tool per thread.
 */
public final class Annotator {
  private final ThreadSafeSentenceDetectorME sentences;
  private final MemoTokenizer words;
  /** Tags with the POS model's compact form: the same tags, for less work per token. */
  private final ThreadSafePOSTaggerME tagger;

  public Annotator(SentenceModel sentenceModel, TokenizerModel tokenModel, POSModel posModel) {
    this.sentences = new ThreadSafeSentenceDetectorME(sentenceModel);
    this.words = new MemoTokenizer(tokenModel);
    this.tagger = new ThreadSafePOSTaggerME(compact(posModel));
  }

  /**
   * The POS model tagging through {@link TaggerBeam} over its maxent model's {@link CompactMaxent}
   * form: same factory (tag dictionary, context generator) and beam size, so POSTaggerME runs
   * unchanged around them and gives the same tags.
   */
  static POSModel compact(POSModel model) {
    String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    int size = beam != null ? Integer.parseInt(beam) : POSTaggerME.DEFAULT_BEAM_SIZE;
    MaxentModel maxent = model.getArtifact("pos.model");
    return new POSModel(model.getLanguage(), new TaggerBeam(size, CompactMaxent.of(maxent)),
        java.util.Map.of(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(size)), model.getFactory());
  }

  /** Loads OpenNLP's pre-trained English models from the classpath. */
  public static Annotator english() {
    return new Annotator(PretrainedModels.sentences(), PretrainedModels.tokens(), PretrainedModels.pos());
  }

  /** Annotates the whole text, tagging each sentence in place (no per-block copy to shift). */
  public AnnotatedText annotate(String text) {
    List<Sentence> out = new ArrayList<>();
    int tokenIndex = 0;
    for (int[] block : Blocks.split(text)) {
      Cancellation.check();
      for (Span span : sentences.sentPosDetect(text.substring(block[0], block[1]))) {
        Cancellation.check();
        Sentence sentence = tagSentence(text, block[0] + span.getStart(), block[0] + span.getEnd(), tokenIndex);
        if (sentence.tokens().isEmpty()) continue;
        out.add(sentence);
        tokenIndex += sentence.tokens().size();
      }
    }
    return new AnnotatedText(text, out);
  }

  /**
   * Annotates block by block, asking {@code blocks} for each block's sentences (offsets relative to
   * the block). A caching lookup there makes a keystroke cost one block, not the whole draft.
   */
  public AnnotatedText annotate(String text, java.util.function.Function<String, List<Sentence>> blocks) {
    List<Sentence> out = new ArrayList<>();
    int tokenIndex = 0;
    for (int[] block : Blocks.split(text)) {
      Cancellation.check();
      for (Sentence rel : blocks.apply(text.substring(block[0], block[1]))) {
        out.add(shift(rel, block[0], tokenIndex));
        tokenIndex += rel.tokens().size();
      }
    }
    return new AnnotatedText(text, out);
  }

  /** One block's sentences, with offsets relative to the block. */
  public List<Sentence> annotateBlock(String blockText) {
    List<Sentence> out = new ArrayList<>();
    for (Span span : sentences.sentPosDetect(blockText)) {
      Cancellation.check();
      Sentence sentence = tagSentence(blockText, span.getStart(), span.getEnd(), 0);
      if (!sentence.tokens().isEmpty()) out.add(sentence);
    }
    return out;
  }

  private static Sentence shift(Sentence rel, int by, int firstToken) {
    if (by == 0 && firstToken == rel.firstToken()) return rel;
    List<Token> tokens = new ArrayList<>(rel.tokens().size());
    for (Token t : rel.tokens()) {
      tokens.add(new Token(t.start() + by, t.end() + by, t.text(), t.lower(), t.stem(), t.pos()));
    }
    return new Sentence(rel.start() + by, rel.end() + by, firstToken, tokens);
  }

  /**
   * Forgets the word-level memories (how each word tokenizes, each word's stem): output is the same
   * either way; the benchmark uses this to price text whose every word is new.
   */
  public void forgetWords() {
    words.forget();
    Stems.forget();
  }

  private Sentence tagSentence(String text, int sStart, int sEnd, int firstToken) {
    String sText = text.substring(sStart, sEnd);
    Span[] spans = words.tokenizePos(sText);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) words[i] = sText.substring(spans[i].getStart(), spans[i].getEnd());
    String[] tags = tag(words);
    List<Token> tokens = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      // Curly apostrophes are folded so "can’t" and "can't" match the same patterns.
      String lower = normaliseApostrophe(words[i].toLowerCase(Locale.ROOT));
      tokens.add(new Token(sStart + spans[i].getStart(), sStart + spans[i].getEnd(), words[i], lower,
          Stems.of(lower), tags[i]));
    }
    return new Sentence(sStart, sEnd, firstToken, tokens);
  }

  /**
   * Tokens tagged at most this many at a time. The beam search copies each path's tags at every
   * step, so tagging costs the square of a sentence's length: a pasted run-on of 20,000 words with no
   * full stop took half a minute. Real sentences stay far below it, and are tagged as one.
   */
  static final int MAX_TAGGED = 250;

  private String[] tag(String[] words) {
    if (words.length <= MAX_TAGGED) return words.length == 0 ? new String[0] : tagger.tag(words);
    String[] tags = new String[words.length];
    for (int from = 0; from < words.length; from += MAX_TAGGED) {
      int to = Math.min(words.length, from + MAX_TAGGED);
      System.arraycopy(tagger.tag(java.util.Arrays.copyOfRange(words, from, to)), 0, tags, from, to - from);
    }
    return tags;
  }

  private static String normaliseApostrophe(String lower) {
    return lower.indexOf('\u2019') >= 0 ? lower.replace('\u2019', '\'') : lower;
  }
}
