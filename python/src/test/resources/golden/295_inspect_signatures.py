# inspect: signatures of functions, methods, classes, partials and wrapped functions, binding, getfullargspec, the
# predicates, getdoc/cleandoc, getmembers, getsource; and functions' __code__, __defaults__, __kwdefaults__, __closure__.
import inspect, functools
def f(a, b: int = 2, /, c='x', *args, d, e: 'str' = None, **kw) -> list:
    """Doc of f.

        Indented more.
    """
s = inspect.signature(f)
print(s); print(repr(s)); print(s.parameters); print([str(p.kind) for p in s.parameters.values()]); print(repr(s.parameters['b']))
print(inspect.Parameter.KEYWORD_ONLY, repr(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.KEYWORD_ONLY.description)
print(inspect.signature(lambda x, *, y=1: 0), s.return_annotation, s.parameters['a'].default is inspect.Parameter.empty)
class A:
    """A's doc."""
    def __init__(self, x, y=3): pass
    def m(self, z): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=1): pass
class B(A):
    pass
print(inspect.signature(A), inspect.signature(A(1).m), inspect.signature(A.m), inspect.signature(A.cm), inspect.signature(A.sm))
print(inspect.signature(functools.partial(f, 1, c=5)))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def decorated(p, q=1): pass
print(inspect.signature(decorated), inspect.signature(decorated, follow_wrapped=False), inspect.unwrap(decorated).__name__)
try: inspect.signature(5)
except TypeError as e: print('TE', e)
b = s.bind(1, d=4)
print(b, b.args, b.kwargs, b.arguments)
b.apply_defaults(); print(b.arguments)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {'d': 1, 'z': 2}), ((1,), {'c': 1, 'd': 2, 'q': 3}), ((1, 2, 3), {'c': 4, 'd': 1})]:
    try: print(s.bind(*args, **kwargs))
    except TypeError as e: print('TE', e)
g = lambda a, *, k: 0
for args, kwargs in [((1, 2), {}), ((1,), {}), ((), {'a': 1, 'k': 2})]:
    try: print(inspect.signature(g).bind(*args, **kwargs))
    except TypeError as e: print('TE', e)
h = lambda a, b=2, /: 0
try: print(inspect.signature(h).bind(1, b=3))
except TypeError as e: print('TE', e)
print(inspect.signature(h).bind_partial())
print(inspect.getfullargspec(f))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isclass(A), inspect.ismethod(A(1).m), inspect.ismethod(A.m), inspect.isbuiltin(len), inspect.isroutine(f), inspect.ismodule(inspect))
def gen(): yield 1
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.isgenerator(gen()), inspect.iscoroutinefunction(f))
print(inspect.getdoc(f)); print(repr(inspect.getdoc(B)), inspect.cleandoc("  a\n    b\n   c\n"))
print([n for n, v in inspect.getmembers(A, inspect.isfunction)], inspect.getmodule(f).__name__)
print(inspect.getsource(A.m), end='')
print(inspect.getsource(decorated), end='')
print(inspect.getsourcelines(gen)[1], inspect.getfile(f) == __file__)
P = inspect.Parameter
sig = inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.KEYWORD_ONLY, default=1)], return_annotation=int)
print(sig, sig == inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.KEYWORD_ONLY, default=1)], return_annotation=int), sig.replace(return_annotation=inspect.Signature.empty))
for bad in [lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]), lambda: inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)]), lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('a', P.VAR_POSITIONAL, default=1)]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
def f(a, b=2, *args, c, d=4, **kw):
    "doc"
    x = 1
    return a
for attr in ["__defaults__", "__kwdefaults__", "__code__", "__closure__", "__globals__", "__wrapped__", "__type_params__"]:
    try:
        v = getattr(f, attr)
        print(attr, type(v).__name__)
    except AttributeError as e:
        print(attr, "AttributeError")
c = f.__code__
print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_flags & 0xF, f.__defaults__, f.__kwdefaults__)
def outer():
    v = 5
    def inner(p, /, q=1):
        return v + p
    return inner
g = outer()
print(g.__closure__[0].cell_contents, g.__code__.co_freevars, outer.__code__.co_cellvars, g.__code__.co_posonlyargcount, g.__defaults__, g.__kwdefaults__, g.__code__.co_flags & 0x40)
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20), f.__globals__ is globals(), f.__code__ == f.__code__, f.__code__.co_filename.endswith("fi.py"))
