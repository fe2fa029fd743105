#!/usr/bin/env bash
# Fuzzes one target for real with Jazzer (coverage-guided, libFuzzer), outside the test command.
# ./test.sh only replays each @FuzzTest's seed corpus; this runs the same @FuzzTest method through
# Jazzer's command line driver (--target_class/--target_method), so executions and time can be set.
#
#   scripts/fuzz.sh TARGET [MAX_EXECUTIONS]        TARGET: json | mail; MAX_EXECUTIONS default 10000000
#   MAX_SECONDS=3600 (default) also bounds the run; JAZZER_ARGS adds libFuzzer/Jazzer flags.
#   e.g. nice -n 19 scripts/fuzz.sh mail 10000000 > fuzz-mail.log 2>&1 &
#
# json: candor.http.JsonRequestFuzzTest#analyzeJson, request bytes -> ApiServer.parseJson ->
#       RequestParser -> Engine.analyze; only BadRequest may be thrown and every finding/concern
#       span must index its text. The eval threads (../shared/eval/dev.jsonl) join the corpus when present.
# mail: candor.mail.MailFuzzTest#readMail, bytes -> MailReader.read -> ReplySplitter.split; nothing
#       may be thrown and every span must lie inside the text.
# Instrumented (INCLUDES overrides): for mail our classes and Jakarta Mail/Angus; for json the
# request path and Jackson. The working corpus grows in
# .fuzz/TARGET/corpus (outside target/, so `mvn clean` keeps it and runs add up); every run logs to
# .fuzz/TARGET/run-TIME-PID.log, appends its executions to .fuzz/TARGET/runs.tsv and prints the total. MAX_LEN (default 4096)
# bounds an input: larger ones mostly cost time (the MIME-bomb tests cover huge input).
# A crashing input is written to .fuzz/TARGET/ and
# copied into the target's seed directory (src/test/resources/.../Inputs/METHOD/) so ./test.sh
# replays it from then on. Exit status 0 when no crash was found.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=${1:?usage: scripts/fuzz.sh json|mail [MAX_EXECUTIONS]}
RUNS=${2:-10000000}
case "$TARGET" in
  # json: the request path (parsing, validation, the engine's orchestration) is instrumented; the
  # detectors run uninstrumented, at full speed, still checked on every input (an analysis costs
  # ~1 ms: instrumented they held the target to ~200 executions/s).
  json) CLASS=candor.http.JsonRequestFuzzTest; METHOD=analyzeJson
        INCLUDES=${INCLUDES:-'candor.http.**:candor.engine.**:com.fasterxml.jackson.core.**:com.fasterxml.jackson.databind.**'} ;;
  mail) CLASS=candor.mail.MailFuzzTest; METHOD=readMail
        INCLUDES=${INCLUDES:-'candor.**:jakarta.mail.**:org.eclipse.angus.**'} ;;
  *) echo "unknown target $TARGET (json or mail)" >&2; exit 2 ;;
esac
source scripts/ensure-tools.sh
ensure_java_maven
if [ ! -f "server/target/test-classes/${CLASS//.//}.class" ]; then mvn -B -q -DskipTests install; fi
[ -f server/target/fuzz.cp ] || mvn -B -q -pl server dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz.cp
SEEDS="server/src/test/resources/${CLASS%.*}"; SEEDS="${SEEDS//.//}/${CLASS##*.}Inputs/$METHOD"
WORK=".fuzz/$TARGET"
mkdir -p "$WORK/corpus"
# One log per run: runs of one target may go at once (one per core), sharing the corpus.
LOG="$WORK/run-$(date -u +%Y%m%dT%H%M%SZ)-$$.log"
if [ "$TARGET" = json ] && [ -f ../shared/eval/dev.jsonl ]; then
  python3 - "$WORK/corpus" <<'PY'
import json, sys
for i, line in enumerate(open("../shared/eval/dev.jsonl")):
    if line.strip():
        d = json.loads(line)
        open(f"{sys.argv[1]}/eval-dev-{i}.json", "w").write(json.dumps({"draft": d["draft"], "thread": d["thread"]}))
PY
fi
CP="server/target/test-classes:server/target/classes:$(cat server/target/fuzz.cp)"
set +e
java -Xmx1g -cp "$CP" com.code_intelligence.jazzer.Jazzer \
  --target_class="$CLASS" --target_method="$METHOD" \
  --instrumentation_includes="$INCLUDES" \
  -runs="$RUNS" -max_total_time="${MAX_SECONDS:-3600}" -max_len="${MAX_LEN:-4096}" -print_final_stats=1 \
  -artifact_prefix="$WORK/" ${JAZZER_ARGS:-} "$WORK/corpus" "$SEEDS" 2>&1 | tee "$LOG"
rc=${PIPESTATUS[0]}
runs=$(awk '/stat::number_of_executed_units/{print $2}' "$LOG" | tail -1)
printf '%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "${runs:-0}" "$rc" >> "$WORK/runs.tsv"
echo "executions this run: ${runs:-0}; all runs of $TARGET: $(awk -F'\t' '{n+=$2} END {print n}' "$WORK/runs.tsv")" >&2
set -e
found=0
for f in "$WORK"/crash-* "$WORK"/timeout-* "$WORK"/oom-*; do
  [ -f "$f" ] || continue
  cp "$f" "$SEEDS/"
  echo "kept $(basename "$f") as a regression seed in $SEEDS" >&2
  found=1
done
[ $found -eq 0 ] && [ $rc -eq 0 ]
