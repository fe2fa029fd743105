package candor.mail;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML mail body as the plain text a mail client would have sent.
 *
 * <p>Blocks and {@code <br>} become line breaks, paragraphs get a blank line, and every
 * {@code <blockquote>} adds a "&gt; " level, so that {@link ReplySplitter} sees HTML history the
 * same way it sees plain-text history. Gmail's signature div gets a "-- " delimiter for the same
 * reason.
 */
final class HtmlToText {

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "center", "dd", "div", "dl", "dt", "fieldset", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
      "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "blockquote");
  private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
      "table", "ul", "ol");
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title", "template",
      "noscript", "svg", "object", "iframe");

  private final StringBuilder out = new StringBuilder();
  private final StringBuilder line = new StringBuilder();
  private int quoteLevel;
  private int pre;
  private int blankPending; // 0 none, 1 line break, 2 blank line
  private int pendingLevel; // the lowest quote level seen while the break was pending

  private HtmlToText() {}

  static String convert(String html) {
    Document doc = Jsoup.parse(html);
    HtmlToText r = new HtmlToText();
    // jsoup's traversal is iterative, so hostile nesting costs no stack.
    NodeTraversor.filter(r.new Visitor(), doc.body() != null ? doc.body() : doc);
    r.flush();
    return r.out.toString().strip() + (r.out.length() > 0 ? "\n" : "");
  }

  private final class Visitor implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text(t.getWholeText());
      } else if (node instanceof Element e) {
        if (SKIPPED.contains(e.normalName())) {
          return FilterResult.SKIP_ENTIRELY;
        }
        open(e);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        close(e);
      }
      return FilterResult.CONTINUE;
    }
  }

  private static boolean isQuote(Element e) {
    String tag = e.normalName();
    return tag.equals("blockquote")
        || (e.hasClass("gmail_quote") && tag.equals("div") && e.selectFirst("blockquote") == null
            && !e.hasClass("gmail_attr"));
  }

  private void open(Element e) {
    String tag = e.normalName();
    if (tag.equals("br")) {
      // A <br> on an empty line is a blank line (Gmail writes <div><br></div> for one).
      breakLine(line.length() > 0 ? 1 : 2);
      return;
    }
    boolean quote = isQuote(e);
    if (isWordLine(e)) {
      // Outlook desktop writes each line as <p class=MsoNormal>, a blank line as one holding
      // only &nbsp;: a paragraph here is a line, not a paragraph.
      breakLine(e.text().replace('\u00A0', ' ').isBlank() ? 2 : 1);
    } else if (BLOCKS.contains(tag)) {
      breakLine(PARAGRAPHS.contains(tag) || quote ? 2 : 1);
    }
    if (e.hasClass("gmail_signature")) {
      breakLine(1);
      if (!lastLineIsDelimiter()) { // Gmail often writes the "-- " prefix itself
        line.append("-- ");
        breakLine(1);
      }
    }
    if (tag.equals("li")) {
      line.append("- ");
    }
    if (tag.equals("pre")) {
      pre++;
    }
    if (quote) {
      quoteLevel++;
    }
  }

  private void close(Element e) {
    String tag = e.normalName();
    if (tag.equals("br")) {
      return;
    }
    if (isQuote(e)) {
      breakLine(2);
      quoteLevel--;
    }
    if (tag.equals("pre")) {
      pre--;
    }
    if (tag.equals("td") || tag.equals("th")) {
      text(" ");
    }
    if (BLOCKS.contains(tag)) {
      breakLine(PARAGRAPHS.contains(tag) && !isWordLine(e) ? 2 : 1);
    }
  }

  private static boolean isWordLine(Element e) {
    return e.normalName().equals("p") && e.className().startsWith("Mso");
  }

  private boolean lastLineIsDelimiter() {
    String done = out.toString().stripTrailing();
    String last = done.substring(done.lastIndexOf('\n') + 1).replace(">", "").strip();
    return last.equals("--");
  }

  private void text(String s) {
    if (pre > 0) {
      String[] parts = s.split("\r?\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          breakLine(1);
          forceLine();
        }
        appendToLine(parts[i]);
      }
      return;
    }
    String collapsed = s.replace('\u00A0', ' ').replaceAll("[ \\t\\r\\n\\f]+", " ");
    if (line.length() == 0 || line.charAt(line.length() - 1) == ' ') {
      collapsed = collapsed.stripLeading();
    }
    if (!collapsed.isEmpty()) {
      appendToLine(collapsed);
    }
  }

  private void appendToLine(String s) {
    if (blankPending > 0) {
      flushPending();
    }
    line.append(s);
  }

  /** Asks for a line break (1) or a blank line (2) before the next text. */
  private void breakLine(int kind) {
    if (line.length() > 0) {
      emitLine();
    }
    pendingLevel = blankPending == 0 ? quoteLevel : Math.min(pendingLevel, quoteLevel);
    blankPending = Math.max(blankPending, kind);
  }

  private void forceLine() {
    if (blankPending > 0) {
      flushPending();
    }
  }

  private void flushPending() {
    if (blankPending == 2 && out.length() > 0) {
      // The blank line between quoted paragraphs keeps its marker so the quote stays one block.
      int level = Math.min(pendingLevel, quoteLevel);
      out.append("> ".repeat(level).stripTrailing()).append('\n');
    }
    blankPending = 0;
  }

  private void emitLine() {
    String text = line.toString().stripTrailing();
    line.setLength(0);
    if (text.isEmpty()) {
      return;
    }
    out.append(quotePrefix()).append(text).append('\n');
  }

  private String quotePrefix() {
    return "> ".repeat(quoteLevel);
  }

  private void flush() {
    if (line.length() > 0) {
      emitLine();
    }
  }
}
