package candor.auth;

/**
 * Who a token belongs to: a {@link Role}, a team name, and for a rep the mail address whose audit
 * results they may see (lower case, as the audit stores senders).
 */
public record Principal(Role role, String team, String rep) {
  public boolean isLeader() {
    return role == Role.LEADER;
  }
}
