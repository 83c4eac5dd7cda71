# enum classes are instances of enum.EnumType (EnumMeta): iteration, len, in, [name], reversed and repr of the class,
# members that cannot be reassigned or deleted, the functional API and IntEnum through the metaclass.
import enum
from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(type(Color), type(Perm), type(Enum), isinstance(Color, enum.EnumMeta), enum.EnumMeta is enum.EnumType)
print(list(Color), len(Color), Color['RED'], Color.RED in Color, 1 in Color, repr(Color), repr(Perm), list(Perm), len(Perm))
print(list(reversed(Color)), list(Enum), len(Enum), bool(Color))
try:
    Color.RED = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = 5
print(Color.extra)
Animal = Enum('Animal', 'ANT BEE')
print(list(Animal), type(Animal))
class Shape(IntEnum):
    CIRCLE = 1
print(Shape.CIRCLE + 1, type(Shape).__name__, Shape.__class__.__name__)
