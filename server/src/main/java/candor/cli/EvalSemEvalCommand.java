package candor.cli;

import candor.annotate.Annotator;
import candor.detect.ConcernFinder;
import candor.engine.AnalysisRequest;
import candor.engine.Concern;
import candor.engine.Draft;
import candor.engine.Engine;
import candor.engine.Role;
import candor.engine.ThreadMessage;
import candor.eval.SemEvalEval;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Agreement of the engine's answered/unanswered judgement with SemEval-2016 Task 3 Good/Bad labels. */
@Command(name = "eval-semeval", mixinStandardHelpOptions = true,
    description = "Agreement of 'question answered' with SemEval-2016 Task 3 reply labels (Good = answered, Bad = not).")
public final class EvalSemEvalCommand implements Callable<Integer> {
  static final String ASKER = "Forum asker <asker@forum.invalid>";
  static final String REPLIER = "Forum reply <reply@replier.invalid>";

  @Parameters(index = "0", description = "SemEval2016-Task3-CQA-QL-dev.xml (or another file of that format).")
  Path xml;

  @Option(names = "--show-failures", description = "List every reply on which the engine and the label disagree.")
  boolean showFailures;

  @Override
  public Integer call() throws IOException, XMLStreamException {
    Engine engine = Engine.standard(64);
    Annotator annotator = Annotator.english();
    ConcernFinder finder = new ConcernFinder();
    SemEvalEval eval = new SemEvalEval();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(xml))) {
      eval.run(in, question -> {
        List<ConcernFinder.Candidate> candidates = finder.find(annotator.annotate(question), (s, e) -> true);
        List<ThreadMessage> thread = List.of(new ThreadMessage(ASKER, Role.CUSTOMER, null, question));
        return reply -> {
          List<Concern> open = engine.analyze(new AnalysisRequest(new Draft(REPLIER, "", reply), thread)).unanswered();
          int listed = 0;
          for (ConcernFinder.Candidate c : candidates) {
            if (open.stream().anyMatch(o -> o.message() == 0 && candor.rules.Text.overlaps(o.start(), o.end(), c.start(), c.end()))) listed++;
          }
          return new SemEvalEval.Verdict(candidates.size(), listed);
        };
      }, showFailures ? System.out : null);
    }
    eval.print(System.out);
    return 0;
  }
}
