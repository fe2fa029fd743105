package candor.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.annotate.AnnotatedText;
import candor.annotate.Annotator;
import candor.models.SentenceClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainModelsTest {
  @TempDir Path dir;

  @Test
  void trainingIsDeterministic() throws Exception {
    Annotator annotator = Annotator.english();
    List<LabelledSentence> data = Corpus.buyerKinds();
    TrainModels.write(TrainModels.train(annotator, data), dir.resolve("a.bin.gz"));
    TrainModels.write(TrainModels.train(annotator, data), dir.resolve("b.bin.gz"));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.bin.gz")), Files.readAllBytes(dir.resolve("b.bin.gz")));
  }

  @Test
  void packagedModelsLoadAndSeparateClearCases() {
    SentenceClassifier draft = SentenceClassifier.load(SentenceClassifier.DRAFT_CATEGORY);
    Annotator annotator = Annotator.english();
    AnnotatedText clean = annotator.annotate("The webinar is on Thursday at 2pm Eastern.");
    assertEquals("none", draft.best(clean.text(), clean.sentences().get(0)));
    AnnotatedText buyer = annotator.annotate("Could you send over the SOC 2 report?");
    String kind = SentenceClassifier.load(SentenceClassifier.BUYER_KIND).best(buyer.text(), buyer.sentences().get(0));
    assertTrue(kind.equals("request") || kind.equals("question"), kind);
  }
}
