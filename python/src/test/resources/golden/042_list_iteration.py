# SPDX-License-Identifier: Apache-2.0
# Iterating lists: enumerate with start, zip, reversed, nested unpacking.
colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, start=1):
    print(i, c)
for c, n in zip(colors, [3, 5]):
    print(c, n)
for c in reversed(colors):
    print(c)
pairs = [(1, ("a", "b")), (2, ("c", "d"))]
for n, (x, y) in pairs:
    print(n, x, y)
print(list(enumerate("ab", 10)), list(zip()), list(zip([1, 2, 3], "ab", (True, False, None))))
print(list(reversed([1, 2, 3])), list(reversed(range(4))))
total = 0
for x in [1, 2, 3]:
    for y in [10, 20]:
        total += x * y
print(total)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "exhausted"))
