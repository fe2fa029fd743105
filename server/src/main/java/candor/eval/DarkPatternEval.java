package candor.eval;

import candor.engine.Analysis;
import candor.engine.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pressure detection on ec-darkpattern (Yada et al. 2022): each text is a draft, predicted positive
 * when the engine raises any pressure finding. Urgency and Scarcity are the positives, Not Dark
 * Pattern the negatives; the other categories are read but left out. Evaluation only: the texts
 * come from Mathur et al. (GPL-3.0), so no rule or model may be built from them.
 */
public final class DarkPatternEval {
  public static final Set<String> POSITIVE = Set.of("Urgency", "Scarcity");
  public static final String NEGATIVE = "Not Dark Pattern";

  private final Confusion confusion = new Confusion();
  /** category -> {found, total}, for the positive categories. */
  private final Map<String, int[]> perCategory = new TreeMap<>();
  private final Map<String, Integer> leftOut = new TreeMap<>();
  private final Map<String, Integer> hitRules = new TreeMap<>();
  private final Map<String, Integer> falseAlarmRules = new TreeMap<>();
  private int texts;
  private int notEnglish;

  /**
   * Streams the TSV (header page_id, text, label, Pattern Category); {@code analyze} judges one text.
   * Each miss and false alarm is printed to {@code failures} when it is not null.
   */
  public void run(Reader tsv, Function<String, Analysis> analyze, PrintStream failures) throws IOException {
    TsvReader reader = new TsvReader(tsv);
    List<String> header = reader.next();
    if (header == null) throw new IOException("empty file");
    int textCol = header.indexOf("text");
    int catCol = header.indexOf("Pattern Category");
    if (textCol < 0 || catCol < 0) throw new IOException("expected columns 'text' and 'Pattern Category', got " + header);
    for (List<String> row = reader.next(); row != null; row = reader.next()) {
      if (row.size() <= Math.max(textCol, catCol)) throw new IOException("short record before line " + reader.line());
      texts++;
      String text = row.get(textCol);
      String category = row.get(catCol).trim();
      boolean positive = POSITIVE.contains(category);
      if (!positive && !NEGATIVE.equals(category)) {
        leftOut.merge(category, 1, Integer::sum);
        continue;
      }
      Analysis a = analyze.apply(text);
      if (!a.warnings().isEmpty() && a.warnings().stream().anyMatch(w -> w.contains("not in English"))) notEnglish++;
      List<Finding> pressure = a.findings().stream().filter(f -> "pressure".equals(f.category())).toList();
      boolean predicted = !pressure.isEmpty();
      confusion.add(positive, predicted);
      if (positive) {
        int[] c = perCategory.computeIfAbsent(category, k -> new int[2]);
        c[1]++;
        if (predicted) c[0]++;
      }
      Map<String, Integer> rules = positive ? hitRules : falseAlarmRules;
      for (Finding f : pressure) rules.merge(f.ruleId(), 1, Integer::sum);
      if (failures != null && positive != predicted) {
        failures.println((positive ? "missed " + category : "false alarm " + pressure.get(0).ruleId() + " '" + pressure.get(0).text() + "'")
            + ": " + oneLine(text));
      }
    }
  }

  public Confusion confusion() {
    return confusion;
  }

  /** {found, total} for a positive category. */
  public int[] category(String name) {
    return perCategory.getOrDefault(name, new int[2]);
  }

  public void print(PrintStream out) {
    int leftOutTotal = leftOut.values().stream().mapToInt(Integer::intValue).sum();
    out.printf("ec-darkpattern: %d texts; scored %d (%d Urgency+Scarcity, %d Not Dark Pattern); %d of other categories left out%n",
        texts, confusion.total(), confusion.tp() + confusion.fn(), confusion.fp() + confusion.tn(), leftOutTotal);
    out.println(confusion.line("any pressure finding = Urgency|Scarcity"));
    for (Map.Entry<String, int[]> e : perCategory.entrySet()) {
      out.printf("  recall %-10s %s%n", e.getKey(), Confusion.share(e.getValue()[0], e.getValue()[1]));
    }
    out.printf("texts the engine judged not English (pressure not checked): %d%n", notEnglish);
    out.println("pressure findings on Urgency|Scarcity texts, by rule: " + top(hitRules));
    out.println("pressure findings on Not Dark Pattern texts, by rule: " + top(falseAlarmRules));
  }

  static String top(Map<String, Integer> counts) {
    if (counts.isEmpty()) return "(none)";
    StringBuilder b = new StringBuilder();
    counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue() != 0 ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()))
        .limit(12).forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
    if (counts.size() > 12) b.append(", ... (").append(counts.size()).append(" rules)");
    return b.toString();
  }

  static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }
}
