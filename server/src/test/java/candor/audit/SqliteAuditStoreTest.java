package candor.audit;

/** The store contract on an embedded SQLite file. */
class SqliteAuditStoreTest extends AuditStoreContract {
  @Override
  String freshUrl() {
    return "jdbc:sqlite:" + tmp.resolve("audit.db");
  }
}
