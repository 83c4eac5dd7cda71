# SPDX-License-Identifier: Apache-2.0
# Lists: building, slicing, sorting, reversing, comprehensions.
import sys, time
NAME = "sortslice"

def run():
    data = [(i * 7919) % 10007 for i in range(20000)]
    total = 0
    for k in range(5):
        chunk = data[k * 1000:(k + 1) * 4000]
        s = sorted(chunk)
        total += s[len(s) // 2]
        r = s[::-1]
        total += r[0]
        evens = [x for x in chunk if x % 2 == 0]
        evens.sort(reverse=True)
        total += len(evens) + evens[-1]
        data = data[1:] + data[:1]
    return total

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
    print(NAME, r, "%.6f" % best)

main()
