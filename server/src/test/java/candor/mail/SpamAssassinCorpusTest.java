package candor.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the reader and splitter over real third-party mail (spam and ham, 2002-era MIME), which
 * lives in shared/ beside the repository and is absent from a fresh clone.
 */
class SpamAssassinCorpusTest {

  static Path corpus() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path c = p.resolve("shared/corpora/spamassassin-public-corpus");
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    return null;
  }

  @Test
  void everyMessageParsesAndSplitsWithoutException() throws IOException {
    Path corpus = corpus();
    assumeTrue(corpus != null,
        "SKIPPED: shared/corpora/spamassassin-public-corpus not found above " 
            + System.getProperty("user.dir"));
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().endsWith(".md"))
          .sorted()
          .toList();
    }
    MailReader reader = new MailReader();
    ReplySplitter splitter = new ReplySplitter();
    int nonEmpty = 0;
    int withQuotes = 0;
    int withWarnings = 0;
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        ParsedMail m = reader.read(in);
        SplitBody split = splitter.split(m.text());
        if (!m.text().isBlank()) {
          nonEmpty++;
        }
        if (!split.quoted().isEmpty()) {
          withQuotes++;
        }
        if (!m.warnings().isEmpty()) {
          withWarnings++;
        }
        assertTrue(split.newTextEnd() <= m.text().length());
      } catch (RuntimeException e) {
        failures.add(corpus.relativize(f) + ": " + e);
      }
    }
    System.out.printf("spamassassin corpus: %d files, %d with non-empty text, %d with quoted"
        + " history, %d with warnings, %d exceptions%n",
        files.size(), nonEmpty, withQuotes, withWarnings, failures.size());
    assertEquals(List.of(), failures);
    assertTrue(files.size() > 3000, "expected the whole corpus, found " + files.size());
  }
}
