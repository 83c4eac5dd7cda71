# SPDX-License-Identifier: Apache-2.0
# Generators: a pipeline of generator functions (yield, yield from, send) and generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def chained(n):
    yield from evens(numbers(n))
    yield from (x * 3 for x in range(n // 4))

def accumulator():
    total = 0
    while True:
        x = yield total
        total += x

def run():
    acc = accumulator()
    next(acc)
    last = 0
    for v in chained(20000):
        last = acc.send(v)
    return last + sum(x * x for x in numbers(5000) if x % 3)


import harness
harness.main('generators', run)
