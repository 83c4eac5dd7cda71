# SPDX-License-Identifier: Apache-2.0
# Lexicographic tuple comparisons and sorting tuples with mixed lengths.
data = [(2, "b", 1.5), (1, "z"), (2, "a"), (1, "z", 0), (2, "b"), ()]
print(sorted(data))
print(sorted(data, reverse=True))
print(min(data), max(data))
print((1, 2, 3) < (1, 2, 4), (1, 2) <= (1, 2), (3,) > (2, 99, 99))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, "a") < (2, 2))
print(sorted([(len(w), w) for w in ["bb", "a", "ab", "ccc", "b"]]))
