package candor.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.annotate.Annotator;
import candor.detect.AnswerJudge;
import candor.detect.ModelDetector;
import candor.detect.TopicDetector;
import candor.rules.RuleSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

/** How the answer judge's training data is made from the concern-thread files, and that it is made the same way every time. */
class AnswerJudgeTrainingTest {
  @Test
  void aPointIsLabelledByTheLabelledQuoteItOverlaps() throws Exception {
    JsonNode c = new ObjectMapper().readTree("""
        {"thread": [{"role": "customer", "text": "Hi. What does it cost? Can it run offline? Thanks."}],
         "expect": {"unanswered": [{"message": 0, "quote": "Can it run offline?"}],
                    "answered": [{"message": 0, "quote": "What does it cost?"}]}}""");
    String text = c.path("thread").path(0).path("text").asText();
    int cost = text.indexOf("What");
    int offline = text.indexOf("Can");
    assertEquals(AnswerJudge.ANSWERED, TrainAnswerJudge.label(c, 0, cost, cost + 18));
    assertEquals(AnswerJudge.OPEN, TrainAnswerJudge.label(c, 0, offline, offline + 19));
    // A point spanning part of a labelled one counts; one the file does not label is left out of training.
    assertEquals(AnswerJudge.OPEN, TrainAnswerJudge.label(c, 0, offline + 4, offline + 10));
    assertNull(TrainAnswerJudge.label(c, 0, text.indexOf("Thanks"), text.length()));
    assertNull(TrainAnswerJudge.label(c, 1, cost, cost + 18));
  }

  @Test
  void everyPointGetsAValueForEveryFeature() {
    // A short reply lacking most signals must read as lacking them (false, none, zero), not as a
    // list with features missing, which a maxent model would read as unlike anything in training.
    RuleSet builtIn = RuleSet.builtIn();
    Engine engine = new Engine(Annotator.english(), () -> builtIn, ModelDetector.standard(), TopicDetector.standard(), null, 0);
    List<List<String>> seen = new ArrayList<>();
    engine.recordEvidence((message, start, end, evidence) -> seen.add(evidence));
    analyze(engine, "How long is the lead time on the pumps? Please send the warranty terms.",
        "Hi Lee,\n\nLead time is six weeks from order, and I'll send the warranty terms today. On the install, I'll check with our fitter.\n\nDana");
    analyze(engine, "We can't shut the bakery for more than two days.", "Hi Lee,\n\nThanks.\n\nDana");
    assertEquals(3, seen.size(), seen.toString());
    for (List<String> e : seen) assertEquals(names(seen.get(0)), names(e));
    assertTrue(seen.get(2).contains("bs=<=0"), seen.get(2).toString());
    assertTrue(seen.get(2).contains("deferAny=false"), seen.get(2).toString());
  }

  @Test
  void trainingGivesTheSameModelEveryTime() throws Exception {
    List<String> first = List.of("corpus/concern-threads.jsonl");
    List<Event> a = TrainAnswerJudge.events(first);
    List<Event> b = TrainAnswerJudge.events(first);
    assertEquals(a.size(), b.size());
    assertFalse(a.isEmpty());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).getOutcome(), b.get(i).getOutcome());
      assertArrayEquals(a.get(i).getContext(), b.get(i).getContext());
    }
    var m1 = TrainAnswerJudge.train(a);
    var m2 = TrainAnswerJudge.train(b);
    for (Event e : a.subList(0, Math.min(50, a.size()))) assertArrayEquals(m1.eval(e.getContext()), m2.eval(e.getContext()));
    // Both outcomes are in the data: the judge learns from answered and open points alike.
    assertTrue(a.stream().anyMatch(e -> e.getOutcome().equals(AnswerJudge.OPEN)));
    assertTrue(a.stream().anyMatch(e -> e.getOutcome().equals(AnswerJudge.ANSWERED)));
  }

  private static void analyze(Engine engine, String buyer, String draft) {
    ThreadMessage m = new ThreadMessage("Lee <lee@acme.io>", Role.CUSTOMER, null, buyer);
    engine.analyze(new AnalysisRequest(new Draft("Dana <dana@vendor.com>", "", draft), List.of(m)));
  }

  private static List<String> names(List<String> evidence) {
    List<String> out = new ArrayList<>();
    for (String f : evidence) out.add(f.replaceAll("=[^&]*", "="));
    return out;
  }
}
