package candor.auth;

/** A tokens file that cannot be used; the message names the file and, for a bad line, its number. */
public final class TokensFileException extends RuntimeException {
  public TokensFileException(String message) {
    super(message);
  }

  public TokensFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
