# SPDX-License-Identifier: Apache-2.0
# __eq__ and __ne__ semantics, NotImplemented fallbacks, defining __eq__ disables hashing.
class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print("V.__eq__", self.x, type(other).__name__)
        if isinstance(other, V):
            return self.x == other.x
        return NotImplemented
print(V(1) == V(1))
print(V(1) != V(2))
print(V(1) == 1)
print(1 == V(1))
print(V(1) != "s")
class W:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return "custom ne"
print(W(1) == W(2), W(1) != W(2))
try:
    hash(V(1))
except TypeError as e:
    print("TypeError:", e)
class H(V):
    def __hash__(self):
        return self.x * 7
print(hash(H(3)), len({H(3), H(3)}))
print(V(2) in [V(1), V(2)])
