package candor.maxent;

import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maxent (GIS) model laid out again for evaluation: the same weights summed in the same
 * order, so the same probabilities to the last bit, but a feature costs one probe of an
 * open-addressed table and one run of two flat arrays. GISModel walks a LinkedHashMap node, a
 * Context and its two arrays per feature, and the part-of-speech tagger evaluates its model for
 * every token of every beam path: that walk was most of the tagger's time.
 */
public final class CompactMaxent implements MaxentModel {
  private final String[] outcomes;
  /** The uniform prior in log space, as GIS's UniformPrior gives it. */
  private final double logPrior;
  /** Open addressing, at most half full: per slot its key's hash, then where its run of weights starts and ends. */
  private final int[] slots;
  private final String[] keys;
  private final int mask;
  /** The weights of all features, run after run in the model's own order: outcome ids and values. */
  private final int[] outcomeIds;
  private final double[] weights;

  private CompactMaxent(Map<String, Context> features, String[] outcomes) {
    this.outcomes = outcomes.clone();
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    int size = Integer.highestOneBit(Math.max(2, features.size() * 2 - 1)) << 1;
    this.mask = size - 1;
    this.slots = new int[size * 3];
    this.keys = new String[size];
    int total = 0;
    for (Context c : features.values()) total += c.getOutcomes().length;
    this.outcomeIds = new int[total];
    this.weights = new double[total];
    int at = 0;
    for (Map.Entry<String, Context> e : features.entrySet()) {
      int slot = free(e.getKey());
      int[] ids = e.getValue().getOutcomes();
      double[] values = e.getValue().getParameters();
      System.arraycopy(ids, 0, outcomeIds, at, ids.length);
      System.arraycopy(values, 0, weights, at, ids.length);
      keys[slot] = e.getKey();
      slots[slot * 3] = e.getKey().hashCode();
      slots[slot * 3 + 1] = at;
      at += ids.length;
      slots[slot * 3 + 2] = at;
    }
  }

  /**
   * The compact form of {@code model}, checked against it: it must be a GIS model with the uniform
   * prior (the only kind OpenNLP writes), which an empty context shows.
   */
  @SuppressWarnings("unchecked")
  public static CompactMaxent of(MaxentModel model) {
    if (model instanceof CompactMaxent compact) return compact;
    if (!(model instanceof GISModel gis)) {
      throw new IllegalArgumentException("only GIS maxent models can be compacted, not " + model.getClass().getName());
    }
    Object[] data = gis.getDataStructures();
    CompactMaxent compact = new CompactMaxent((Map<String, Context>) data[1], (String[]) data[2]);
    if (!Arrays.equals(gis.eval(new String[0]), compact.eval(new String[0]))) {
      throw new IllegalArgumentException("the model's prior is not uniform: its compact form would disagree with it");
    }
    return compact;
  }

  /** A slot for a key not yet in the table. */
  private int free(String key) {
    int slot = spread(key.hashCode()) & mask;
    while (keys[slot] != null) {
      if (keys[slot].equals(key)) throw new IllegalArgumentException("feature twice in one model: " + key);
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The slot holding {@code key}, or -1. */
  private int find(String key) {
    int hash = key.hashCode();
    int slot = spread(hash) & mask;
    String k;
    while ((k = keys[slot]) != null) {
      if (slots[slot * 3] == hash && k.equals(key)) return slot;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Mixes the high bits into the low ones, which pick the slot. */
  private static int spread(int h) {
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, null, new double[outcomes.length]);
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    return eval(context, null, probs);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return eval(context, values, new double[outcomes.length]);
  }

  /** GISModel's arithmetic step for step: the prior, each feature's weights in order, then exp and normalise. */
  private double[] eval(String[] context, float[] values, double[] out) {
    Arrays.fill(out, 0, outcomes.length, logPrior);
    for (int ci = 0; ci < context.length; ci++) {
      int slot = find(context[ci]);
      if (slot < 0) continue;
      double value = values == null ? 1 : values[ci];
      for (int w = slots[slot * 3 + 1], end = slots[slot * 3 + 2]; w < end; w++) {
        out[outcomeIds[w]] += weights[w] * value;
      }
    }
    double normal = 0.0;
    for (int o = 0; o < outcomes.length; o++) {
      out[o] = StrictMath.exp(out[o]);
      normal += out[o];
    }
    for (int o = 0; o < outcomes.length; o++) out[o] /= normal;
    return out;
  }

  @Override
  public String getBestOutcome(double[] probs) {
    int best = 0;
    for (int i = 1; i < probs.length; i++) if (probs[i] > probs[best]) best = i;
    return outcomes[best];
  }

  @Override
  public String getAllOutcomes(double[] probs) {
    if (probs.length != outcomes.length) {
      return "The double array sent as a parameter to CompactMaxent.getAllOutcomes() must have the same length as the model's outcomes.";
    }
    DecimalFormat df = new DecimalFormat("0.0000");
    StringBuilder sb = new StringBuilder(probs.length * 2);
    for (int i = 0; i < probs.length; i++) {
      if (i > 0) sb.append("  ");
      sb.append(outcomes[i]).append('[').append(df.format(probs[i])).append(']');
    }
    return sb.toString();
  }

  @Override
  public String getOutcome(int i) {
    return outcomes[i];
  }

  @Override
  public int getIndex(String outcome) {
    for (int i = 0; i < outcomes.length; i++) if (outcomes[i].equals(outcome)) return i;
    return -1;
  }

  @Override
  public int getNumOutcomes() {
    return outcomes.length;
  }
}
