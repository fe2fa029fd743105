package candor.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's pre-trained English models, read from the classpath: each comes from its own
 * Maven Central jar (org.apache.opennlp:opennlp-models-*:1.3.0) holding one .bin at its root.
 * Models are immutable and shared; the tools built from them are per thread.
 */
public final class PretrainedModels {
  static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LANGDETECT = "langdetect-183.bin";

  private PretrainedModels() {}

  public static SentenceModel sentences() {
    try (InputStream in = open(SENTENCE)) {
      return new SentenceModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TokenizerModel tokens() {
    try (InputStream in = open(TOKENS)) {
      return new TokenizerModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static POSModel pos() {
    try (InputStream in = open(POS)) {
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LanguageDetectorModel languages() {
    try (InputStream in = open(LANGDETECT)) {
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = PretrainedModels.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
    }
    return in;
  }
}
