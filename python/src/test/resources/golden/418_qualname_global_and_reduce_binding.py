# A class or function declared global where it is defined has its bare name as __qualname__ (so pickle finds it),
# special methods that copy and pickle call are bound as CPython's lookup binds them (a classmethod __getnewargs__),
# __getnewargs_ex__ with keywords pickles at protocols 2 and 3 (through object.__new__, one object as in CPython),
# and a built-in type's method has __qualname__/__module__/__objclass__ (CPython's test_descr PicklingTests).
def f():
    global G, h
    class G:
        def m(self):
            def inner(): pass
            return inner
    def h(): pass
    class L:
        def n(self): pass
    return L
L = f()
print(G.__qualname__, G.m.__qualname__, G().m().__qualname__, h.__qualname__, L.__qualname__, L.n.__qualname__)
class Outer:
    global Inner
    class Inner:
        def z(self): pass
    class Other: pass
print(Inner.__qualname__, Inner.z.__qualname__, Outer.Other.__qualname__)
import copy, pickle
def g():
    global C1
    class C1:
        def __init__(self, a): self.a = a
    return pickle.loads(pickle.dumps(C1(5))).a
print(g(), copy.deepcopy(C1(3)).a)

class C2(list):
    ARGS = (1, 2)
    def __new__(cls, a, b):
        self = super().__new__(cls)
        self.a = a; self.b = b
        return self
    def __init__(self, *args):
        super().__init__()
        self.append("cheese")
    @classmethod
    def __getnewargs__(cls):
        return cls.ARGS
    def __repr__(self):
        return "C2(%r, %r)<%r>" % (self.a, self.b, list(self))
class C3(list):
    ARGS = (1, 2)
    def __init__(self, a, b):
        self.a = a; self.b = b
        self.append("cheese")
    @classmethod
    def __getstate__(cls):
        return cls.ARGS
    def __setstate__(self, state):
        a, b = state
        self.a = a; self.b = b
    def __repr__(self):
        return "C3(%r, %r)<%r>" % (self.a, self.b, list(self))
class C5:
    def __init__(self, a, *, b): self.a, self.b = a, b
    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}
    def __repr__(self): return 'C5(%r, b=%r)' % (self.a, self.b)
for o in (C2(1, 2), C3(1, 2), C5(1, b=2)):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            r = pickle.loads(pickle.dumps(o, proto))
            print(proto, repr(r))
        except Exception as e:
            print(proto, type(e).__name__, e)
    print(repr(copy.copy(o)), repr(copy.deepcopy(o)))
print(object.__new__ is object.__new__, object.__new__.__qualname__, object.__new__.__module__)
print(str.upper.__qualname__, str.upper.__objclass__, list.append.__qualname__)
