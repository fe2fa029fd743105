package candor.cli;

import candor.config.Config;
import candor.http.FeedbackStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes out the false-alarm reports clients sent, for corpus work. */
@Command(name = "feedback", mixinStandardHelpOptions = true, description = "Work with false-alarm reports.")
public final class FeedbackCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "export")
  String verb;

  @Option(names = "--out", description = "Write to this file instead of standard output.")
  Path out;

  @Option(names = "--config", description = "YAML config file (for feedbackFile).")
  Path config;

  @Override
  public Integer call() throws IOException {
    if (!"export".equals(verb)) {
      System.err.println("Unknown verb '" + verb + "': use 'feedback export'.");
      return 2;
    }
    Config c = Config.load(config, System.getenv());
    List<String> rows = new FeedbackStore(Path.of(c.feedbackFile)).all();
    if (out == null) rows.forEach(System.out::println);
    else Files.write(out, rows, StandardCharsets.UTF_8);
    if (out != null) System.err.println(rows.size() + " reports written to " + out);
    return 0;
  }
}
