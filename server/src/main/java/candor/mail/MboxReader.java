package candor.mail;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the messages of an mbox file (mboxo or mboxrd), one at a time.
 *
 * <p>Only the current message is held in memory, cut at the reader's
 * {@link MailLimits#maxMessageBytes()}, so a 10,000-message mailbox costs what its largest
 * message costs. A line starting "From " begins a message when it follows a blank line (or
 * starts the file) and looks like a postmark ("From sender date"); "&gt;From " lines lose one
 * "&gt;", as mboxrd writers escaped them. Not thread-safe: one reader per file.
 */
public final class MboxReader implements Iterator<ParsedMail>, Closeable {

  /** A postmark names a sender and a time or year: "From dana@x.io Tue Mar  3 10:14:00 2026". */
  private static final Pattern POSTMARK =
      Pattern.compile("^From \\S+ .*(?:\\d{1,2}:\\d{2}|\\b\\d{4}\\b).*");
  private static final int MAX_LINE_CHECK = 1_000;

  private final InputStream in;
  private final MailReader reader;
  private final LineSource lines;
  private byte[] pendingLine; // the postmark that starts the next message
  private boolean started;
  private ParsedMail next;

  public MboxReader(InputStream in, MailReader reader) {
    this.in = new BufferedInputStream(in, 1 << 16);
    this.reader = reader;
    this.lines = new LineSource(this.in, reader.limits().maxMessageBytes());
  }

  /** Opens a file; close the reader (or the stream from {@link #stream()}) when done. */
  public static MboxReader open(Path mbox, MailReader reader) throws IOException {
    return new MboxReader(Files.newInputStream(mbox), reader);
  }

  /** The messages as a lazy stream; closing it closes the file. */
  public Stream<ParsedMail> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(() -> {
          try {
            close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = readNext();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return next != null;
  }

  @Override
  public ParsedMail next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ParsedMail m = next;
    next = null;
    return m;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private ParsedMail readNext() throws IOException {
    if (!started) {
      started = true;
      // Skip anything before the first postmark (a file must start with one; be lenient).
      byte[] line;
      while ((line = lines.next()) != null) {
        if (isPostmark(line)) {
          pendingLine = line;
          break;
        }
      }
    }
    if (pendingLine == null) {
      return null;
    }
    pendingLine = null;
    int cap = reader.limits().maxMessageBytes();
    ByteArrayOutputStream msg = new ByteArrayOutputStream(8192);
    boolean cut = false;
    boolean previousBlank = false;
    byte[] line;
    while ((line = lines.next()) != null) {
      if (previousBlank && isPostmark(line)) {
        pendingLine = line;
        break;
      }
      previousBlank = isBlank(line);
      int from = escapedFrom(line) ? 1 : 0;
      if (msg.size() + line.length - from <= cap && !lines.lastWasCut()) {
        msg.write(line, from, line.length - from);
      } else {
        cut = true;
      }
    }
    byte[] bytes = msg.toByteArray();
    int length = withoutSeparatorBlank(bytes);
    ParsedMail parsed = reader.read(length == bytes.length ? bytes
        : java.util.Arrays.copyOf(bytes, length));
    if (!cut) {
      return parsed;
    }
    java.util.List<String> warnings = new java.util.ArrayList<>(parsed.warnings());
    warnings.add("mbox message longer than " + cap + " bytes, the rest ignored");
    return new ParsedMail(parsed.messageId(), parsed.inReplyTo(), parsed.references(),
        parsed.from(), parsed.fromAddress(), parsed.to(), parsed.cc(), parsed.subject(),
        parsed.date(), parsed.text(), warnings);
  }

  private static boolean isPostmark(byte[] line) {
    if (line.length < 6 || line[0] != 'F' || line[1] != 'r' || line[2] != 'o' || line[3] != 'm'
        || line[4] != ' ') {
      return false;
    }
    String s = new String(line, 0, Math.min(line.length, MAX_LINE_CHECK),
        StandardCharsets.ISO_8859_1).stripTrailing();
    return POSTMARK.matcher(s).matches();
  }

  /** "&gt;From ", "&gt;&gt;From ": mboxrd escapes; one "&gt;" comes off. */
  private static boolean escapedFrom(byte[] line) {
    int i = 0;
    while (i < line.length && line[i] == '>') {
      i++;
    }
    return i > 0 && line.length >= i + 5 && line[i] == 'F' && line[i + 1] == 'r'
        && line[i + 2] == 'o' && line[i + 3] == 'm' && line[i + 4] == ' ';
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != '\n' && b != '\r' && b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  /** The blank line before the next postmark belongs to the mbox, not the message. */
  private static int withoutSeparatorBlank(byte[] b) {
    int n = b.length;
    if (n >= 2 && b[n - 1] == '\n' && b[n - 2] == '\n') {
      return n - 1;
    }
    if (n >= 4 && b[n - 1] == '\n' && b[n - 2] == '\r' && b[n - 3] == '\n') {
      return n - 2;
    }
    return n;
  }

  /** Reads lines (with their line ending) but never more than a cap per line. */
  private static final class LineSource {
    private final InputStream in;
    private final int cap;
    private boolean cut;

    LineSource(InputStream in, int cap) {
      this.in = in;
      this.cap = cap;
    }

    byte[] next() throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream(128);
      cut = false;
      int c;
      while ((c = in.read()) != -1) {
        if (line.size() < cap) {
          line.write(c);
        } else {
          cut = true; // keep reading to the line end so the next line starts right
        }
        if (c == '\n') {
          break;
        }
      }
      return c == -1 && line.size() == 0 ? null : line.toByteArray();
    }

    boolean lastWasCut() {
      return cut;
    }
  }
}
