package candor.engine;

/** Who wrote a thread message: the buyer's side or the seller's. */
public enum Role {
  CUSTOMER, REP;

  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
