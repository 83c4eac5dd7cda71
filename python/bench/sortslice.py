# SPDX-License-Identifier: Apache-2.0
# Lists: building, slicing, sorting, reversing, comprehensions.
import sys, time

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


import harness
harness.main('sortslice', run)
