package candor.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The topic classifier's features: the point's words, and the topics whose cue words it has. */
class TopicContextTest {
  private static final Annotator ENGLISH = Annotator.english();

  private static List<String> cues(String sentence) {
    AnnotatedText text = ENGLISH.annotate(sentence);
    return Arrays.stream(TopicContext.of(sentence, text.sentences().get(0))).filter(f -> f.startsWith("cue=")).sorted().toList();
  }

  @Test
  void aRareWordOfATopicCountsAsThatTopicsCue() {
    assertEquals(List.of("cue=contract"), cues("What notice period would we have to give?"));
    assertEquals(List.of("cue=contract"), cues("Is there an indemnity for damage on site?"));
  }

  @Test
  void aPointNamingTwoTopicsHasBothCues() {
    assertEquals(List.of("cue=contract", "cue=pricing"), cues("Is the renewal price capped?"));
  }

  @Test
  void aPointWithNoTopicWordHasNoCue() {
    assertEquals(List.of(), cues("Do your technicians speak Italian?"));
  }

  @Test
  void onlyTheSentenceGivenIsRead() {
    String source = "Our budget is tight. Do your technicians speak Italian?";
    AnnotatedText text = ENGLISH.annotate(source);
    List<String> f = Arrays.stream(TopicContext.of(source, text.sentences().get(1))).filter(s -> s.startsWith("cue=")).toList();
    assertEquals(List.of(), f);
  }
}
