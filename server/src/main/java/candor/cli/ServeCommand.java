package candor.cli;

import candor.config.Config;
import candor.engine.Engine;
import candor.http.ApiServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the HTTP API. Binds loopback unless told otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the Candor HTTP server.")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--host", description = "Address to bind (default 127.0.0.1).")
  String host;

  @Option(names = "--port", description = "Port (default 8080; 0 picks a free one).")
  Integer port;

  @Option(names = "--config", description = "YAML config file (see README).")
  Path config;

  @Option(names = "--packs", description = "Folder of team rule packs.")
  String packs;

  @Option(names = "--db", paramLabel = "JDBC_URL", description = "Audit store for /audit and /v1/audits (default jdbc:sqlite:candor-audit.db).")
  String db;

  @Option(names = "--tokens", paramLabel = "FILE", description = "Team mode: the tokens file (see README); required to bind a non-loopback address.")
  String tokens;

  @Override
  public Integer call() throws InterruptedException {
    Config c = Config.load(config, System.getenv());
    if (host != null) c.host = host;
    if (port != null) c.port = port;
    if (packs != null) c.packs = packs;
    if (db != null) c.auditDb = db;
    if (tokens != null) c.tokensFile = tokens;
    String authProblem = candor.auth.TeamAuth.startupProblem(c);
    if (authProblem != null) {
      System.err.println(authProblem.startsWith("Refusing") ? authProblem : "Refusing to start: " + authProblem);
      return 2;
    }
    Engine engine;
    candor.packs.TeamPacks teamPacks = null;
    if (c.packs == null || c.packs.isBlank()) {
      engine = Engine.standard(c.cacheEntries);
    } else {
      try {
        teamPacks = new candor.packs.TeamPacks(java.nio.file.Path.of(c.packs)).watch(2_000);
      } catch (candor.rules.PackException e) {
        System.err.println("Refusing to start: " + e.getMessage());
        return 2;
      }
      engine = new Engine(candor.annotate.Annotator.english(), teamPacks, c.cacheEntries);
    }
    ApiServer server = new ApiServer(c, engine).start();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stop.countDown();
    }));
    System.out.println("Candor " + Version.get() + " listening on http://" + c.host + ":" + server.port());
    stop.await();
    return 0;
  }
}
