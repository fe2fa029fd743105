package candor.detect;

import candor.maxent.CompactMaxent;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.maxent.io.BinaryGISModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained answer judge: a maxent model over what {@link Coverage#evidence} reads off a point and
 * the replies after it (how much of the point the closest sentence repeats, whether it answers, puts
 * off or asks back, the kind of answer given against the kind asked for, and the rules' own
 * verdict). The rules alone weigh each signal by hand, point by point; the model weighs them all
 * together from the thousands of labelled points in the team's concern-thread files, which the
 * build trains it on ({@code candor.engine.TrainAnswerJudge}).
 */
public final class AnswerJudge {
  public static final String RESOURCE = "models/answer-judge.bin.gz";
  /**
   * A point the rules left open stays open when the model gives "open" at least this; below it, the
   * model has found an answer the rules' word counts missed. Chosen with {@link #OVERTURN} on
   * held-out batches 44-61 with a judge trained on batches 1-41 (see the corpus README).
   */
  public static final double KEEP_OPEN = 0.45;
  /** A point the rules found answered is reopened only when the model gives "open" at least this: overturning an answer takes more. */
  public static final double OVERTURN = 0.6;
  public static final String OPEN = "open";
  public static final String ANSWERED = "answered";

  private final MaxentModel model;
  private final int open;

  public AnswerJudge(MaxentModel model) {
    this.model = CompactMaxent.of(model);
    this.open = this.model.getIndex(OPEN);
    if (open < 0) throw new IllegalArgumentException("an answer judge's model has no '" + OPEN + "' outcome");
  }

  private static volatile AnswerJudge standard;

  /** The packaged model, read once per process. */
  public static AnswerJudge standard() {
    AnswerJudge j = standard;
    if (j == null) {
      synchronized (AnswerJudge.class) {
        if (standard == null) standard = read();
        j = standard;
      }
    }
    return j;
  }

  private static AnswerJudge read() {
    try (InputStream raw = AnswerJudge.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (raw == null) throw new IllegalStateException(RESOURCE + " is not on the classpath: the build trains it (mvn package)");
      return new AnswerJudge(new BinaryGISModelReader(new DataInputStream(new GZIPInputStream(raw))).getModel());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model's probability that the point is still open, given its evidence. */
  public double openness(List<String> evidence) {
    return model.eval(evidence.toArray(String[]::new))[open];
  }

  /**
   * Rules that recognise an answer by its form (a yes opening the reply, the kind of thing asked for,
   * writing under the quoted question or a heading naming it, a promise to do what was asked), a
   * point put off or waved away, or a sentence held back for lacking what was asked (a date, the
   * particular charge): they are precise, and too rare in the training threads for the model to
   * learn, so their verdict stands (what that costs on held-out batches is in the corpus README,
   * session 26). The model judges what the rules decide by shared words, or leave open for want of them.
   */
  private static final java.util.Set<String> STANDING = java.util.Set.of("inline", "inline-later", "lead-in", "asked-form",
      "named-deferral", "deferral", "hedged-deferral", "headed-deferral", "waits-on", "dodge", "dismissal", "commitment", "no-date", "other-charge", "not-included",
      "skipped-item", "no-figure");

  /** Whether the rules' verdict stands whatever the model says: one of the reasons {@code why} is of {@link #STANDING}. */
  public boolean stands(java.util.Set<String> why) {
    for (String reason : why) if (STANDING.contains(reason)) return true;
    return false;
  }

  /**
   * The final verdict on a point the rules judged {@code rules} for the reasons {@code why}: an open
   * point keeps the rules' deferred-or-not.
   */
  public Coverage.Verdict decide(Coverage.Verdict rules, java.util.Set<String> why, List<String> evidence) {
    if (stands(why)) return rules;
    double p = openness(evidence);
    if (rules == Coverage.Verdict.ANSWERED) return p >= OVERTURN ? Coverage.Verdict.UNANSWERED : rules;
    return p >= KEEP_OPEN ? rules : Coverage.Verdict.ANSWERED;
  }
}
