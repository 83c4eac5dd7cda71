# dataclasses as CPython 3.13's: ClassVar and InitVar pseudo-fields, field metadata, __post_init__ with InitVars,
# slots, frozen, order, kw_only and KW_ONLY, match_args, make_dataclass, inheritance, asdict/astuple/replace.
import dataclasses
from dataclasses import dataclass, field, InitVar, fields, asdict, astuple, replace, KW_ONLY
from typing import ClassVar
import typing
@dataclass
class A:
    x: int
    y: ClassVar[int] = 5
    z: typing.ClassVar[str] = 'a'
    w: InitVar[int] = 0
    v: list = field(default_factory=list, metadata={'k': 1})
    def __post_init__(self, w):
        self.x += w
a = A(1, 2)
print(a, [f.name for f in fields(a)], A.y, fields(A)[1].metadata['k'], asdict(a))
print(A.__match_args__, dataclasses.is_dataclass(a))
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
s = S(1); print(s, S.__slots__, hasattr(s, '__dict__'))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: int = 0
print(F(1) < F(2), hash(F(1)) == hash(F(1)), sorted([F(2), F(1, 5), F(1)]))
try:
    F(1).a = 2
except dataclasses.FrozenInstanceError as e:
    print('frozen', e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), dataclasses.fields(K)[0].kw_only)
@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int
print(M(1, b=2))
match A(3):
    case A(x): print('matched', x)
@dataclass(eq=False)
class E:
    a: int
print(E(1) == E(1))
@dataclass
class R:
    a: int = field(repr=False)
    b: int = field(compare=False, default=3)
print(R(1), R(1, 2) == R(1, 5))
print(dataclasses.make_dataclass('P', [('x', int), ('y', int, field(default=0))])(1))
@dataclass
class D2(A):
    extra: str = ''
print(D2(1), [f.name for f in fields(D2)])
print(A.__dataclass_fields__['y']._field_type if hasattr(A.__dataclass_fields__['y'], '_field_type') else 'nofield')
print(A.__init__.__qualname__, A.__repr__.__qualname__)
print(InitVar[int])
@dataclass
class W:
    a: int = 1
    def __repr__(self): return 'custom'
print(W())
print(F.__dataclass_params__ if False else '', dataclasses.asdict(F(1, 2)), astuple(F(1, 2)), replace(F(1), b=7))
