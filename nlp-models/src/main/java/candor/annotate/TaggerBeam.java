package candor.annotate;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * The tagger's beam search: OpenNLP's BeamSearch step for step (the same queues fed in the same
 * order, so the same sequences and scores), but the beam's cut-off, the {@code size}-th best
 * outcome probability, is kept as it goes instead of found by sorting a copy of every outcome's
 * score, which for 38 tags at every step of every path was a fifth of the tagger's time; and a
 * path whose context is the one just evaluated reuses its probabilities instead of evaluating the
 * model again (the same context gives the same probabilities, so the same sequences).
 * Thread-safe, unlike OpenNLP's: its scratch arrays are per call, so one serves every thread's tagger.
 */
final class TaggerBeam implements SequenceClassificationModel {
  private static final Object[] NO_CONTEXT = new Object[0];
  /** BeamSearch's floor on a sequence's log score. */
  private static final double ZERO_LOG = -100000;

  private final int size;
  private final MaxentModel model;

  TaggerBeam(int size, MaxentModel model) {
    if (size < 1) throw new IllegalArgumentException("beam size must be at least 1: " + size);
    this.size = size;
    this.model = model;
  }

  @Override
  public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Sequence[] best = bestSequences(1, sequence, additionalContext, cg, validator);
    return best.length > 0 ? best[0] : null;
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return bestSequences(numSequences, sequence, additionalContext, ZERO_LOG, cg, validator);
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
      double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
    Object[] extra = additionalContext == null ? NO_CONTEXT : additionalContext;
    double[] probs = new double[model.getNumOutcomes()];
    double[] best = new double[size];
    // The context whose probabilities {@code scores} holds. Paths that differ only before the tags
    // the context looks back on get the same context: about two evaluations in three on mail text.
    String[] evaluated = null;
    double[] scores = null;
    for (int i = 0; i < sequence.length; i++) {
      int paths = Math.min(size, prev.size());
      for (int path = 0; !prev.isEmpty() && path < paths; path++) {
        Sequence top = prev.remove();
        String[] outcomes = top.getOutcomes().toArray(new String[0]);
        String[] context = cg.getContext(i, sequence, outcomes, extra);
        if (evaluated == null || !Arrays.equals(context, evaluated)) {
          scores = model.eval(context, probs);
          evaluated = context.clone(); // a generator may refill the array it returned
        }
        double min = kthLargest(scores, size, best);
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) extend(next, top, i, sequence, outcomes, p, scores[p], minSequenceScore, validator);
        }
        if (next.isEmpty()) { // nothing in the beam is valid: every valid outcome goes on
          for (int p = 0; p < scores.length; p++) extend(next, top, i, sequence, outcomes, p, scores[p], minSequenceScore, validator);
        }
      }
      prev.clear();
      Queue<Sequence> swap = prev;
      prev = next;
      next = swap;
    }
    Sequence[] top = new Sequence[Math.min(numSequences, prev.size())];
    for (int s = 0; s < top.length; s++) top[s] = prev.remove();
    return top;
  }

  private <T> void extend(Queue<Sequence> next, Sequence top, int i, T[] sequence, String[] outcomes, int p, double score,
      double minSequenceScore, SequenceValidator<T> validator) {
    String out = model.getOutcome(p);
    if (!validator.validSequence(i, sequence, outcomes, out)) return;
    Sequence extended = new Sequence(top, out, score);
    if (extended.getScore() > minSequenceScore) next.add(extended);
  }

  /**
   * The {@code k}-th largest score counting repeats (the smallest when there are fewer), which is
   * what BeamSearch reads from its sorted copy at index {@code length - k}. {@code best} is scratch.
   */
  static double kthLargest(double[] scores, int k, double[] best) {
    int keep = Math.min(k, scores.length);
    int filled = 0;
    for (double s : scores) {
      if (filled == keep && !(s > best[keep - 1])) continue;
      int at = filled < keep ? filled++ : keep - 1;
      while (at > 0 && s > best[at - 1]) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = s;
    }
    return best[keep - 1];
  }

  @Override
  public String[] getOutcomes() {
    String[] out = new String[model.getNumOutcomes()];
    for (int i = 0; i < out.length; i++) out[i] = model.getOutcome(i);
    return out;
  }
}
