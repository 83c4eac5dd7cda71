# SPDX-License-Identifier: Apache-2.0
# Truthiness in conditions: user __bool__ and __len__, None checks, empty containers.
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
for obj in [Box([]), Box([1]), Flag(True), Flag(False)]:
    if obj:
        print(type(obj).__name__, "truthy")
    else:
        print(type(obj).__name__, "falsy")
print(bool(Box([1, 2])), not Box([]), len(Box("abc")))
print(Flag(False) or "fallback")
print(Flag(True) and "second")
class Plain:
    pass
print(bool(Plain()))
n = 3
while Box([0] * n):
    n -= 1
print("n", n)
