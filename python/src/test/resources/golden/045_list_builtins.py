# SPDX-License-Identifier: Apache-2.0
# Builtins over lists: map, filter, zip, sorted, min/max with key, sum, any/all.
xs = [4, -2, 7, 0, -9, 3]
print(list(map(lambda v: v * 2, xs)))
print(list(map(str, xs)), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(filter(bool, [0, 1, "", "a", [], [0], None])))
print(list(filter(lambda v: v > 0, xs)))
print(max(xs, key=abs), min(xs, key=abs), sorted(xs, key=lambda v: (v % 3, v)))
print(sum(xs), sum(xs[1:4]), len(xs), any(v < -5 for v in xs), all(v < 10 for v in xs))
names = ["x", "y", "z"]
vals = [1, 2, 3]
print(dict(zip(names, vals)), list(zip(names, vals)))
print(list(range(3, 20, 4)), list(range(10, 0, -3)), list(range(0)), len(range(0, 100, 7)))
r = list(range(5, 15, 2))
print(r[0], r[-1], 9 in r, 10 in r, r.index(11))
print(sorted(map(len, ["aaa", "b", "cc"])))
