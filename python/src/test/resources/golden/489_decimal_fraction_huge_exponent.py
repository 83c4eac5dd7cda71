# A Decimal with a huge exponent compares with a Fraction by exponents, as CPython's decimal does (self * denominator
# against the numerator, both decimals), never expanding 10**425000000 into an int (test_numeric_tower's
# test_mixed_comparisons hung doing so); Fraction._from_coprime_ints, CPython's private constructor.
from decimal import Decimal as D
from fractions import Fraction as F
big = D('-1e425000000')
print(big < -1e308, big < F(-22, 7), F(-22, 7) > big, big == F(1, 3), D('1e425000000') > F(10**50, 3))
print(D('1.5') == F(3, 2), D('1.5') < F(16, 10), D('0.1') == F(1, 10), D('inf') > F(1, 3), D('-inf') < F(-10**30, 7))
print(D('nan') == F(1, 2), D('nan') != F(1, 2))
try:
    D('nan') < F(1, 2)
except Exception as e:
    print(type(e).__name__)
values = [float('-inf'), D('-1e425000000'), -1e308, F(-22, 7), -3.14, -2, 0.0, 1e-320, True, F('1.2'), D('1.3'),
          float('1.4'), F(275807, 195025), D('1.414213562373095048801688724'), F(114243, 80782), F(473596569, 84615),
          7e200, D('infinity')]
ok = all(a < b and a <= b and b > a and b >= a for i, a in enumerate(values) for b in values[i + 1:])
print(ok)
x = F._from_coprime_ints(1, 2)
print(x, type(x).__name__, float(x), x == F(1, 2))
class DummyIntegral(int):
    def __truediv__(self, other):
        return NotImplemented
    __rtruediv__ = __truediv__
    @property
    def numerator(self):
        return DummyIntegral(self)
    @property
    def denominator(self):
        return DummyIntegral(1)
y = F._from_coprime_ints(DummyIntegral(1), DummyIntegral(2))
try:
    y.numerator / y.denominator
except TypeError as e:
    print("TypeError:", e)
print(float(y))
