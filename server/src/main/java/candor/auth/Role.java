package candor.auth;

import java.util.Locale;

/** What a token may do: a rep sees their own audit results, a leader their team's. */
public enum Role {
  REP, LEADER;

  /** The word used in the tokens file and on the command line. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Role parse(String s) {
    return switch (s) {
      case "rep" -> REP;
      case "leader" -> LEADER;
      default -> null;
    };
  }
}
