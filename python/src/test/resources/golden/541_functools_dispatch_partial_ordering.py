# functools (CPython 3.13): singledispatch orders the ABCs a class implements as CPython's _compose_mro/_c3_mro do
# (a registered Set beats Sized for a class that registers with Set; two unrelated virtual bases are ambiguous);
# the dispatch cache is emptied when an ABC registers a class; total_ordering takes the comparisons a built-in base
# has; a cached len does not recurse into the cache; partial keeps an exact dict in copies and state, warns as a
# method (3.13's FutureWarning) and passes the class under classmethod; partialmethod gives bound methods;
# cached_property's error for a read-only __dict__; contextmanager copies annotations; a class reaches object's
# comparison methods; collections.abc classes have ABCMeta and no abc.ABC in their MRO.
import builtins
import collections.abc as c
import contextlib
import copy
import functools
import types
import warnings


@functools.singledispatch
def g(arg):
    return 'base'


g.register(c.Sized, lambda arg: 'sized')
g.register(c.Set, lambda arg: 'set')


class O(c.Sized):
    def __len__(self):
        return 0


o = O()
print(g(o), g({1}), g([]), g(frozenset()), g(1))
c.Set.register(O)
print(g(o))
print(functools._c3_mro(dict, [c.Mapping, c.Sized]))
print(functools._compose_mro(list, [c.Sequence, c.Sized]))
print(functools._find_impl(dict, g.registry) is g.registry[c.Sized])


class P:
    pass


c.Sized.register(P)
c.Container.register(P)


@functools.singledispatch
def h(arg):
    return 'base'


h.register(c.Sized, lambda a: 'sized')
h.register(c.Container, lambda a: 'container')
try:
    print(h(P()))
except RuntimeError as e:
    print('RuntimeError', e)
h.register(P, lambda a: 'P itself')
print(h(P()))


@functools.singledispatch
def k(arg):
    return 'base'


k.register(c.Iterable, lambda a: 'iterable')
k.register(c.Sequence, lambda a: 'sequence')
print(k([]), k(()), k({}), k(iter([])), k('s'), k(b'b'), k(range(3)))


@functools.total_ordering
class A(int):
    pass


print(A(1) < A(2), A.__lt__ == int.__lt__, A.__gt__ == int.__gt__)


@functools.total_ordering
class B:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __eq__(self, o):
        return self.v == o.v


print(B(1) < B(2), B(2) > B(1), B(1) <= B(1), B(3) >= B(2), B.__gt__.__name__, B.__le__.__name__)
try:
    @functools.total_ordering
    class N:
        pass
except ValueError as e:
    print('ValueError', e)


class Plain:
    pass


print(Plain.__le__, Plain.__lt__ == object.__lt__, Plain.__ge__(Plain(), Plain()), Plain.__sizeof__(Plain()) > 0,
      sorted(Plain.__dir__(Plain()))[:3])

old = builtins.len
try:
    builtins.len = functools.lru_cache(4)(len)
    print([len('abcdefghijklmn'[:i]) for i in [0, 0, 1, 2, 3, 3, 4, 5, 6, 1, 7, 2, 1]], len.cache_info())
finally:
    builtins.len = old


def capture(*a, **k):
    return a, k


f = functools.partial(capture, 1, a=2)
f.attr = 5
f2 = copy.copy(f)
print(f2.keywords is f.keywords, f2.args is f.args, f2.attr, f.__reduce__()[2][3], f2())


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


f.__setstate__((capture, MyTuple((1,)), MyDict(a=10), None))
print(type(f.args), type(f.keywords), f(), getattr(f, 'attr', 'no attr'))
d = {'a': 1}
f.__setstate__((capture, (), d, {'x': 3}))
print(f.keywords is d, f.x, f())


class C:
    p = functools.partial(capture, 1)
    cp = classmethod(functools.partial(capture, 1, a=2))
    sp = staticmethod(functools.partial(capture, 1, a=2))
    m = functools.partialmethod(capture, 2)
    o = functools.partialmethod(functools.partial(capture, c=6), 2)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(C().p(3), C.p(3))
print([(x.category.__name__, str(x.message)) for x in w], {x.filename == __file__ for x in w})
obj = C()
print(C.cp(3) == ((1, C, 3), {'a': 2}), obj.cp(4) == ((1, C, 4), {'a': 2}), C.sp(5), obj.sp(6))
print(obj.m.__self__ is obj, obj.o.__self__ is obj, hasattr(C.m, '__self__'), obj.m(5)[0][1:], obj.o(7)[0][1:])
print(type(obj.m).__name__, type(C.m).__name__)


class D:
    @functools.cached_property
    def x(self):
        return 3


print(D().x)


class E:
    @functools.cached_property
    def x(self):
        return 3
    __dict__ = types.MappingProxyType({})


try:
    E().x
except TypeError as e:
    print('TypeError', e)


@contextlib.contextmanager
def cm(arg: int) -> str:
    """My doc"""
    yield arg


@contextlib.asynccontextmanager
async def acm(arg: int) -> str:
    yield arg


print(cm.__annotations__, cm.__doc__, cm.__module__, cm.__wrapped__.__name__, acm.__annotations__)


class W:
    @functools.singledispatchmethod
    @classmethod
    @contextlib.contextmanager
    def m(cls, arg: int) -> str:
        """My function docstring"""
        yield str(arg)


print(W.m.__annotations__, W.m.__doc__, W().m.__annotations__)
with W.m(5) as v:
    print(v)
print(c.Sized.__mro__, c.Sequence.__mro__[-3:], type(c.Iterable).__name__)
