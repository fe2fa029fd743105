package candor.auth;

import candor.config.Config;
import candor.http.BadRequest;
import candor.http.Json;
import candor.http.MinRateInput;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Team mode. Without a tokens file every request gets {@link Access#OPEN} (the server then binds
 * loopback only). With one, a before-handler admits a request to anything but the open paths
 * ({@code /health}, the dashboard's static files and its sign-in endpoint) only with
 * {@code Authorization: Bearer TOKEN} or a dashboard session cookie; {@code /metrics} needs a
 * leader. Requests carried by the cookie that change something must come from the server's own
 * origin (CSRF). The tokens file is re-read within two seconds of a change; a file that breaks
 * while the server runs is refused (logged, with the line) and the last good one stays.
 */
public final class TeamAuth {
  private static final Logger LOG = LoggerFactory.getLogger(TeamAuth.class);
  public static final String COOKIE = "candor_session";
  static final Duration SESSION_TTL = Duration.ofHours(12);
  private static final Set<String> OPEN_PATHS = Set.of("/health", "/audit", "/audit/audit.js", "/audit/audit.css",
      "/audit/chart.js", "/audit/session");
  private static final long RECHECK_NANOS = 2_000_000_000L;

  private final Path file;
  private final boolean trustProxy;
  private final Sessions sessions;
  private volatile TokensFile tokens;
  private volatile FileTime loadedStamp;
  private volatile long loadedSize;
  private volatile long lastCheck = System.nanoTime();

  private TeamAuth(Path file, boolean trustProxy, Clock clock) {
    this.file = file;
    this.trustProxy = trustProxy;
    this.sessions = new Sessions(SESSION_TTL, clock);
    if (file != null) reload(true);
  }

  /**
   * Adds team mode to a Javalin config: the before-handler deciding {@link Access} for every
   * request, and {@code GET|POST|DELETE /audit/session}. Throws {@link TokensFileException} for a
   * bad tokens file and {@link IllegalStateException} for a non-loopback host without one.
   */
  public static TeamAuth install(JavalinConfig cfg, Config config) {
    String refusal = Hosts.refusal(config.host, config.tokensFile);
    if (refusal != null) throw new IllegalStateException(refusal);
    Path f = config.tokensFile == null || config.tokensFile.isBlank() ? null : Path.of(config.tokensFile);
    TeamAuth auth = new TeamAuth(f, config.trustProxy, Clock.systemUTC());
    cfg.routes.before(auth::admit);
    cfg.routes.get("/audit/session", auth::whoAmI);
    cfg.routes.post("/audit/session", auth::signIn);
    cfg.routes.delete("/audit/session", auth::signOut);
    return auth;
  }

  /** Why {@code serve} must not start with these settings (non-loopback without tokens, bad tokens file), or null. */
  public static String startupProblem(Config config) {
    String refusal = Hosts.refusal(config.host, config.tokensFile);
    if (refusal != null) return refusal;
    if (config.tokensFile != null && !config.tokensFile.isBlank()) {
      try {
        TokensFile.load(Path.of(config.tokensFile));
      } catch (TokensFileException e) {
        return e.getMessage();
      }
    }
    return null;
  }

  public boolean teamMode() {
    return file != null;
  }

  // ---- the before-handler ----

  private void admit(Context ctx) {
    if (file == null) {
      ctx.attribute(Access.ATTRIBUTE, Access.OPEN);
      return;
    }
    if (ctx.method().name().equals("OPTIONS")) return; // CORS preflight carries no credentials; nothing runs for it
    TokensFile t = current();
    Optional<Caller> caller = caller(ctx, t);
    caller.ifPresent(c -> ctx.attribute(Access.ATTRIBUTE, new Access(c.who(), t)));
    String path = ctx.path();
    if (OPEN_PATHS.contains(path)) return;
    if (caller.isEmpty()) throw unauthorized(ctx, bearer(ctx) != null);
    if (caller.get().byCookie() && !safe(ctx) && !sameOrigin(ctx)) {
      throw new BadRequest(403, "A dashboard request that changes something must come from the dashboard's own page.");
    }
    if (path.equals("/metrics") && !caller.get().who().isLeader()) throw new BadRequest(403, "/metrics needs a leader's token.");
  }

  private record Caller(Principal who, byte[] hash, boolean byCookie) {}

  /** The caller by bearer token (which wins when present, valid or not) or by session cookie. */
  private Optional<Caller> caller(Context ctx, TokensFile t) {
    String token = bearer(ctx);
    if (token != null) {
      byte[] h = TokensFile.sha256(token);
      return t.byHash(h).map(p -> new Caller(p, h, false));
    }
    Optional<byte[]> h = sessions.tokenHash(ctx.cookie(COOKIE));
    return h.flatMap(hash -> t.byHash(hash).map(p -> new Caller(p, hash, true)));
  }

  private static String bearer(Context ctx) {
    String h = ctx.header("Authorization");
    if (h == null) return null;
    h = h.strip();
    if (h.length() < 7 || !h.substring(0, 7).equalsIgnoreCase("bearer ")) return "";
    return h.substring(7).strip();
  }

  private static BadRequest unauthorized(Context ctx, boolean presented) {
    ctx.header("WWW-Authenticate", presented ? "Bearer realm=\"candor\", error=\"invalid_token\"" : "Bearer realm=\"candor\"");
    return new BadRequest(401, presented ? "The token is not valid (unknown, revoked, or not a Bearer token)."
        : "Team mode: send Authorization: Bearer TOKEN (or sign in on the dashboard at /audit).");
  }

  private static boolean safe(Context ctx) {
    String m = ctx.method().name();
    return m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
  }

  /**
   * True when a browser says the request comes from this server's own page: Origin's host and
   * port equal the Host header (or X-Forwarded-Host when the proxy is trusted). Without an Origin
   * header, Sec-Fetch-Site decides; without either it is no browser's cross-site request.
   */
  boolean sameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      String site = ctx.header("Sec-Fetch-Site");
      return site == null || site.equals("same-origin") || site.equals("none");
    }
    String authority;
    try {
      URI o = URI.create(origin.strip());
      if (o.getScheme() == null || o.getRawAuthority() == null) return false;
      authority = o.getRawAuthority().toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String host = ctx.header("Host");
    if (host != null && authority.equals(host.strip().toLowerCase(Locale.ROOT))) return true;
    String fwd = trustProxy ? ctx.header("X-Forwarded-Host") : null;
    return fwd != null && authority.equals(fwd.split(",")[0].strip().toLowerCase(Locale.ROOT));
  }

  /** True when the browser reached us over HTTPS (directly, or via a trusted proxy's X-Forwarded-Proto). */
  boolean https(Context ctx) {
    if ("https".equalsIgnoreCase(ctx.scheme())) return true;
    String p = trustProxy ? ctx.header("X-Forwarded-Proto") : null;
    return p != null && p.split(",")[0].strip().equalsIgnoreCase("https");
  }

  // ---- /audit/session ----

  private void whoAmI(Context ctx) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("teamMode", teamMode());
    Access a = ctx.attribute(Access.ATTRIBUTE);
    if (teamMode() && a == null) {
      m.put("signedIn", false); // 200, not 401: asking whether one is signed in is not a failed request
      ctx.json(m);
      return;
    }
    m.put("signedIn", teamMode());
    a.principal().ifPresent(p -> {
      m.put("role", p.role().word());
      m.put("team", p.team());
      if (p.rep() != null) m.put("rep", p.rep());
    });
    ctx.json(m);
  }

  private void signIn(Context ctx) throws IOException {
    if (!teamMode()) throw new BadRequest(404, "This server runs without a tokens file: there is nothing to sign in to.");
    String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals("application/json")) throw new BadRequest(415, "Sign in with a JSON body: {\"token\": \"...\"}.");
    if (!sameOrigin(ctx)) throw new BadRequest(403, "Sign in from the dashboard's own page.");
    byte[] body;
    // A few hundred bytes: 1 KiB a second after ten seconds' grace, so a trickled sign-in cannot hold a thread.
    try (InputStream in = new MinRateInput(ctx.req().getInputStream(), 1024, 10_000)) {
      body = in.readNBytes(4097);
    }
    if (body.length > 4096) throw new BadRequest(413, "The sign-in body is larger than 4096 bytes.");
    JsonNode token;
    try {
      token = Json.mapper().readTree(body).get("token");
    } catch (IOException | RuntimeException e) {
      throw new BadRequest(400, "The body must be JSON: {\"token\": \"...\"}.");
    }
    if (token == null || !token.isTextual()) throw new BadRequest(400, "The body must be JSON: {\"token\": \"...\"}.");
    byte[] hash = TokensFile.sha256(token.textValue().strip());
    Optional<Principal> who = current().byHash(hash);
    if (who.isEmpty()) throw new BadRequest(401, "That token is not valid.");
    sessions.end(ctx.cookie(COOKIE));
    String id;
    try {
      id = sessions.create(hash);
    } catch (IllegalStateException e) {
      throw new BadRequest(503, "Too many dashboard sessions are open; try again later.");
    }
    ctx.res().addHeader("Set-Cookie", cookie(ctx, id, SESSION_TTL.toSeconds()));
    ctx.header("Cache-Control", "no-store");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("teamMode", true);
    m.put("signedIn", true);
    m.put("role", who.get().role().word());
    m.put("team", who.get().team());
    if (who.get().rep() != null) m.put("rep", who.get().rep());
    ctx.json(m);
  }

  private void signOut(Context ctx) {
    if (!sameOrigin(ctx)) throw new BadRequest(403, "Sign out from the dashboard's own page.");
    sessions.end(ctx.cookie(COOKIE));
    ctx.res().addHeader("Set-Cookie", cookie(ctx, "", 0));
    ctx.status(204);
  }

  private String cookie(Context ctx, String value, long maxAge) {
    return COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict" + (https(ctx) ? "; Secure" : "");
  }

  // ---- the tokens file, re-read when it changes ----

  private TokensFile current() {
    long now = System.nanoTime();
    if (now - lastCheck > RECHECK_NANOS) {
      lastCheck = now;
      reload(false);
    }
    return tokens;
  }

  private synchronized void reload(boolean first) {
    FileTime stamp;
    long size;
    try {
      stamp = Files.getLastModifiedTime(file);
      size = Files.size(file);
    } catch (IOException e) {
      if (first) throw new TokensFileException("Tokens file " + file + " cannot be read: " + e.getMessage(), e);
      LOG.warn("Tokens file {} cannot be read ({}); keeping the tokens loaded before", file, e.getMessage());
      return;
    }
    if (!first && stamp.equals(loadedStamp) && size == loadedSize) return;
    try {
      tokens = TokensFile.load(file);
      if (!first) LOG.info("Reloaded the tokens file {} ({} tokens)", file, tokens.size());
    } catch (TokensFileException e) {
      if (first) throw e;
      LOG.warn("{}; keeping the tokens loaded before", e.getMessage());
    }
    loadedStamp = stamp;
    loadedSize = size;
  }
}
