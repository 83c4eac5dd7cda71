# SPDX-License-Identifier: Apache-2.0
# __call__ makes instances callable; stateful callables used as keys and callbacks.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.k
triple = Multiplier(3)
print(triple(4), triple("ab"), triple.calls, callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2, 3])), triple.calls)
class ByIndex:
    def __init__(self, i):
        self.i = i
    def __call__(self, row):
        return row[self.i]
rows = [(3, "c"), (1, "z"), (2, "a")]
print(sorted(rows, key=ByIndex(0)), sorted(rows, key=ByIndex(1)))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), len(slow_square.cache))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
