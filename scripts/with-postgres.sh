#!/usr/bin/env bash
# Runs CMD with a throwaway PostgreSQL: installs Debian's postgresql when missing, creates a cluster
# in a temp dir (as the postgres user when run as root: initdb refuses root), starts it on a free
# port on 127.0.0.1, creates a database, exports CANDOR_TEST_PG_URL (JDBC, with user and password),
# runs CMD, and stops and removes the cluster on exit, whatever happens.
#
#   scripts/with-postgres.sh mvn -q -o -pl server test -Dtest='candor.audit.**' -Dsurefire.failIfNoSpecifiedTests=false
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN="$(pg_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "$0: PostgreSQL is not installed and installing it needs root (apt-get install postgresql)." >&2
    exit 1
  fi
  echo "== Installing PostgreSQL (Debian package)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  BIN="$(pg_bin)"
fi

# As root, the cluster belongs to the postgres user; otherwise to whoever runs this.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

DIR="$(mktemp -d /tmp/candor-pg.XXXXXX)"
chmod 755 "$DIR"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
PGDATA_DIR="$DIR/data"
LOG="$DIR/server.log"

cleanup() {
  local rc=$?
  as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
  exit "$rc"
}
trap cleanup EXIT INT TERM

# A free port on 127.0.0.1: nothing answers a connect there.
free_port() {
  PORT=""
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then PORT=$p; break; fi
  done
  [ -n "$PORT" ] || { echo "$0: no free port found" >&2; exit 1; }
}
free_port

USER_NAME=candor
PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
printf '%s\n' "$PASSWORD" > "$DIR/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR/pwfile"

as_pg "$BIN/initdb" -D "$PGDATA_DIR" -U "$USER_NAME" --pwfile="$DIR/pwfile" --auth=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >/dev/null
rm -f "$DIR/pwfile"
start_pg() {
  as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$LOG" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off" start >/dev/null
}
# Once in CI the server did not start and its log went with the temp dir; show it, and try once more
# on another port (the port was free when checked, but another process may have taken it since).
if ! start_pg; then
  echo "$0: PostgreSQL did not start on port $PORT; the end of its log:" >&2
  tail -n 20 "$LOG" >&2 || true
  free_port
  start_pg
fi
PGPASSWORD="$PASSWORD" "$BIN/psql" -q -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" -d postgres \
  -c "CREATE DATABASE candor_test" >/dev/null

export CANDOR_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PORT/candor_test?user=$USER_NAME&password=$PASSWORD"
echo "== PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (removed on exit)" >&2
set +e
"$@"
rc=$?
set -e
exit "$rc"
