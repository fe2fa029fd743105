package candor.audit;

/**
 * A failure the user can act on (bad source, unreachable server, wrong JDBC URL). Its message is
 * shown as is, without a stack trace, and never contains message text or a password.
 */
public final class AuditException extends RuntimeException {
  public AuditException(String message) {
    super(message);
  }

  public AuditException(String message, Throwable cause) {
    super(message, cause);
  }
}
