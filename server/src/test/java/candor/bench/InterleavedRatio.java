package candor.bench;

import candor.annotate.Annotator;
import candor.engine.AnalysisRequest;
import candor.engine.Engine;
import candor.rules.RuleSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The full analysis against the bare OpenNLP pass, measured in alternation, in this thread's CPU
 * time: JMH runs the two benchmarks one after the other, so a drift of this VM's speed between them
 * (up to 10% in minutes here) lands in their ratio; alternating puts the same drift on both sides.
 * One comparison is a block of bare passes over every text of the 84 corpus threads, a block of the
 * engine's own annotation of the same texts, then a block of full analyses (cache off) of the same
 * threads. Each block is timed only after its first {@link #SETTLE} rounds: a side's first round
 * after another pays to bring its own model data back into the caches, and a round-by-round
 * alternation measured mostly that, so its ratio moved with how much memory the sides happened to
 * share (by 0.08 between two layouts of the same POS model). Each side is measured warm, as a
 * server running only one of them would be.
 *
 * <p>Prints the medians of the per-comparison ratios with their interquartile ranges: full over
 * bare (the benchmark), and what it is made of: the engine's annotation over bare (below 1:
 * its memo tokenizer and compact tagger give OpenNLP's tokens and tags for less work) and the
 * detection after it (full minus annotation) over bare.
 *
 * <p>Usage (the classpath {@code scripts/bench.sh} builds): {@code java -cp ... candor.bench.InterleavedRatio [warm-up comparisons] [comparisons] [rounds per block]}
 */
public final class InterleavedRatio {
  /** Rounds at the head of each block left untimed. */
  static final int SETTLE = 2;

  private InterleavedRatio() {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int block = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    List<AnalysisRequest> threads = AnalyzeBenchmark.loadThreads();
    List<String> texts = AnalyzeBenchmark.texts(threads);
    BarePass bare = new BarePass();
    RuleSet rules = RuleSet.builtIn();
    Annotator annotator = Annotator.english();
    Engine uncached = new Engine(annotator, () -> rules, 0);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] ratios = new double[pairs];
    double[] annotationShares = new double[pairs];
    double[] detectionShares = new double[pairs];
    double bareSum = 0;
    double annotationSum = 0;
    double fullSum = 0;
    for (int i = -warmup; i < pairs; i++) {
      long bareNs = timed(block, cpu, () -> {
        long n = 0;
        for (String t : texts) n += bare.run(t);
        return n;
      });
      long annotationNs = timed(block, cpu, () -> {
        long n = 0;
        for (String t : texts) n += annotator.annotate(t).sentences().size();
        return n;
      });
      long fullNs = timed(block, cpu, () -> {
        long n = 0;
        for (AnalysisRequest q : threads) n += System.identityHashCode(uncached.analyze(q));
        return n;
      });
      if (i < 0) continue;
      ratios[i] = (double) fullNs / bareNs;
      annotationShares[i] = (double) annotationNs / bareNs;
      detectionShares[i] = (double) (fullNs - annotationNs) / bareNs;
      bareSum += bareNs / 1e6 / (block - SETTLE);
      annotationSum += annotationNs / 1e6 / (block - SETTLE);
      fullSum += fullNs / 1e6 / (block - SETTLE);
    }
    System.out.printf("comparisons %d (after %d warm-up), %d timed rounds a block: bare %.1f ms, engine's annotation %.1f ms, full %.1f ms CPU per round (means)%n",
        pairs, warmup, block - SETTLE, bareSum / pairs, annotationSum / pairs, fullSum / pairs);
    print("ratio full/bare", ratios, "x");
    print("  of which the engine's annotation / bare", annotationShares, "x");
    print("  and the detection after it / bare", detectionShares, "");
    if (sink == 42) System.out.println(); // keeps the results observable
  }

  /** Results summed over every round, so the JIT cannot drop the work. */
  private static long sink;

  /** CPU time of this thread over the block's rounds after the first {@link #SETTLE}. */
  private static long timed(int block, ThreadMXBean cpu, java.util.function.LongSupplier round) {
    long ns = 0;
    for (int r = 0; r < block; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      sink += round.getAsLong();
      if (r >= SETTLE) ns += cpu.getCurrentThreadCpuTime() - t0;
    }
    return ns;
  }

  private static void print(String what, double[] values, String unit) {
    double[] v = values.clone();
    Arrays.sort(v);
    System.out.printf("%s: median %.3f%s (interquartile %.3f-%.3f)%n", what, v[v.length / 2], unit, v[v.length / 4], v[3 * v.length / 4]);
  }
}
