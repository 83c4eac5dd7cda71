#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The scaling report (issue 17): runs the scaling suite (ftscaling.py) on ftpython and on each python3 given by path,
# in the same run, records every result in docs/data/scaling.csv, writes the table of speedups (N threads over 1) and
# 1-thread time ratios into docs/benchmarks.md (between the scaling markers) and draws the charts into docs/charts.
#   python/demo/scaling.sh [PYTHON...]        e.g. python/demo/scaling.sh ~/.pyenv/versions/3.13.0/bin/python3
# Threads: 1 and 2 on this 2-core machine; 1, 2, 4, 8, 16 where the machine has 16 cores or more (THREADS overrides).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cores=$(nproc 2>/dev/null || echo 2)
if [[ -z "${THREADS:-}" ]]; then
  if (( cores >= 16 )); then THREADS=1,2,4,8,16; elif (( cores >= 4 )); then THREADS=1,2,4; else THREADS=1,2; fi
fi
start=$(date +%s)
"$root/ftpython" -c pass >/dev/null
csv="$root/docs/data/scaling.csv"
{
  echo "# The scaling suite (python/demo/ftscaling.py), recorded by python/demo/scaling.sh on $(date -u '+%Y-%m-%d %H:%M UTC'),"
  echo "# $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1) with $cores cores, $(java -version 2>&1 | head -1)."
  echo "interpreter,benchmark,threads,seconds"
} > "$csv"
run_suite() { # label, command...
  local label="$1"; shift
  echo "scaling: $label" >&2
  "$@" "$here/ftscaling.py" --threads "$THREADS" | sed -n "s/^RESULT \([^ ]*\) \([0-9]*\) \([0-9.]*\)$/$label,\1,\2,\3/p" >> "$csv"
}
run_suite "ftpython" "$root/ftpython"
for py in "$@"; do
  ver=$("$py" -c 'import sys; print(("nogil-" if getattr(sys.flags, "nogil", False) else "CPython ") + sys.version.split()[0])')
  run_suite "$ver" "$py"
done
# the table: for each benchmark, each interpreter's speedup at the largest thread count, and 1-thread time ratios
table=$(python3 - "$csv" "$THREADS" <<'PY'
import sys, collections
rows = [l.strip().split(",") for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")][1:]
threads = [int(t) for t in sys.argv[2].split(",")]
n = threads[-1]
t = collections.defaultdict(dict)
interps = []
for interp, bench, th, sec in rows:
    t[(interp, bench)][int(th)] = float(sec)
    if interp not in interps:
        interps.append(interp)
benches = []
for interp, bench, th, sec in rows:
    if bench not in benches:
        benches.append(bench)
head = "| benchmark | " + " | ".join("%s: speedup x%d" % (i, n) for i in interps)
if len(interps) > 1:
    head += " | " + " | ".join("1-thread time, %s / ftpython" % i for i in interps[1:])
print(head + " |")
print("| --- |" + " ---: |" * (len(interps) + max(0, len(interps) - 1)))
for b in benches:
    cells = []
    for i in interps:
        d = t[(i, b)]
        cells.append("%.2fx" % (n * d[1] / d[n]) if 1 in d and n in d else "-")
    for i in interps[1:]:
        d, f = t[(i, b)], t[("ftpython", b)]
        cells.append("%.2f" % (d[1] / f[1]) if 1 in d and 1 in f else "-")
    print("| %s | %s |" % (b, " | ".join(cells)))
PY
)
echo "$table"
machine="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $cores cores, $(java -version 2>&1 | head -1)"
python3 - "$root/docs/benchmarks.md" "$table" "$machine" "$*" <<'PY'
import sys, datetime
path, table, machine, others = sys.argv[1:5]
begin, end = "<!-- scaling:begin -->", "<!-- scaling:end -->"
text = open(path).read()
block = (begin + "\n\nRecorded " + datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC") + " on " + machine
         + " by `python/demo/scaling.sh " + others + "` (best of 10 timed runs after 15 warm-up runs, per benchmark "
         "and thread count; raw results in `docs/data/scaling.csv`):\n\n" + table + "\n\n" + end)
if begin in text:
    text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
else:
    text += "\n" + block + "\n"
open(path, "w").write(text)
PY
if [[ ! -f "$root/examples/target/freethread-demo.jar" ]] || \
   [[ -n "$(find "$root/examples/src/main" -newer "$root/examples/target/freethread-demo.jar" -type f -print -quit)" ]]; then
  (cd "$root" && ./mvnw -q -B -pl examples -am package -DskipTests -Djcstress.skip=true -Djacoco.skip=true >&2)
fi
java -Djava.awt.headless=true -cp "$root/examples/target/freethread-demo.jar" \
  dev.freethread.examples.charts.ScalingCharts "$root/docs/data" "$root/docs/charts"
echo "scaling: done in $(( $(date +%s) - start )) s" >&2
