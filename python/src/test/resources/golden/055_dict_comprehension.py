# SPDX-License-Identifier: Apache-2.0
# Dict comprehensions, inversion, grouping, nested dicts.
sq = {n: n * n for n in range(6)}
print(sq)
print({v: k for k, v in sq.items() if k % 2})
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print({k: len(v) for k, v in groups.items()})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
nested = {"a": {"x": 1}, "b": {"y": 2, "z": 3}}
print({k: sorted(v) for k, v in nested.items()})
nested["a"]["w"] = 0
print(nested)
print({c: ord(c) for c in "hello"})
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv[v] = inv.get(v, []) + [k]
print(inv)
