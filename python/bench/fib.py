# SPDX-License-Identifier: Apache-2.0
# Recursive fib: calls, int arithmetic, comparisons.
import sys, time

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def run():
    return fib(25)

def main():
    warm = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for _ in range(warm):
        run()
    best = None
    for _ in range(reps):
        t0 = time.perf_counter()
        r = run()
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    print("fib", r, "%.6f" % best)

main()
