# SPDX-License-Identifier: Apache-2.0
# f-strings and format() call __str__ and __repr__ of user objects.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
p = P(1, "two")
print(p)
print(f"{p}", f"{p!r}", str(p), repr(p))
print([p, p], (p,), {"k": p})
print("%s / %r" % (p, p))
print("{} / {!r}".format(p, p))
print(f"{str(p):>12}|")
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
o = OnlyRepr()
print(o, str(o), f"{o}", [o])
