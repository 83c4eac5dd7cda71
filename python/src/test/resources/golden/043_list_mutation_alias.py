# SPDX-License-Identifier: Apache-2.0
# Aliasing vs copying lists, mutation through references and function arguments.
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
b.append(4)
print(a, b, c, d, a is b, a is c, a == c + [4])
def add_item(lst, item):
    lst.append(item)
def rebind(lst):
    lst = [0]
    return lst
add_item(a, 5)
print(a, rebind(a), a)
m = [[0, 0], [0, 0]]
shallow = m[:]
shallow[0][0] = 1
shallow[1] = [9, 9]
print(m, shallow)
e = a
e += [6]
print(a is e, a)
f = a
f = f + [7]
print(a is f, a, f)
lst = [1, 2, 3, 4, 5, 6]
for x in lst[:]:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
