# A @contextmanager drops its call's arguments once entered, as CPython's (so a
# generator that rebinds them frees them: test_contextlib's test_nokeepref);
# a generator's __name__/__qualname__ refuse del; property.__new__ of a class
# deriving from property (it raised SystemError).
import weakref, gc
class A: pass
def gen(a, b):
    a = weakref.ref(a)
    b = weakref.ref(b)
    gc.collect()
    print(a() is None, b() is None)
    yield
g = gen(A(), b=A())
next(g)
from contextlib import contextmanager
@contextmanager
def woohoo(a, b):
    a = weakref.ref(a)
    b = weakref.ref(b)
    gc.collect()
    print(a() is None, b() is None)
    yield
with woohoo(A(), b=A()):
    pass
def func(): yield 1
g = func()
for a in ('__name__', '__qualname__', 'gi_running', 'gi_suspended', 'gi_yieldfrom'):
    try:
        print(a, repr(getattr(g, a)))
    except AttributeError as e:
        print(a, 'AttributeError')
g.__name__ = 'renamed'; g.__qualname__ = 'Q.renamed'
print(g.__name__, g.__qualname__, func.__name__)
try:
    g.__name__ = 1
except TypeError as e: print('TypeError', e)
try:
    del g.__name__
except TypeError as e: print('TypeError', e)
next(g)
print(g.gi_suspended, g.gi_running, repr(g).split(' at ')[0])
async def co(): pass
c = co(); print(c.__name__, c.__qualname__, repr(c).split(' at ')[0]); c.close()
class P(property):
    pass
p = property.__new__(P)
print(type(p).__name__, isinstance(p, property))
p.__init__(lambda self: 42)
class C:
    x = p
print(C().x)
q = property.__new__(property)
print(type(q).__name__)
