package candor.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import candor.cli.Main;
import candor.config.Config;
import candor.engine.Engine;
import candor.http.ApiServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Without a tokens file the server stays on loopback. */
class HostsTest {
  @Test
  void loopbackIs127Slash8AndColonColon1AndLocalhost() {
    for (String h : new String[] {"127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost", "LOCALHOST", "0:0:0:0:0:0:0:1"}) {
      assertTrue(Hosts.isLoopback(h), h);
    }
    for (String h : new String[] {"0.0.0.0", "::", "10.0.0.5", "192.168.1.20", "128.0.0.1", "", "  ", "no-such-host.invalid"}) {
      assertFalse(Hosts.isLoopback(h), h);
    }
    assertFalse(Hosts.isLoopback(null));
  }

  @Test
  void aNonLoopbackHostNeedsATokensFile() {
    assertNull(Hosts.refusal("127.0.0.1", ""));
    assertNull(Hosts.refusal("0.0.0.0", "/etc/candor/tokens"));
    String why = Hosts.refusal("0.0.0.0", "");
    assertTrue(why.startsWith("Refusing to listen on 0.0.0.0 without a tokens file"), why);
    assertTrue(why.contains("--tokens FILE"), why);
  }

  @Test
  void theTokensFileAndProxyTrustComeFromTheConfigFileOrTheEnvironment() throws Exception {
    java.nio.file.Path yml = java.nio.file.Files.createTempFile("candor", ".yml");
    java.nio.file.Files.writeString(yml, "tokensFile: /etc/candor/tokens\ntrustProxy: true\n");
    Config fromFile = Config.load(yml, java.util.Map.of());
    assertEquals("/etc/candor/tokens", fromFile.tokensFile);
    assertTrue(fromFile.trustProxy);
    Config fromEnv = Config.load(yml, java.util.Map.of("CANDOR_TOKENS_FILE", "/run/tokens", "CANDOR_TRUST_PROXY", "false"));
    assertEquals("/run/tokens", fromEnv.tokensFile);
    assertFalse(fromEnv.trustProxy);
    assertEquals("", new Config().tokensFile, "team mode is off by default");
    java.nio.file.Files.delete(yml);
  }

  @Test
  void theServerItselfRefusesToBindAnyInterfaceWithoutTokens() {
    Config c = new Config();
    c.host = "0.0.0.0";
    c.port = 0;
    RuntimeException e = assertThrows(RuntimeException.class, () -> new ApiServer(c, Engine.standard(10)).start().close());
    Throwable t = e;
    while (!(t instanceof IllegalStateException) && t.getCause() != null) t = t.getCause();
    assertTrue(t.getMessage().contains("Refusing to listen on 0.0.0.0"), t.getMessage());
  }

  @Test
  void serveOnAnyInterfaceWithoutTokensExitsAtOnceWithTheReason() {
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    int code;
    try {
      System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = new CommandLine(new Main()).execute("serve", "--host", "0.0.0.0", "--port", "0");
    } finally {
      System.setErr(err);
    }
    assertEquals(2, code);
    String out = buf.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("Refusing to listen on 0.0.0.0 without a tokens file"), out);
    assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "fails before loading models");
  }
}
