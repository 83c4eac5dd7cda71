# SPDX-License-Identifier: Apache-2.0
# functools caches: 300,000 hits (an unbounded cache, a bounded one, two-argument keys) and a cold memoized
# recursion; the result is a sum of what the calls returned, so no call can be skipped.
import functools


@functools.cache
def unbounded(x):
    return x + 1


@functools.lru_cache(maxsize=128)
def bounded(x):
    return x + 2


@functools.lru_cache(maxsize=None)
def two(x, y):
    return x * y


def run():
    total = 0
    for i in range(100000):
        total += unbounded(i & 63) + bounded(i & 63) + two(i & 15, 3)
    for _ in range(20):
        ways.cache_clear()
        total += ways(300) & 0xffff
    return total


@functools.cache
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)


import harness
harness.main('lrucache', run)
