# inspect's static lookup and argument helpers (they were missing): getattr_static (no property, __getattr__ or
# descriptor runs), getmembers_static, getmro, getcallargs with CPython's order and errors, getclosurevars (over
# co_names, which ftpython's code objects now list), getargvalues/formatargvalues, getcomments, classify_class_attrs,
# getclasstree, getasyncgenstate, markcoroutinefunction. Against CPython 3.13.
import inspect, sys
# a comment about D
# second line
class D:
    x = 1
    def __init__(self): self.y = 2; self.x = 'inst'
    @property
    def p(self): raise RuntimeError('property ran')
    def __getattr__(self, n): raise RuntimeError('getattr ran')
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    def m(self): pass
d = D()
print(inspect.getattr_static(d, 'x'), inspect.getattr_static(d, 'y'), type(inspect.getattr_static(d, 'p')).__name__)
print(type(inspect.getattr_static(D, 's')).__name__, type(inspect.getattr_static(D, 'c')).__name__, inspect.getattr_static(d, 'zz', 'dflt'))
try: inspect.getattr_static(d, 'zz')
except AttributeError as e: print('AttributeError', e)
class Meta(type):
    tag = 'meta'
class WithMeta(metaclass=Meta): pass
print(inspect.getattr_static(WithMeta, 'tag'), inspect.getmro(bool))
print([n for n, v in inspect.getmembers_static(D) if not n.startswith('__')])
def f(a, b=2, *args, c, d=4, **kw): pass
print(inspect.getcallargs(f, 1, c=3), inspect.getcallargs(f, 1, 2, 3, 4, c=5, z=6))
try: inspect.getcallargs(f)
except TypeError as e: print('TypeError', e)
print(inspect.getcallargs(d.m)['self'] is d)
for call in [lambda: inspect.getcallargs(f, 1, c=3, a=2), lambda: inspect.getcallargs(f, 1), lambda: inspect.getcallargs(lambda x, y, z: 0), lambda: inspect.getcallargs(lambda x: 0, 1, 2), lambda: inspect.getcallargs(lambda x, y=1: 0, 1, 2, 3), lambda: inspect.getcallargs(lambda x: 0, y=1), lambda: inspect.getcallargs(lambda *, k, j: 0)]:
    try: call()
    except TypeError as e: print('TypeError', e)
g_val = 10
def outer():
    n = 5
    def inner(): return n + g_val + len([]) + undefined_name
    return inner
cv = inspect.getclosurevars(outer())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)
def h(a, b, *rest, **kw):
    return inspect.getargvalues(sys._getframe())
ai = h(1, 2, 3, k=4)
print(ai.args, ai.varargs, ai.keywords, inspect.formatargvalues(ai.args, ai.varargs, ai.keywords, ai.locals))
print(inspect.getmodulename('/a/b/mod.py'), inspect.getmodulename('x.txt'), inspect.indentsize('\t  x'))
print(inspect.getcomments(D))
print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(D) if a.name in ('x', 'p', 's', 'c', 'm')])
class A: pass
class B(A): pass
class C2(A): pass
print(inspect.getclasstree([A, B, C2]))
async def ag(): yield 1
a = ag(); print(inspect.getasyncgenstate(a))
def sync(): pass
print(inspect.iscoroutinefunction(sync), inspect.iscoroutinefunction(inspect.markcoroutinefunction(sync)))
print(inspect.findsource(D)[1], inspect.getlineno(sys._getframe()))
