package candor.cli;

import candor.engine.Engine;
import candor.eval.ConcernEval;
import candor.http.RequestParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Topic and deferred-vs-unanswered accuracy on threads whose unanswered items carry topic and status. */
@Command(name = "eval-concerns", mixinStandardHelpOptions = true,
    description = "Topic accuracy and deferred-vs-unanswered accuracy on matched unanswered items (concern-threads.jsonl format).")
public final class EvalConcernsCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "Threads, one JSON object a line, unanswered items with topic and status.")
  Path cases;

  @Option(names = "--show-failures", description = "List items not found, wrong topics and statuses, answered items listed.")
  boolean showFailures;

  @Option(names = "--topics-trained-through", paramLabel = "BATCH",
      description = "Use a topic model trained in memory on the corpus with held-out concern-thread batches 1..BATCH only"
          + " (not the packaged one), to score it on later batches it has not seen.")
  Integer topicsThrough;

  @Override
  public Integer call() throws IOException {
    Engine engine = topicsThrough == null ? Engine.standard(0) : withSplitTopics(topicsThrough);
    RequestParser parser = new RequestParser(Integer.MAX_VALUE);
    candor.annotate.Annotator annotator = candor.annotate.Annotator.english();
    candor.detect.ConcernFinder finder = new candor.detect.ConcernFinder();
    ConcernEval eval = new ConcernEval((text, start, end) -> finder.find(annotator.annotate(text), (s, e) -> true).stream()
        .anyMatch(c -> c.start() < end && start < c.end()));
    Cases.forEach(cases, c -> eval.score(c, engine.analyze(parser.parse(Cases.body(c)))));
    eval.print(System.out, showFailures);
    return 0;
  }

  /** The standard engine but for its topic model, trained here on the corpus with batches 1..lastBatch only. */
  private static Engine withSplitTopics(int lastBatch) throws IOException {
    candor.annotate.Annotator english = candor.annotate.Annotator.english();
    var data = candor.train.Corpus.buyerTopics(lastBatch);
    var model = candor.train.TrainModels.inMemory(english, data, candor.models.SentenceClassifier.BUYER_TOPIC);
    System.out.printf("NOT SHIPPED: topic model trained in memory on %d texts (the sentence files and concern-thread batches 1-%d)%n",
        data.size(), lastBatch);
    return Cases.engineWith(english, new candor.detect.TopicDetector(model), candor.detect.AnswerJudge.standard());
  }
}
