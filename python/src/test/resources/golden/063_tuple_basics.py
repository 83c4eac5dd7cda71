# SPDX-License-Identifier: Apache-2.0
# Tuples: creation, single-element, indexing, slicing, index/count, immutability.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), 1, (1))
u = 1, 2, 3
print(u, type(u).__name__)
print(t + (5,), (0,) * 3, (1, 2) * 2)
print((1, 2, 3, 2, 2).count(2), (1, 2, 3, 2).index(2), (1, 2, 3, 2).index(3))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
lst_in_tuple = ([1], [2])
lst_in_tuple[0].append(9)
print(lst_in_tuple)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2.0))
print(max([(1, "b"), (1, "a"), (0, "z")]), sorted([(2, 1), (1, 2), (1, 1)]))
print(3 in (1, 2, 3), repr((1,)), str(("a", "b")))
