#!/usr/bin/env bash
# Takes every figure of docs/performance.md in one run, from the project's root:
#   benchmarks/figures.sh [quick]
# JMH and the probes run through exec:exec on the plain class path (never a shaded jar: shading
# keeps one kmodule.xml). Results land in benchmarks/target/figures/; FiguresReport prints the
# ratios. Other work on the machine spoils the figures, so each step first waits (up to
# QUIET_WAIT seconds) for the one-minute load average to fall below QUIET_LOAD, and logs it.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=benchmarks/target/figures
QUIET_LOAD=${QUIET_LOAD:-1.0}
QUIET_WAIT=${QUIET_WAIT:-900}
MVN="mvn -B -o -q -f benchmarks/pom.xml"
if [ "${1:-}" = quick ]; then
  # a smoke run: one fork, few iterations; the error bars are wide
  BATCH="-f 1 -wi 2 -i 3 -w 2 -r 2"; SCALING="-f 1 -wi 1 -i 2 -w 3 -r 3"; NX="-f 1 -wi 2 -i 3 -w 1 -r 1"
  NX16="-f 1 -wi 1 -i 2 -w 2 -r 2"; ONE="-f 1 -wi 2 -i 3 -w 1 -r 1"; RUNS=3
else
  # JIT compilation runs for 20-30 s on this code (the executable model's many small classes),
  # competing with the benchmark thread on two cores: warm up for 30 s or more
  # (about 30 minutes in all on two cores)
  BATCH="-f 2 -wi 10 -i 10 -w 3 -r 3"; SCALING="-f 2 -wi 5 -i 5 -w 8 -r 8"; NX="-f 2 -wi 15 -i 10 -w 2 -r 2"
  NX16="-f 1 -wi 8 -i 6 -w 5 -r 5"; ONE="-f 2 -wi 15 -i 10 -w 2 -r 2"; RUNS=11
fi

quiet() {
  local waited=0
  while awk -v max="$QUIET_LOAD" '{exit !($1 >= max)}' /proc/loadavg && [ "$waited" -lt "$QUIET_WAIT" ]; do
    sleep 15; waited=$((waited + 15))
  done
  echo "== $1: load average $(cut -d' ' -f1-3 /proc/loadavg) after waiting ${waited}s ($(date -u +%H:%M:%S))" | tee -a "$OUT/log.txt"
}

jmh() {
  local name=$1; shift
  quiet "$name"
  $MVN exec:exec -Dexec.args="-cp %classpath org.openjdk.jmh.Main $* -rf json -rff $PWD/$OUT/$name.json" \
    | tee "$OUT/$name.txt" | grep -E '^\[data\]|^Benchmark|^[A-Z][A-Za-z]+Benchmark\.' || true
}

mkdir -p "$OUT"
rm -f "$OUT"/*.json "$OUT/log.txt"
{
  echo "nproc: $(nproc)"
  grep -m1 'model name' /proc/cpuinfo
  java -version 2>&1
  free -g | head -2
  # the rules and the core change while others work: say which ones were measured
  echo "checkout: $(git log -1 --format='%h %cd' --date=iso)"
  ls -l --time-style=+%FT%T ~/.m2/repository/io/github/countyrules/rules-*/0.1.0/*.jar | awk '{print "installed:", $6, $7}'
} | tee "$OUT/machine.txt"
$MVN compile

jmh batch "BatchBenchmark -p scale=1 $BATCH -prof gc"
jmh scaling "BatchBenchmark.nationwide\$ -p scale=4,16 $SCALING"
jmh ningxia "NingxiaBenchmark -p scale=1 $NX -prof gc"
jmh ningxia-one-thread "NingxiaBenchmark.engineBatch -p scale=1 $NX -jvmArgsAppend -Dcountyrules.parallelism=1"
jmh ningxia16 "NingxiaBenchmark -p scale=16 $NX16"
jmh single "SingleRequestBenchmark $ONE"

quiet startup
$MVN exec:exec -Dexec.args="-cp %classpath io.github.countyrules.benchmarks.StartupComparison $RUNS" | tee "$OUT/startup.txt"
quiet startup-cds
$MVN exec:exec -Dexec.args="-cp %classpath io.github.countyrules.benchmarks.StartupComparison --cds $RUNS" | tee "$OUT/startup-cds.txt"
quiet footprint
$MVN exec:exec -Dexec.args="-XX:+UseSerialGC -cp %classpath io.github.countyrules.benchmarks.EngineFootprint 5" | tee "$OUT/footprint.txt"

$MVN exec:exec -Dexec.args="-cp %classpath io.github.countyrules.benchmarks.FiguresReport $PWD/$OUT" | tee "$OUT/figures.txt"
