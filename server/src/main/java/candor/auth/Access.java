package candor.auth;

import candor.http.BadRequest;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the caller of one request may see, set on every request by {@link TeamAuth}: everything
 * when the server runs without a tokens file, otherwise what the caller's token allows. A rep
 * sees their own address; a leader the reps listed for their team in the tokens file.
 */
public final class Access {
  static final String ATTRIBUTE = "candor.access";
  /** No tokens file: one trusted user on loopback. */
  public static final Access OPEN = new Access(null, null);

  private final Principal who;
  private final TokensFile tokens;

  Access(Principal who, TokensFile tokens) {
    this.who = who;
    this.tokens = tokens;
  }

  /**
   * The caller's access. Fails closed: a request that did not pass through {@link TeamAuth}'s
   * before-handler sees nothing.
   */
  public static Access of(Context ctx) {
    Access a = ctx.attribute(ATTRIBUTE);
    if (a == null) throw new IllegalStateException("TeamAuth is not installed: no access decided for " + ctx.path());
    return a;
  }

  public boolean teamMode() {
    return who != null;
  }

  public Optional<Principal> principal() {
    return Optional.ofNullable(who);
  }

  /** Which rep addresses this caller may see. */
  public Predicate<String> visibleReps() {
    if (who == null) return rep -> true;
    if (who.isLeader()) return rep -> tokens.teamOf(rep).map(who.team()::equals).orElse(false);
    return rep -> who.rep().equalsIgnoreCase(rep);
  }

  /** The reps to report on for optional {@code rep} and {@code team} filters: 403 outside the caller's view. */
  public Predicate<String> filter(String rep, String team) {
    Predicate<String> visible = visibleReps();
    if (team != null && !team.isBlank()) {
      if (who == null) throw new BadRequest(400, "Teams come from the tokens file (team mode); this server runs without one.");
      if (!who.team().equals(team.strip())) throw new BadRequest(403, "Your token is for team '" + who.team() + "', not '" + team.strip() + "'.");
    }
    if (rep != null && !rep.isBlank()) {
      String r = rep.strip().toLowerCase(Locale.ROOT);
      if (!visible.test(r)) {
        throw new BadRequest(403, who != null && who.isLeader() ? r + " is not a rep of team '" + who.team() + "'."
            : "A rep token shows only its own results (" + who.rep() + ").");
      }
      return r::equals;
    }
    return visible;
  }

  /** 403 unless the caller is a leader (or team mode is off). */
  public void requireLeader(String what) {
    if (who != null && !who.isLeader()) throw new BadRequest(403, what + " needs a leader's token.");
  }

  /** 403 unless an audit run started by {@code runTeam} (null: from the command line) is the caller's team's. */
  public void checkRunTeam(String runTeam) {
    if (who == null) return;
    if (runTeam == null) throw new BadRequest(403, "This audit was run from the command line; read it with GET /v1/audit/report.");
    if (!runTeam.equals(who.team())) throw new BadRequest(403, "This audit belongs to another team.");
  }

  /** The caller's team in team mode, else null. */
  public String team() {
    return who == null ? null : who.team();
  }
}
