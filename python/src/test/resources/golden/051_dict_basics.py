# SPDX-License-Identifier: Apache-2.0
# Dict creation, lookup, assignment, len, in, del and KeyError.
d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d)
del d["b"]
print(d)
print(dict(), dict(x=1, y=2), dict([("p", 1), ("q", 2)]), dict(zip("ab", [1, 2])))
print({1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool"})
print({1: "a", 1.0: "b", True: "c"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d[[1]] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    d[{}]
except TypeError as e:
    print("TypeError:", e)
try:
    d[(1, [2])] = 0
except TypeError as e:
    print("TypeError:", e)
print({} == dict(), {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
