# copy and deepcopy by CPython's reduce protocol: __reduce__/__reduce_ex__, __getnewargs__, __getstate__ and
# __setstate__, slots, copyreg's dispatch table, subclasses of built-ins, shared and cyclic structures, copy.replace
# (3.13), and the errors, as CPython 3.13 runs them.
import collections
import copy
import copyreg
import dataclasses


class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        print("reduce called")
        return (R, (self.v + 1,))


print(copy.copy(R(1)).v, copy.deepcopy(R(1)).v)


class NA(int):
    def __new__(cls, v, tag):
        o = int.__new__(cls, v)
        o.tag = tag
        return o
    def __getnewargs__(self):
        return (int(self), self.tag)


n = copy.deepcopy(NA(5, "t"))
print(type(n).__name__, n, n.tag)


class State:
    def __init__(self):
        self.a = [1]
    def __getstate__(self):
        return {"a": self.a, "extra": "got"}
    def __setstate__(self, s):
        self.__dict__.update(s)
        self.restored = True


s = copy.deepcopy(State())
print(sorted(vars(s)), s.restored)


class Slots:
    __slots__ = ("x", "y")


o = Slots()
o.x = [1]
c = copy.copy(o)
d = copy.deepcopy(o)
print(c.x is o.x, d.x == o.x, d.x is o.x, hasattr(d, "y"))


class Registered:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Registered, lambda r: (Registered, (r.v * 10,)))
print(copy.copy(Registered(2)).v)


class ML(list):
    pass


class MD(dict):
    pass


ml = ML([1, [2]])
ml.attr = "a"
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.attr, mc[1] is ml[1])
md = copy.copy(MD(a=[1]))
print(type(md).__name__, md)

shared = [1]
cyc = [shared, shared]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[0] is dc[1], dc[2] is dc, dc[0] is shared)

t = (1, [2])
u = (1, 2)
print(copy.deepcopy(t) is t, copy.deepcopy(u) is u, copy.copy(t) is t)


class Cant:
    def __reduce_ex__(self, proto):
        raise TypeError("no")


try:
    copy.copy(Cant())
except TypeError as e:
    print("TypeError:", e)

P = collections.namedtuple("P", "x y")
print(copy.replace(P(1, 2), y=5))
try:
    copy.replace(P(1, 2), z=1)
except TypeError as e:
    print("TypeError:", e)


@dataclasses.dataclass
class DC:
    a: int
    b: int = 0


print(copy.replace(DC(1, 2), b=3), dataclasses.replace(DC(1), a=9))
try:
    copy.replace(1, x=2)
except TypeError as e:
    print("TypeError:", e)

print(type(R(1).__reduce_ex__(2)).__name__, Slots().__getstate__() if False else "ok")
m = R.__new__(R)
m.v = 3
print(copy.copy([m])[0] is m, copy.deepcopy({"k": m})["k"].v)
