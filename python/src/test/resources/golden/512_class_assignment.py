# obj.__class__ = C: CPython's checks (layouts must match, built-in types refuse) and what changes with the class.
import gc, threading, weakref

class A:
    kind = "A"
    def who(self): return "A.who " + str(self.x)
class B:
    kind = "B"
    def who(self): return "B.who " + str(self.x)

a = A(); a.x = 1
a.__class__ = B
print(type(a).__name__, a.kind, a.who(), isinstance(a, B), isinstance(a, A), a.__dict__)
a.__class__ = A
print(type(a).__name__, a.who())
a.__class__ = A   # the same class again
print(type(a) is A)

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

def setc(o, c):
    o.__class__ = c

attempt("non-class", lambda: setc(a, 5))
attempt("builtin target", lambda: setc(a, int))
attempt("builtin object", lambda: setc(5, A))
attempt("list object", lambda: setc([], A))
attempt("object target", lambda: setc(a, object))
def delc():
    del a.__class__
attempt("delete", delc)

class L1(list): pass
class L2(list):
    def total(self): return sum(self)
class D(dict): pass
l = L1([1, 2, 3])
attempt("list sub -> list sub", lambda: setc(l, L2))
print(type(l).__name__, l, l.total())
attempt("list sub -> dict sub", lambda: setc(l, D))
attempt("list sub -> plain", lambda: setc(l, A))
attempt("plain -> list sub", lambda: setc(a, L1))
print(type(l).__name__, type(a).__name__)

class S1:
    __slots__ = ("x", "y")
class S2:
    __slots__ = ("x", "y")
    def both(self): return (self.x, self.y)
class S3:
    __slots__ = ("x",)
s = S1(); s.x = 10; s.y = 20
attempt("same slots", lambda: setc(s, S2))
print(type(s).__name__, s.both())
attempt("other slots", lambda: setc(s, S3))
attempt("slots -> dict", lambda: setc(s, A))
attempt("dict -> slots", lambda: setc(a, S1))

class E1(Exception): pass
class E2(Exception):
    def __str__(self): return "E2:" + repr(self.args)
e = E1("boom", 1)
attempt("exc -> exc", lambda: setc(e, E2))
print(type(e).__name__, str(e), e.args, isinstance(e, E2))
attempt("exc -> plain", lambda: setc(e, A))
attempt("plain -> exc", lambda: setc(a, E1))
attempt("exc -> ValueError", lambda: setc(e, ValueError))
try:
    raise e
except E2 as caught:
    print("caught as E2:", caught)

# the class changes what a method of the old class sees from then on
class Off:
    def toggle(self):
        self.__class__ = On
        return "was off"
class On:
    def toggle(self):
        self.__class__ = Off
        return "was on"
sw = Off()
print([sw.toggle() for _ in range(5)], type(sw).__name__)

# super() in a method keeps the class it was defined in
class Base:
    def hello(self): return "Base.hello"
class K1(Base):
    def hello(self): return "K1>" + super().hello()
class K2(Base):
    def hello(self): return "K2>" + super().hello()
k = K1()
k.__class__ = K2
print(k.hello())
attempt("old method, new class", lambda: K1.hello(k))

# __del__ is the new class's; the old class is freed once nothing else holds it
log = []
class Quiet: pass
class Loud:
    def __del__(self): log.append("Loud.__del__")
q = Quiet(); q.__class__ = Loud
del q
gc.collect()
print(log)

def make_old():
    class Old:
        pass
    return Old
Old = make_old()
r = weakref.ref(Old)
o = Old()
del Old
o.__class__ = Quiet
print(type(o).__name__)
del o
gc.collect(); gc.collect()
print("old class freed:", r() is None)

# user exceptions trade classes only with those deriving from the same built-in exception
class K3(KeyError): pass
class K4(KeyError):
    def __str__(self): return "K4!"
class V1(ValueError): pass
k3 = K3("k")
attempt("KeyError sub -> KeyError sub", lambda: setc(k3, K4))
print(str(k3), isinstance(k3, KeyError))
attempt("KeyError sub -> ValueError sub", lambda: setc(k3, V1))
attempt("Exception sub -> KeyError sub", lambda: setc(E2("x"), K3))
class O1(OSError): pass
class O2(OSError): pass
o1 = O1(2, "No such file", "f.txt")
attempt("OSError sub -> OSError sub", lambda: setc(o1, O2))
print(type(o1).__name__, o1.errno, o1.filename, str(o1))

# built-in exception classes are immutable, as CPython's static types
attempt("set on ValueError", lambda: setattr(ValueError, "extra", 1))
attempt("delete on ValueError", lambda: delattr(ValueError, "args"))
attempt("class of ValueError", lambda: setc(ValueError, type))
print(hasattr(ValueError, "extra"))

class Meta(type): pass
class WithMeta(metaclass=Meta): pass
attempt("class object -> metaclass", lambda: setc(WithMeta, type))
attempt("type -> Meta", lambda: setc(A, Meta))

# attribute assignment through a property named __class__ in a subclass is just a property
class P:
    @property
    def __class__(self): return int
p = P()
print(isinstance(p, int), type(p).__name__)

# threads: flippers change the class while readers call the method; every call answers one of the two classes
class R1:
    def f(self): return 1
class R2:
    def f(self): return 2
shared = [R1() for _ in range(8)]
counts = [0, 0, 0]
lock = threading.Lock()
def flipper(n):
    for i in range(2000):
        o = shared[(i + n) % 8]
        o.__class__ = R2 if type(o) is R1 else R1
def reader():
    c = [0, 0, 0]
    for i in range(4000):
        c[shared[i % 8].f()] += 1
    with lock:
        for j in range(3):
            counts[j] += c[j]
ts = [threading.Thread(target=flipper, args=(n,)) for n in range(2)] + [threading.Thread(target=reader) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print("calls:", counts[1] + counts[2], "other:", counts[0], all(type(o) in (R1, R2) for o in shared))

# layouts: classes that add the same slots to the same base agree; a subclass adding a slot to each does not
class G:
    __slots__ = ["a", "b"]
class H:
    __slots__ = ["b", "a"]
class I:
    __slots__ = ["a", "b"]
class J:
    __slots__ = ["c", "b"]
class K:
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
class Int(int):
    __slots__ = []
class Sub(A):
    pass
class Sub2(Sub):
    pass
ok = []
for c1 in (G, H, I, J, K, L, M, N, P, Q, R, A, B, Sub, Sub2):
    for c2 in (G, H, I, J, K, L, M, N, P, Q, R, A, B, Sub, Sub2, Int):
        if c1 is c2:
            continue
        x = c1()
        try:
            x.__class__ = c2
            ok.append(c1.__name__ + c2.__name__)
        except TypeError:
            pass
print("compatible:", ok)
x = G(); x.a = 1; x.b = 2
x.__class__ = H
print(type(x).__name__, x.a, x.b)
