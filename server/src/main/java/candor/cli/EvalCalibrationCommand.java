package candor.cli;

import candor.engine.Engine;
import candor.eval.CalibrationEval;
import candor.http.RequestParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Findings per confidence band and the share right in each, on labelled cases. */
@Command(name = "eval-calibration", mixinStandardHelpOptions = true,
    description = "Share of findings, and of open items, that are right per confidence band (dev.jsonl format); the contract wants >= 80%% of findings at >= 0.8.")
public final class EvalCalibrationCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "Cases, one JSON object a line.")
  Path cases;

  @Option(names = "--show-failures", description = "List the wrong findings with confidence >= 0.8.")
  boolean showFailures;

  @Override
  public Integer call() throws IOException {
    Engine engine = Engine.standard(0);
    RequestParser parser = new RequestParser(Integer.MAX_VALUE);
    CalibrationEval eval = new CalibrationEval();
    Cases.forEach(cases, c -> eval.score(c, engine.analyze(parser.parse(Cases.body(c)))));
    eval.print(System.out, showFailures);
    return 0;
  }
}
