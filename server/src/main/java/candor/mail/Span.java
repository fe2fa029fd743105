package candor.mail;

/** A non-empty range [start, end) of UTF-16 offsets into a body string. */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public String of(String body) {
    return body.substring(start, end);
  }
}
