# SPDX-License-Identifier: Apache-2.0
# append, extend, insert, pop, remove, index, count, reverse, copy, clear.
xs = [3, 1, 4]
xs.append(1)
xs.extend([5, 9])
xs.extend((2, 6))
xs.insert(0, 0)
xs.insert(100, 99)
xs.insert(-1, 77)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs, xs.index(1), xs.count(1), xs.count(42), xs.index(9))
xs.reverse()
print(xs)
c = xs.copy()
c.append("new")
print(xs, c)
c.clear()
print(c, len(c))
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
s = []
s += "ab"
s += [1]
print(s)
