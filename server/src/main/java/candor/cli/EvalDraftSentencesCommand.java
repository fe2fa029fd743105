package candor.cli;

import candor.eval.DraftSentenceEval;
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

/** Pressure and overpromise detection on labelled draft sentences, each analysed as a draft of its own. */
@Command(name = "eval-draft-sentences", mixinStandardHelpOptions = true,
    description = "Precision, recall and F1 per category on a labelled draft-sentence file, each sentence a draft of its own.")
public final class EvalDraftSentencesCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "A TSV of category<TAB>type<TAB>sentence (e.g. nlp-models/src/main/resources/corpus/draft-sentences-heldout-shaming.tsv).")
  Path file;

  @Option(names = "--show-failures", description = "List every missed sentence and every false alarm.")
  boolean showFailures;

  @Override
  public Integer call() throws IOException {
    List<DraftSentenceEval.Item> items;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      items = DraftSentenceEval.readAll(in);
    }
    DraftSentenceEval eval = new DraftSentenceEval();
    eval.run(items, Cases.draftAlone(), showFailures ? System.out : null);
    System.out.printf("%d sentences%n", items.size());
    eval.print(System.out);
    return 0;
  }
}
