#!/usr/bin/env bash
# Candor extension tests: Debian's Chromium + the real Candor server, driven by
# playwright-core under node's built-in test runner. Exits non-zero on failure.
#   CANDOR_JAR=path/to/candor.jar  use that server jar instead of building server/target/candor.jar
#   CHROMIUM_PATH=/path/to/chromium use another Chromium binary
set -euo pipefail
cd "$(dirname "$0")"
EXT_DIR=$PWD
REPO=$(cd .. && pwd)

if [[ -z "${CHROMIUM_PATH:-}" && ! -x /usr/bin/chromium ]]; then
  echo "test.sh: installing Debian's chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends chromium fonts-liberation
fi

if [[ ! -d node_modules/playwright-core ]]; then
  npm ci --no-audit --no-fund
fi

if [[ -z "${CANDOR_JAR:-}" ]]; then
  JAR="$REPO/server/target/candor.jar"
  if [[ ! -f "$JAR" ]]; then
    echo "test.sh: building the Candor server jar" >&2
    (cd "$REPO" && mvn -q -B -DskipTests package -pl server -am)
  fi
  [[ -f "$JAR" ]] || { echo "test.sh: $JAR missing after the build" >&2; exit 1; }
  export CANDOR_JAR="$JAR"
fi

# The store zip is what the tests' unpacked src/ must match; build it too when Maven is here.
(cd "$EXT_DIR" && mvn -q -B -N package) || { echo "test.sh: packaging the extension failed" >&2; exit 1; }

node --test --test-concurrency=1 --test-reporter=spec test/*.test.js
