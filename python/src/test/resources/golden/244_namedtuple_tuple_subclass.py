# SPDX-License-Identifier: Apache-2.0
# namedtuple makes tuple subclasses: tuple equality, hashing, unpacking, json, copy, a subclass with __slots__.
from collections import namedtuple
import json, copy
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], isinstance(p, tuple), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), len(p), list(p), p + (3,))
a, b = p
print(a, b, p._asdict(), p._replace(x=9), P._make([5, 6]), P._fields, json.dumps(p), sorted([P(2, 1), P(1, 5)]))
print(copy.copy(p), copy.deepcopy(p), type(copy.deepcopy(p)).__name__, p[::-1], p.count(1), p.index(2), max(p))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0])
print(Q(1, 2), Q(1, 2, 3), repr(Q(a=1, b=2)))
try:
    P(1)
except TypeError as e:
    print("TypeError", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return "Pt!"
q = Pt(3, -4)
print(q, repr(q), q.norm(), q._replace(x=0), {q: 1}[Pt(3, -4)], f"{q!r}")
