package candor.eval;

import candor.engine.Analysis;
import candor.engine.Concern;
import candor.engine.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether confidence means what it says: findings bucketed by confidence (0.5-0.6, ..., 0.9-1.0),
 * with the share that is right per band. A finding is right when its span overlaps an expected
 * quote of its category, as score.py counts it. The API contract wants >= 80% right at >= 0.8.
 * Open items (unanswered or put off) get bands of their own, 0.0-0.1 to 0.9-1.0: one is right when
 * it names the message of an expected unanswered quote and overlaps it, as score.py counts it.
 */
public final class CalibrationEval {
  /** Band i holds confidence in [0.5 + i/10, 0.6 + i/10); the last band also holds 1.0. Band -1 collects anything below 0.5. */
  private final int[][] bands = new int[5][2];
  private final int[] below = new int[2];
  private final int[] high = new int[2];
  private final List<String> wrongHigh = new ArrayList<>();
  /** Open items: {items, right} per tenth of confidence, and the sum of their confidence per band. */
  private final int[][] open = new int[10][2];
  private final double[] openConfidence = new double[10];
  private int cases;

  public void score(JsonNode c, Analysis a) {
    cases++;
    String draft = c.path("draft").path("text").asText("");
    for (Finding f : a.findings()) {
      if (!f.category().equals("pressure") && !f.category().equals("overpromise")) continue;
      boolean right = false;
      for (JsonNode q : c.path("expect").path(f.category())) {
        int s = draft.indexOf(q.asText());
        if (s < 0) throw new IllegalArgumentException(c.path("id").asText() + ": quote not in draft: " + q.asText());
        if (candor.rules.Text.overlaps(f.start(), f.end(), s, s + q.asText().length())) right = true;
      }
      int[] band = band(f.confidence());
      band[0]++;
      if (right) band[1]++;
      if (f.confidence() >= 0.8 - 1e-9) {
        high[0]++;
        if (right) high[1]++;
        else wrongHigh.add(String.format(Locale.ROOT, "%s %s %.3f '%s'", c.path("id").asText(), f.ruleId(), f.confidence(), f.text()));
      }
    }
    List<int[]> gold = Scorer.unansweredGold(c);
    for (Concern u : a.unanswered()) {
      int[] p = {u.message(), u.start(), u.end()};
      boolean right = gold.stream().anyMatch(g -> Scorer.hit(p, g));
      int i = Math.max(0, Math.min(9, (int) Math.floor(u.confidence() * 10 + 1e-9)));
      open[i][0]++;
      if (right) open[i][1]++;
      openConfidence[i] += u.confidence();
    }
  }

  /** {open items, right} with confidence in [i/10, (i+1)/10); the last band also holds 1.0. */
  public int[] openBand(int i) {
    return open[i].clone();
  }

  private int[] band(double confidence) {
    if (confidence < 0.5 - 1e-9) return below;
    int i = (int) Math.floor((confidence - 0.5) * 10 + 1e-9);
    return bands[Math.max(0, Math.min(4, i))];
  }

  /** {findings, right} in band i (0 = 0.5-0.6 ... 4 = 0.9-1.0). */
  public int[] band(int i) {
    return bands[i].clone();
  }

  /** {findings, right} at confidence >= 0.8. */
  public int[] high() {
    return high.clone();
  }

  public void print(PrintStream out, boolean showFailures) {
    if (showFailures) wrongHigh.forEach(w -> out.println("wrong at >= 0.8: " + w));
    out.printf("%d cases; pressure and overpromise findings by confidence:%n", cases);
    if (below[0] > 0) out.printf("  < 0.5      %4d findings, right %s%n", below[0], Confusion.share(below[1], below[0]));
    for (int i = 0; i < 5; i++) {
      out.printf(Locale.ROOT, "  %.1f-%.1f    %4d findings, right %s%n", 0.5 + i / 10.0, 0.6 + i / 10.0, bands[i][0],
          Confusion.share(bands[i][1], bands[i][0]));
    }
    out.println("confidence >= 0.8: right " + Confusion.share(high[1], high[0]) + "  (API contract: >= 0.80)");
    out.println("open items (unanswered and put off) by confidence:");
    for (int i = 0; i < 10; i++) {
      if (open[i][0] == 0) continue;
      out.printf(Locale.ROOT, "  %.1f-%.1f    %4d items, right %s, mean confidence %.3f%n", i / 10.0, (i + 1) / 10.0, open[i][0],
          Confusion.share(open[i][1], open[i][0]), openConfidence[i] / open[i][0]);
    }
  }
}
