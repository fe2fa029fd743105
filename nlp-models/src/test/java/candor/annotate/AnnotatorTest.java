package candor.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole-text annotation (tagging in place) and block-by-block annotation (the cached path) agree. */
class AnnotatorTest {
  private static final Annotator ANNOTATOR = Annotator.english();

  @Test
  void inPlaceAndBlockwiseAnnotationAreTheSame() throws Exception {
    List<String> texts = new ArrayList<>(List.of("", "   \n\n  ", "Hi Lee,\n\nOne.\n\nTwo? Three!\n\n\n-- \nDana",
        "Emoji \uD83D\uDE80 first.\n\nThen caf\u00e9 \u201cquotes\u201d.\r\n\r\nLast line"));
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("corpus/concern-threads.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) continue;
        JsonNode c = json.readTree(line);
        texts.add(c.path("draft").path("text").asText());
        for (JsonNode m : c.path("thread")) texts.add(m.path("text").asText());
      }
    }
    int sentences = 0;
    for (String t : texts) {
      AnnotatedText whole = ANNOTATOR.annotate(t);
      assertEquals(ANNOTATOR.annotate(t, ANNOTATOR::annotateBlock), whole, t);
      sentences += whole.sentences().size();
    }
    assertTrue(sentences > 500, "the corpus exercises many sentences: " + sentences);
  }
}
