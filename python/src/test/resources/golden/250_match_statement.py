# SPDX-License-Identifier: Apache-2.0
# The match statement (PEP 634): literal, capture, wildcard, value, or, as, sequence, mapping and class patterns, guards, in generators; match as a name.
from dataclasses import dataclass
import re

def describe(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1:
            return "small int " + str(x)
        case -5:
            return "minus five"
        case "hello" | "hi":
            return "greeting"
        case int(n) if n > 100:
            return "big " + str(n)
        case int() | float():
            return "number"
        case str(s):
            return "str of length " + str(len(s))
        case []:
            return "empty list"
        case [x0]:
            return "one item " + repr(x0)
        case [first, *rest] if len(rest) > 2:
            return "long seq starting " + repr(first) + " rest " + repr(rest)
        case (a, b):
            return "pair " + repr((a, b))
        case [a, *_, z]:
            return "seq from " + repr(a) + " to " + repr(z)
        case {"type": "point", "x": px, "y": py}:
            return "point " + repr((px, py))
        case {"k": v, **others}:
            return "k=" + repr(v) + " others=" + repr(others)
        case {}:
            return "some mapping"
        case _:
            return "other " + type(x).__name__

for v in [None, True, 0, 1, -5, "hi", 500, 7, 2.5, "abc", [], [9], [1, 2, 3, 4], (1, 2), [1, 2, 3],
          {"type": "point", "x": 1, "y": 2}, {"k": 1, "z": 2}, {"q": 1}, {1, 2}, range(2)]:
    print(repr(v), "->", describe(v))

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r

def shape(s):
    match s:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return "on y axis at " + str(y)
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(Point(x=cx), r=1):
            return "unit circle at x=" + str(cx)
        case Circle(c, r) as whole:
            return "circle r=" + str(r) + " " + type(whole).__name__
        case Point():
            return "a point"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(4, 0), 1), Circle(Point(0, 0), 2), "x"]:
    print(shape(s))

match (1, "a"):
    case (int() as n, str() as t):
        print("n", n, "t", t)

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["quit"]:
        print("bye")

def gen(items):
    for it in items:
        match it:
            case [k, v]:
                yield k
                yield v
            case _:
                yield "?"
print(list(gen([[1, 2], 3, ("a", "b")])))

match = re.match(r"(\d+)", "42abc")
print(match.group(1))
match = {"a": 1}
print(match["a"])

class Color:
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
    return "neither"
print(col(1), col(2), col(3))
try:
    match 5:
        case Circle(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
match "text":
    case str(a) | bytes(a) if False:
        print("no")
    case other:
        print("captured", other)
print(other)
