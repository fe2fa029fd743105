-- Team mode: the team whose leader uploaded an audit (NULL for audits run from the command line),
-- so GET /v1/audits/{id} answers 403 to other teams. Portable: SQLite and PostgreSQL.
ALTER TABLE audit_run ADD COLUMN team VARCHAR(200);
