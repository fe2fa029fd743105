#!/usr/bin/env bash
# Builds Candor and starts the server on its embedded defaults (127.0.0.1:8080).
# Extra arguments go to `serve`, e.g. ./run.sh --port 9090 --config candor.yml
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-tools.sh
ensure_java_maven
mvn -B -q -DskipTests package
exec java -Xms64m -Xmx256m -XX:+UseParallelGC -jar server/target/candor.jar serve "$@"
