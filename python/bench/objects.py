# SPDX-License-Identifier: Apache-2.0
# Object creation with __init__, attribute reads and writes, method calls.
import sys, time

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


import harness
harness.main('objects', run)
