package candor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** candor.jar's entry point: serve, analyze, eval, feedback, audit, report, purge. */
@Command(name = "candor", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Tone and candor checker for sales email.",
    subcommands = {ServeCommand.class, AnalyzeCommand.class, EvalCommand.class, FeedbackCommand.class,
        AuditCommand.class, ReportCommand.class, PurgeCommand.class,
        EvalDarkPatternCommand.class,
        EvalMathurCommand.class,
        EvalDraftSentencesCommand.class,
        EvalRequestsCommand.class,
        EvalBuyerSentencesCommand.class,
        EvalConcernsCommand.class,
        EvalCalibrationCommand.class,
        EvalSuggestionsCommand.class,
        EvalSemEvalCommand.class,
        TokenCommand.class})
public final class Main implements Runnable {
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
