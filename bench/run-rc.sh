#!/usr/bin/env bash
# The reference-counting measurement (docs/benchmarks.md, "Reference counting"): owner-thread and foreign-thread
# incref/decref pairs, 1 and 2 threads, BIASED against its peers (PLAIN, RAW_ATOMIC, ATOMIC) in the same runs, then
# the negative control; prints the machine, the ratios and the verdicts as Markdown.
#
# Usage (from anywhere; about 11 minutes with the defaults):
#   bench/run-rc.sh                      # builds bench (and what it needs), then measures
#   NO_BUILD=1 bench/run-rc.sh           # uses the existing bench/target/benchmarks.jar
#   SMOKE=1 bench/run-rc.sh              # -f 1 -wi 1 -i 1 -w 1s -r 1s: checks it runs, figures meaningless
#   FORKS=5 WARMUP_ITERS=10 bench/run-rc.sh
# Environment: JAVA (default java), FORKS (3), WARMUP_ITERS (5), WARMUP_TIME (1s), ITERS (5), ITER_TIME (1s),
# OUT (default bench/target/rc-results/<date>). Run it on a quiet machine: nothing else busy on the cores.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
java_cmd="${JAVA:-java}"
jar="bench/target/benchmarks.jar"

if [[ "${NO_BUILD:-0}" != 1 ]]; then
  ./mvnw -q -pl bench -am package -DskipTests
fi
[[ -f "$jar" ]] || { echo "no $jar: build it with ./mvnw -pl bench -am package -DskipTests" >&2; exit 1; }

if [[ "${SMOKE:-0}" == 1 ]]; then
  jmh_opts=(-f 1 -wi 1 -i 1 -w 1s -r 1s)
else
  jmh_opts=(-f "${FORKS:-3}" -wi "${WARMUP_ITERS:-5}" -w "${WARMUP_TIME:-1s}" -i "${ITERS:-5}" -r "${ITER_TIME:-1s}")
fi
out="${OUT:-bench/target/rc-results/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$out"

{
  echo "## Machine"
  echo "- CPU: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores online"
  echo "- JDK: $("$java_cmd" -version 2>&1 | head -1); $("$java_cmd" -version 2>&1 | sed -n 3p)"
  echo "- load before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
  echo "- JMH options: ${jmh_opts[*]}"
  echo "- results: $out"
} | tee "$out/machine.md"

run() { # name, JMH arguments...
  local name="$1"; shift
  local cmd=("$java_cmd" -jar "$jar" "$@" "${jmh_opts[@]}" -rf csv -rff "$out/$name.csv")
  echo "\$ ${cmd[*]}" | tee "$out/$name.log"
  "${cmd[@]}" >>"$out/$name.log" 2>&1 || { echo "FAILED: see $out/$name.log" >&2; tail -30 "$out/$name.log" >&2; exit 1; }
  sed -n '/^Benchmark /,$p' "$out/$name.log"
}

run owner-t1 OwnerRcBench -t 1
run owner-t2 OwnerRcBench -t 2
run foreign-t1 ForeignRcBench -t 1 -p sharing=PRIVATE
run foreign-t2 ForeignRcBench -t 2
run control RcDeletionControlBench -t 1

echo "- load after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)" | tee -a "$out/machine.md"
echo
echo "## Ratios"
"$java_cmd" -cp "$jar" dev.freethread.bench.RcRatios \
  "$out/owner-t1.csv" "$out/owner-t2.csv" "$out/foreign-t1.csv" "$out/foreign-t2.csv" "$out/control.csv" \
  | tee "$out/ratios.md"
