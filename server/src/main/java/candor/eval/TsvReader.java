package candor.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams tab-separated records with CSV-style quoting, as Python's csv module reads them: a field
 * that starts with a double quote runs to the next lone quote, may hold tabs and newlines, and
 * writes a quote as two. Memory stays bounded: one record at a time, each field at most
 * {@link #MAX_FIELD} characters (longer is an error, not a silent cut).
 */
public final class TsvReader {
  public static final int MAX_FIELD = 1 << 20;

  private final Reader in;
  private int peeked = -2;
  private long line = 1;

  public TsvReader(Reader in) {
    this.in = in;
  }

  /** The line the next record starts on (1-based), for error messages. */
  public long line() {
    return line;
  }

  /** The next record's fields, or null at the end of input. Blank lines are skipped. */
  public List<String> next() throws IOException {
    while (true) {
      int c = peek();
      if (c == -1) return null;
      if (c == '\n' || c == '\r') {
        read();
        continue;
      }
      return record();
    }
  }

  private List<String> record() throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStart = true;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == -1) throw new IOException("unterminated quoted field before line " + line);
        if (c == '"') {
          if (peek() == '"') {
            read();
            append(field, '"');
          } else {
            quoted = false;
          }
        } else {
          append(field, (char) c);
        }
        continue;
      }
      if (c == -1 || c == '\n') {
        fields.add(field.toString());
        return fields;
      }
      if (c == '\r') {
        if (peek() == '\n') continue;
        fields.add(field.toString());
        return fields;
      }
      if (c == '\t') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        continue;
      }
      if (c == '"' && fieldStart) {
        quoted = true;
        fieldStart = false;
        continue;
      }
      fieldStart = false;
      append(field, (char) c);
    }
  }

  private void append(StringBuilder field, char c) throws IOException {
    if (field.length() >= MAX_FIELD) throw new IOException("field longer than " + MAX_FIELD + " characters near line " + line);
    field.append(c);
  }

  private int peek() throws IOException {
    if (peeked == -2) peeked = in.read();
    return peeked;
  }

  private int read() throws IOException {
    int c = peek();
    peeked = -2;
    if (c == '\n') line++;
    return c;
  }
}
