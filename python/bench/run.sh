#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Single-thread speed of ftpython against CPython, in the same run: each benchmark script is run RUNS times by each
# interpreter (WARM warm-up iterations, then REPS timed ones, best kept); the best of the runs is reported, and the
# ratio ftpython / CPython (lower is better; the target is at most 2x).
#   python/bench/run.sh [PYTHON]      (default: CPython 3.13 from pyenv)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="${1:-$HOME/.pyenv/versions/3.13.0/bin/python3}"
runs="${RUNS:-3}"; warm="${WARM:-40}"; reps="${REPS:-10}"
ft="$here/../../ftpython"
"$ft" -c 'pass' >/dev/null   # build once, outside the timings
best() { # interpreter script -> best seconds over the runs
  local b=""
  for ((i = 0; i < runs; i++)); do
    local t; t=$("$@" "$warm" "$reps" | awk '{print $NF}')
    if [[ -z "$b" ]] || awk "BEGIN{exit !($t < $b)}"; then b=$t; fi
  done
  echo "$b"
}
echo "| benchmark | CPython ($("$py" -c 'import sys; print(sys.version.split()[0])')) s | ftpython s | ratio |"
echo "| --- | ---: | ---: | ---: |"
for s in ${BENCHES:-fib nbody wordcount sortslice objects generators}; do
  c=$(best "$py" "$here/$s.py"); f=$(best "$ft" "$here/$s.py")
  printf '| %s | %s | %s | %.2fx |\n' "$s" "$c" "$f" "$(awk "BEGIN{print $f / $c}")"
done

# Two threads on their own data (threads.py): N threads' throughput against one thread's, RUNS runs each, median.
echo
echo "| interpreter | 2-thread throughput vs 1 thread, median of $runs runs (range) |"
echo "| --- | --- |"
for interp in "$py" "$ft"; do
  vals=()
  for ((i = 0; i < runs; i++)); do
    vals+=("$("$interp" "$here/threads.py" 2 5 25 | sed 's/.*throughput \([0-9.]*\)x/\1/')")
  done
  sorted=($(printf '%s\n' "${vals[@]}" | sort -n))
  name=$([[ "$interp" == "$ft" ]] && echo ftpython || echo "CPython $("$py" -c 'import sys; print(sys.version.split()[0])')")
  echo "| $name | ${sorted[$((runs / 2))]}x (${sorted[0]}-${sorted[$((runs - 1))]}) |"
done
