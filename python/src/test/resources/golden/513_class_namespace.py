# What a class statement puts in the class's namespace (CPython 3.13): __static_attributes__, the __dict__ and
# __weakref__ getset descriptors type_new adds, in CPython's order; the descriptors' behaviour; type's own
# __dict__, __qualname__ and __name__ before them.
import weakref

class C:
    x = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def m(self):
        self.c = 3
        other.d = 4
print(list(C.__dict__))
print({k: v for k, v in vars(C).items() if not callable(v)})
print(C.__static_attributes__)
print(C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(type(C.__dict__['__dict__']).__name__)

class S:
    __slots__ = ('p',)
print(list(S.__dict__))
class D(C):
    pass
print(list(D.__dict__), D.__static_attributes__)
class E(Exception):
    pass
print(list(E.__dict__))
class P:
    __slots__ = ('__dict__',)
print(list(P.__dict__))
class W:
    __slots__ = ('__weakref__', 'q')
print(list(W.__dict__))
for b in (int, str, bytes, tuple, float, complex, list, dict, bytearray, set, frozenset, object, Exception, KeyError):
    K = type('K', (b,), {})
    print(b.__name__, [k for k in K.__dict__ if k in ('__dict__', '__weakref__', '__static_attributes__')])

# which stores count: self.NAME in a method, however nested; not augmented, not del, not annotation-only
class X:
    def f(self, y):
        self.z = 1
        self.w += 1
        del self.v
        y.k = 2
        def inner():
            self.nested = 1
        (self.t1, self.t2) = 1, 2
        for self.loopv in []: pass
        with open(__file__) as self.wv: pass
        self.an: int = 1
        self.an2: int
        [0 for self.comp in ()]
        self.b = self.c = 1
        g = (1 for self.gen in ())
        async def h(): self.asy = 1
    @staticmethod
    def s(a):
        a.sa = 1
    def h(this):
        this.hh = 1
    class Inner:
        def i(self):
            self.ii = 1
print(X.__static_attributes__, X.Inner.__static_attributes__)
class O:
    pass
self = O()
class B:
    self.q = 1
def f():
    class F:
        def m(s2):
            self.zz = 1
    return F
print(B.__static_attributes__, f().__static_attributes__)
T = type('T', (), {'k': 1})
print(list(T.__dict__), hasattr(T, '__static_attributes__'))

# the descriptors work as CPython's
c = C()
r = weakref.ref(c)
d = C.__dict__['__dict__']
print(c.__weakref__ is r, d.__get__(c), d.__name__, d.__objclass__.__name__, d.__qualname__)
d.__set__(c, {'z': 9})
print(c.z, vars(c))
for bad in (lambda: d.__get__(5), lambda: setattr(c, '__weakref__', 1), lambda: d.__set__(c, 5)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(C.__dict__['__weakref__'].__get__(c) is r, C.__weakref__)

# type's own attributes come first
C.__qualname__ = 'Q.C'
print('__qualname__' in C.__dict__, C.__qualname__, C)
for n in ('__qualname__', '__name__'):
    try:
        delattr(C, n)
    except TypeError as e:
        print(e)

# a reflected operator of a plain class meets an object() on the left
class RP:
    def __rpow__(self, other):
        return 1
a = object()
a **= RP()
print(a)

# weak references follow the layout: not under __slots__ without '__weakref__', not for an int subclass
class SL: __slots__ = ('a',)
class SLW: __slots__ = ('a', '__weakref__')
class SLS(SL): pass
class EX(Exception): __slots__ = ()
class EX2(Exception): pass
class IN(int): pass
class LI(list): pass
class FR(frozenset): pass
for k in (SL, SLW, SLS, EX, EX2, IN, LI, FR):
    try:
        weakref.ref(k()); print(k.__name__, 'ok')
    except TypeError as e:
        print(k.__name__, e)
for v in (Exception(), 1, 'a', b'', None, True, 1j, bytearray(), range(1), 1.5, [], {}, (), object(), {1}, frozenset(), lambda: 0, int):
    try:
        weakref.ref(v); print(type(v).__name__, 'ok')
    except TypeError as e:
        print(e)
wr = weakref.ref(SLW())
for args in ((0, 0, 0, 0, 0), (SLW,)):
    try:
        wr.__init__(*args); print('__init__ ok')
    except TypeError as e:
        print(e)
