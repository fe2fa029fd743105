package candor.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * Whole-text annotation (tagging in place) and block-by-block annotation (the cached path) agree,
 * and the tagger's compact model tags as OpenNLP's does.
 */
class AnnotatorTest {
  private static final Annotator ANNOTATOR = Annotator.english();

  @Test
  void inPlaceAndBlockwiseAnnotationAreTheSame() throws Exception {
    List<String> texts = corpusTexts();
    int sentences = 0;
    for (String t : texts) {
      AnnotatedText whole = ANNOTATOR.annotate(t);
      assertEquals(ANNOTATOR.annotate(t, ANNOTATOR::annotateBlock), whole, t);
      sentences += whole.sentences().size();
    }
    assertTrue(sentences > 500, "the corpus exercises many sentences: " + sentences);
  }

  /** sentenceAt finds the sentence holding each offset of the corpus texts, and none in the gaps between them. */
  @Test
  void sentenceAtAgreesWithAScanOfTheSentences() throws Exception {
    for (String t : corpusTexts()) {
      AnnotatedText a = ANNOTATOR.annotate(t);
      for (int offset = 0; offset <= t.length(); offset++) {
        Sentence expected = null;
        for (Sentence s : a.sentences()) if (offset >= s.start() && offset < s.end()) expected = s;
        assertEquals(expected, a.sentenceAt(offset), "offset " + offset + " of " + t);
      }
    }
  }

  /**
   * The compact POS model and its beam tag exactly as OpenNLP's own tagger does, down to the
   * sequence probabilities and the three best sequences.
   */
  @Test
  void compactTaggerAgreesWithOpenNlpsTagger() throws Exception {
    POSModel shipped = PretrainedModels.pos();
    POSTaggerME stock = new POSTaggerME(shipped);
    POSTaggerME compact = new POSTaggerME(Annotator.compact(shipped));
    SentenceDetectorME sentences = new SentenceDetectorME(PretrainedModels.sentences());
    TokenizerME tokenizer = new TokenizerME(PretrainedModels.tokens());
    int tokens = 0;
    for (String t : corpusTexts()) {
      for (String s : sentences.sentDetect(t)) {
        String[] words = tokenizer.tokenize(s);
        String[] expected = stock.tag(words);
        assertArrayEquals(expected, compact.tag(words), s);
        assertArrayEquals(stock.probs(), compact.probs(), s);
        assertArrayEquals(stock.tag(3, words), compact.tag(3, words), s);
        tokens += expected.length;
      }
    }
    assertTrue(tokens > 5000, "the corpus exercises many tokens: " + tokens);
  }

  /** One annotator serves every request thread, and its tagger's beam is shared by all of them. */
  @Test
  void concurrentAnnotationIsTheSameAsOneAtATime() throws Exception {
    List<String> texts = corpusTexts();
    List<AnnotatedText> alone = texts.stream().map(ANNOTATOR::annotate).toList();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<AnnotatedText>> together = new ArrayList<>();
      for (String t : texts) together.add(pool.submit(() -> ANNOTATOR.annotate(t)));
      for (int i = 0; i < texts.size(); i++) assertEquals(alone.get(i), together.get(i).get(), texts.get(i));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Edge texts, then every draft and message of the team's concern threads. */
  private static List<String> corpusTexts() throws Exception {
    List<String> texts = new ArrayList<>(List.of("", "   \n\n  ", "Hi Lee,\n\nOne.\n\nTwo? Three!\n\n\n-- \nDana",
        "Emoji \uD83D\uDE80 first.\n\nThen caf\u00e9 \u201cquotes\u201d.\r\n\r\nLast line"));
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = AnnotatorTest.class.getClassLoader().getResourceAsStream("corpus/concern-threads.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) continue;
        JsonNode c = json.readTree(line);
        texts.add(c.path("draft").path("text").asText());
        for (JsonNode m : c.path("thread")) texts.add(m.path("text").asText());
      }
    }
    return texts;
  }
}
