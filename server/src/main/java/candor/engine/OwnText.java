package candor.engine;

import candor.mail.QuotedMessage;
import candor.mail.ReplySplitter;
import candor.mail.Span;
import candor.mail.SplitBody;
import java.util.ArrayList;
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

  /**
   * For a message in the thread: its sender's words and, when it forwards a message ("see below
   * from our CFO" over a "Forwarded message" block), the forwarded message's words too. A buyer who
   * forwards a colleague's questions is asking them; a quoted reply is history already in the thread.
   */
  public static OwnText withForwarded(ReplySplitter splitter, String body) {
    SplitBody split = splitter.split(body);
    int marker = ReplySplitter.forwardedMarkerEnd(body);
    if (marker < 0) return new OwnText(split.newText(), split);
    List<Span> spans = new ArrayList<>(split.newText());
    for (QuotedMessage q : split.quoted()) {
      String text = q.text().strip();
      if (text.isEmpty()) continue;
      int at = body.indexOf(text, marker);
      if (at >= 0) spans.add(new Span(at, at + text.length()));
      break; // the forwarded message itself, not what it quoted in turn
    }
    return new OwnText(spans, split);
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
