-- The team audit store. Portable SQL: the same file migrates SQLite and PostgreSQL.
-- Times are epoch milliseconds (UTC) so both databases compare and sort them alike; weeks are
-- computed in Java. Keys are text (Message-ID, or "sha256:..." for mail without one), so no
-- auto-increment dialect is needed.

-- One audited message: who sent it, when, the subject, and how many findings of each kind.
-- The body is kept only when the audit ran with --keep-bodies.
CREATE TABLE audit_message (
  msg_key      VARCHAR(600)  NOT NULL PRIMARY KEY,
  rep          VARCHAR(320)  NOT NULL,
  sent_at      BIGINT,
  subject      VARCHAR(1000) NOT NULL,
  pressure     INTEGER       NOT NULL,
  overpromise  INTEGER       NOT NULL,
  unanswered   INTEGER       NOT NULL,
  audited_at   BIGINT        NOT NULL,
  body         TEXT
);
CREATE INDEX audit_message_sent ON audit_message (sent_at);
CREATE INDEX audit_message_rep ON audit_message (rep);

-- What was flagged: the rule, its type, confidence, the flagged words and the sentence around
-- them (span_start/span_end locate the words inside the sentence, in UTF-16 units).
-- category is pressure | overpromise | unanswered; for unanswered the words are the buyer's.
CREATE TABLE audit_finding (
  msg_key      VARCHAR(600)  NOT NULL,
  seq          INTEGER       NOT NULL,
  category     VARCHAR(32)   NOT NULL,
  rule_id      VARCHAR(120)  NOT NULL,
  type         VARCHAR(64)   NOT NULL,
  confidence   DOUBLE PRECISION NOT NULL,
  span_text    VARCHAR(2000) NOT NULL,
  sentence     VARCHAR(4000) NOT NULL,
  span_start   INTEGER       NOT NULL,
  span_end     INTEGER       NOT NULL,
  message      VARCHAR(2000) NOT NULL,
  PRIMARY KEY (msg_key, seq)
);

-- One audit (a CLI run or an upload): its source, state and progress.
CREATE TABLE audit_run (
  run_id       VARCHAR(64)   NOT NULL PRIMARY KEY,
  source       VARCHAR(1000) NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  done         INTEGER       NOT NULL,
  total        INTEGER,
  audited      INTEGER       NOT NULL,
  skipped      INTEGER       NOT NULL,
  error        VARCHAR(2000),
  started_at   BIGINT        NOT NULL,
  finished_at  BIGINT
);

-- Which messages an audit covered (a message seen by several audits is stored once).
CREATE TABLE audit_run_message (
  run_id       VARCHAR(64)   NOT NULL,
  msg_key      VARCHAR(600)  NOT NULL,
  PRIMARY KEY (run_id, msg_key)
);
CREATE INDEX audit_run_message_key ON audit_run_message (msg_key);
