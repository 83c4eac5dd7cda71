# SPDX-License-Identifier: Apache-2.0
# Dict equality, copies vs aliases, dicts in lists, del on nested, | merge.
a = {"x": [1, 2], "y": {"z": 0}}
b = a
c = a.copy()
c["x"].append(3)
c["y"] = "replaced"
print(a, c, a is b)
del a["y"]["z"]
print(b)
x = {1: "a"}
y = x | {2: "b"}
print(x, y, x == {1: "a"}, y != x)
rows = [{"id": i, "sq": i * i} for i in range(4)]
for r in rows:
    if r["id"] % 2:
        r["odd"] = True
print(rows)
d = dict(a=1)
d2 = d.copy()
d2["b"] = 2
print(d, d2)
e = {}
e[1] = e.get(1, 0) + 1
e[1] += 1
print(e)
