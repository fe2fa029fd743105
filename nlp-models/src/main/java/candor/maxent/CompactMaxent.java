package candor.maxent;

import java.text.DecimalFormat;
import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maxent (GIS) model laid out again for evaluation: the same weights summed in the same
 * order, so the same probabilities to the last bit (see {@link #table} for the one caveat), but a
 * feature costs one probe of an open-addressed table of fingerprints and one run of two flat
 * arrays. GISModel walks a LinkedHashMap node, a Context and its two arrays per feature, and the
 * part-of-speech tagger evaluates its model for every token of every beam path: that walk was most
 * of the tagger's time.
 */
public final class CompactMaxent implements MaxentModel {
  private final String[] outcomes;
  /** The uniform prior in log space, as GIS's UniformPrior gives it. */
  private final double logPrior;
  /**
   * Open addressing, at most half full, two longs a slot: the key's 64-bit fingerprint (0: empty),
   * then where its run of weights starts (high half) and ends (low half). A probe never reads the
   * key itself: comparing strings cost two cache misses a feature (the String and its bytes), more
   * than the rest of the look-up. Two keys of one model never share a fingerprint (checked when
   * built); a feature the model lacks matches one by chance with odds of about one in 2^64 a probe.
   */
  private final long[] table;
  private final int mask;
  /** The weights of all features, run after run in the model's own order: outcome ids and values. */
  private final int[] outcomeIds;
  private final double[] weights;

  private CompactMaxent(Map<String, Context> features, String[] outcomes) {
    this.outcomes = outcomes.clone();
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    int size = Integer.highestOneBit(Math.max(2, features.size() * 2 - 1)) << 1;
    this.mask = size - 1;
    this.table = new long[size * 2];
    int total = 0;
    for (Context c : features.values()) total += c.getOutcomes().length;
    this.outcomeIds = new int[total];
    this.weights = new double[total];
    int at = 0;
    for (Map.Entry<String, Context> e : features.entrySet()) {
      long print = fingerprint(e.getKey());
      int slot = free(print, e.getKey());
      int[] ids = e.getValue().getOutcomes();
      double[] values = e.getValue().getParameters();
      System.arraycopy(ids, 0, outcomeIds, at, ids.length);
      System.arraycopy(values, 0, weights, at, ids.length);
      table[slot * 2] = print;
      table[slot * 2 + 1] = (long) at << 32 | (at + ids.length);
      at += ids.length;
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

  /** A free slot for a key whose fingerprint no other key of the model has. */
  private int free(long print, String key) {
    int slot = (int) (print ^ (print >>> 32)) & mask;
    while (table[slot * 2] != 0) {
      if (table[slot * 2] == print) throw new IllegalArgumentException("two features share a fingerprint (or one is there twice): " + key);
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The slot holding the key with this fingerprint, or -1. */
  private int find(long print) {
    int slot = (int) (print ^ (print >>> 32)) & mask;
    long k;
    while ((k = table[slot * 2]) != 0) {
      if (k == print) return slot;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** FNV-1a over the UTF-16 units, then MurmurHash3's finaliser to spread it; never 0 (the empty mark). */
  static long fingerprint(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) h = (h ^ key.charAt(i)) * 0x100000001b3L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h != 0 ? h : 1;
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
      if (context[ci] == null) continue; // GISModel finds no weights for it either
      int slot = find(fingerprint(context[ci]));
      if (slot < 0) continue;
      double value = values == null ? 1 : values[ci];
      long run = table[slot * 2 + 1];
      for (int w = (int) (run >>> 32), end = (int) run; w < end; w++) {
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
