# SPDX-License-Identifier: Apache-2.0
# str, int, float and tuple subclasses: __new__ overrides, str arguments, arithmetic and comparisons with plain values, the lay-out conflict.
class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hi")
print(s.shout(), s + "x", "x" + s, len(s), s == "hi", "hi" == s, {s: 1}["hi"], {"hi": 2}[s], repr(s), str(s))
print(type(s.upper()).__name__, type(s + "x").__name__, isinstance(s, str), s * 2, s[0], s[::-1], list(s))
print(",".join([S("a"), "b", S("c")]), "h" in s, s in "ohio", "ahia".split(s), s.startswith(S("h")), f"{s:>5}|", "%s!" % s)
print(hash(s) == hash("hi"), sorted([S("b"), "a", S("c")]), max(S("x"), "y"), s < "z", int(S("42")) + 1, float(S("1.5")))
class Name(str):
    def __new__(cls, value):
        obj = super().__new__(cls, value.strip().title())
        obj.raw = value
        return obj
n = Name("  ada lovelace ")
print(n, n.raw, type(n).__name__, len(n))
class Tag(str):
    def __new__(cls, v):
        return str.__new__(cls, "<" + v + ">")
    def __repr__(self):
        return "Tag(" + super().__repr__() + ")"
print(Tag("b"), repr(Tag("b")), [Tag("i")])
class I(int):
    def double(self):
        return self * 2
i = I(5)
print(i + 1, 1 + i, i * 2, i.double(), repr(i), isinstance(i, int), type(i + 1).__name__, -i, abs(I(-3)), i == 5, 5 == i)
print(bool(I(0)), bool(i), hash(i) == hash(5), {5: "five"}[i], list(range(i)), [0] * I(2), "ab"[I(1)], i // 2, i % 3, i ** 2, float(i), int(i), str(i), f"{i:03d}")
print(I("12"), I("ff", 16), I(), I(3.7), max(I(1), I(9)), sorted([I(3), 1, I(2)]), i < 6, divmod(i, 2), round(i), i.bit_length(), i & 4, i << 1)
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), c + 1, repr(c), round(c), c > 50, isinstance(c, float), int(c))
class T(tuple):
    def first(self):
        return self[0]
t = T([1, 2, 3])
print(t, t.first(), len(t), t + (4,), (0,) + t, t[1:], t == (1, 2, 3), hash(t) == hash((1, 2, 3)), type(t[1:]).__name__)
a, b, c3 = t
print(a, b, c3, list(t), 2 in t, t.count(2), t.index(3))
import collections
Point = collections.namedtuple("Point", "x y")
class P(Point):
    def norm(self):
        return self.x + self.y
print(P(1, 2).norm() if hasattr(Point, "_fields") else "")
class X(dict, list):
    pass
