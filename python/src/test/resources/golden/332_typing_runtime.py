# typing at run time, as CPython 3.13's: type variables and their substitution, Generic subclasses (__parameters__,
# __orig_bases__, __orig_class__), aliases of builtins and collections.abc (isinstance, bases), Union/Optional/Literal/
# Annotated/Callable reprs and equality, runtime-checkable Protocols, get_type_hints, get_origin and get_args; and the
# errors CPython raises for misuse. Each case was run in CPython 3.13.
import typing
from typing import *
T = TypeVar('T'); U = TypeVar('U'); P = ParamSpec('P'); Ts = TypeVarTuple('Ts')
S = TypeVar('S', str, bytes); B = TypeVar('B', bound='int', covariant=True)
print(S.__constraints__, B, B.__bound__, P, P.args, P.kwargs, Ts, *Ts)
class Pair(Generic[T, U]):
    def __init__(self, a: T, b: U): self.a, self.b = a, b
print(Pair.__parameters__, Pair[int, str], Pair[int, T][str], Pair[int, T].__parameters__)
p = Pair[int, str](1, 'x'); print(p.__orig_class__, p.a)
def show(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
show(lambda: Pair[int])
show(lambda: Pair[int, str, float])
show(lambda: Generic[int])
show(lambda: Generic[T, T])
show(lambda: Generic[()])
show(lambda: isinstance(1, List[int]))
show(lambda: isinstance([], List))
show(lambda: issubclass(list, typing.Sequence))
show(lambda: isinstance({}, typing.Mapping))
show(lambda: isinstance(1, Union[int, str]))
show(lambda: isinstance(1, Optional[str]))
show(lambda: TypeVar('X', int))
show(lambda: Union[int])
show(lambda: Union[int, Union[str, int]])
show(lambda: Union[int, str] == Union[str, int])
show(lambda: Union[int, str] == (int | str))
show(lambda: Optional[Union[int, str]])
show(lambda: Literal[1, 2, 1, True])
show(lambda: Literal[1] == Literal[True])
show(lambda: Annotated[int, 'x', 3])
show(lambda: Annotated[int])
show(lambda: get_args(Annotated[int, 'x']))
show(lambda: get_origin(Annotated[int, 'x']))
show(lambda: Callable[[int, str], bool])
show(lambda: Callable[P, int])
show(lambda: Callable[Concatenate[int, P], int])
show(lambda: get_args(Callable[[int, str], bool]))
show(lambda: Callable[int, str])
show(lambda: Tuple[()])
show(lambda: Tuple[int, str].__args__)
show(lambda: Dict[str, List[T]][int])
show(lambda: List[int, str])
show(lambda: List())
show(lambda: Dict[str, int]())
show(lambda: Type[int])
show(lambda: ClassVar[int])
show(lambda: get_origin(ClassVar[int]))
show(lambda: Final)
show(lambda: Any[int])
show(lambda: Union[int, 'Foo'])
show(lambda: get_origin(int | str))
show(lambda: get_args(int | str))
show(lambda: get_origin(list[int]))
show(lambda: get_origin(Generic))
show(lambda: get_origin(int))
show(lambda: NewType('UserId', int))
UserId = NewType('UserId', int)
show(lambda: UserId(5))
show(lambda: Iterable[int])
show(lambda: typing.Generator[int])
show(lambda: typing.Iterator)
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
class Named(Protocol):
    name: str
show(lambda: isinstance([], HasLen))
show(lambda: isinstance(1, HasLen))
show(lambda: issubclass(list, HasLen))
show(lambda: isinstance(1, Named))
show(lambda: Named())
show(lambda: runtime_checkable(int))
@runtime_checkable
class WithAttr(Protocol):
    x: int
    def m(self): ...
class Has:
    x = 1
    def m(self): pass
show(lambda: isinstance(Has(), WithAttr))
show(lambda: issubclass(Has, WithAttr))
show(lambda: isinstance(3, SupportsInt))
show(lambda: isinstance('a', SupportsInt))
show(lambda: isinstance(3, SupportsIndex))
class Impl(HasLen):
    def __len__(self): return 3
show(lambda: len(Impl()))
show(lambda: Impl.__mro__)
show(lambda: is_protocol(HasLen))
show(lambda: sorted(get_protocol_members(WithAttr)))
class GP(Protocol[T]):
    def get(self) -> T: ...
show(lambda: GP[int])
show(lambda: GP.__parameters__)
class Node(Generic[T]):
    def __init__(self, v: T, next: 'Node[T] | None' = None): pass
show(lambda: get_type_hints(Node.__init__))
class C:
    a: int
    b: 'List[int]'
    c: ClassVar[int] = 3
    d: Annotated[int, 'm']
show(lambda: get_type_hints(C))
show(lambda: get_type_hints(C, include_extras=True))
def f(x: 'int', y: None = None, *args: 'str', **kw: int) -> 'Optional[int]': pass
show(lambda: get_type_hints(f))
show(lambda: typing.cast(int, 'x'))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
show(lambda: len(get_overloads(g)))
show(lambda: typing.TypeAlias)
show(lambda: typing.Text)
show(lambda: typing.AnyStr)
show(lambda: typing.NoReturn)
show(lambda: typing.Pattern[str])
show(lambda: typing.IO[str])
class Base(Generic[T]): pass
class Derived(Base[int], Generic[U]): pass
show(lambda: Derived.__parameters__)
show(lambda: Derived.__orig_bases__)
show(lambda: Derived.__mro__)
show(lambda: type('X', (Generic[T],), {}))
class MyList(List[int]): pass
show(lambda: MyList.__mro__)
show(lambda: MyList([1,2]))
class MyIt(Iterable[int]):
    def __iter__(self): return iter([1])
show(lambda: list(MyIt()))
show(lambda: isinstance(MyIt(), Iterable))
show(lambda: hash(List[int]) == hash(List[int]))
show(lambda: {Optional[int]: 1}[Union[None, int]])
show(lambda: repr(Optional[Pair[int, str]]))
show(lambda: Union[int, None, str])
show(lambda: assert_never(1))
