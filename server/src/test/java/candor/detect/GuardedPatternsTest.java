package candor.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.rules.GuardedPattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The literal guard in front of each of our fixed patterns may only skip texts the pattern cannot
 * match: on every line of the team corpus (as written and lower-cased) guarded and plain agree,
 * down to where each match starts and ends when the guard narrows a pattern to some of its alternatives.
 */
class GuardedPatternsTest {
  private static final List<String> OWNERS = List.of("candor.detect.Topics", "candor.detect.Coverage", "candor.detect.ReplyCues", "candor.detect.AnswerKinds",
      "candor.detect.ConcernFinder", "candor.detect.ClaimCheck", "candor.insights.Qualification",
      "candor.insights.NextStep", "candor.insights.Stalls", "candor.insights.GoingDark", "candor.insights.SlowResponse",
      "candor.insights.Cues", "candor.features.Cues");

  @Test
  void guardsNeverHideAMatch() throws Exception {
    for (String owner : OWNERS) Class.forName(owner, true, getClass().getClassLoader());
    List<GuardedPattern> patterns = GuardedPattern.compiled();
    assertTrue(patterns.size() >= 30, "patterns compiled: " + patterns.size());
    assertTrue(patterns.stream().filter(GuardedPattern::guarded).count() >= 25, "most patterns have a guard");
    List<String> lines = corpusLines();
    int matches = 0;
    for (GuardedPattern p : patterns) {
      for (String line : lines) {
        for (String text : List.of(line, line.toLowerCase(Locale.ROOT))) {
          boolean plain = p.pattern().matcher(text).find();
          assertEquals(plain, p.find(text), () -> p.pattern().pattern() + " on " + text);
          // The matcher may run a narrowed pattern: every match, where it starts and ends, is the same.
          if (plain) assertEquals(spans(p.pattern().matcher(text)), spans(p.matcher(text)), () -> p.pattern().pattern() + " on " + text);
          if (plain) matches++;
        }
      }
    }
    assertTrue(matches > 1000, "the corpus exercises the patterns: " + matches);
  }

  @Test
  void everyPatternHasAGuard() throws Exception {
    // A pattern the prefilter cannot read (say \\p{L}) loses its guard silently and runs on every text:
    // one such alternative in the concern pattern cost about 3% of a full analysis.
    for (String owner : OWNERS) Class.forName(owner, true, getClass().getClassLoader());
    List<String> unguarded = GuardedPattern.compiled().stream().filter(p -> !p.guarded())
        .map(p -> p.pattern().pattern().substring(0, Math.min(80, p.pattern().pattern().length()))).toList();
    assertEquals(List.of(), unguarded);
  }

  private static List<String> spans(java.util.regex.Matcher m) {
    List<String> out = new ArrayList<>();
    while (m.find()) out.add(m.start() + "-" + m.end());
    return out;
  }

  private List<String> corpusLines() throws IOException {
    List<String> out = new ArrayList<>();
    for (String resource : List.of("corpus/draft-sentences.tsv", "corpus/buyer-sentences.tsv", "corpus/concern-threads.jsonl",
        "corpus/reply-coverage.tsv")) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
        if (in == null) throw new IOException(resource + " is not on the classpath");
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          // JSON lines carry whole messages; their \n escapes are the sentence breaks that matter here.
          for (String part : line.split("\\\\n|\t")) if (!part.isBlank()) out.add(part);
        }
      }
    }
    return out;
  }
}
