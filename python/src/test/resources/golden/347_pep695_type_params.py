# PEP 695 (3.12+): type aliases (lazy values, generic ones), generic functions (bounds, constraints, TypeVarTuple,
# ParamSpec, defaults) and classes (Generic added as a base, __type_params__, qualnames as without the scope),
# decorators, methods with super(), *args: *Ts; as CPython 3.13 prints them.
type Point = tuple[float, float]
print(Point, Point.__value__, Point.__name__, Point.__type_params__, type(Point).__name__)
type ListOrSet[T] = list[T] | set[T]
print(ListOrSet, ListOrSet.__type_params__, ListOrSet.__value__, ListOrSet[int])
type Lazy = Undefined
print(Lazy.__name__)
class Undefined: pass
print(Lazy.__value__)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([1, 2]), first.__type_params__, first.__annotations__, first.__qualname__, first.__name__)
def bounded[T: int, U: (str, bytes), *Ts, **P](x: T, *args: *Ts) -> U: pass
T, U, Ts, P = bounded.__type_params__
print(T, T.__bound__, U.__constraints__, Ts, P, T.__infer_variance__, type(T).__name__, type(Ts).__name__, type(P).__name__)
class Box[T]:
    def __init__(self, v: T): self.v = v
    def get(self) -> T: return self.v
    @classmethod
    def make(cls, v): return cls(v)
b = Box[int](3)
print(b.get(), Box.__type_params__, Box.__parameters__, Box.__orig_bases__, Box.__mro__, Box.__qualname__, Box.get.__qualname__, Box.make(4).v)
class Pair[K, V](dict, metaclass=type):
    pass
print(Pair.__bases__, Pair.__orig_bases__, Pair[str, int])
class Outer:
    class Inner[T]:
        def m[S](self, s: S) -> S: return s
    def meth[T](self, x: T) -> T: return x
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().meth(5), Outer.meth.__qualname__, sorted(k for k in vars(Outer) if not k.startswith('__')))
def deco(f):
    f.tagged = True
    return f
@deco
def g[T](x: T) -> T: return x
print(g(1), g.tagged, g.__type_params__)
def outerfn():
    def inner[T](x: T): return x
    return inner
print(outerfn().__qualname__, outerfn()(7))
print('T' in globals(), 'U' in globals() and U is bounded.__type_params__[1])
async def agen[T](x: T) -> T: return x
import asyncio
print(asyncio.run(agen(9)), agen.__type_params__)
class Sub(Box[str]): pass
print(Sub.__orig_bases__, Sub('x').get())
def dflt[T = int](): pass
print(dflt.__type_params__[0].__default__)
try:
    exec("def bad[T, T](): pass")
except SyntaxError as e:
    print('SyntaxError', e.msg)
class Base:
    def hello(self): return 'base'
class Child[T](Base):
    def hello(self): return 'child+' + super().hello()
    def gen[S](self, s: S) -> S:
        return super().hello() + str(s)
print(Child().hello(), Child().gen(3), Child.gen.__qualname__)
class K:
    type Alias = int
    def m[T](self): return 1
print(K.Alias.__value__, K().m())
def f[T](x: T = None, *, y: list[T] = []) -> dict[str, T]: return {'x': x}
print(f(1), f.__annotations__, f.__defaults__)
type Rec = list[Rec] | int
print(Rec.__value__)
import typing
print(typing.get_type_hints(f))
print('--- PEP 646 subscripts')
d = {(1, 2, 3): 'x', (1,): 'one'}
a = [2, 3]
print(d[1, *a], d[*[1]], d[(*[1],)])
class G:
    def __getitem__(self, k): return k
print(G()[*a], G()[0, *a, 9], G()[*a, 1:2])
from typing import TypeVarTuple, Generic
Ts = TypeVarTuple('Ts')
print(tuple[int, *Ts], tuple[*Ts])
class Variadic[X, *Ys, **P]: pass
print(Variadic.__type_params__, Variadic.__parameters__)
