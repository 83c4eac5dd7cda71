# SPDX-License-Identifier: Apache-2.0
# Sets of numbers iterate, print and pop in CPython's table order (displays of constants too), checked on 1,800 random sets.
print({3, 1, 2}, {10, 5, 100, 7}, set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]), {-1, -2, 5}, {1.5, 0.5, 2.0}, {True, 0, 2})
s = {x * 7 % 19 for x in range(30)}
print(s, list(s), sorted(s) == list(range(19)))
print(set(range(100, 0, -7)), {2**40, 2**33, 17, 3}, {0, 8, 16, 24, 1}, {1, 9, 17, 25, 33, 41, 49})
a = {5, 3, 9, 1}
b = {9, 4, 3}
print(a | b, a & b, a - b, b - a, a ^ b)
t = {4, 2, 8, 6}
print(t.pop(), t.pop(), t)
big = set(range(1000, 0, -3))
print(list(big)[:10], len(big))
fs = frozenset([30, 10, 20])
print(fs, list(fs))
for x in {12, 4, 8}:
    print(x, end=" ")
print()
try:
    s2 = {1, 2, 3}
    for x in s2:
        s2.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print({"b", "a"} == {"a", "b"}, sorted({"z", "y"}), {(1, 2), (0, 1)} == {(0, 1), (1, 2)})
import random
random.seed(11)
out = []
for trial in range(300):
    n = random.randint(2, 60)
    xs = random.sample(range(-100, 500), n)
    out.append(repr(set(xs)))
    out.append(repr({x * 3 for x in xs}))
    s = set()
    for x in xs:
        s.add(x)
    out.append(repr(list(s)))
    lit = eval('{' + ','.join(map(str, xs[:max(3, n // 2)])) + '}')
    out.append(repr(lit))
    lit.add(999)
    out.append(repr(lit))
    fl = set(x / 4 for x in xs)
    out.append(repr(fl))
print(len(out))
import hashlib
print(hashlib.md5("\n".join(out).encode()).hexdigest())
