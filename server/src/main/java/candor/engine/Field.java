package candor.engine;

/** Which part of the draft a finding points into. */
public enum Field {
  TEXT, SUBJECT;

  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
