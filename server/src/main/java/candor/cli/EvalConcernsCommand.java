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

  @Override
  public Integer call() throws IOException {
    Engine engine = Engine.standard(0);
    RequestParser parser = new RequestParser(Integer.MAX_VALUE);
    candor.annotate.Annotator annotator = candor.annotate.Annotator.english();
    candor.detect.ConcernFinder finder = new candor.detect.ConcernFinder();
    ConcernEval eval = new ConcernEval((text, start, end) -> finder.find(annotator.annotate(text), (s, e) -> true).stream()
        .anyMatch(c -> c.start() < end && start < c.end()));
    Cases.forEach(cases, c -> eval.score(c, engine.analyze(parser.parse(Cases.body(c)))));
    eval.print(System.out, showFailures);
    return 0;
  }
}
