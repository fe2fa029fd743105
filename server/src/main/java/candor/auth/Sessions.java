package candor.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dashboard sign-in sessions, kept in memory only (a restart signs everyone out). The cookie holds
 * a random id; the server keeps the token's hash with it, so removing the token from the tokens
 * file ends its sessions at their next request.
 */
final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int MAX = 10_000;

  record Session(byte[] tokenHash, Instant expires) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Duration ttl;
  private final Clock clock;

  Sessions(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  Duration ttl() {
    return ttl;
  }

  /** Starts a session for a token (by hash) and returns its id. */
  String create(byte[] tokenHash) {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> !s.expires().isAfter(now));
    if (sessions.size() >= MAX) throw new IllegalStateException("too many sessions");
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    sessions.put(id, new Session(tokenHash.clone(), now.plus(ttl)));
    return id;
  }

  /** The token hash behind a live session id. */
  Optional<byte[]> tokenHash(String id) {
    if (id == null || id.length() != 43) return Optional.empty();
    Session s = sessions.get(id);
    if (s == null) return Optional.empty();
    if (!s.expires().isAfter(clock.instant())) {
      sessions.remove(id);
      return Optional.empty();
    }
    return Optional.of(s.tokenHash());
  }

  void end(String id) {
    if (id != null) sessions.remove(id);
  }

  int size() {
    return sessions.size();
  }
}
