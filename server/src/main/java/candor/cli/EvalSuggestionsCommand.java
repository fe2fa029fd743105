package candor.cli;

import candor.engine.Engine;
import candor.eval.SuggestionEval;
import candor.http.RequestParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Applies each finding's first suggestion and checks the finding is gone and nothing new appeared. */
@Command(name = "eval-suggestions", mixinStandardHelpOptions = true,
    description = "Share of pressure/overpromise findings whose first suggestion removes them without raising a new finding.")
public final class EvalSuggestionsCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "Cases, one JSON object a line (dev.jsonl format).")
  Path cases;

  @Option(names = "--show-failures", description = "List every suggestion that did not hold, with the reason.")
  boolean showFailures;

  @Override
  public Integer call() throws IOException {
    Engine engine = Engine.standard(500);
    RequestParser parser = new RequestParser(Integer.MAX_VALUE);
    SuggestionEval eval = new SuggestionEval();
    Cases.forEach(cases, c -> eval.score(c.path("id").asText(), parser.parse(Cases.body(c)), engine::analyze));
    eval.print(System.out, showFailures);
    return 0;
  }
}
