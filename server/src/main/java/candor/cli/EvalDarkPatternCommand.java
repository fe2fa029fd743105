package candor.cli;

import candor.eval.DarkPatternEval;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Pressure recall and false alarms on ec-darkpattern's Urgency, Scarcity and Not Dark Pattern texts. */
@Command(name = "eval-darkpattern", mixinStandardHelpOptions = true,
    description = "Precision, recall and F1 of pressure detection on ec-darkpattern/dataset.tsv (Urgency+Scarcity vs Not Dark Pattern).")
public final class EvalDarkPatternCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "dataset.tsv (page_id, text, label, Pattern Category).")
  Path tsv;

  @Option(names = "--show-failures", description = "List every missed positive and every false alarm.")
  boolean showFailures;

  @Override
  public Integer call() throws IOException {
    DarkPatternEval eval = new DarkPatternEval();
    try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      eval.run(in, Cases.draftAlone(), showFailures ? System.out : null);
    }
    eval.print(System.out);
    return 0;
  }
}
