# Fraction formatting as CPython 3.13's: exact decimal rounding (half to even, never through a float) for the
# e, E, f, F, g, G and % presentation types with fill, alignment, sign, z, #, zero padding and thousands
# separators, the n/d form without a type, CPython's ValueError for the rest; the string grammar (spaces around
# the slash, underscores between digits), complex operands, divmod, from_decimal; object.__init__ reached through
# an instance of a class that defines none (cases from CPython's test_fractions).
from fractions import Fraction as F
from decimal import Decimal
cases = [(F(1, 3), '.3f'), (F(-1, 3), '+.2e'), (F(1, 3), ''), (F(7, 2), '_>10'), (F(7, 2), '#'), (F(7), '#'),
         (F(2, 3), '%'), (F(-2, 3), '.1%'), (F(1, 8), '.2f'), (F(3, 8), '.2f'), (F(5, 8), '.2f'), (F(10**30 + 1, 3), '.5e'),
         (F(10**30 + 1, 3), ',.2f'), (F(-1, 10**20), 'z.3f'), (F(-1, 10**20), '.3f'), (F(1234567, 10), '012,.1f'),
         (F(1, 7), '.12g'), (F(123456789), 'g'), (F(1, 10**5), 'g'), (F(1, 10**5), '#.3g'), (F(22, 7), '*^20.6f'),
         (F(22, 7), '=+12.3f'), (F(-22, 7), '=12.3f'), (F(22, 7), ' .2E'), (F(0), '.0e'), (F(99999, 100000), '.2g'),
         (F(5, 2), '.0f'), (F(7, 2), '.0f'), (F(123, 1000), ',.2%'), (F(10**6), '_'), (F(-10**6, 7), ',')]
for q, spec in cases:
    print(repr(spec), format(q, spec), f'{q:{spec}}' == format(q, spec))
for spec in ('.3', 'd', 'x', '0=10', '<05f', 'zd', '#10.2s', ',_f', '.f'):
    try:
        format(F(1, 3), spec)
    except ValueError as e:
        print(e)
for text in ('3/2', ' 3 / 2 ', '-1.5e3', '1_000/3', '.5', '1e-2', '+7', '1__0', '1/ 0x2', '3/', '1_', '_1', 'nan'):
    try:
        print(repr(text), F(text))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(text), type(e).__name__, e)
print(F(1, 10) + (1.0 + 0j), F(1, 10) * 2j, 1j / F(1, 2), F(1, 10) ** (1.0 + 0j), (2 + 0j) - F(1, 2))
for op in (lambda: F(1, 2) % 1j, lambda: F(1, 2) // 1j, lambda: divmod(F(1, 2), 1j), lambda: divmod(1j, F(1, 2))):
    try:
        op()
    except TypeError as e:
        print(e)
print(divmod(F(7, 2), F(2, 3)), divmod(F(7, 2), 1.5), divmod(5, F(3, 2)), F.from_decimal(Decimal('1.25')), F.from_decimal(3))
try:
    F.from_decimal(3 + 4j)
except TypeError as e:
    print(e)
class Plain:
    pass
print(Plain().__init__())
try:
    Plain().__init__(1)
except TypeError as e:
    print(e)
class WithNew:
    def __new__(cls, *args):
        return object.__new__(cls)
print(WithNew(1, 2).__init__(3, 4))
