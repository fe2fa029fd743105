package candor.annotate;

import java.util.Locale;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;

/**
 * Decides whether a text is English enough to judge. Most drafts are plainly English, so a count of
 * English function words settles them for free; only the rest pay for OpenNLP's language detector,
 * whose 10 MB model is loaded on first use.
 */
public final class LanguageCheck {
  /** Texts with fewer letters than this are too short to judge and are analysed as English. */
  public static final int MIN_LETTERS = 40;

  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
      "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "at", "by", "from",
      "is", "are", "was", "were", "be", "been", "it", "this", "that", "we", "you", "i", "our", "your",
      "my", "have", "has", "will", "can", "not", "if", "as", "so", "do", "does", "would", "could",
      "they", "their", "what", "how", "when", "there", "about", "just", "me", "us", "let", "know");

  private volatile ThreadSafeLanguageDetectorME detector;

  /** Result: {@code english} plus the ISO 639-3 code the detector chose (eng when the fast path decided). */
  public record Result(boolean english, String language, boolean judged) {}

  public Result check(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) letters++;
    }
    if (letters < MIN_LETTERS) return new Result(true, "eng", false);
    if (functionWordShare(text) >= 0.18) return new Result(true, "eng", true);
    String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
    Language best = detector().predictLanguage(sample);
    boolean english = best == null || "eng".equals(best.getLang()) || "sco".equals(best.getLang());
    return new Result(english, best == null ? "und" : best.getLang(), true);
  }

  static double functionWordShare(String text) {
    int words = 0;
    int hits = 0;
    int i = 0;
    int n = Math.min(text.length(), 4000);
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) i++;
      int s = i;
      while (i < n && Character.isLetter(text.charAt(i))) i++;
      if (i > s) {
        words++;
        if (ENGLISH_FUNCTION_WORDS.contains(text.substring(s, i).toLowerCase(Locale.ROOT))) hits++;
      }
    }
    return words == 0 ? 0 : (double) hits / words;
  }

  private ThreadSafeLanguageDetectorME detector() {
    ThreadSafeLanguageDetectorME d = detector;
    if (d == null) {
      synchronized (this) {
        d = detector;
        if (d == null) {
          LanguageDetectorModel model = PretrainedModels.languages();
          detector = d = new ThreadSafeLanguageDetectorME(model);
        }
      }
    }
    return d;
  }
}
