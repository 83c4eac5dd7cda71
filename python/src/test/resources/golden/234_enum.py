# SPDX-License-Identifier: Apache-2.0
# enum: Enum, IntEnum, StrEnum, auto, aliases, lookups, iteration, unique, functional API, members with __init__.
from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return '%s is %d' % (self.name, self.value)
    @classmethod
    def default(cls):
        return cls.RED
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, 2 in Color, 9 in Color, Color.default(), Color.BLUE.describe())
print(Color, type(Color.RED), isinstance(Color.RED, Color), [c.name for c in reversed(Color)], list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED), f'{Color.RED}')
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW < Prio.HIGH, Prio.HIGH == 3, Prio.LOW + 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH), str(Prio.LOW), f'{Prio.HIGH}')
print(repr(Prio.LOW), [1, 2, 3, 4][Prio.HIGH])
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
print([(s.name, s.value) for s in Shape])
class Http(StrEnum):
    OK = auto()
    NOT_FOUND = 'not found'
print(Http.OK, Http.OK == 'ok', Http('not found'), repr(Http.NOT_FOUND), Http.OK.upper())
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet((3.303e+23, 2.4397e6)) is Planet.MERCURY)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
status = {Color.RED: 'stop', Color.GREEN: 'go'}
print(status[Color.RED], Color.RED in status, sorted(status, key=lambda c: c.value))
def check(c):
    if c is Color.GREEN:
        return 'green!'
    return 'other'
print(check(Color(2)), check(Color.BLUE))
