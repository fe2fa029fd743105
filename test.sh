#!/usr/bin/env bash
# Runs every test: the Java modules (unit, pack examples, HTTP end to end, evaluation when
# ../shared is present) and the browser extension's tests in a real Chromium.
# Installs what it needs when missing and starts/stops the services its tests use.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-tools.sh
ensure_java_maven

echo "== Java modules"
mvn -B -ntp install

if [ -x extension/test.sh ]; then
  echo "== Browser extension"
  CANDOR_JAR="$PWD/server/target/candor.jar" extension/test.sh
fi
echo "All tests passed."
