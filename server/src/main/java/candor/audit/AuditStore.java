package candor.audit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Where audit results live: an embedded SQLite file or PostgreSQL, migrated by Flyway
 * ({@code db/audit/V*.sql}, portable SQL). Thread-safe. Each message is saved in one transaction
 * and keyed by its Message-ID, so a rerun adds nothing and a killed audit loses at most the
 * messages it had not committed.
 */
public final class AuditStore implements AutoCloseable {
  public static final String DEFAULT_URL = "jdbc:sqlite:candor-audit.db";
  private static final Pattern SECRET = Pattern.compile("(?i)(password=)[^&;]*");

  private final HikariDataSource pool;
  private final boolean sqlite;
  /** SQLite has one writer; serialising writes here avoids SQLITE_BUSY between pooled connections. */
  private final ReentrantLock writeLock = new ReentrantLock();

  private AuditStore(HikariDataSource pool, boolean sqlite) {
    this.pool = pool;
    this.sqlite = sqlite;
  }

  /** Opens (and migrates) the store at a JDBC URL: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://...}. */
  public static AuditStore open(String jdbcUrl) {
    String url = jdbcUrl == null || jdbcUrl.isBlank() ? DEFAULT_URL : jdbcUrl.trim();
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    if (!sqlite && !url.startsWith("jdbc:postgresql:")) {
      throw new AuditException("Unsupported audit store URL " + redact(url)
          + ": use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB?user=...&password=...");
    }
    try {
      Flyway.configure().dataSource(url, null, null).locations("classpath:db/audit")
          .table("audit_schema_history").loggers("slf4j").load().migrate();
    } catch (FlywayException e) {
      throw new AuditException("Cannot open the audit store at " + redact(url) + ": " + rootMessage(e), e);
    }
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(url);
    hc.setPoolName("candor-audit");
    hc.setMaximumPoolSize(4);
    hc.setMinimumIdle(1);
    hc.setConnectionTimeout(30_000);
    hc.setInitializationFailTimeout(10_000);
    if (sqlite) {
      hc.addDataSourceProperty("journal_mode", "WAL"); // readers (dashboard) never block the writer
      hc.addDataSourceProperty("synchronous", "NORMAL"); // durable across a killed process
      hc.addDataSourceProperty("busy_timeout", "30000");
      hc.addDataSourceProperty("transaction_mode", "IMMEDIATE");
    }
    try {
      return new AuditStore(new HikariDataSource(hc), sqlite);
    } catch (RuntimeException e) {
      throw new AuditException("Cannot open the audit store at " + redact(url) + ": " + rootMessage(e), e);
    }
  }

  /** The URL with any password masked, for messages. */
  public static String redact(String url) {
    return SECRET.matcher(url).replaceAll("$1***");
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : SECRET.matcher(m).replaceAll("$1***");
  }

  public boolean isSqlite() {
    return sqlite;
  }

  public boolean contains(String key) {
    try (Connection c = pool.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT 1 FROM audit_message WHERE msg_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Saves one message and its findings, and notes that {@code runId} covered it, in one
   * transaction. Returns false (and stores nothing new) when the message was already there.
   */
  public boolean save(String runId, StoredMessage m) {
    writeLock.lock();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        boolean inserted;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_message (msg_key, rep, sent_at, subject,"
            + " pressure, overpromise, unanswered, audited_at, body) VALUES (?,?,?,?,?,?,?,?,?)"
            + " ON CONFLICT (msg_key) DO NOTHING")) {
          ps.setString(1, m.key());
          ps.setString(2, m.rep());
          setInstant(ps, 3, m.sentAt());
          ps.setString(4, cut(m.subject(), 1000));
          ps.setInt(5, m.count(StoredFinding.PRESSURE));
          ps.setInt(6, m.count(StoredFinding.OVERPROMISE));
          ps.setInt(7, m.count(StoredFinding.UNANSWERED));
          ps.setLong(8, System.currentTimeMillis());
          if (m.body() == null) ps.setNull(9, Types.VARCHAR); else ps.setString(9, m.body());
          inserted = ps.executeUpdate() == 1;
        }
        if (inserted && !m.findings().isEmpty()) {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_finding (msg_key, seq, category, rule_id,"
              + " type, confidence, span_text, sentence, span_start, span_end, message) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            int seq = 0;
            for (StoredFinding f : m.findings()) {
              ps.setString(1, m.key());
              ps.setInt(2, seq++);
              ps.setString(3, f.category());
              ps.setString(4, cut(f.ruleId(), 120));
              ps.setString(5, cut(f.type(), 64));
              ps.setDouble(6, f.confidence());
              ps.setString(7, cut(f.text(), 2000));
              ps.setString(8, cut(f.sentence(), 4000));
              ps.setInt(9, f.spanStart());
              ps.setInt(10, f.spanEnd());
              ps.setString(11, cut(f.message(), 2000));
              ps.addBatch();
            }
            ps.executeBatch();
          }
        }
        if (runId != null) link(c, runId, m.key());
        c.commit();
        return inserted;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("save to", e);
    } finally {
      writeLock.unlock();
    }
  }

  /** Notes that a run covered a message already stored. */
  public void link(String runId, String key) {
    writeLock.lock();
    try (Connection c = pool.getConnection()) {
      link(c, runId, key);
    } catch (SQLException e) {
      throw failure("save to", e);
    } finally {
      writeLock.unlock();
    }
  }

  private static void link(Connection c, String runId, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO audit_run_message (run_id, msg_key) VALUES (?, ?) ON CONFLICT (run_id, msg_key) DO NOTHING")) {
      ps.setString(1, runId);
      ps.setString(2, key);
      ps.executeUpdate();
    }
  }

  public String createRun(String source, Integer total) {
    String id = UUID.randomUUID().toString();
    update("INSERT INTO audit_run (run_id, source, status, done, total, audited, skipped, started_at)"
        + " VALUES (?,?,?,0,?,0,0,?)", id, cut(source, 1000), RunStatus.RUNNING, total, System.currentTimeMillis());
    return id;
  }

  /** Records the team that started an audit (team mode); see {@link #runTeam}. */
  public void setRunTeam(String runId, String team) {
    update("UPDATE audit_run SET team = ? WHERE run_id = ?", team, runId);
  }

  /** The team that started an audit, empty for audits run from the command line or without team mode. */
  public Optional<String> runTeam(String runId) {
    try (Connection c = pool.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT team FROM audit_run WHERE run_id = ?")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  public void progress(String runId, int done, Integer total, int audited, int skipped) {
    update("UPDATE audit_run SET done = ?, total = ?, audited = ?, skipped = ? WHERE run_id = ?",
        done, total, audited, skipped, runId);
  }

  public void finishRun(String runId, String status, String error) {
    update("UPDATE audit_run SET status = ?, error = ?, finished_at = ? WHERE run_id = ?",
        status, error == null ? null : cut(error, 2000), System.currentTimeMillis(), runId);
  }

  /** Runs still marked running (e.g. after the server died) are failed when it starts again. */
  public void failAbandonedRuns(String why) {
    update("UPDATE audit_run SET status = ?, error = ?, finished_at = ? WHERE status = ?",
        RunStatus.FAILED, why, System.currentTimeMillis(), RunStatus.RUNNING);
  }

  public Optional<RunStatus> run(String runId) {
    try (Connection c = pool.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT run_id, source, status, done, total, audited, skipped,"
             + " error, started_at, finished_at FROM audit_run WHERE run_id = ?")) {
      ps.setString(1, runId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        Integer total = rs.getObject(5) == null ? null : rs.getInt(5);
        return Optional.of(new RunStatus(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), total,
            rs.getInt(6), rs.getInt(7), rs.getString(8), instant(rs, 9), instant(rs, 10)));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * The stored messages with their findings, sent on or after {@code since} (all when null),
   * limited to one run's messages when {@code runId} is given. Ordered by key.
   */
  public List<StoredMessage> messages(Instant since, String runId) {
    String where = " WHERE 1=1" + (since != null ? " AND m.sent_at >= ?" : "")
        + (runId != null ? " AND m.msg_key IN (SELECT msg_key FROM audit_run_message WHERE run_id = ?)" : "");
    Map<String, List<StoredFinding>> findings = new HashMap<>();
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = pool.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT f.msg_key, f.category, f.rule_id, f.type, f.confidence,"
          + " f.span_text, f.sentence, f.span_start, f.span_end, f.message FROM audit_finding f"
          + " JOIN audit_message m ON m.msg_key = f.msg_key" + where + " ORDER BY f.msg_key, f.seq")) {
        bind(ps, since, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            findings.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StoredFinding(rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                rs.getInt(9), rs.getString(10)));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT m.msg_key, m.rep, m.sent_at, m.subject, m.body"
          + " FROM audit_message m" + where + " ORDER BY m.msg_key")) {
        bind(ps, since, runId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.add(new Object[] {rs.getString(1), rs.getString(2), instant(rs, 3), rs.getString(4), rs.getString(5)});
          }
        }
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    List<StoredMessage> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(new StoredMessage((String) r[0], (String) r[1], (Instant) r[2], (String) r[3],
          findings.getOrDefault((String) r[0], List.of()), (String) r[4]));
    }
    return out;
  }

  public int messageCount() {
    try (Connection c = pool.getConnection();
         PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_message");
         ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Deletes the results of messages sent before {@code before} (or, for undated messages,
   * audited before it), in one transaction. Returns how many messages went.
   */
  public int purge(Instant before) {
    long t = before.toEpochMilli();
    String old = "SELECT msg_key FROM audit_message WHERE COALESCE(sent_at, audited_at) < ?";
    writeLock.lock();
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (String sql : new String[] {"DELETE FROM audit_finding WHERE msg_key IN (" + old + ")",
            "DELETE FROM audit_run_message WHERE msg_key IN (" + old + ")"}) {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, t);
            ps.executeUpdate();
          }
        }
        int n;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_message WHERE COALESCE(sent_at, audited_at) < ?")) {
          ps.setLong(1, t);
          n = ps.executeUpdate();
        }
        c.commit();
        return n;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("purge", e);
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  private void update(String sql, Object... args) {
    writeLock.lock();
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        if (a == null) ps.setNull(i + 1, Types.NULL); // untyped: PostgreSQL refuses a VARCHAR null for an INTEGER column
        else if (a instanceof Integer n) ps.setInt(i + 1, n);
        else if (a instanceof Long n) ps.setLong(i + 1, n);
        else ps.setString(i + 1, a.toString());
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("save to", e);
    } finally {
      writeLock.unlock();
    }
  }

  private static void bind(PreparedStatement ps, Instant since, String runId) throws SQLException {
    int i = 1;
    if (since != null) ps.setLong(i++, since.toEpochMilli());
    if (runId != null) ps.setString(i, runId);
  }

  private static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) ps.setNull(i, Types.BIGINT); else ps.setLong(i, t.toEpochMilli());
  }

  private static Instant instant(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  private static String cut(String s, int max) {
    if (s == null) return "";
    if (s.length() <= max) return s;
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
    return s.substring(0, end);
  }

  private static AuditException failure(String what, SQLException e) {
    return new AuditException("Could not " + what + " the audit store: " + rootMessage(e), e);
  }
}
