# Private name mangling (__x in a class is _Class__x: names, attributes, parameters, defs and classes, not a call's
# keywords), a class's own __getattribute__ (with object.__getattribute__, super() and the __getattr__ fallback),
# and a sweep of class features compared with CPython 3.13.
class A:
    __cls_attr = "A-private"
    def __init__(self):
        self.__x = "A.x"
        self.__dunder__ = "dunder"
    def get(self):
        return self.__x, A.__cls_attr, self.__private_method()
    def __private_method(self):
        return "pm"
    def uses_local(self):
        __local = 5
        return __local + 1, [__i for __i in range(2)], (lambda __p: __p)(3)
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B.x"
    def getb(self):
        return self.__x
b = B()
print(b.get(), b.getb(), sorted(k for k in vars(b)))
print(sorted(k for k in A.__dict__ if not k.startswith("__") or k.endswith("__") and "dunder" in k))
print(A.__dict__["_A__private_method"].__name__, A._A__private_method.__qualname__, A().uses_local())
print(hasattr(A(), "__x"), hasattr(A(), "_A__x"), getattr(A(), "_A__x"))
class _Under:
    def __init__(self): self.__v = 1
class ___:
    def __init__(self): self.__v = 1
print(list(vars(_Under())), list(vars(___())))
class F:
    def f(self): return f"{self.__y!r}"
    def __init__(self): self.__y = "fy"
print(F().f())
__glob = "module"
class Outer:
    def m(self):
        try:
            return __glob
        except NameError as e:
            return "NameError " + str(e)
    class __Inner:
        pass
print(Outer().m(), [k for k in Outer.__dict__ if "Inner" in k], Outer._Outer__Inner.__name__)
def kw(**k): return k
class K:
    def call(self): return kw(__a=1)
print(K().call())
class D:
    def __init__(self, __p=1):
        self.p = __p
print(D().p, D(5).p)
try:
    D(__p=3)
except TypeError as e:
    print("TypeError", e)
class Logged:
    def __init__(self):
        self.log = []
        self.v = 1
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return super().__getattribute__(name)
    def m(self):
        return "m"
o = Logged()
print(o.v, o.m(), o.log)
class Fallback:
    def __getattribute__(self, name):
        if name.startswith("x"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
f = Fallback()
print(f.xyz, f.__class__.__name__, hasattr(f, "xa"), getattr(f, "xb", "d"))
class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError("nope " + name)
n = NoFallback()
print(hasattr(n, "a"), getattr(n, "a", "default"))
try:
    n.a
except AttributeError as e:
    print("AttributeError", e)
class Other:
    def __getattribute__(self, name):
        raise KeyError(name)
try:
    hasattr(Other(), "q")
except KeyError as e:
    print("KeyError", e)
class Sub(Logged):
    pass
s = Sub(); s.v; print(s.log)
print(len([1, 2]), str(Logged())[:9])
def T(name, f):
    try:
        print(name, "->", repr(f()))
    except BaseException as e:
        print(name, "!!", type(e).__name__, e)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A(Base, tag="a"): pass
class B(A): pass
T("init_subclass", lambda: Base.registry)
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
T("class_getitem", lambda: G[int])
class S1:
    __slots__ = ("a",)
class S2(S1):
    __slots__ = ("b",)
T("slots inherit", lambda: (lambda o: (setattr(o, "a", 1), setattr(o, "b", 2), o.a + o.b)[2])(S2()))
T("slots no dict", lambda: (lambda o: setattr(o, "c", 3))(S2()))
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): self._x = -1
T("property full", lambda: (lambda p: (setattr(p, "x", 5), p.x, delattr(p, "x"), p.x)[1::2])(P()))
class CM:
    n = 0
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def util(x): return x + 1
class CM2(CM): pass
T("cls/static via instance", lambda: (CM().make(), CM2().make(), CM2.make(), CM().util(1), CM.util(2)))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
T("eq derived ne", lambda: (Eq(1) != Eq(1), Eq(1) != Eq(2), Eq.__hash__ is None))
T("eq unhashable", lambda: hash(Eq(1)))
class Len:
    def __len__(self): return 0
T("bool via len", lambda: (bool(Len()), not Len()))
class GA:
    def __getattr__(self, name): return "dyn_" + name
    real = "real"
T("getattr fallback", lambda: (GA().foo, GA().real, hasattr(GA(), "anything")))
class GAB:
    def __getattribute__(self, name):
        if name == "secret": return 42
        return object.__getattribute__(self, name)
    def __init__(self): self.v = 1
T("getattribute", lambda: (GAB().secret, GAB().v))
class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 10)
T("setattr override", lambda: (lambda o: (setattr(o, "x", 2), o.x)[1])(SA()))
class DA:
    def __delattr__(self, name): print("del", name)
T("delattr override", lambda: delattr(DA(), "zz"))
class Dir:
    def __dir__(self): return ["b", "a"]
T("dir custom", lambda: dir(Dir()))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "radd %r" % (o,)
    def __index__(self): return 3
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __round__(self, n=None): return "rounded"
    def __lt__(self, o): return "lt"
T("radd fallback", lambda: (Num(1) + 5, 5 + Num(1)))
T("index usage", lambda: ([0, 1, 2, 3, 4][Num(0)], "abcd"[Num(0)], bin(Num(0)), int(Num(0)), float(Num(0)), round(Num(0))))
T("reflected lt", lambda: (5 > Num(0), Num(0) < 5))
T("add both NI", lambda: Num(1) + Num(2))
class It:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
T("getitem iter", lambda: (list(It()), 10 in It(), 5 in It()))
class Ctx:
    def __enter__(self): return "entered"
    def __exit__(self, t, v, tb): return t is ValueError
def ctx():
    with Ctx() as c:
        raise ValueError("swallowed")
    return c
T("suppress", ctx)
T("no suppress", lambda: (lambda: exec("with Ctx():\n  raise KeyError('k')", {"Ctx": Ctx}))())
class Missing(dict):
    def __missing__(self, k): return k * 2
T("missing", lambda: (Missing()["ab"], Missing().get("ab"), "ab" in Missing()))
import functools
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
T("total_ordering", lambda: (TO(1) <= TO(2), TO(2) >= TO(1), TO(3) > TO(2)))
class Rep: pass
T("default repr", lambda: repr(Rep()).startswith("<__main__.Rep object at 0x"))
T("default str fmt", lambda: (format(Rep(), "") == str(Rep()) if False else format(object(), "") != ""))
T("format nonempty spec", lambda: format(Rep(), "x"))
class Call:
    def __call__(self, *a, **k): return (a, k)
T("callable instance", lambda: Call()(1, b=2))
class Order:
    def __init__(self): self.log = []
    def __getitem__(self, k): self.log.append(("get", k)); return 0
    def __setitem__(self, k, v): self.log.append(("set", k, v))
T("augmented item", lambda: (lambda o: (o.__setitem__("k", 1), o.__class__, exec("o['k'] += 5", {"o": o}), o.log)[3])(Order()))
class Desc:
    def __get__(self, obj, typ=None): return "desc"
class UsesDesc:
    d = Desc()
    def __init__(self): self.__dict__["d"] = "inst"
T("nondata desc vs dict", lambda: UsesDesc().d)
class Mangle:
    def __init__(self): self.__p = 1
    def get(self): return self.__p
T("name mangling", lambda: (Mangle().get(), hasattr(Mangle(), "_Mangle__p"), hasattr(Mangle(), "__p")))
class Meta1: pass
T("type of class", lambda: (type(Meta1), type(Meta1()).__name__, Meta1.__class__))
T("object new", lambda: type(object.__new__(Meta1)).__name__)
class WithNew:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.v = v * 2
        return inst
    def __init__(self, v): self.w = v
T("new+init", lambda: (lambda o: (o.v, o.w))(WithNew(3)))
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
T("singleton", lambda: Single() is Single())
