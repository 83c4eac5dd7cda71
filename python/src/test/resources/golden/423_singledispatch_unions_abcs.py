# functools.singledispatch as CPython's: union annotations and register(int | str), ABCs (collections.abc.Sequence
# for tuples, a registered virtual subclass, ambiguity between unrelated ABCs), staticmethod and classmethod
# registrations in singledispatchmethod; collections.abc's classes are named collections.abc and pickle by name.
import functools, collections.abc as cabc, typing
@functools.singledispatch
def f(x):
    return 'default'
@f.register
def _(x: int | str):
    return 'int or str'
@f.register
def _(x: typing.Optional[float]):
    return 'float or None'
@f.register(cabc.Sequence)
def _(x):
    return 'sequence'
@f.register(cabc.Mapping)
def _(x):
    return 'mapping'
@f.register(list)
def _(x):
    return 'list'
print(f(1), f('s'), f(1.5), f(None), f((1,)), f([1]), f({}), f(set()), f(b'x'), f(range(3)))
class MySeq:
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
print(f(MySeq()))
cabc.Sequence.register(MySeq)
print(f(MySeq()))
@functools.singledispatch
def g(x): return 'default'
@g.register(cabc.Sized)
def _(x): return 'sized'
@g.register(cabc.Iterable)
def _(x): return 'iterable'
try:
    print(g(set()))
except RuntimeError as e:
    print('RuntimeError', e)
@g.register(cabc.Set)
def _(x): return 'set'
print(g(set()), g(frozenset()))
class C:
    @functools.singledispatchmethod
    def m(self, arg):
        return 'base'
    @m.register
    @staticmethod
    def _(arg: int):
        return 'static int'
    @m.register
    @classmethod
    def _(cls, arg: str):
        return 'class str ' + cls.__name__
print(C().m(1), C().m('x'), C().m(1.0))
try:
    @f.register
    def _(x: typing.List[int]): pass
except TypeError as e:
    print('TypeError', e)
print(sorted(k.__name__ for k in f.registry))
import pickle, sys
print(pickle.loads(pickle.dumps(cabc.Sized)) is cabc.Sized, 'collections.abc' in sys.modules, cabc.Iterable)
