# SPDX-License-Identifier: Apache-2.0
# The collector's work per object on an interpreter's objects: instances whose attributes live in a dict (ftpython)
# or inline (CPython 3.13), in two-object cycles. Runs unchanged on ./ftpython and on any python3:
#   ./ftpython bench/python/gc_instances.py
#   FTPYTHON_JAVA_OPTS=-Dfreethread.gc.collector=stop-the-world ./ftpython bench/python/gc_instances.py
#   python3 bench/python/gc_instances.py
# Prints the mean time of gc.collect() per collected instance over the last 50 of 150 rounds of 60,000 pairs.
import gc
import time


class Node:
    pass


def make(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a


gc.disable()
total = 0.0
found = 0
for r in range(150):
    make(60000)
    t0 = time.perf_counter()
    found = gc.collect()
    dt = time.perf_counter() - t0
    if r >= 100:
        total += dt
print(found, "collected per round;", round(total / 50 / 120000 * 1e9, 1), "ns per instance")
