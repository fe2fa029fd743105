package candor.engine;

/** The rep's reply being checked. Null fields are normalised to empty strings. */
public record Draft(String from, String subject, String text) {
  public Draft {
    from = from == null ? "" : from;
    subject = subject == null ? "" : subject;
    text = text == null ? "" : text;
  }
}
