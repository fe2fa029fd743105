package candor.engine;

import candor.mail.ReplySplitter;
import candor.mail.Span;
import candor.mail.SplitBody;
import java.util.List;

/**
 * The parts of a body its sender wrote: not quoted history, not the signature. Detection looks only
 * here, so nothing quoted is ever judged as the draft's own words.
 */
public record OwnText(List<Span> spans, SplitBody split) implements candor.detect.PatternDetector.Region {
  public static OwnText of(ReplySplitter splitter, String body) {
    SplitBody split = splitter.split(body);
    return new OwnText(split.newText(), split);
  }

  /** Whether [start, end) lies inside one of the sender's own spans. */
  @Override
  public boolean contains(int start, int end) {
    for (Span s : spans) {
      if (start >= s.start() && end <= s.end()) return true;
    }
    return false;
  }

  public String text(String body) {
    StringBuilder sb = new StringBuilder();
    for (Span s : spans) sb.append(s.of(body)).append('\n');
    return sb.toString();
  }
}
