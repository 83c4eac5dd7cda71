# Comparisons of a float or complex with an instance of an int (or float) subclass use its value, as CPython's
# float_richcompare takes any PyLong (2.0 == IntSubclass(2) was False, so `case Color.BLUE` missed 2+0j); float()
# of bytes refuses a byte past ASCII; a `[*_]` pattern matches any sequence without asking its length; a property
# subclass made by property.__new__ alone copies through getter().
import collections.abc
import enum


class Color(int, enum.Enum):
    RED = 0
    GREEN = 1
    BLUE = 2


class I(int):
    pass


class F(float):
    pass


print(2 + 0j == Color.BLUE, (2 + 0j) == I(2), I(2) == 2 + 0j, 2.0 == I(2), I(2) == 2.0, 2.5 > I(2), I(3) <= 2.5)
print(F(2.0) == I(2), I(2) == F(2.0), complex(2) == F(2.0), 1.5 < F(2.0), (1 + 0j) != I(1), 3.0 != I(2))
print(sorted([I(3), 2.5, F(1.5), 2 + 0j if False else 1]), max(I(2), 2.5), min(F(0.5), I(0)))


def f(color):
    match color:
        case Color.RED:
            return "I see red!"
        case Color.GREEN:
            return "Grass is green"
        case Color.BLUE:
            return "I'm feeling the blues :("


print([f(x) for x in (Color.RED, 1, 2, 3, False, True, 2 + 0j, 3.0, 2.0, I(1), F(0.0))])

for b in (b'1.5', b' 2 ', b'123\xa0', bytearray(b'1e3'), b'\xa01'):
    try:
        print(float(b))
    except ValueError as e:
        print('ValueError', e)


class Parent:
    pass


class ChildPre(Parent):
    pass


collections.abc.Sequence.register(Parent)


class ChildPost(Parent):
    pass


def check(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"


print(check(Parent()), check(ChildPre()), check(ChildPost()), check([]), check({}), check('str'), check(range(3)))
try:
    match Parent():
        case [*rest]:
            print('rest', rest)
except TypeError as e:
    print('TypeError', e)


class pro(property):
    def __new__(typ, *args, **kwargs):
        return "abcdef"


p = property.__new__(pro)
print(p.fget, p.fset, p.fdel, p.getter(lambda self: 1))


class Sub(property):
    pass


s = Sub(lambda self: 5)
print(s.getter(lambda self: 6).fget(None), type(s.setter(None)).__name__)
