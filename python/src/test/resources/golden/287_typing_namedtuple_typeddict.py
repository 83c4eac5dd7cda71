# typing.NamedTuple and typing.TypedDict, class syntax and functional syntax (metaclasses build them, as in CPython),
# and typing.get_type_hints for classes and functions.
from typing import NamedTuple, TypedDict, Required, NotRequired, Optional, get_type_hints, List


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: str = "p"

    def norm(self):
        return abs(self.x) + abs(self.y)

    @property
    def doubled(self):
        return Point(self.x * 2, self.y * 2, self.label)


p = Point(3, -4)
print(p, p.norm(), Point(1), p._replace(x=0), Point._fields, Point._field_defaults)
print(isinstance(p, tuple), p[0], p.doubled, Point.__doc__, Point.__name__, Point.__annotations__)
print(p._asdict(), Point._make([5, 6, "q"]), len(p), list(p), p == (3, -4, "p"), hash(p) == hash((3, -4, "p")))
x, y, label = p
print(x, y, label, type(p).__mro__[1:])


class Point3(Point):
    def describe(self):
        return "3d? " + repr(self)


print(Point3(1, 2).describe(), Point3(1, 2).norm())

Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields, Emp.__annotations__)

try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(NamedTuple):
        x: int
        def _replace(self):
            pass
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)


class Movie(TypedDict):
    name: str
    year: int


class Partial(TypedDict, total=False):
    title: str
    pages: int


class Mixed(Movie, total=False):
    rating: float
    studio: Required[str]


class Explicit(TypedDict):
    a: int
    b: NotRequired[int]


m = Movie(name="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Partial.__total__, sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__))
print(sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__), list(Mixed.__annotations__))
print(sorted(Explicit.__required_keys__), sorted(Explicit.__optional_keys__))
print(Movie(m), Movie([("name", "x")]), issubclass(Movie, dict))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
Func = TypedDict("Func", {"a": int, "b": str}, total=False)
print(Func(a=1), sorted(Func.__optional_keys__), Func.__total__)
try:
    class Wrong(TypedDict, int):
        pass
except TypeError as e:
    print("TypeError:", e)


class Config:
    name: str
    retries: int = 3


class Sub(Config):
    verbose: bool


def f(a: int, b: Optional[str] = None) -> List[int]:
    return [a]


print(get_type_hints(Sub))
print(get_type_hints(f))
