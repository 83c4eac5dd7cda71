# SPDX-License-Identifier: Apache-2.0
# __iter__ and __next__ with StopIteration: custom iterators in for loops and builtins.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for v in Countdown(3):
    print("tick", v)
print(sum(Countdown(10)), max(Countdown(4)), sorted(Countdown(3)))
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
class Range2Iter:
    def __init__(self, cur, hi):
        self.cur = cur
        self.hi = hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration()
        self.cur += 1
        return self.cur - 1
r = Range2(2, 6)
print(list(r), list(r), [x * 10 for x in r], dict(zip(r, "abcd")))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
print(list(enumerate(Countdown(2))), list(map(str, Countdown(3))))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
