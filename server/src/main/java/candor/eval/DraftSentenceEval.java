package candor.eval;

import candor.engine.Analysis;
import candor.engine.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Draft sentences one at a time, in the draft-sentences.tsv format ({@code category<TAB>type<TAB>sentence},
 * category pressure | overpromise | none): each sentence is a draft of its own. Per category, a row
 * is predicted positive when the engine raises any finding of that category; a row of the other
 * category or of none is a negative. Also the share of positives found with their own type. For
 * files written blind and never trained on, so a figure measures how detection generalises.
 */
public final class DraftSentenceEval {
  public static final List<String> CATEGORIES = List.of("pressure", "overpromise");
  private static final List<String> LABELS = List.of("pressure", "overpromise", "none");

  public record Item(String category, String type, String sentence) {}

  private final Map<String, Confusion> confusion = new TreeMap<>();
  /** category:type -> {found with the type, found, total}. */
  private final Map<String, int[]> perType = new TreeMap<>();

  /** Reads rows, skipping blank lines and '#' comments; a row without three fields is an error naming its line. */
  public static List<Item> readAll(Reader in) throws IOException {
    List<Item> out = new ArrayList<>();
    for (String[] f : LabelledRows.read(in, LABELS, "category (pressure|overpromise|none), type and sentence")) {
      out.add(new Item(f[0], f[1], f[2]));
    }
    return out;
  }

  public void run(List<Item> items, Function<String, Analysis> analyze, PrintStream failures) {
    for (Item item : items) {
      List<Finding> findings = analyze.apply(item.sentence()).findings();
      for (String category : CATEGORIES) {
        List<Finding> mine = findings.stream().filter(f -> category.equals(f.category())).toList();
        boolean gold = category.equals(item.category());
        confusion.computeIfAbsent(category, k -> new Confusion()).add(gold, !mine.isEmpty());
        if (gold) {
          int[] t = perType.computeIfAbsent(category + ":" + item.type(), k -> new int[3]);
          t[2]++;
          if (!mine.isEmpty()) t[1]++;
          if (mine.stream().anyMatch(f -> item.type().equals(f.type()))) t[0]++;
        }
        if (failures != null && gold != !mine.isEmpty()) {
          failures.println((gold ? "missed " + category + ":" + item.type() : "false alarm " + mine.get(0).ruleId() + " '" + mine.get(0).text() + "' on " + item.category())
              + ": " + DarkPatternEval.oneLine(item.sentence()));
        }
      }
    }
  }

  public Confusion confusion(String category) {
    return confusion.getOrDefault(category, new Confusion());
  }

  /** {found with its own type, found, total} for a category:type. */
  public int[] type(String categoryAndType) {
    return perType.getOrDefault(categoryAndType, new int[3]);
  }

  public void print(PrintStream out) {
    for (String category : CATEGORIES) {
      Confusion c = confusion(category);
      if (c.total() == 0) continue;
      out.println(c.line(category));
    }
    perType.forEach((type, t) -> out.printf("  %-32s found %s, with its own type %s%n", type, Confusion.share(t[1], t[2]), Confusion.share(t[0], t[2])));
  }
}
