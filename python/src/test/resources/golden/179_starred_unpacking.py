# SPDX-License-Identifier: Apache-2.0
# Starred targets (also in for loops, nested), * in tuple/list/set displays, and their errors.
a, *b = [1, 2, 3]
print(a, b)
*c, d = 'xyz'
print(c, d)
e, *f, g = range(6)
print(e, f, g)
h, *i = (1,)
print(h, i)
[j, *k] = {1: 2, 3: 4}
print(j, k)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
print([*range(3), *'ab', 9], (*[1], 2), {*[1, 1, 2], 3}, [*[]], (*(),))
t = *[1, 2], 3
print(t)
def f(*args): return args
print(f(*[1, 2], *(3,)))
try:
    a, *b, c = [1]
except ValueError as ex:
    print(ex)
try:
    a, *b = 5
except TypeError as ex:
    print(ex)
try:
    print([*5])
except TypeError as ex:
    print(ex)
try:
    print((*None, 1))
except TypeError as ex:
    print(ex)
