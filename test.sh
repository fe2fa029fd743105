#!/usr/bin/env bash
# Runs every test: the Java modules (unit, pack examples, HTTP end to end, evaluation when
# ../shared is present, the audit store on SQLite and PostgreSQL, IMAP against GreenMail) and the
# browser extension's tests in a real Chromium.
# Installs what it needs when missing and starts/stops the services its tests use.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-tools.sh
ensure_java_maven

echo "== Java modules (with a throwaway PostgreSQL for the audit store tests)"
scripts/with-postgres.sh mvn -B -ntp install

if [ -x extension/test.sh ]; then
  echo "== Browser extension"
  CANDOR_JAR="$PWD/server/target/candor.jar" extension/test.sh
fi
echo "All tests passed."
