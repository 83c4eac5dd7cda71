# SPDX-License-Identifier: Apache-2.0
# Exceptions raised and caught: a missing dict key, int() of a bad string, a raise three calls deep, and a
# generator's StopIteration ending a for loop; each raise leaves one or more expressions (which note where it was).
import harness

def deep(n):
    if n == 0:
        raise ValueError(n)
    return deep(n - 1) + 1

def gen(n):
    for i in range(n):
        yield i

def run():
    d = {}
    caught = 0
    for i in range(20000):
        try:
            v = d[i] + 1
        except KeyError:
            caught += 1
        try:
            v = int("x") * 2
        except ValueError:
            caught += 1
        try:
            deep(3)
        except ValueError:
            caught += 1
        for j in gen(2):
            caught += j
    return caught

harness.main('exceptions', run)
