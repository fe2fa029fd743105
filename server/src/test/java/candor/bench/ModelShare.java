package candor.bench;

import candor.engine.AnalysisRequest;
import candor.engine.Engine;
import candor.rules.RuleSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What the trained models themselves add to the bare OpenNLP pass: the quality issue's "models add no
 * more than 30%". {@link InterleavedRatio} splits a full analysis into the engine's annotation and
 * everything after it (rules, coverage, insights and the models together); this takes the models out
 * of that remainder. The models cannot be switched off without changing what the rest of the analysis
 * does (a finding the model raises is suggested for, a point it finds is judged), so their cost is read
 * from a profile instead: full analyses run under Java Flight Recorder sampling every millisecond, and
 * the share of samples inside a model (a sentence classifier's features and evaluation, the answer
 * judge's evidence and evaluation) is multiplied by full over bare, both in this thread's CPU time.
 *
 * <p>Usage (the classpath {@code scripts/bench.sh} builds): {@code java -cp ... candor.bench.ModelShare [seconds]}
 */
public final class ModelShare {
  /** Frames that are a model's work: where a sample has one of these on its stack, the model was running. */
  static final List<String> MODEL_FRAMES = List.of("candor.models.SentenceClassifier.classify",
      "candor.models.SentenceClassifier.best", "candor.features.SentenceContext.of", // the draft models' shared context
      "candor.detect.AnswerJudge.openness", "candor.detect.Coverage.evidence");

  private ModelShare() {}

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    List<AnalysisRequest> threads = AnalyzeBenchmark.loadThreads();
    List<String> texts = AnalyzeBenchmark.texts(threads);
    BarePass bare = new BarePass();
    RuleSet rules = RuleSet.builtIn();
    Engine uncached = new Engine(candor.annotate.Annotator.english(), () -> rules, 0);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    // Warm both sides up first: the JIT keeps improving the analysis code for about a minute.
    long warmUntil = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      for (String t : texts) sink += bare.run(t);
      for (AnalysisRequest q : threads) sink += System.identityHashCode(uncached.analyze(q));
    }
    long bareNs = 0, fullNs = 0;
    Path jfr = Files.createTempFile("model-share", ".jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
      recording.start();
      long until = System.nanoTime() + seconds * 1_000_000_000L;
      while (System.nanoTime() < until) {
        // Bare and full rounds in turn, so the VM's drift lands on both sides of the ratio.
        long t0 = cpu.getCurrentThreadCpuTime();
        for (String t : texts) sink += bare.run(t);
        long t1 = cpu.getCurrentThreadCpuTime();
        for (AnalysisRequest q : threads) sink += System.identityHashCode(uncached.analyze(q));
        fullNs += cpu.getCurrentThreadCpuTime() - t1;
        bareNs += t1 - t0;
      }
      recording.stop();
      recording.dump(jfr);
    }
    // Only samples of this thread outside the bare pass count (the loop around them is a few calls a round).
    // JFR keeps the newest 64 frames of a stack: a truncated one still shows whether a model was running.
    long inAnalysis = 0, inModel = 0, truncated = 0;
    String self = Thread.currentThread().getName();
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
      if (!self.equals(e.getThread("sampledThread").getJavaName())) continue;
      boolean bareSample = false, model = false;
      for (RecordedFrame f : e.getStackTrace().getFrames()) {
        String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
        if (name.startsWith("candor.bench.BarePass.")) bareSample = true;
        if (MODEL_FRAMES.contains(name)) model = true;
      }
      if (bareSample) continue;
      if (e.getStackTrace().isTruncated()) truncated++;
      inAnalysis++;
      if (model) inModel++;
    }
    Files.delete(jfr);
    double full = (double) fullNs / bareNs;
    double share = inAnalysis == 0 ? 0 : (double) inModel / inAnalysis;
    System.out.printf("%d s of alternating rounds: full/bare %.3fx (CPU time); %d samples in the full analysis (%d truncated), %d of them in a model (%.1f%%)%n",
        seconds, full, inAnalysis, truncated, inModel, 100 * share);
    System.out.printf("the models add %.3f of a bare OpenNLP pass (target <= 0.30); the rest of the analysis %.3f%n", share * full, (1 - share) * full);
    if (sink == 42) System.out.println();
  }
}
