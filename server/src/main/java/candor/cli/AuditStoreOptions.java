package candor.cli;

import candor.audit.AuditException;
import candor.config.Config;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --db and --config, shared by audit, report, purge: flag, then CANDOR_AUDIT_DB, then the YAML, then ./candor-audit.db. */
public final class AuditStoreOptions {
  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Audit store: jdbc:sqlite:FILE (default ./candor-audit.db) or jdbc:postgresql://HOST:PORT/DB?user=..&password=..")
  String db;

  @Option(names = "--config", description = "YAML config file (see README).")
  Path config;

  Config load() {
    Config c;
    try {
      c = Config.load(config, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new AuditException(e.getMessage());
    }
    if (db != null) c.auditDb = db;
    return c;
  }
}
