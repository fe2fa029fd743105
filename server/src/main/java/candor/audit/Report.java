package candor.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The audit report: team totals, each rep's counts, types and weekly trend, and the worst examples
 * to coach on. Computed in Java from stored rows (ISO weeks in UTC), so SQLite and PostgreSQL give
 * the same report. {@code pressure}, {@code overpromise} and {@code unanswered} count messages with
 * at least one such finding; {@code byType} counts findings.
 */
public record Report(Totals team, List<Rep> reps, List<Example> examples) {
  /** Examples kept per rep. */
  public static final int EXAMPLES_PER_REP = 3;

  public record Totals(int messages, int pressure, int overpromise, int unanswered) {}

  public record Rep(String rep, int messages, int pressure, int overpromise, int unanswered,
      Map<String, Integer> byType, List<Week> weekly) {}

  public record Week(String week, int messages, int pressure, int overpromise, int unanswered) {}

  /**
   * One flagged passage. {@code text} is the flagged words, {@code sentence} the sentence around them
   * and {@code start}/{@code end} their place in it (UTF-16 units), for highlighting.
   */
  public record Example(String rep, String date, String subject, String category, String type, String text,
      String message, String rule, double confidence, String sentence, int start, int end) {}

  /** Builds the report over all the given messages. */
  public static Report of(List<StoredMessage> messages) {
    return of(messages, m -> true);
  }

  /** Builds the report over the messages a viewer may see (all of them for a leader). */
  public static Report of(List<StoredMessage> messages, Predicate<String> repVisible) {
    Counter team = new Counter();
    Map<String, Counter> reps = new TreeMap<>();
    Map<String, Map<String, Integer>> byType = new TreeMap<>();
    Map<String, Map<String, Counter>> weekly = new TreeMap<>();
    Map<String, List<Object[]>> candidates = new TreeMap<>();
    for (StoredMessage m : messages) {
      if (!repVisible.test(m.rep())) continue;
      team.add(m);
      reps.computeIfAbsent(m.rep(), r -> new Counter()).add(m);
      Map<String, Integer> types = byType.computeIfAbsent(m.rep(), r -> new TreeMap<>());
      for (StoredFinding f : m.findings()) types.merge(f.type(), 1, Integer::sum);
      if (m.sentAt() != null) {
        weekly.computeIfAbsent(m.rep(), r -> new TreeMap<>()).computeIfAbsent(isoWeek(m.sentAt()), w -> new Counter()).add(m);
      }
      List<Object[]> c = candidates.computeIfAbsent(m.rep(), r -> new ArrayList<>());
      for (int i = 0; i < m.findings().size(); i++) c.add(new Object[] {m, i});
    }
    List<Rep> repList = new ArrayList<>();
    for (Map.Entry<String, Counter> e : reps.entrySet()) {
      List<Week> weeks = new ArrayList<>();
      for (Map.Entry<String, Counter> w : weekly.getOrDefault(e.getKey(), Map.of()).entrySet()) {
        Counter c = w.getValue();
        weeks.add(new Week(w.getKey(), c.messages, c.pressure, c.overpromise, c.unanswered));
      }
      Counter c = e.getValue();
      repList.add(new Rep(e.getKey(), c.messages, c.pressure, c.overpromise, c.unanswered,
          new LinkedHashMap<>(byType.get(e.getKey())), weeks));
    }
    repList.sort(Comparator.comparingInt(Rep::messages).reversed().thenComparing(Rep::rep));
    List<Example> examples = new ArrayList<>();
    for (Rep r : repList) examples.addAll(worst(r.rep(), candidates.get(r.rep())));
    return new Report(new Totals(team.messages, team.pressure, team.overpromise, team.unanswered), repList, examples);
  }

  /** The highest-confidence findings of one rep, at most one per message, different categories and then rules first; ties go to the newer message. */
  private static List<Example> worst(String rep, List<Object[]> candidates) {
    Comparator<Object[]> order = Comparator
        .comparingDouble((Object[] o) -> -finding(o).confidence())
        .thenComparing((Object[] o) -> ((StoredMessage) o[0]).sentAt(), Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(o -> ((StoredMessage) o[0]).key())
        .thenComparingInt(o -> (Integer) o[1]);
    List<Object[]> sorted = new ArrayList<>(candidates);
    sorted.sort(order);
    // Coach on variety: the worst of each category first (pressure, overpromise, a buyer left
    // unanswered: an open item's confidence runs lower than a phrase rule's, and ranked by confidence
    // alone it would rarely be shown), then of each rule, then the next worst; one per message.
    List<Object[]> picked = new ArrayList<>();
    Set<String> messages = new HashSet<>();
    Set<String> categories = new HashSet<>();
    Set<String> rules = new HashSet<>();
    for (int pass = 0; pass < 3 && picked.size() < EXAMPLES_PER_REP; pass++) {
      for (Object[] o : sorted) {
        if (picked.size() == EXAMPLES_PER_REP) break;
        StoredMessage m = (StoredMessage) o[0];
        StoredFinding f = finding(o);
        if (messages.contains(m.key()) || (pass == 0 && categories.contains(f.category())) || (pass == 1 && rules.contains(f.ruleId()))) continue;
        messages.add(m.key());
        categories.add(f.category());
        rules.add(f.ruleId());
        picked.add(o);
      }
    }
    picked.sort(order);
    List<Example> out = new ArrayList<>();
    for (Object[] o : picked) {
      StoredMessage m = (StoredMessage) o[0];
      StoredFinding f = finding(o);
      out.add(new Example(rep, m.sentAt() == null ? null : m.sentAt().toString(), m.subject(), f.category(), f.type(),
          f.text(), f.message(), f.ruleId(), f.confidence(), f.sentence(), f.spanStart(), f.spanEnd()));
    }
    return out;
  }

  private static StoredFinding finding(Object[] o) {
    return ((StoredMessage) o[0]).findings().get((Integer) o[1]);
  }

  /** "2026-W10": the ISO week-based year and week of the instant, in UTC. */
  public static String isoWeek(Instant t) {
    ZonedDateTime d = t.atZone(ZoneOffset.UTC);
    return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static final class Counter {
    int messages;
    int pressure;
    int overpromise;
    int unanswered;

    void add(StoredMessage m) {
      messages++;
      if (m.count(StoredFinding.PRESSURE) > 0) pressure++;
      if (m.count(StoredFinding.OVERPROMISE) > 0) overpromise++;
      if (m.count(StoredFinding.UNANSWERED) > 0) unanswered++;
    }
  }
}
