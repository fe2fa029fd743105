package candor.engine;

import candor.mail.QuotedMessage;
import candor.mail.ReplySplitter;
import candor.mail.Span;
import candor.mail.SplitBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
   * For a message in the thread: its sender's words and, when it hands on a colleague's message
   * ("see below from our CFO" over a "Forwarded message" block, or "pasting them below" over "> "
   * lines), that message's words too. A buyer who forwards a colleague's questions is asking them; a
   * quoted reply is history already in the thread.
   */
  public static OwnText withForwarded(ReplySplitter splitter, String body) {
    SplitBody split = splitter.split(body);
    int marker = ReplySplitter.forwardedMarkerEnd(body);
    if (marker < 0 && !PASSES_ON.matcher(split.newText(body).toLowerCase(Locale.ROOT)).find()) {
      return new OwnText(split.newText(), split);
    }
    List<Span> spans = new ArrayList<>(split.newText());
    for (QuotedMessage q : split.quoted()) {
      String text = q.text().strip();
      if (text.isEmpty()) continue;
      spans.addAll(placed(body, text, Math.max(marker, 0)));
      break; // the forwarded message itself, not what it quoted in turn
    }
    spans.sort(Comparator.comparingInt(Span::start));
    return new OwnText(spans, split);
  }

  /** Where a quoted message's text stands in {@code body}: in one piece, or line by line between "> " markers. */
  private static List<Span> placed(String body, String text, int from) {
    int at = body.indexOf(text, from);
    if (at >= 0) return List.of(new Span(at, at + text.length()));
    List<Span> out = new ArrayList<>();
    int cursor = from;
    for (String line : text.split("\n")) {
      String l = line.strip();
      int i = l.isEmpty() ? -1 : body.indexOf(l, cursor);
      if (i < 0) continue;
      out.add(new Span(i, i + l.length()));
      cursor = i + l.length();
    }
    return out;
  }

  /**
   * The sender's words hand on a colleague's message quoted below them: "see below from our fleet
   * engineer", "following on from Kate's email below", "my CFO had a couple of questions, pasting them
   * below". "My answers are below" hands on nothing.
   */
  private static final Pattern PASSES_ON = Pattern.compile(
      "\\b(?:pasting|pasted|forwarding|forwarded|copying|copied|passing on)\\b[^.?!]{0,60}\\b(?:below|underneath)\\b"
          + "|\\bbelow (?:from|is from|are from) (?:our|my|\\w+)\\b"
          + "|\\b(?:from|by) (?:our|my) [^.?!]{1,40}\\bbelow\\b"
          + "|\\b\\w+'s (?:e-?mail|note|message|points|questions|reply|comments|list) (?:below|underneath)\\b");

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
