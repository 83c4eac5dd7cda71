# SPDX-License-Identifier: Apache-2.0
# The single-thread benchmarks' harness: WARM warm-up runs, then the best of REPS timed runs, printed as
# "NAME RESULT SECONDS". Imported by every benchmark script here (sys.path[0] on both interpreters).
import sys
import time


def main(name, run):
    warm = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for _ in range(warm):
        run()
    best = None
    r = None
    for _ in range(reps):
        t0 = time.perf_counter()
        r = run()
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    print(name, r, "%.6f" % best)
