package candor.insights;

import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.annotate.Annotator;
import candor.engine.Draft;
import candor.engine.Role;
import candor.engine.ThreadMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Scores the detector on the labelled threads in {@code insights/insight-threads.jsonl} (format in the
 * README beside it) and prints precision and recall per type, with the ids of the threads it missed.
 * Boolean types count one item per thread; {@code stall} and {@code slow_response} one item per buyer
 * message; for money, authority and need the positive class is "came up" (the insight has a span).
 */
class InsightThreadsEvalTest {
  /**
   * Floor for precision and recall of every type on the whole set (80 threads; the lowest now are
   * going_dark recall 0.91, need recall 0.91, customer_focus precision 0.90). The held-out splits'
   * first-run figures were lower: see the README beside the data.
   */
  private static final double FLOOR = 0.85;

  static final class Score {
    int tp;
    int fp;
    int fn;
    final Set<String> misses = new TreeSet<>();

    void add(String id, Set<String> expected, Set<String> predicted) {
      for (String e : expected) {
        if (predicted.contains(e)) tp++;
        else {
          fn++;
          misses.add("-" + id + e);
        }
      }
      for (String p : predicted) {
        if (!expected.contains(p)) {
          fp++;
          misses.add("+" + id + p);
        }
      }
    }

    double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }
  }

  static List<JsonNode> load() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (var in = InsightThreadsEvalTest.class.getResourceAsStream("/insights/insight-threads.jsonl");
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) out.add(json.readTree(line));
      }
    }
    return out;
  }

  static Draft draft(JsonNode t) {
    JsonNode d = t.get("draft");
    return new Draft(d.path("from").asText(""), d.path("subject").asText(""), d.path("text").asText(""));
  }

  static List<ThreadMessage> thread(JsonNode t) {
    List<ThreadMessage> out = new ArrayList<>();
    for (JsonNode m : t.get("thread")) {
      Role role = "rep".equals(m.path("role").asText()) ? Role.REP : Role.CUSTOMER;
      Instant date = m.hasNonNull("date") ? Instant.parse(m.get("date").asText()) : null;
      out.add(new ThreadMessage(m.path("from").asText(""), role, date, m.path("text").asText("")));
    }
    return out;
  }

  static Set<String> expected(JsonNode expect, String type) {
    JsonNode v = expect.get(type);
    Set<String> out = new TreeSet<>();
    if (v.isArray()) {
      for (JsonNode i : v) out.add("#" + i.asInt());
    } else if (v.asBoolean()) {
      out.add("");
    }
    return out;
  }

  static Set<String> predicted(List<Insight> insights, String type) {
    Set<String> out = new TreeSet<>();
    for (Insight i : insights) {
      if (!i.type().equals(type)) continue;
      switch (type) {
        case Insight.STALL, Insight.SLOW_RESPONSE -> out.add("#" + i.message());
        case Insight.MONEY, Insight.AUTHORITY, Insight.NEED -> {
          if (i.hasSpan()) out.add("");
        }
        default -> out.add("");
      }
    }
    return out;
  }

  static Map<String, Score> score(InsightDetector detector, List<JsonNode> threads) {
    Map<String, Score> scores = new LinkedHashMap<>();
    for (String type : Insight.TYPES) scores.put(type, new Score());
    for (JsonNode t : threads) {
      List<Insight> insights = detector.detect(draft(t), thread(t));
      for (String type : Insight.TYPES) {
        scores.get(type).add(t.get("id").asText(), expected(t.get("expect"), type), predicted(insights, type));
      }
    }
    return scores;
  }

  @Test
  void meetsTheFloorsOnTheLabelledThreads() throws Exception {
    List<JsonNode> threads = load();
    assertTrue(threads.size() >= 40, "at least 40 labelled threads");
    InsightDetector detector = new InsightDetector(Annotator.english());
    for (String split : List.of("heldout", "heldout2", "heldout3")) {
      List<JsonNode> part = threads.stream().filter(t -> split.equals(t.path("split").asText())).toList();
      System.out.print(table("split " + split + ": " + part.size() + " threads", score(detector, part)));
    }
    Map<String, Score> scores = score(detector, threads);
    String report = table("insight-threads.jsonl, all: " + threads.size() + " threads", scores);
    System.out.print(report);
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      assertTrue(e.getValue().precision() >= FLOOR, e.getKey() + " precision below " + FLOOR + "\n" + report);
      assertTrue(e.getValue().recall() >= FLOOR, e.getKey() + " recall below " + FLOOR + "\n" + report);
    }
  }

  static String table(String title, Map<String, Score> scores) {
    StringBuilder report = new StringBuilder(title + "\n");
    report.append(String.format("%-15s %4s %4s %4s %9s %6s  misses (-missed +false alarm)%n", "type", "tp", "fp", "fn",
        "precision", "recall"));
    for (Map.Entry<String, Score> e : scores.entrySet()) {
      Score s = e.getValue();
      report.append(String.format("%-15s %4d %4d %4d %9.2f %6.2f  %s%n", e.getKey(), s.tp, s.fp, s.fn, s.precision(),
          s.recall(), String.join(" ", s.misses)));
    }
    return report.toString();
  }
}
