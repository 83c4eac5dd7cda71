# SPDX-License-Identifier: Apache-2.0
# Class cases after CPython's test_class/test_descr in the subset: properties, signatures, bad special methods.
from suite_case import T
class P:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("neg")
        self._x = v
p = P(1)
T("prop get", lambda: p.x)
def ps():
    p.x = 5; return p.x
T("prop set", ps)
def ps2():
    p.x = -1
T("prop set raise", ps2)
def pd():
    del p.x
T("prop del", pd)
class RO:
    @property
    def v(self): return 1
def ros():
    RO().v = 2
T("prop read-only", ros)
class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def s(a):
        return a * 2
T("classmethod", lambda: (type(C.make()).__name__, C.count, C.s(2), C().s(3)))
class D(C):
    pass
T("subclass classmethod", lambda: type(D.make()).__name__)
T("isinstance", lambda: (isinstance(D(), C), issubclass(D, C), issubclass(C, D), isinstance(1, (str, int)), issubclass(bool, int)))
T("isinstance bad", lambda: isinstance(1, 1))
T("mro", lambda: [k.__name__ for k in D.__mro__])
class E:
    def __init__(self, a, b=2, *args, c, d=4, **kw):
        self.v = (a, b, args, c, d, kw)
T("sig", lambda: E(1, c=3).v)
T("sig full", lambda: E(1, 2, 3, 4, c=5, d=6, e=7).v)
T("sig missing", lambda: E(1))
T("sig dup", lambda: E(1, a=1, c=2))
T("sig unknown kw", lambda: (lambda a: a)(b=1))
T("sig too many", lambda: (lambda a: a)(1, 2))
T("sig missing 2", lambda: (lambda a, b, c: a)(1))
T("kwonly missing", lambda: (lambda *, a, b: a)())
class Str:
    def __repr__(self): return 'R'
    def __str__(self): return 'S'
T("repr str", lambda: (str(Str()), repr(Str()), f'{Str()}', f'{Str()!r}', '%s' % Str(), [Str()]))
class BadRepr:
    def __repr__(self): return 1
T("bad repr", lambda: repr(BadRepr()))
class BadStr:
    def __str__(self): return None
T("bad str", lambda: str(BadStr()))
class Len:
    def __len__(self): return -1
T("bad len", lambda: len(Len()))
class Len2:
    def __len__(self): return 'a'
T("bad len str", lambda: len(Len2()))
class Bool:
    def __bool__(self): return 1
T("bad bool", lambda: bool(Bool()))
class Hash:
    def __hash__(self): return 'a'
T("bad hash", lambda: hash(Hash()))
class Hash2:
    def __hash__(self): return 2 ** 100
T("big hash", lambda: hash(Hash2()) == hash(2 ** 100))
class Eq:
    def __eq__(self, o): return True
T("eq no hash", lambda: hash(Eq()))
class It:
    def __iter__(self): return 5
T("bad iter", lambda: iter(It()))
class Getitem:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
T("old iter", lambda: list(Getitem()))
T("old iter in", lambda: 2 in Getitem())
class Ctx:
    def __enter__(self): return 'in'
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
def ctx():
    with Ctx() as c:
        raise KeyError('k')
    return c
T("with suppress", ctx)
T("with not ctx", lambda: exec("with 1: pass") if False else None)
def nctx():
    with 1:
        pass
T("with int", nctx)
class Call:
    def __call__(self, *a, **k): return (a, k)
T("call", lambda: Call()(1, x=2))
T("callable", lambda: (callable(Call()), callable(1), callable(len), callable(C)))
T("getattr default", lambda: (getattr(p, 'nope', 5), hasattr(p, 'x'), getattr(p, 'x')))
T("getattr bad", lambda: getattr(p, 1))
T("setattr builtin", lambda: setattr(1, 'x', 2))
T("delattr missing", lambda: delattr(p, 'zz'))
T("class attr via inst", lambda: (C().count > 0, type(C()).count > 0))
T("vars", lambda: sorted(vars(P(3))))
T("dunder dict", lambda: P(4).__dict__)
T("name", lambda: (P.__name__, P.__qualname__, P.__module__, P.x.__class__.__name__))
class Outer:
    class Inner:
        pass
T("qualname", lambda: Outer.Inner.__qualname__)
T("super no args", lambda: super())
class Base:
    def f(self): return 'base'
class Der(Base):
    def f(self): return 'der+' + super().f()
T("super", lambda: Der().f())
class Init:
    def __init__(self): return 5
T("init returns", lambda: Init())
T("object attr", lambda: object().x)
def setobj():
    o = object(); o.x = 1
T("object setattr", setobj)
