# SPDX-License-Identifier: Apache-2.0
# The same CPU-bound function run by 1 thread and by N threads on their own data: N threads' throughput against one's.
#   ftpython python/bench/threads.py [N] [ROUNDS]
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
WARM = int(sys.argv[3]) if len(sys.argv) > 3 else 10


def work(seed):
    # private data only: a list and a dict of its own, ints, calls
    data = [(seed * 31 + i * 17) % 1009 for i in range(2000)]
    counts = {}
    total = 0
    for rep in range(20):
        for x in data:
            counts[x % 97] = counts.get(x % 97, 0) + 1
            total += fib(x % 12)
    return total + len(counts)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def timed(threads):
    out = [0] * threads

    def body(k):
        out[k] = work(k + 1)

    ts = [threading.Thread(target=body, args=(k,)) for k in range(threads)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0


for _ in range(WARM):  # warm-up (JIT)
    timed(1)
    timed(N)
one = min(timed(1) for _ in range(ROUNDS))
many = min(timed(N) for _ in range(ROUNDS))
print("threads %d: 1 thread %.4f s, %d threads %.4f s, throughput %.2fx" % (N, one, N, many, N * one / many))
