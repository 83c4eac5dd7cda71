# Classes deriving from weakref.ref (CPython's SubclassableWeakrefTestCase):
# constructor arguments of their own, __call__ through super(), slots,
# weakref.ref.__new__(cls, ...), getweakrefs and getweakrefcount counting each
# instance, a callback receiving the subclass instance, an instance dropped
# before its referent never calling back (bpo-3100); __callback__; WeakMethod
# as a ref subclass; ref() refusing keywords.
import weakref, gc
class Object:
    def __init__(self, arg): self.arg = arg
    def __repr__(self): return "<Object %r>" % self.arg
    def __hash__(self): return hash(self.arg)
    def __eq__(self, other):
        if isinstance(other, Object): return self.arg == other.arg
        return NotImplemented
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)
    def __call__(self):
        self.called = True
        return super().__call__()
o = Object("foo")
mr = MyRef(o, value=24)
print(mr() is o, mr.called, mr.value, isinstance(mr, weakref.ref), issubclass(MyRef, weakref.ReferenceType))
del o
print(mr(), mr.called)
class MyRef2(weakref.ref):
    pass
o = Object(42)
r1 = MyRef2(o)
r2 = weakref.ref(o)
print(r1 is not r2, weakref.getweakrefs(o) == [r2, r1], weakref.getweakrefcount(o))
r3 = MyRef2(o)
print(weakref.getweakrefcount(o), len(weakref.getweakrefs(o)), weakref.getweakrefs(o)[0] is r2)
print(r1 == r2, r1 == r3, hash(r1) == hash(o), r1.__callback__)
r4 = MyRef2(o, id)
print(r4.__callback__ is id, weakref.ref(o, len).__callback__ is len)
calls = []
r5 = MyRef2(o, lambda r: calls.append(r))
del o
print(len(calls), calls[0] is r5, r5.__callback__, r1(), r1 == r3)
class MyRef3(weakref.ref):
    __slots__ = "slot1", "slot2"
    def __new__(type, ob, callback, slot1, slot2):
        return weakref.ref.__new__(type, ob, callback)
    def __init__(self, ob, callback, slot1, slot2):
        self.slot1 = slot1
        self.slot2 = slot2
    def meth(self):
        return self.slot1 + self.slot2
o = Object(42)
r = MyRef3(o, None, "abc", "def")
print(r.slot1, r.slot2, r.meth(), hasattr(r, "__dict__"))
cbcalled = []
class C: pass
o = C()
r1 = MyRef2(o, lambda w: cbcalled.append(1))
r1.o = o
del o
del r1
o = C()
r1 = MyRef2(o, lambda w: cbcalled.append(2))
r2 = MyRef2(o, lambda w: cbcalled.append(3))
r1.r = r2
r2.o = o
del o
del r2
del r1
gc.collect()
print(cbcalled)
class K:
    def m(self): return 1
k = K()
wm = weakref.WeakMethod(k.m)
print(isinstance(wm, weakref.ReferenceType), wm()(), wm == weakref.WeakMethod(k.m), hash(wm) == hash(weakref.WeakMethod(k.m)))
dead = []
wm2 = weakref.WeakMethod(k.m, dead.append)
del k
print(wm(), len(dead), dead[0] is wm2)
try:
    weakref.ref(C(), callback=None)
except TypeError as e:
    print(e)


class Obj:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Obj) and self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def some_method(self):
        return 4

    def other_method(self):
        return 5


x, y = Obj(1), Obj(1)
a, b = weakref.WeakMethod(x.some_method), weakref.WeakMethod(y.some_method)
c = weakref.WeakMethod(x.other_method)
print(a == b, a != b, a == c, a != c, a() == x.some_method, repr(a).startswith('<weakref at'))
print(weakref.getweakrefcount(x), len(weakref.getweakrefs(x)), type(weakref.getweakrefs(x)[0]).__name__)

# an instance of a ref subclass makes no cycle with its callback: dropped, it is freed at once
o = C()
r = MyRef2(o, lambda w: cbcalled.append(4))
watch = weakref.ref(r)
del r
print(watch() is None, cbcalled)
