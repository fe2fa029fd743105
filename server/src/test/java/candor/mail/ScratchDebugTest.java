package candor.mail;

import java.io.InputStream;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

class ScratchDebugTest {
  @Test
  void dump() throws Exception {
    Path corpus = SpamAssassinCorpusTest.corpus();
    MailReader reader = new MailReader();
    Map<String, Integer> warn = new TreeMap<>();
    try (Stream<Path> s = Files.walk(corpus)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          ParsedMail m = reader.read(in);
          if (m.text().isBlank()) System.out.println("EMPTY " + f);
          for (String w : m.warnings()) warn.merge(w.replaceAll("'[^']*'", "'X'"), 1, Integer::sum);
        }
      }
    }
    warn.forEach((k, v) -> System.out.println(v + " " + k));
  }
}
