# from __future__ import annotations (PEP 563): annotations kept as strings, written as CPython's ast.unparse writes
# them; get_type_hints evaluates them; dataclasses recognise 'ClassVar[int]' and 'InitVar[int]' strings; generic
# dataclasses; the __future__ module's feature records.
from __future__ import annotations
import __future__
print(__future__.annotations, annotations.getMandatoryRelease())
def f(a: int, b: list[dict[str, int | None]] = None, *args: tuple[int, ...], c: 'Foo' = 1, **kw: Callable[[int], str]) -> Optional[Node[T]]:
    pass
print(f.__annotations__)
class C:
    x: int
    y: Annotated[int, Field(gt=0, le=10)] = 3
    z: -1
    q: typing.Dict[str, "C"]
    r: lambda: 1
    s: [int, str]
    t: {'a': 1}
    u: (int, str)
    v: Ts
    w: a.b.c[x:y]
print(C.__annotations__)
x: undefined_name = 5
print(__annotations__)
print('---')
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Optional, Iterator, Protocol, ClassVar, get_type_hints
import typing
T = TypeVar("T")
@dataclass
class Node(Generic[T]):
    value: T
    children: list[Node[T]] = field(default_factory=list)
    count: ClassVar[int] = 0
    def walk(self) -> Iterator[T]:
        yield self.value
        for c in self.children:
            yield from c.walk()
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(list(n.walk()), Node[int](5))
print(get_type_hints(Node))
print(Node.__annotations__)
class Comparable(Protocol):
    def __lt__(self, other: typing.Any) -> bool: ...
CT = TypeVar('CT', bound=Comparable)
def biggest(xs: list[CT]) -> Optional[CT]:
    return max(xs) if xs else None
print(biggest([3, 1, 2]), biggest([]))
class Repo(Generic[T]):
    items: dict[int, T]
    def __init__(self) -> None: self.items = {}
    def add(self, k: int, v: T) -> None: self.items[k] = v
class StrRepo(Repo[str]): pass
r = StrRepo(); r.add(1, 'a'); print(r.items, StrRepo.__orig_bases__, StrRepo.__parameters__)
print(typing.get_origin(StrRepo.__orig_bases__[0]), typing.get_args(StrRepo.__orig_bases__[0]))
for src in ['import os\nfrom __future__ import annotations', '"""doc"""\nfrom __future__ import annotations, division\n',
            'from __future__ import braces', 'from __future__ import nope', 'def f():\n    from __future__ import annotations',
            'from __future__ import (annotations as a, division)\nx: undefined = 1\n']:
    try:
        compile(src, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
