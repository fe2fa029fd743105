package candor.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores analyses against labelled cases exactly as ../shared/eval/score.py does: a finding counts
 * when its span overlaps an expected quote of its category, an expected quote counts as found when
 * some finding overlaps it; unanswered items must also name the right message. Works on the API's
 * JSON, so in-process and --url runs go through the same code and print the same figures.
 */
public final class Scorer {
  public static final List<String> CATEGORIES = List.of("pressure", "overpromise", "unanswered");

  private final ObjectMapper json = new ObjectMapper();

  /** tp_pred, n_pred, tp_gold, n_gold per category. */
  private final Map<String, int[]> totals = new LinkedHashMap<>();
  private int cases;
  private int clean;
  private int cleanAlarm;
  private int errors;
  private final List<String> misses = new ArrayList<>();

  public Scorer() {
    for (String c : CATEGORIES) totals.put(c, new int[4]);
  }

  /** Scores every case; {@code analyze} maps the request body to the response body, or throws. */
  public void scoreAll(List<JsonNode> caseList, Function<JsonNode, JsonNode> analyze) {
    for (JsonNode c : caseList) {
      cases++;
      ObjectNode body = json.createObjectNode();
      body.set("draft", c.get("draft"));
      body.set("thread", c.get("thread"));
      JsonNode res;
      try {
        res = analyze.apply(body);
      } catch (RuntimeException e) {
        errors++;
        misses.add("error on " + c.path("id").asText() + ": " + e.getMessage());
        continue;
      }
      score(c, res);
    }
  }

  private void score(JsonNode c, JsonNode res) {
    String id = c.path("id").asText();
    String draft = c.path("draft").path("text").asText("");
    JsonNode exp = c.path("expect");
    boolean flagged = false;
    for (String cat : List.of("pressure", "overpromise")) {
      List<int[]> gold = new ArrayList<>();
      for (JsonNode q : exp.path(cat)) gold.add(spanOf(draft, q.asText()));
      List<int[]> pred = new ArrayList<>();
      for (JsonNode f : res.path("findings")) {
        // Like score.py, every finding of the category counts (the dev drafts carry no subject).
        if (!cat.equals(f.path("category").asText())) continue;
        int s = f.path("offset").asInt();
        pred.add(new int[] {s, s + f.path("length").asInt()});
      }
      flagged |= !pred.isEmpty();
      int[] t = totals.get(cat);
      for (int[] p : pred) {
        if (gold.stream().anyMatch(g -> overlaps(p, g))) t[0]++;
        else misses.add(id + " " + cat + " false alarm: " + quote(draft, p));
      }
      t[1] += pred.size();
      for (int[] g : gold) {
        if (pred.stream().anyMatch(p -> overlaps(p, g))) t[2]++;
        else misses.add(id + " " + cat + " missed: " + quote(draft, g));
      }
      t[3] += gold.size();
    }
    if (exp.path("pressure").isEmpty() && exp.path("overpromise").isEmpty()) {
      clean++;
      if (flagged) cleanAlarm++;
    }
    JsonNode thread = c.path("thread");
    List<int[]> gold = unansweredGold(c);
    List<int[]> pred = new ArrayList<>();
    for (JsonNode u : res.path("unanswered")) {
      JsonNode mNode = u.get("message");
      if (mNode == null || !mNode.isInt() || mNode.asInt() < 0 || mNode.asInt() >= thread.size()) {
        pred.add(new int[] {-1, 0, 0});
        continue;
      }
      int s = u.path("offset").asInt();
      pred.add(new int[] {mNode.asInt(), s, s + u.path("length").asInt()});
    }
    int[] t = totals.get("unanswered");
    for (int[] p : pred) {
      if (gold.stream().anyMatch(g -> hit(p, g))) t[0]++;
      else if (p[0] >= 0) misses.add(id + " unanswered false alarm: " + quote(thread.path(p[0]).path("text").asText(), new int[] {p[1], p[2]}));
    }
    t[1] += pred.size();
    for (int[] g : gold) {
      if (pred.stream().anyMatch(p -> hit(p, g))) t[2]++;
      else misses.add(id + " unanswered missed: " + quote(thread.path(g[0]).path("text").asText(), new int[] {g[1], g[2]}));
    }
    t[3] += gold.size();
  }

  /** precision, recall, f1 as score.py computes them (an empty denominator counts as 1.0). */
  public double[] prf(String category) {
    int[] t = totals.get(category);
    double p = t[1] == 0 ? 1.0 : (double) t[0] / t[1];
    double r = t[3] == 0 ? 1.0 : (double) t[2] / t[3];
    double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  public double cleanFalseAlarmRate() {
    return clean == 0 ? 0.0 : (double) cleanAlarm / clean;
  }

  public void print(PrintStream out, boolean showMisses) {
    if (showMisses) misses.forEach(out::println);
    for (String cat : CATEGORIES) {
      double[] prf = prf(cat);
      int[] t = totals.get(cat);
      out.println(String.format(Locale.ROOT, "%-12s P %.3f  R %.3f  F1 %.3f  (%d predicted, %d expected)", cat,
          round3(prf[0]), round3(prf[1]), round3(prf[2]), t[1], t[3]));
    }
    out.println(String.format(Locale.ROOT, "clean drafts with a false alarm: %.1f%%", 100 * round3(cleanFalseAlarmRate())));
    out.println(String.format(Locale.ROOT, "%d cases, %d errors", cases, errors));
  }

  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String cat : CATEGORIES) {
      double[] prf = prf(cat);
      int[] t = totals.get(cat);
      out.put(cat, Map.of("precision", round3(prf[0]), "recall", round3(prf[1]), "f1", round3(prf[2]),
          "predicted", t[1], "expected", t[3]));
    }
    out.put("clean_false_alarm_rate", round3(cleanFalseAlarmRate()));
    out.put("cases", cases);
    out.put("errors", errors);
    return out;
  }

  public int errors() {
    return errors;
  }

  /** Python's round(x, 3): half-even on the double's exact value. */
  static double round3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
  }

  private static int[] spanOf(String text, String quote) {
    int i = text.indexOf(quote);
    if (i < 0) throw new IllegalArgumentException("quote not in text: " + quote);
    return new int[] {i, i + quote.length()};
  }

  private static boolean overlaps(int[] a, int[] b) {
    return candor.rules.Text.overlaps(a[0], a[1], b[0], b[1]);
  }

  /** A case's expected open items as {message, start, end} in that message's text. */
  static List<int[]> unansweredGold(JsonNode c) {
    JsonNode thread = c.path("thread");
    List<int[]> gold = new ArrayList<>();
    for (JsonNode u : c.path("expect").path("unanswered")) {
      int m = u.path("message").asInt();
      String text = thread.path(m).path("text").asText();
      String quote = u.path("quote").asText();
      int at = text.indexOf(quote);
      if (at < 0) throw new IllegalArgumentException(c.path("id").asText() + ": quote not in message " + m + ": " + quote);
      gold.add(new int[] {m, at, at + quote.length()});
    }
    return gold;
  }

  /** Whether a predicted open item {message, start, end} counts for expected {@code g}: the same message, overlapping. */
  static boolean hit(int[] p, int[] g) {
    return p[0] == g[0] && candor.rules.Text.overlaps(p[1], p[2], g[1], g[2]);
  }

  private static String quote(String text, int[] span) {
    int s = Math.max(0, Math.min(span[0], text.length()));
    int e = Math.max(s, Math.min(span[1], text.length()));
    return "'" + text.substring(s, e) + "'";
  }
}
