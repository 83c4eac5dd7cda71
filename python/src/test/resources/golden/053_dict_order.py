# SPDX-License-Identifier: Apache-2.0
# Insertion order is preserved through updates, deletion and re-insertion.
d = {}
for k in ["pear", "apple", "fig", "kiwi", "date"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 99
print(list(d.items()))
del d["fig"]
d["fig"] = 0
print(list(d))
d.pop("pear")
d["pear"] = 1
print(d)
n = {}
for i in range(20, 0, -3):
    n[i] = i * i
print(n)
for i in [20, 11, 5]:
    del n[i]
n[100] = 0
n[11] = 1
print(n)
print({3: "c", 1: "a", 2: "b"})
print(list({"b": 1, "a": 2}.keys()), list({"b": 1, "a": 2}.values()))
