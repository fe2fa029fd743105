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
    ConcernEval eval = new ConcernEval();
    Cases.forEach(cases, c -> eval.score(c, engine.analyze(parser.parse(Cases.body(c)))));
    eval.print(System.out, showFailures);
    return 0;
  }
}
