#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The scaling report (issue 17): runs the scaling suite (ftscaling.py) on ftpython and on each python3 given by path,
# in the same run, records every result in a CSV (docs/data/scaling.csv unless --csv says otherwise), writes the table
# of speedups (N threads over 1) and 1-thread time ratios into docs/benchmarks.md (between the markers named after the
# CSV: <!-- scaling:begin --> for scaling.csv) and draws the charts into docs/charts from every recorded CSV.
#   python/demo/scaling.sh [--csv FILE] [--collect|--report] [PYTHON...]
#       e.g. python/demo/scaling.sh ~/.pyenv/versions/3.13.0/bin/python3 ~/nogil-install/bin/python3
#   --collect   only run the suites and write the CSV (for a machine with no Maven or docs to write: a lent 16-core
#               machine); --report later makes the table and charts from the recorded CSV here
#   --report    only the table and the charts, from the recorded CSV
# Threads: 1 and 2 on this 2-core machine; 1, 2, 4 from 4 cores; 1, 2, 4, 8, 16 from 16 cores (THREADS overrides).
# Runs per benchmark and thread count: ftpython best of REPS (10) after WARM (15) warm-up runs; the other interpreters
# best of OTHER_REPS after OTHER_WARM (default the same; they have no JIT to warm, and at 16 threads a GIL-bound
# interpreter takes 16 times as long per run, so a 16-core run gives them fewer).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
csv="$root/docs/data/scaling.csv"
args="$*"
collect=1
report=1
while (( $# > 0 )); do
  case "$1" in
    --csv) csv="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --collect) report=0; shift ;;
    --report) collect=0; shift ;;
    -*) echo "scaling.sh: unknown option $1 (use --csv FILE, --collect or --report)" >&2; exit 2 ;;
    *) break ;;
  esac
done
cores=$(nproc 2>/dev/null || echo 2)
if [[ -z "${THREADS:-}" ]]; then
  if (( cores >= 16 )); then THREADS=1,2,4,8,16; elif (( cores >= 4 )); then THREADS=1,2,4; else THREADS=1,2; fi
fi
WARM=${WARM:-15}
REPS=${REPS:-10}
OTHER_WARM=${OTHER_WARM:-$WARM}
OTHER_REPS=${OTHER_REPS:-$REPS}
start=$(date +%s)
if (( collect )); then
  "$root/ftpython" -c pass >/dev/null
  {
    echo "# The scaling suite (python/demo/ftscaling.py), recorded by python/demo/scaling.sh on $(date -u '+%Y-%m-%d %H:%M UTC'),"
    echo "# $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1) with $cores cores, $(java -version 2>&1 | head -1)."
    echo "# command: python/demo/scaling.sh $args (threads $THREADS)"
    echo "# runs: ftpython best of $REPS after $WARM warm-up runs; the others best of $OTHER_REPS after $OTHER_WARM"
    echo "interpreter,benchmark,threads,seconds"
  } > "$csv"
  run_suite() { # label, warm, reps, command...
    local label="$1" warm="$2" reps="$3"; shift 3
    echo "scaling: $label" >&2
    "$@" "$here/ftscaling.py" --threads "$THREADS" --warm "$warm" --reps "$reps" \
      | sed -u -n "s/^RESULT \([^ ]*\) \([0-9]*\) \([0-9.]*\)$/$label,\1,\2,\3/p" >> "$csv"
  }
  run_suite "ftpython" "$WARM" "$REPS" "$root/ftpython"
  for py in "$@"; do
    ver=$("$py" -c 'import sys; print(("nogil-" if getattr(sys.flags, "nogil", False) else "CPython ") + sys.version.split()[0])')
    run_suite "$ver" "$OTHER_WARM" "$OTHER_REPS" "$py"
  done
fi
if (( report )); then
  python3 "$here/scaling_report.py" "$csv" "$root/docs/benchmarks.md"
  if [[ ! -f "$root/examples/target/freethread-demo.jar" ]] || \
     [[ -n "$(find "$root/examples/src/main" -newer "$root/examples/target/freethread-demo.jar" -type f -print -quit)" ]]; then
    (cd "$root" && ./mvnw -q -B -pl examples -am package -DskipTests -Djcstress.skip=true -Djacoco.skip=true >&2)
  fi
  java -Djava.awt.headless=true -cp "$root/examples/target/freethread-demo.jar" \
    dev.freethread.examples.charts.ScalingCharts "$root/docs/data" "$root/docs/charts"
fi
echo "scaling: done in $(( $(date +%s) - start )) s" >&2
