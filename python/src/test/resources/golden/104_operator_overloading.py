# SPDX-License-Identifier: Apache-2.0
# __add__, __sub__, __mul__, __neg__, __radd__ on a vector class; augmented assignment fallback.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, a * b, -a)
print(sum([a, b, Vec(10, 10)]))
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
print(a + b == Vec(4, 6), a == Vec(1, 2), a != b)
try:
    3 * a
except TypeError as e:
    print("TypeError:", e)
try:
    a / 2
except TypeError as e:
    print("TypeError:", e)
try:
    -Vec(1, 1) + 1
except AttributeError as e:
    print("AttributeError:", e)
