package candor.packs;

import candor.rules.PackException;
import candor.rules.PackLoader;
import candor.rules.RulePack;
import candor.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in packs plus a team's own folder of YAML packs (banned phrases, approved claims, rules
 * switched off), reloaded when the files change. A pack that fails validation at start-up stops the
 * server with its file and rule named; one that breaks later is refused and the last good rules stay
 * active, so a typo in a team pack never takes detection down.
 */
public final class TeamPacks implements Supplier<RuleSet>, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TeamPacks.class);

  private final Path dir;
  private final PackLoader loader = new PackLoader();
  private final List<RulePack> builtIn;
  private volatile RuleSet current;
  private volatile Map<String, String> seen = Map.of();
  private volatile String lastError;
  private ScheduledExecutorService watcher;

  public TeamPacks(Path dir) {
    this.dir = dir;
    this.builtIn = loader.builtIn();
    this.current = load(); // throws PackException: refuse to start with a bad pack
  }

  /** Polls the folder for changes every {@code periodMillis}; polling works on every filesystem, unlike WatchService. */
  public TeamPacks watch(long periodMillis) {
    watcher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "candor-pack-watcher");
      t.setDaemon(true);
      return t;
    });
    watcher.scheduleWithFixedDelay(this::reloadIfChanged, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    return this;
  }

  @Override
  public RuleSet get() {
    return current;
  }

  /** The last reload's error (file and rule named), or null when the active rules are up to date. */
  public String lastError() {
    return lastError;
  }

  void reloadIfChanged() {
    try {
      if (snapshot().equals(seen)) return;
      current = load();
      lastError = null;
      LOG.info("Reloaded team packs from {}: {} rules active", dir, current.rules().size());
    } catch (PackException e) {
      lastError = e.getMessage();
      LOG.error("Team pack refused, keeping the previous rules: {}", e.getMessage());
    } catch (IOException | RuntimeException e) {
      lastError = e.getMessage();
      LOG.error("Team packs could not be read from {}: {}", dir, e.getMessage());
    }
  }

  private RuleSet load() {
    try {
      Map<String, String> snap = snapshot();
      List<RulePack> packs = new ArrayList<>(builtIn);
      for (String file : snap.keySet()) packs.add(loader.load(Path.of(file)));
      RuleSet set = new RuleSet(packs, List.of());
      seen = snap;
      return set;
    } catch (IOException e) {
      throw new PackException(dir.toString(), null, "cannot read the pack folder: " + e.getMessage());
    }
  }

  /** Pack files with their modification time and size, in name order. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) throw new IOException(dir + " is not a folder");
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
          // Time and size: a rewrite within one timestamp tick still shows up as a change.
          out.put(p.toString(), Files.getLastModifiedTime(p).toMillis() + ":" + Files.size(p));
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    if (watcher != null) watcher.shutdownNow();
  }
}
