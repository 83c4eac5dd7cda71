# itertools.count takes any number CPython's PyNumber_Check accepts (Decimal, Fraction: 'a number is required'
# before), with CPython's reprs (test_itertools.test_count).
from itertools import count, islice, repeat, pairwise
from decimal import Decimal
from fractions import Fraction
print(list(islice(count(1.5, 0.5), 3)), list(islice(count(Decimal('1.1'), Decimal('.1')), 3)), list(islice(count(Fraction(2, 3), Fraction(1, 3)), 3)))
print(repr(count(1.5)), repr(count(2, 3)), repr(count(Decimal('1.1'))), repr(count(Fraction(1,2))), repr(count(10**20)), repr(count(1, 1.0)))
print(list(islice(count(1, 2**65), 3)), list(islice(count(2**65), 2)))
print(repr(repeat('a', 3)), repr(repeat(1)), list(repeat(1, -2)))
try: count('a')
except TypeError as e: print(e)
print(list(pairwise('abcd')), list(pairwise([])))
