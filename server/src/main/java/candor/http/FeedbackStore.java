package candor.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * False-alarm reports from clients, appended as JSON lines for corpus work. A report holds only
 * what the user chose to send (the flagged span and its sentence), never the whole message.
 */
public final class FeedbackStore {
  private final Path file;

  public FeedbackStore(Path file) {
    this.file = file;
  }

  public synchronized void add(String id, String rule, String text, String sentence) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("at", Instant.now().toString());
    row.put("id", id);
    row.put("rule", rule);
    row.put("text", text);
    row.put("sentence", sentence);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      Files.writeString(file, Bodies.write(row) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized List<String> all() {
    try {
      return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
