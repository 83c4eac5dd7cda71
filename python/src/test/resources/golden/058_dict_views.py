# SPDX-License-Identifier: Apache-2.0
# keys()/values()/items() views: len, in, iteration, conversion; views are live.
d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
it = d.items()
print(len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["c"] = 3
print(list(k), list(v), list(it))
print(sorted(k), list(reversed(list(v))))
print(list(zip(d.keys(), d.values())) == list(d.items()))
for key, val in d.items():
    d[key] = val * 10
print(d)
print(list(d.keys())[0], list(d.values())[-1])
keys = sorted(d.keys(), reverse=True)
print(keys)
