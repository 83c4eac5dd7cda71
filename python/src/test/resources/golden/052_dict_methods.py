# SPDX-License-Identifier: Apache-2.0
# get, setdefault, pop, popitem, update, copy, clear, keys/values/items.
d = {"x": 1, "y": 2, "z": 3}
print(d.get("x"), d.get("w"), d.get("w", 0))
print(d.setdefault("x", 100), d.setdefault("w", 4), d)
print(d.pop("y"), d.pop("nope", "dflt"), d)
print(d.popitem(), d)
d.update({"a": 5, "x": -1})
d.update(b=6)
d.update([("c", 7)])
print(d)
c = d.copy()
c["x"] = "changed"
print(d["x"], c["x"])
print(list(d.keys()), list(d.values()), list(d.items()))
print(sorted(d), sorted(d.values()), len(d.items()))
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
merged = {"a": 1, "b": 2} | {"b": 20, "c": 30}
print(merged)
