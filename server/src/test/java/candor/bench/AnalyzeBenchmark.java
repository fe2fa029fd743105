package candor.bench;

import candor.annotate.Annotator;
import candor.engine.AnalysisRequest;
import candor.engine.Draft;
import candor.engine.Engine;
import candor.engine.ThreadMessage;
import candor.rules.RuleSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full analysis of a thread against the bare OpenNLP pass (sentences, tokens, POS) on the same
 * texts, with the per-message cache off; and re-analysis of an edited draft against an unchanged
 * thread with the cache on (what a rep's typing costs). Threads: the team corpus's labelled threads.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnalyzeBenchmark {
  private List<AnalysisRequest> threads;
  private List<String> texts;
  private Annotator annotator;
  private BarePass bare;
  private Engine uncached;
  private Engine cached;
  private int edit;

  @Setup(Level.Trial)
  public void load() throws IOException {
    threads = loadThreads();
    texts = texts(threads);
    annotator = Annotator.english();
    bare = new BarePass();
    RuleSet rules = RuleSet.builtIn();
    uncached = new Engine(annotator, () -> rules, 0);
    cached = new Engine(annotator, () -> rules, 10_000);
    for (AnalysisRequest r : threads) cached.analyze(r);
  }

  /** Every text the bare pass reads for these threads: each draft, its subject, each message. */
  static List<String> texts(List<AnalysisRequest> threads) {
    List<String> out = new ArrayList<>();
    for (AnalysisRequest r : threads) {
      out.add(r.draft().text());
      out.add(r.draft().subject());
      for (ThreadMessage m : r.thread()) out.add(m.text());
    }
    return out;
  }

  static List<AnalysisRequest> loadThreads() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<AnalysisRequest> out = new ArrayList<>();
    try (InputStream in = AnalyzeBenchmark.class.getClassLoader().getResourceAsStream("corpus/concern-threads.jsonl")) {
      if (in == null) throw new IOException("corpus/concern-threads.jsonl is not on the classpath");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) continue;
        JsonNode c = json.readTree(line);
        List<ThreadMessage> thread = new ArrayList<>();
        for (JsonNode m : c.path("thread")) {
          thread.add(new ThreadMessage(m.path("from").asText(), null, null, m.path("text").asText()));
        }
        JsonNode d = c.path("draft");
        out.add(new AnalysisRequest(new Draft(d.path("from").asText(), d.path("subject").asText(""), d.path("text").asText()), thread));
      }
    }
    return out;
  }

  /** Baseline: OpenNLP sentence detection, tokenisation and POS tagging of every text of every thread. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public void bareOpenNlpPass(Blackhole bh) {
    for (String t : texts) bh.consume(bare.run(t));
  }

  /** Every thread analysed in full with nothing cached. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public void fullAnalysisUncached(Blackhole bh) {
    for (AnalysisRequest r : threads) bh.consume(uncached.analyze(r));
  }

  /** Word memories dropped before each operation: every word is tokenized and stemmed as if never seen. */
  @State(Scope.Thread)
  public static class ColdWords {
    @Setup(Level.Invocation)
    public void forget(AnalyzeBenchmark b) {
      b.annotator.forgetWords();
    }
  }

  /** As fullAnalysisUncached, with the word memories empty at the start of each operation. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public void fullAnalysisColdWords(ColdWords cold, Blackhole bh) {
    for (AnalysisRequest r : threads) bh.consume(uncached.analyze(r));
  }

  /** One thread re-analysed after a keystroke in its draft; the thread's messages come from the cache. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public void editedDraftCached(Blackhole bh) {
    AnalysisRequest r = threads.get(edit % threads.size());
    edit++;
    Draft d = r.draft();
    Draft edited = new Draft(d.from(), d.subject(), d.text() + " x" + edit);
    bh.consume(cached.analyze(new AnalysisRequest(edited, r.thread())));
  }
}
