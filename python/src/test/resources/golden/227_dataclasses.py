# SPDX-License-Identifier: Apache-2.0
# dataclasses: defaults, factories, order, frozen, hash, inheritance, __post_init__, kw_only, asdict, replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p, p == Point(1, 0), p != Point(2), Point(y=3, x=2))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = field(default_factory=list, compare=False)
vs = sorted([Version(1, 2), Version(1, 0), Version(0, 9, ['beta'])])
print(vs, Version(1) < Version(1, 1))
@dataclass(frozen=True)
class Frozen:
    name: str
    n: int = 1
fz = Frozen('a')
try:
    fz.n = 2
except FrozenInstanceError as e:
    print('frozen:', e)
print(hash(fz) == hash(Frozen('a')), {fz, Frozen('a')} == {fz})
@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    owner: Point = None
    def total(self):
        return sum(self.items.values())
inv = Inventory({'a': 2, 'b': 3}, Point(1, 2))
print(inv.total(), asdict(inv), astuple(Point(5, 6)))
print([f.name for f in fields(Point)], is_dataclass(p), is_dataclass(3), replace(p, y=9))
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1))
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(4))
try:
    Point()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), Point.__eq__ is not object.__eq__ if False else '')
@dataclass
class Hidden:
    shown: int
    secret: str = field(default='x', repr=False)
print(Hidden(1))
print(Point.__annotations__ if False else '', Point(1, 2).__dict__)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print(e)
print(Point.__hash__)
