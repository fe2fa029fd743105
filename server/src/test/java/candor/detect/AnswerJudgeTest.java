package candor.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How the judge's probability and the rules' reasons combine into the verdict, on a small real maxent model. */
class AnswerJudgeTest {
  private static AnswerJudge judge;
  private static final List<String> NOTHING_SHARED = List.of("bs=<=0");
  private static final List<String> MOST_SHARED = List.of("bs=<=3");

  @BeforeAll
  static void train() throws Exception {
    // Points whose reply shares nothing are open, points whose reply shares most of their words answered.
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      events.add(new Event(AnswerJudge.OPEN, NOTHING_SHARED.toArray(String[]::new)));
      events.add(new Event(AnswerJudge.ANSWERED, MOST_SHARED.toArray(String[]::new)));
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    p.put(TrainingParameters.ITERATIONS_PARAM, 100);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put("PrintMessages", false);
    MaxentModel model = TrainerFactory.getEventTrainer(p, null).train(ObjectStreamUtils.createObjectStream(events));
    judge = new AnswerJudge(model);
  }

  @Test
  void theModelDecidesWhatTheRulesDecidedByWordCounts() {
    assertTrue(judge.openness(NOTHING_SHARED) > AnswerJudge.OVERTURN);
    assertTrue(judge.openness(MOST_SHARED) < AnswerJudge.KEEP_OPEN);
    assertEquals(Coverage.Verdict.UNANSWERED, judge.decide(Coverage.Verdict.ANSWERED, Set.of("overlap"), NOTHING_SHARED));
    assertEquals(Coverage.Verdict.ANSWERED, judge.decide(Coverage.Verdict.UNANSWERED, Set.of(), MOST_SHARED));
    assertEquals(Coverage.Verdict.ANSWERED, judge.decide(Coverage.Verdict.ANSWERED, Set.of("overlap"), MOST_SHARED));
    assertEquals(Coverage.Verdict.UNANSWERED, judge.decide(Coverage.Verdict.UNANSWERED, Set.of(), NOTHING_SHARED));
  }

  @Test
  void anOpenPointKeepsTheRulesDeferredOrNot() {
    assertEquals(Coverage.Verdict.DEFERRED, judge.decide(Coverage.Verdict.DEFERRED, Set.of("commitment"), NOTHING_SHARED));
  }

  @Test
  void aVerdictByTheAnswersFormOrAPutOffStands() {
    // "Yes." opening the reply, the kind of thing asked for, writing under the quoted question: precise and rare.
    for (String form : List.of("asked-form", "inline", "lead-in")) {
      assertEquals(Coverage.Verdict.ANSWERED, judge.decide(Coverage.Verdict.ANSWERED, Set.of("overlap", form), NOTHING_SHARED), form);
    }
    for (String putOff : List.of("deferral", "named-deferral", "hedged-deferral", "waits-on")) {
      assertEquals(Coverage.Verdict.DEFERRED, judge.decide(Coverage.Verdict.DEFERRED, Set.of(putOff), MOST_SHARED), putOff);
    }
    for (String wavedAway : List.of("dodge", "dismissal")) {
      assertEquals(Coverage.Verdict.UNANSWERED, judge.decide(Coverage.Verdict.UNANSWERED, Set.of(wavedAway), MOST_SHARED), wavedAway);
    }
  }

  @Test
  void aModelWithoutAnOpenOutcomeIsRefused() throws Exception {
    List<Event> events = List.of(new Event("yes", new String[] {"a"}), new Event("no", new String[] {"b"}));
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put("PrintMessages", false);
    MaxentModel model = TrainerFactory.getEventTrainer(p, null).train(ObjectStreamUtils.createObjectStream(events));
    assertThrows(IllegalArgumentException.class, () -> new AnswerJudge(model));
  }

  @Test
  void thePackagedJudgeLoads() {
    AnswerJudge packaged = AnswerJudge.standard();
    double p = packaged.openness(List.of("rule=UNANSWERED", "bs=<=0", "touching=<=0"));
    assertTrue(p >= 0 && p <= 1);
  }
}
