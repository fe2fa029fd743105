package candor.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tokens file: format, refusal with the line named, lookups by token. */
class TokensFileTest {
  @TempDir Path tmp;

  private Path write(String... lines) throws Exception {
    Path f = tmp.resolve("tokens");
    Files.write(f, List.of(lines));
    return f;
  }

  private static String hash(String token) {
    return TokensFile.line(token, new Principal(Role.LEADER, "x", null)).split("\t")[0];
  }

  @Test
  void readsLeadersAndRepsAndFindsTheirTokens() throws Exception {
    Path f = write("# Candor tokens", "", hash("lead-1") + "\tleader\tEast Coast",
        hash("rep-1") + "\trep\tEast Coast\tDana@Vendor.com", "  " + hash("rep-2") + "\trep\twest\tsam@vendor.com  ");
    TokensFile t = TokensFile.load(f);
    assertEquals(3, t.size());
    assertEquals(new Principal(Role.LEADER, "East Coast", null), t.lookup("lead-1").orElseThrow());
    assertEquals(new Principal(Role.REP, "East Coast", "dana@vendor.com"), t.lookup("rep-1").orElseThrow());
    assertEquals("west", t.teamOf("SAM@vendor.com").orElseThrow());
    assertTrue(t.lookup("rep-3").isEmpty());
    assertTrue(t.lookup("").isEmpty());
    assertTrue(t.lookup(null).isEmpty());
    assertTrue(t.teamOf("nobody@vendor.com").isEmpty());
  }

  @Test
  void aBadLineIsRefusedWithItsNumber() throws Exception {
    String good = hash("a") + "\tleader\teast";
    record Case(String line, String why) {}
    for (Case c : List.of(
        new Case("sha256:abc\tleader\teast", "64 lower-case hex"),
        new Case("cnd_plaintexttoken\tleader\teast", "never the token"),
        new Case(hash("b") + "\tadmin\teast", "role must be rep or leader, not 'admin'"),
        new Case(hash("b") + "\trep\teast", "needs the rep's mail address"),
        new Case(hash("b") + "\trep\teast\tnot-an-address", "not a mail address"),
        new Case(hash("b") + "\tleader\teast\tdana@vendor.com", "three fields"),
        new Case(hash("b") + " leader east", "separated by tabs"),
        new Case(hash("b") + "\tleader\t<script>", "team must be"),
        new Case(hash("a") + "\trep\teast\tdana@vendor.com", "already on line 2"))) {
      Path f = write("# header", good, c.line());
      TokensFileException e = assertThrows(TokensFileException.class, () -> TokensFile.load(f), c.line());
      assertTrue(e.getMessage().contains(f + " line 3: "), e.getMessage());
      assertTrue(e.getMessage().contains(c.why()), e.getMessage());
    }
  }

  @Test
  void aRepBelongsToOneTeamAndTheFileMustExistAndListTokens() throws Exception {
    Path twoTeams = write(hash("a") + "\trep\teast\tdana@vendor.com", hash("b") + "\trep\twest\tdana@vendor.com");
    assertTrue(assertThrows(TokensFileException.class, () -> TokensFile.load(twoTeams)).getMessage()
        .contains("line 2: dana@vendor.com is already in team 'east'"));
    Path empty = write("# nothing yet");
    assertTrue(assertThrows(TokensFileException.class, () -> TokensFile.load(empty)).getMessage().contains("lists no tokens"));
    assertTrue(assertThrows(TokensFileException.class, () -> TokensFile.load(tmp.resolve("missing"))).getMessage()
        .contains("cannot be read"));
  }

  @Test
  void newTokensAreRandomAndTheirLineLoads() throws Exception {
    String t1 = TokensFile.newToken();
    String t2 = TokensFile.newToken();
    assertFalse(t1.equals(t2));
    assertTrue(t1.matches("cnd_[A-Za-z0-9_-]{43}"), t1);
    String line = TokensFile.line(t1, new Principal(Role.REP, "east", "dana@vendor.com"));
    assertFalse(line.contains(t1), "only the hash is written");
    TokensFile t = TokensFile.load(write(line));
    assertEquals("dana@vendor.com", t.lookup(t1).orElseThrow().rep());
  }
}
