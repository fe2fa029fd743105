package candor.cli;

import candor.annotate.Annotator;
import candor.eval.BuyerSentenceEval;
import candor.eval.RequestEval;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The engine's buyer-point recogniser, sentence by sentence, on a labelled buyer-sentence file. */
@Command(name = "eval-buyer-sentences", mixinStandardHelpOptions = true,
    description = "How many labelled buyer questions, requests and concerns the recogniser sees, and how many plain sentences it flags.")
public final class EvalBuyerSentencesCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "A TSV of kind<TAB>topic<TAB>sentence (e.g. nlp-models/src/main/resources/corpus/buyer-sentences-heldout.tsv).")
  Path file;

  @Option(names = "--show-failures", description = "List the points the engine misses and the plain sentences it flags.")
  boolean showFailures;

  @Override
  public Integer call() throws IOException {
    List<BuyerSentenceEval.Item> items;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      items = BuyerSentenceEval.readAll(in);
    }
    Annotator annotator = Annotator.english();
    BuyerSentenceEval engine = new BuyerSentenceEval();
    engine.run(items, RequestEval.rules(annotator, true), showFailures ? System.out : null);
    BuyerSentenceEval patterns = new BuyerSentenceEval();
    patterns.run(items, RequestEval.rules(annotator, false), null);
    System.out.println("engine (ConcernFinder: patterns + model):");
    engine.print(System.out);
    System.out.println("patterns alone:");
    patterns.print(System.out);
    return 0;
  }
}
