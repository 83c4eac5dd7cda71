# Metaclass hooks: __setattr__/__delattr__ and properties on a metaclass, __repr__/__str__/__eq__/__hash__/__or__/__lt__
# of classes through their metaclass, keyword arguments for the metaclass, a counting __call__ under threads.
class M(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        return cls
class A(metaclass=M):
    def __new__(cls, *a):
        self = super().__new__(cls)
        self.a = a
        return self
class B(A):
    @classmethod
    def make(cls):
        return cls(1, 2)
print(B.make().a, type(B.make()).__name__)
# metaclass with __setattr__
class Locked(type):
    def __setattr__(cls, name, value):
        if name.startswith("_"):
            raise AttributeError("locked: " + name)
        super().__setattr__(name, value)
class L(metaclass=Locked):
    pass
L.x = 1
print(L.x)
try:
    L._y = 2
except AttributeError as e:
    print("AttributeError:", e)
# kwargs refused
class NoKw(type):
    pass
try:
    class K(metaclass=NoKw, flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class KwMeta(type):
    def __new__(mcs, name, bases, ns, flag=False):
        c = super().__new__(mcs, name, bases, ns)
        c.flag = flag
        return c
    def __init__(cls, name, bases, ns, flag=False):
        super().__init__(name, bases, ns)
class K2(metaclass=KwMeta, flag=True):
    pass
print(K2.flag)
print(M.__name__, M.__qualname__, M.__bases__, A.__class__.__name__, type(A).__mro__)
print(isinstance(A, M), isinstance(A(), M), issubclass(M, type))
class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)
class P(metaclass=Counted):
    def __init__(self, x=0):
        self.x = x
ps = [P(i) for i in range(5)]
print(Counted.count, ps[3].x)
import threading
def work():
    for i in range(200):
        P(i)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(Counted.count >= 5)
try:
    print(M.mro(), A.mro())
except TypeError as e:
    print("TypeError:", e)
print(M.mro(A), type.mro(A))
class PM(type):
    _p = 0
    @property
    def p(cls):
        return cls._p
    @p.setter
    def p(cls, v):
        cls._p = v * 2
class Q(metaclass=PM):
    pass
Q.p = 5
print(Q.p, Q._p, PM._p)
class D(type):
    def __delattr__(cls, n):
        print("del", n)
        super().__delattr__(n)
class E(metaclass=D):
    z = 1
del E.z
print(hasattr(E, "z"))
# class-level __repr__ vs metaclass __repr__: instance vs class
class R(type):
    def __repr__(cls): return "R:" + cls.__name__
    def __str__(cls): return "S:" + cls.__name__
class X(metaclass=R):
    def __repr__(self): return "x-instance"
print(repr(X), str(X), repr(X()), f"{X}", "%s" % X, [X], {X: 1})
# __bool__/__eq__/__hash__ on metaclass
class EqM(type):
    def __eq__(cls, other): return getattr(other, "__name__", None) == cls.__name__
    def __hash__(cls): return hash(cls.__name__)
class Y(metaclass=EqM): pass
class Z(metaclass=EqM): pass
print(Y == Z, Y != Z, hash(Y) == hash("Y"))
# __or__ on metaclass; __lt__
class OrM(type):
    def __or__(cls, other): return (cls.__name__, other.__name__)
    def __lt__(cls, other): return cls.__name__ < other.__name__
class O1(metaclass=OrM): pass
class O2(metaclass=OrM): pass
print(O1 | O2, O1 < O2, sorted([O2, O1]) == [O1, O2])
