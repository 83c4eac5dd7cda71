# object's comparisons named by a class (__ne__ = object.__ne__ inverts the class's __eq__; __eq__ = object.__eq__ is
# identity), called directly, as CPython 3.13's.
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, A) and self.v == o.v
    __ne__ = object.__ne__
print(A(1) != A(1), A(1) != A(2), A(1) == A(1), object.__eq__(A(1), A(1)), object.__ne__(A(1), A(2)), object.__lt__(A(1), A(2)))
class B:
    __eq__ = object.__eq__
b = B()
print(b == b, B() == B(), b != b)
