package candor.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Buyer sentences one at a time, labelled question / request / concern / none (the team corpus
 * format): how many of each kind a recogniser sees at all, how many it sees as their own kind, and
 * how many "none" sentences it flags. A point the recogniser never sees can never be listed as
 * unanswered, so this bounds the engine's recall on that kind of point.
 */
public final class BuyerSentenceEval {
  public static final List<String> KINDS = List.of("question", "request", "concern", "none");

  /** One line: {@code kind <TAB> topic <TAB> sentence}. */
  public record Item(String kind, String topic, String text) {}

  /** Per gold kind: sentences, seen as any kind, seen as this kind. */
  private final Map<String, int[]> byKind = new LinkedHashMap<>();
  private final Confusion needsAnswer = new Confusion();

  public BuyerSentenceEval() {
    for (String k : KINDS) byKind.put(k, new int[3]);
  }

  public static List<Item> readAll(BufferedReader in) throws IOException {
    List<Item> out = new ArrayList<>();
    for (String[] f : LabelledRows.read(in, KINDS, "kind, topic and sentence")) out.add(new Item(f[0], f[1], f[2]));
    return out;
  }

  /** Scores {@code recogniser} (sentence -> kinds seen) on every item; lists misses and false alarms to {@code failures} when given. */
  public void run(List<Item> items, Function<String, Set<String>> recogniser, PrintStream failures) {
    for (Item item : items) {
      Set<String> seen = recogniser.apply(item.text());
      int[] c = byKind.get(item.kind());
      c[0]++;
      if (!seen.isEmpty()) c[1]++;
      if (seen.contains(item.kind()) || item.kind().equals("none") && seen.isEmpty()) c[2]++;
      boolean gold = !item.kind().equals("none");
      needsAnswer.add(gold, !seen.isEmpty());
      if (failures != null && gold == seen.isEmpty()) {
        failures.println((gold ? "missed " : "flagged ") + item.kind() + "/" + item.topic() + ": " + item.text());
      }
    }
  }

  public int[] counts(String kind) {
    return byKind.get(kind).clone();
  }

  public Confusion needsAnswer() {
    return needsAnswer;
  }

  public void print(PrintStream out) {
    for (String k : KINDS) {
      int[] c = byKind.get(k);
      if (k.equals("none")) {
        out.printf("%-9s %4d sentences, flagged as a point %s%n", k, c[0], share(c[1], c[0]));
      } else {
        out.printf("%-9s %4d sentences, seen as a point %s, as a %s %s%n", k, c[0], share(c[1], c[0]), k, share(c[2], c[0]));
      }
    }
    out.println(needsAnswer.line("needs an answer (question|request|concern vs none)"));
  }

  private static String share(int part, int whole) {
    return String.format("%.3f (%d of %d)", whole == 0 ? 0.0 : part / (double) whole, part, whole);
  }
}
