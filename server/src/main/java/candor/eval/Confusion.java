package candor.eval;

import java.util.Locale;

/**
 * A binary confusion matrix and the figures read off it. An empty denominator gives 0 (a recogniser
 * that predicts nothing has no precision to speak of), unlike score.py's 1.0 for empty categories.
 */
public final class Confusion {
  private int tp;
  private int fp;
  private int fn;
  private int tn;

  public void add(boolean gold, boolean predicted) {
    if (gold && predicted) tp++;
    else if (gold) fn++;
    else if (predicted) fp++;
    else tn++;
  }

  public int tp() {
    return tp;
  }

  public int fp() {
    return fp;
  }

  public int fn() {
    return fn;
  }

  public int tn() {
    return tn;
  }

  public int total() {
    return tp + fp + fn + tn;
  }

  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    return total() == 0 ? 0.0 : (double) (tp + tn) / total();
  }

  /** One line: {@code label  P 0.750  R 0.600  F1 0.667  accuracy 0.700  (TP 3, FP 1, FN 2, TN 4)}. */
  public String line(String label) {
    return String.format(Locale.ROOT, "%-58s P %.3f  R %.3f  F1 %.3f  accuracy %.3f  (TP %d, FP %d, FN %d, TN %d)",
        label, precision(), recall(), f1(), accuracy(), tp, fp, fn, tn);
  }

  static String share(int part, int whole) {
    return String.format(Locale.ROOT, "%.3f (%d of %d)", whole == 0 ? 0.0 : (double) part / whole, part, whole);
  }
}
