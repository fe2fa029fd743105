package candor.eval;

import candor.engine.Analysis;
import candor.engine.Finding;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pressure recall on Mathur et al.'s list of dark-pattern instances (dark-patterns.csv, GPL-3.0):
 * every row is a dark pattern, so this measures recall only, per pattern type. Each distinct
 * non-empty text of a type is a draft, found when the engine raises any pressure finding on it.
 * The types that are pressure in Candor's sense are the target; the rest (social proof, sneaking,
 * obstruction) are printed for reference. False alarms are measured elsewhere (eval-darkpattern's
 * Not Dark Pattern texts). Evaluation only: no rule or model may be built from these texts.
 */
public final class DarkInstanceEval {
  /** Mathur et al.'s pattern types that are pressure language: urgency, scarcity, guilt and pushed add-ons. */
  public static final Set<String> PRESSURE_TYPES = Set.of(
      "Countdown Timer", "Limited-time Message", "Low-stock Message", "High-demand Message", "Confirmshaming", "Pressured Selling");
  private static final String TEXT = "Pattern String";
  private static final String TYPE = "Pattern Type";

  /** type -> {found, total} over distinct texts. */
  private final Map<String, int[]> perType = new TreeMap<>();
  private final Map<String, Integer> rules = new TreeMap<>();
  private final Set<String> seen = new HashSet<>();
  private int rows;
  private int empty;
  private int repeated;
  private int notEnglish;

  /**
   * Streams the CSV (a header naming 'Pattern String' and 'Pattern Type'); {@code analyze} judges
   * one text. Each missed text of a pressure type is printed to {@code failures} when it is not null.
   */
  public void run(Reader csv, Function<String, Analysis> analyze, PrintStream failures) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      while (it.hasNextValue()) {
        Map<String, String> row = it.nextValue();
        if (!row.containsKey(TEXT) || !row.containsKey(TYPE)) throw new IOException("expected columns '" + TEXT + "' and '" + TYPE + "', got " + row.keySet());
        rows++;
        String text = row.get(TEXT).strip();
        String type = row.get(TYPE).strip();
        if (text.isEmpty()) {
          empty++; // a countdown timer shown as digits only: nothing to read
          continue;
        }
        if (!seen.add(type + '\u0000' + text)) {
          repeated++; // one site template seen on many pages counts once
          continue;
        }
        Analysis a = analyze.apply(text);
        if (a.warnings().stream().anyMatch(w -> w.contains("not in English"))) notEnglish++;
        List<Finding> pressure = a.findings().stream().filter(f -> "pressure".equals(f.category())).toList();
        int[] c = perType.computeIfAbsent(type, k -> new int[2]);
        c[1]++;
        if (!pressure.isEmpty()) c[0]++;
        if (PRESSURE_TYPES.contains(type)) for (Finding f : pressure) rules.merge(f.ruleId(), 1, Integer::sum);
        if (failures != null && pressure.isEmpty() && PRESSURE_TYPES.contains(type)) {
          failures.println("missed " + type + ": " + DarkPatternEval.oneLine(text));
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("malformed CSV: " + e.getOriginalMessage(), e);
    } catch (RuntimeException e) {
      throw new IOException("malformed CSV: " + e.getMessage(), e);
    }
  }

  /** {found, total} over a type's distinct texts. */
  public int[] type(String name) {
    return perType.getOrDefault(name, new int[2]);
  }

  /** {found, total} over the pressure types together. */
  public int[] pressureTypes() {
    int[] sum = new int[2];
    perType.forEach((type, c) -> {
      if (PRESSURE_TYPES.contains(type)) {
        sum[0] += c[0];
        sum[1] += c[1];
      }
    });
    return sum;
  }

  public void print(PrintStream out) {
    int scored = perType.values().stream().mapToInt(c -> c[1]).sum();
    out.printf("Mathur et al. dark patterns: %d rows; %d distinct texts scored (%d empty, %d repeats of a text of the same type skipped)%n",
        rows, scored, empty, repeated);
    int[] p = pressureTypes();
    out.printf("recall of any pressure finding, pressure types together: %s%n", Confusion.share(p[0], p[1]));
    perType.forEach((type, c) -> {
      if (PRESSURE_TYPES.contains(type)) out.printf("  recall %-22s %s%n", type, Confusion.share(c[0], c[1]));
    });
    out.println("other types (not pressure in Candor's sense; a finding here is not a target):");
    perType.forEach((type, c) -> {
      if (!PRESSURE_TYPES.contains(type)) out.printf("  flagged %-21s %s%n", type, Confusion.share(c[0], c[1]));
    });
    out.printf("texts the engine judged not English (pressure not checked): %d%n", notEnglish);
    out.println("pressure findings on the pressure types, by rule: " + DarkPatternEval.top(rules));
    out.println("(positives only: for false alarms see eval-darkpattern's Not Dark Pattern texts)");
  }
}
