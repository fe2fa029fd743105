package candor.cli;

import candor.eval.DarkInstanceEval;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Pressure recall per pattern type on Mathur et al.'s dark-pattern instances (positives only). */
@Command(name = "eval-mathur", mixinStandardHelpOptions = true,
    description = "Recall of pressure detection per pattern type on mathur-dark-patterns/dark-patterns.csv "
        + "(every row a dark pattern: countdowns, limited time, low stock, high demand, confirmshaming, pressured selling).")
public final class EvalMathurCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "dark-patterns.csv (columns 'Pattern String' and 'Pattern Type').")
  Path csv;

  @Option(names = "--show-failures", description = "List every missed text of a pressure type.")
  boolean showFailures;

  @Override
  public Integer call() throws IOException {
    DarkInstanceEval eval = new DarkInstanceEval();
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      eval.run(in, Cases.draftAlone(), showFailures ? System.out : null);
    }
    eval.print(System.out);
    return 0;
  }
}
