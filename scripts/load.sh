#!/usr/bin/env bash
# Load test (not part of ./test.sh): starts the server as run.sh does (-Xms64m -Xmx256m) on a free
# loopback port with a scratch feedback/audit directory, then runs candor.load.LoadRun against it:
#  unloaded p50/p99 (one request at a time), saturation throughput (closed loop, 1/2/4/8/16 clients),
#  then three open-loop runs at twice the saturation rate (fixed arrival rate; each segment twice the
#  closed loop measured just before it), each checked for:
#  every answer 200 or 429/503 with Retry-After; accepted throughput >= 90% of saturation;
#  accepted p99 <= 10x unloaded p99; heap after a full GC (jcmd PID GC.run, read from /metrics)
#  back to the baseline after each run, with no growth across runs. The saturation is searched after a
#  minute's warm-up; each run is three open-loop segments, each followed by a closed-loop segment at the
#  best client count, and each open segment is held to the mean of the two around it, as this VM's
#  capacity drifts by up to 10% in minutes.
#  The open-loop client is one thread on non-blocking sockets, as wrk is, waking at most once a millisecond.
#  Exits 1 when any check fails.
# Bounded: every phase (an open-loop run: its three segments together) lasts LOAD_SECONDS (default 20) and sends at most MAX_REQUESTS (default 60000, so a 2x open-loop run lasts its whole LOAD_SECONDS);
# the whole run takes about 20 x LOAD_SECONDS plus a minute. The client shares the machine's cores with the server.
# Usage: [LOAD_SECONDS=20] [MAX_REQUESTS=60000] [SERVE_ARGS="..."] scripts/load.sh
#   e.g. CANDOR_WORKERS=2 CANDOR_QUEUE=8 scripts/load.sh   (server settings via CANDOR_* variables)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh
ensure_java_maven
if [ ! -f server/target/candor.jar ] || [ ! -f server/target/test-classes/candor/load/LoadRun.class ]; then
  mvn -B -q -DskipTests install
fi
[ -f server/target/load.cp ] || mvn -B -q -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load.cp
SCRATCH=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
CANDOR_FEEDBACK_FILE="$SCRATCH/feedback.jsonl" CANDOR_AUDIT_DB="jdbc:sqlite:$SCRATCH/audit.db" \
  java -Xms64m -Xmx256m -XX:+UseParallelGC ${SERVER_JAVA_OPTS:-} -jar server/target/candor.jar serve --port "$PORT" ${SERVE_ARGS:-} >"$SCRATCH/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
for i in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.2; done
echo "server pid $PID: workers=${CANDOR_WORKERS:-default} queue=${CANDOR_QUEUE:-default} queueWaitMs=${CANDOR_QUEUE_WAIT_MS:-default}"
# The client runs on the serial collector: G1's background threads took about 0.04 of the two cores
# from the server at 2,400 requests/s (client 0.16-0.17 cores vs 0.12).
java -XX:+UseSerialGC -cp "server/target/test-classes:server/target/candor.jar:$(cat server/target/load.cp)" candor.load.LoadRun \
  "http://127.0.0.1:$PORT" "$PID" --seconds "${LOAD_SECONDS:-20}" --max-requests "${MAX_REQUESTS:-60000}" --runs 3
