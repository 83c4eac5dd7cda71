# SPDX-License-Identifier: Apache-2.0
# repr of lists containing strings, floats, nested and self-referencing lists.
xs = [1, "two", 3.0, None, True, [4, [5]], (6,), {"k": [7]}]
print(xs)
print(repr(xs) == str(xs))
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(len(b), b[0] is b[1])
print([[]], [[], []], [()], [""], ["'"], ['"'])
print([0.1, 1e16, -0.0, 1e-7])
