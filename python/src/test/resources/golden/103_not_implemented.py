# SPDX-License-Identifier: Apache-2.0
# Returning NotImplemented from arithmetic and comparison methods; __radd__ fallback; errors.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, int):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", repr(other))
        if isinstance(other, int):
            return Meters(self.v + other)
        return NotImplemented
    def __lt__(self, other):
        if not isinstance(other, Meters):
            return NotImplemented
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}m"
print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1))
print(sum([Meters(1), Meters(2), Meters(3)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Meters(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Meters(1) < 3
except TypeError as e:
    print("TypeError:", e)
print(Meters(1) < Meters(2), Meters(3) > Meters(2))
print(Meters(1) == Meters(1), Meters(1) != Meters(1))
