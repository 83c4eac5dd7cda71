# SPDX-License-Identifier: Apache-2.0
# Tuple unpacking: swap, nested targets, in for loops, multiple return values, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (10, 20), 30
print(x, y, z)
p, (q, (r, s)) = 1, (2, (3, 4))
print(p, q, r, s)
first, second = "hi"
print(first, second)
[m, n] = [7, 8]
print(m, n)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 9, -2, 5])
print(lo, hi)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
k, v = {"only": 1}.popitem()
print(k, v)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
i = 0
lst = [0, 0]
i, lst[i] = 1, 9
print(i, lst)
x = y = [1]
print(x is y)
