# SPDX-License-Identifier: Apache-2.0
# subclasses of built-ins in cycles and weak references, copy and deepcopy, __slots__, the errors CPython gives.
import gc, weakref, copy
class D(dict):
    def __del__(self):
        print("del D", len(self))
d = D()
d['self'] = d
del d
print("collected", gc.collect() >= 1)
class L(list):
    pass
l = L([1])
l.append(l)
r = weakref.ref(l)
del l
gc.collect()
print("weak cleared", r() is None)
class S(str):
    __slots__ = ()
s = S("abc")
try:
    s.x = 1
except AttributeError as e:
    print("AttributeError", e)
class M(dict):
    pass
m = M(a=[1, 2])
m.note = "n"
c = copy.copy(m)
dc = copy.deepcopy(m)
print(type(c).__name__, c, type(dc).__name__, dc, dc['a'] is m['a'], vars(m))
print(isinstance(L(), (tuple, list)), issubclass(L, list), L.__mro__ if False else [k.__name__ for k in L.__mro__], L.__base__.__name__)
print("{0}-{1}".format(S("x"), M(q=1)), "%s|%r" % (S("y"), S("z")), str(M(k=1)), S("a b c").split(), S("  p ").strip())
class Cnt(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
cn = Cnt()
for ch in "banana":
    cn.add(ch)
print(sorted(cn.items()), max(cn, key=cn.get), cn.pop('b'), cn.setdefault('z', 9), cn.popitem(), len(cn))
print(dict.__repr__(cn), list.__len__(L([1, 2])), str.upper(S("q")), int.__add__(5, 3))
try:
    object.__new__(D)
except TypeError as e:
    print("TypeError", e)
try:
    class X(dict, list):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    D(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    L(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(L())
except TypeError as e:
    print("TypeError", e)
class Q(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Q(3), Q(0) == [], Q(2) < [0, 5])
class IX(int):
    def __new__(cls, v, label):
        o = super().__new__(cls, v)
        o.label = label
        return o
    def __repr__(self):
        return f"IX({int(self)}, {self.label!r})"
x = IX(3, "three")
print(x, x + 1, [x], x.label, x == 3, sorted([IX(2, "b"), IX(1, "a")]))
