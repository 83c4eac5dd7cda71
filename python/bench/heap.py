# SPDX-License-Identifier: Apache-2.0
# heapq: 20,000 pushes then 20,000 pops of pseudo-random floats (ftpython's native _heapq, each operation under the
# list's critical section, against CPython's C module).
import heapq
from harness import main

DATA = [((i * 7919) % 20011) / 20011.0 for i in range(20000)]


def run():
    h = []
    for x in DATA:
        heapq.heappush(h, x)
    s = 0.0
    while h:
        s += heapq.heappop(h)
    return round(s, 6)


main("heap", run)
