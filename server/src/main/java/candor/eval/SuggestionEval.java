package candor.eval;

import candor.engine.Analysis;
import candor.engine.AnalysisRequest;
import candor.engine.Draft;
import candor.engine.Field;
import candor.engine.Finding;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Whether a finding's first suggestion fixes it: the span is replaced by the suggestion and the
 * draft analysed again. It holds when no finding of the same rule overlaps the replaced region and
 * no finding appears that was not there before (compared by rule and lower-cased text, counting
 * repeats).
 */
public final class SuggestionEval {
  private int tried;
  private int held;
  private final Map<String, int[]> byOrigin = new TreeMap<>();
  private final Map<String, Integer> failingRules = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();

  public void score(String id, AnalysisRequest request, Function<AnalysisRequest, Analysis> analyze) {
    Analysis before = analyze.apply(request);
    Draft d = request.draft();
    Map<String, Integer> beforeKeys = keys(before.findings());
    for (Finding f : before.findings()) {
      if (f.field() != Field.TEXT || !(f.category().equals("pressure") || f.category().equals("overpromise"))) continue;
      tried++;
      String suggestion = f.suggestions().get(0);
      String text = d.text().substring(0, f.start()) + suggestion + d.text().substring(f.end());
      Analysis after = analyze.apply(new AnalysisRequest(new Draft(d.from(), d.subject(), text), request.thread()));
      int regionStart = f.start();
      int regionEnd = Math.max(f.start() + suggestion.length(), f.start() + 1);
      String reason = null;
      for (Finding g : after.findings()) {
        if (g.field() == Field.TEXT && g.ruleId().equals(f.ruleId()) && candor.rules.Text.overlaps(g.start(), g.end(), regionStart, regionEnd)) {
          reason = "still flagged: '" + g.text() + "'";
          break;
        }
      }
      if (reason == null) {
        Map<String, Integer> seen = new HashMap<>();
        for (Finding g : after.findings()) {
          String k = key(g);
          if (seen.merge(k, 1, Integer::sum) > beforeKeys.getOrDefault(k, 0)) {
            reason = "new finding " + g.ruleId() + ": '" + g.text() + "'";
            break;
          }
        }
      }
      String origin = f.ruleId().startsWith("MODEL_") ? "model findings" : "rule findings";
      int[] o = byOrigin.computeIfAbsent(origin, k -> new int[2]);
      o[0]++;
      if (reason == null) {
        held++;
        o[1]++;
      } else {
        failingRules.merge(f.ruleId(), 1, Integer::sum);
        failures.add(id + " " + f.ruleId() + " '" + f.text() + "' -> '" + suggestion + "': " + reason);
      }
    }
  }

  private static String key(Finding f) {
    return f.field() + "|" + f.ruleId() + "|" + f.text().toLowerCase(Locale.ROOT);
  }

  private static Map<String, Integer> keys(List<Finding> findings) {
    Map<String, Integer> out = new HashMap<>();
    for (Finding f : findings) out.merge(key(f), 1, Integer::sum);
    return out;
  }

  public int tried() {
    return tried;
  }

  public int held() {
    return held;
  }

  public void print(PrintStream out, boolean showFailures) {
    if (showFailures) failures.forEach(out::println);
    out.println("first suggestion holds: " + Confusion.share(held, tried) + "  (target >= 0.90)");
    for (Map.Entry<String, int[]> e : byOrigin.entrySet()) {
      out.println("  " + e.getKey() + ": " + Confusion.share(e.getValue()[1], e.getValue()[0]));
    }
    out.println("rules whose suggestion failed: " + DarkPatternEval.top(failingRules));
  }
}
