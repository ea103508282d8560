#!/usr/bin/env bash
# The decision service's load and fault run (docs/performance.md, docs/reliability.md).
#
#   benchmarks/load/load.sh [seconds per cell, default 10] [soak seconds, default 60]
#
# Needs the server jar and the CLI's class path (for the in-process column):
#   mvn -B -q -o -pl rules-server,rules-cli -am package -DskipTests
# Starts the server on a loopback port with a copy of the Ningxia rules as a rule folder (so a
# broken reload can be tried) and a reload token, runs LoadRun.java against it, then stops it with
# SIGTERM (graceful shutdown) and reports how long that took.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-10}"
soak="${2:-60}"
port="${LOAD_PORT:-18181}"
jar="$(ls rules-server/target/rules-server-*.jar | head -1)"
cp="rules-cli/target/policy-rules.jar:rules-cli/target/lib/*"
work="$(mktemp -d)"
mkdir -p "$work/ningxia"
cp rules-ningxia/src/main/resources/io/github/countyrules/ningxia/*.drl \
   rules-ningxia/src/main/resources/io/github/countyrules/ningxia/parameters.yaml "$work/ningxia/"
token="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
COUNTY_RULES_RELOAD_TOKEN="$token" java -Xmx1g -jar "$jar" --server.port="$port" \
  --county-rules.rules-folders[0]="$work/ningxia" --county-rules.reload.watch=false \
  >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
echo "server pid $server, log $work/server.log"
COUNTY_RULES_RELOAD_TOKEN="$token" LOAD_RULES_FOLDER="$work/ningxia" \
  java -Xmx1g -cp "$cp" benchmarks/load/LoadRun.java "http://127.0.0.1:$port" "$secs" "$soak" "$server"
t0=$(date +%s.%N)
kill -TERM "$server"
wait "$server" || true
printf 'graceful shutdown: the server exited %.1f s after SIGTERM\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
grep -c "county-rules.decisions" "$work/server.log" | xargs printf 'decision-log lines: %s\n'
