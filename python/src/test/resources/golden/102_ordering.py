# SPDX-License-Identifier: Apache-2.0
# Rich comparisons __lt__/__le__/__gt__/__ge__, reflected operations, sorting user objects.
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return self.s
vs = [Ver("1.10"), Ver("1.2"), Ver("1.2.1"), Ver("0.9"), Ver("1.2")]
print(sorted(vs))
print(max(vs), min(vs))
print(Ver("1.0") < Ver("1.1"), Ver("2.0") > Ver("1.9"), Ver("1.0") >= Ver("1.0"), Ver("1.0") <= Ver("0.5"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
a, b = OnlyLt(1), OnlyLt(2)
print(a < b)
print(b > a)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
