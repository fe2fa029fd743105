package candor.http;

/** A client error with the HTTP status to answer and a detail that says what was wrong. */
public final class BadRequest extends RuntimeException {
  private final int status;

  public BadRequest(int status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
