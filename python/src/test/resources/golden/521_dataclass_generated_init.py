# dataclasses: __init__ generated and compiled as CPython's (its signature, the class docstring, the call's own
# argument errors), KW_ONLY/InitVar/a field named self, replace's TypeError, slots inheriting __weakref__, frozen
# slots pickling, asdict of a defaultdict, a recursive Field repr, object's __hash__ inherited as is.
import inspect, pickle, copy
from collections import defaultdict, deque
from dataclasses import dataclass, field, replace, asdict, astuple, fields, InitVar, KW_ONLY
from typing import List, ClassVar
@dataclass
class C:
    x: int
    y: List[int] = field(default_factory=list)
    z: int = 5
print(C.__doc__, inspect.signature(C), inspect.signature(C.__init__))
print(C(1), C(1, [2], 3), C.__init__.__qualname__, C.__init__.__annotations__)
for args, kw in (((), {}), ((1, 2, 3, 4), {}), ((1,), {'x': 2}), ((1,), {'w': 2})):
    try:
        C(*args, **kw)
    except TypeError as e:
        print(e)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    v: InitVar[int] = 7
    def __post_init__(self, v):
        self.total = self.a + self.b + self.c + v
print(K.__doc__, K(1, c=3).total, K(1, c=3, v=0))
try:
    K(1, 2, 3)
except TypeError as e:
    print(e)
@dataclass
class S:
    self: int
    other: int = 0
print(S(1), S(self=2))
@dataclass(frozen=True)
class F:
    x: int
    y: int = field(init=False, default=10)
f = F(1)
print(f, replace(f, x=3))
try:
    replace(f, y=2)
except TypeError as e:
    print("TypeError", e)
@dataclass(slots=True, weakref_slot=True)
class A:
    a: int
@dataclass(slots=True)
class B(A):
    b: int
print(A.__slots__, B.__slots__)
class Plain: pass
@dataclass(slots=True, weakref_slot=True)
class D(Plain):
    d: int = 0
print(D.__slots__)
@dataclass(frozen=True, slots=True)
class FS:
    foo: str
    bar: int
fs = FS('a', 1)
print(pickle.loads(pickle.dumps(fs)) == fs, copy.deepcopy(fs) == fs, fs.__getstate__())
@dataclass
class DD:
    mp: dict
dd = defaultdict(list); dd['x'].append(12)
r = asdict(DD(dd)); print(type(r['mp']).__name__, r, astuple(DD(dd)))
rf = field(); rf.type = rf; rf.name = 'id'
print(',type=...,' in repr(rf))
@dataclass(eq=False)
class H:
    x: int
print(H.__hash__ is object.__hash__)
@dataclass
class E:
    pass
print(E.__doc__, E())
@dataclass
class Q:
    "kept"
    q: deque = field(default_factory=deque)
print(Q.__doc__, Q())
