# Fraction's reflected operations take any numbers.Rational (as a Fraction), numbers.Real (as a float) and
# numbers.Complex (as a complex), as CPython's fractions does (test_fractions' Rat, Root and Rect).
import numbers
from fractions import Fraction as F
class Rat:
    def __init__(self, n, d):
        self.numerator = n
        self.denominator = d
    def __mul__(self, other):
        return NotImplemented
    __truediv__ = __add__ = __sub__ = __mod__ = __floordiv__ = __pow__ = __mul__
    def __repr__(self):
        return 'Rat(%r, %r)' % (self.numerator, self.denominator)
numbers.Rational.register(Rat)
class Root:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v) ** 0.5
    def __mul__(self, other):
        return NotImplemented
    __truediv__ = __add__ = __sub__ = __mod__ = __floordiv__ = __mul__
numbers.Real.register(Root)
class Rect:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __complex__(self):
        return complex(self.x, self.y)
    def __mul__(self, other):
        return NotImplemented
    __truediv__ = __add__ = __sub__ = __mul__
numbers.Complex.register(Rect)
for left in (Rat(3, 2), Root(4), Rect(4, 3)):
    for op in ('+', '-', '*', '/', '%', '//'):
        try:
            r = eval('left %s F(2, 3)' % op)
            print(type(left).__name__, op, repr(r))
        except TypeError as e:
            print(type(left).__name__, op, "TypeError:", e)
print(F(3, 2) ** Rat(3, 1), divmod(Root(16), F(3, 2)))
