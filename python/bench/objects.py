# SPDX-License-Identifier: Apache-2.0
# Object creation with __init__, attribute reads and writes, method calls.
import sys, time
NAME = "objects"

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)

def run():
    p = Point(0, 0)
    step = Point(1, -2)
    total = 0
    for i in range(40000):
        p = p.add(step)
        total += p.norm1()
        p.x = p.x % 1000
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
