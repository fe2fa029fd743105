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
 * The full analysis against the bare OpenNLP pass, measured in alternation: one round is one bare
 * pass over every text of the 84 corpus threads, then one full analysis (cache off) of the same
 * threads, each timed in this thread's CPU time. JMH runs the two benchmarks one after the other,
 * so a drift of this VM's speed between them (up to 10% in minutes here) lands in their ratio;
 * alternating round by round puts the same drift on both sides. Prints the median of the per-round
 * ratios with its interquartile range.
 *
 * <p>Usage (the classpath {@code scripts/bench.sh} builds): {@code java -cp ... candor.bench.InterleavedRatio [warm-up rounds] [rounds]}
 */
public final class InterleavedRatio {
  private InterleavedRatio() {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
    List<AnalysisRequest> threads = AnalyzeBenchmark.loadThreads();
    List<String> texts = AnalyzeBenchmark.texts(threads);
    Annotator annotator = Annotator.english();
    RuleSet rules = RuleSet.builtIn();
    Engine uncached = new Engine(annotator, () -> rules, 0);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double[] ratios = new double[rounds];
    double bareSum = 0;
    double fullSum = 0;
    long sink = 0;
    for (int i = -warmup; i < rounds; i++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (String t : texts) sink += System.identityHashCode(annotator.barePass(t));
      long t1 = cpu.getCurrentThreadCpuTime();
      for (AnalysisRequest r : threads) sink += System.identityHashCode(uncached.analyze(r));
      long t2 = cpu.getCurrentThreadCpuTime();
      if (i < 0) continue;
      ratios[i] = (double) (t2 - t1) / (t1 - t0);
      bareSum += (t1 - t0) / 1e6;
      fullSum += (t2 - t1) / 1e6;
    }
    Arrays.sort(ratios);
    System.out.printf("rounds %d (after %d warm-up): bare %.1f ms, full %.1f ms CPU per round (means)%n",
        rounds, warmup, bareSum / rounds, fullSum / rounds);
    System.out.printf("ratio full/bare: median %.3fx (interquartile %.3f-%.3f)%n",
        ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4]);
    if (sink == 42) System.out.println(); // keeps the results observable
  }
}
