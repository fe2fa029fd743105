package candor.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The team-mode tokens file, one token per line, fields separated by a tab:
 *
 * <pre>
 * # comment
 * sha256:HEX	leader	TEAM
 * sha256:HEX	rep	TEAM	dana@vendor.com
 * </pre>
 *
 * HEX is the SHA-256 of the token (64 hex digits): the file never holds a token itself. A rep
 * line also says which team the address belongs to; a leader sees exactly the reps listed for
 * their team. Loading refuses the whole file at the first bad line, naming it. Immutable.
 */
public final class TokensFile {
  /** What {@code token new} hands out: a prefix secret scanners recognise, then 256 random bits. */
  public static final String TOKEN_PREFIX = "cnd_";
  private static final Pattern HASH = Pattern.compile("sha256:([0-9a-f]{64})");
  private static final Pattern TEAM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}");
  private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\"]{1,200}@[^\\s@<>\"]{1,200}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Entry(byte[] hash, Principal who) {}

  private final Path path;
  private final List<Entry> entries;
  private final Map<String, String> teamOfRep;

  private TokensFile(Path path, List<Entry> entries, Map<String, String> teamOfRep) {
    this.path = path;
    this.entries = entries;
    this.teamOfRep = teamOfRep;
  }

  public Path path() {
    return path;
  }

  public int size() {
    return entries.size();
  }

  /** Reads and checks the file; throws naming the file and line on the first problem. */
  public static TokensFile load(Path path) {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new TokensFileException("Tokens file " + path + " cannot be read: " + e.getMessage(), e);
    }
    return parse(path, lines);
  }

  static TokensFile parse(Path path, List<String> lines) {
    List<Entry> entries = new ArrayList<>();
    Map<String, String> teamOfRep = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int n = i + 1;
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 3) throw bad(path, n, "expected HASH<TAB>ROLE<TAB>TEAM[<TAB>ADDRESS] (fields separated by tabs)");
      var m = HASH.matcher(f[0].strip());
      if (!m.matches()) throw bad(path, n, "the first field must be sha256: and 64 lower-case hex digits (the token's hash, never the token)");
      String hex = m.group(1);
      Integer before = seen.putIfAbsent(hex, n);
      if (before != null) throw bad(path, n, "the same token hash is already on line " + before);
      Role role = Role.parse(f[1].strip());
      if (role == null) throw bad(path, n, "role must be rep or leader, not '" + f[1].strip() + "'");
      String team = f[2].strip();
      if (!TEAM.matcher(team).matches()) {
        throw bad(path, n, "team must be 1-100 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit");
      }
      String rep = null;
      if (role == Role.REP) {
        if (f.length != 4 || f[3].isBlank()) throw bad(path, n, "a rep line needs the rep's mail address as its fourth field");
        rep = f[3].strip().toLowerCase(Locale.ROOT);
        if (!ADDRESS.matcher(rep).matches()) throw bad(path, n, "'" + f[3].strip() + "' is not a mail address");
        String other = teamOfRep.putIfAbsent(rep, team);
        if (other != null && !other.equals(team)) throw bad(path, n, rep + " is already in team '" + other + "'");
      } else if (f.length != 3) {
        throw bad(path, n, "a leader line has three fields (HASH, leader, TEAM)");
      }
      entries.add(new Entry(HexFormat.of().parseHex(hex), new Principal(role, team, rep)));
    }
    if (entries.isEmpty()) throw new TokensFileException("Tokens file " + path + " lists no tokens; add a line per token (see README, Team mode).");
    return new TokensFile(path, List.copyOf(entries), Map.copyOf(teamOfRep));
  }

  private static TokensFileException bad(Path path, int line, String why) {
    return new TokensFileException("Tokens file " + path + " line " + line + ": " + why);
  }

  /** Who holds this token, if anyone. Every entry is compared in constant time, with no early exit. */
  public Optional<Principal> lookup(String token) {
    if (token == null || token.isEmpty() || token.length() > 512) return Optional.empty();
    return byHash(sha256(token));
  }

  /** The same, by the token's hash (as kept in a session). */
  Optional<Principal> byHash(byte[] hash) {
    Principal found = null;
    for (Entry e : entries) {
      if (MessageDigest.isEqual(e.hash(), hash) && found == null) found = e.who();
    }
    return Optional.ofNullable(found);
  }

  /** The team a rep address belongs to, from the rep lines. */
  public Optional<String> teamOf(String rep) {
    return rep == null ? Optional.empty() : Optional.ofNullable(teamOfRep.get(rep.toLowerCase(Locale.ROOT)));
  }

  /** True when some line names this team. */
  public boolean hasTeam(String team) {
    for (Entry e : entries) if (e.who().team().equals(team)) return true;
    return false;
  }

  public static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fresh random token: {@value #TOKEN_PREFIX} and 43 base64url characters (256 bits). */
  public static String newToken() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** The tokens-file line for a token held by this principal. */
  public static String line(String token, Principal who) {
    String hash = "sha256:" + HexFormat.of().formatHex(sha256(token));
    return hash + "\t" + who.role().word() + "\t" + who.team() + (who.rep() == null ? "" : "\t" + who.rep());
  }

  /** Checks a team name and address as the loader would (for {@code token new}); null when fine. */
  public static String problem(Role role, String team, String rep) {
    if (team == null || !TEAM.matcher(team).matches()) {
      return "team must be 1-100 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit";
    }
    if (role == Role.REP && (rep == null || !ADDRESS.matcher(rep).matches())) return "a rep token needs --rep ADDRESS (the rep's mail address)";
    if (role == Role.LEADER && rep != null) return "--rep is only for rep tokens";
    return null;
  }
}
