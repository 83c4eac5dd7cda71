# SPDX-License-Identifier: Apache-2.0
# typing and type expressions: List/Optional/Union reprs, Generic and Protocol bases, list[int], int | None, isinstance.
from typing import List, Dict, Optional, Tuple, Any, Union, Callable
from dataclasses import dataclass, field
@dataclass
class Cfg:
    names: list[str] = field(default_factory=list)
    table: dict[str, int] = field(default_factory=dict)
    opt: Optional[int] = None
    pair: Tuple[int, int] = (0, 0)
def f(x: List[int], y: 'Dict[str, Any]' = None) -> Optional[int]:
    return len(x)
print(Cfg(), f([1, 2]))
print(list[int], dict[str, int], Optional[int], List[int])
from typing import TypeVar, Generic, Protocol, Iterable, Sequence, Mapping, cast, Union, Set, Type
T = TypeVar('T')
K = TypeVar('K', bound=int)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), T, K, Stack[int], Stack.__mro__[-2].__name__ if False else '')
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return 'hi'
def run(g: Greeter) -> str:
    return g.greet()
print(run(En()), cast(int, '3'))
print(Union[int, str], Union[int], Optional[Union[int, str]], Union[int, None], Dict[str, List[int]])
print(int | None, list[int] | None, int | str | None, isinstance(3, int | str), isinstance('a', int | None))
print(tuple[int, ...], type[int], dict[str, list[int]], list[int]([1, 2]), list[int] == list[int])
print(Iterable[int], Callable[[int], str], Tuple[int, ...], Set[int], Type[int])
Vector = list[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]
print(scale([1.0, 2.0], 2))
try:
    class NotGeneric:
        pass
    NotGeneric[int]
except TypeError as e:
    print(e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)
