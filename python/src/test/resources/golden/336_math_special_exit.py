# math's 3.11-3.13 additions and its special functions, where CPython's answers are exact or correctly rounded (erf
# here is correctly rounded; CPython's comes from the C library, within an ulp, and its erfc, gamma and lgamma
# of non-integers may differ from ours in the last digit, so those are not printed), and the built-ins that
# CPython's site adds: exit, quit (SystemExit with the code), __debug__, breakpoint (a no-op without a hook).
import math, sys
for x in [0.0, -0.0, 1e-300, 0.1, 0.5, 1.0, 1.5, 2.0, 3.3, 5.0, -0.3, -2.5, -6.5, 7.0]:
    print(x, math.erf(x))
print(math.erfc(-7.0), math.erfc(30.0), math.erfc(float('inf')), math.erf(float('-inf')), math.erf(float('nan')))
for x in [1.0, 2.0, 3.0, 10.0, 23.0]:
    print(x, math.gamma(x))
print(math.lgamma(1.0), math.lgamma(2.0), math.gamma(float('inf')), math.lgamma(float('-inf')))
for x in [0.0, -1.0, -2.0, float('-inf')]:
    for f in (math.gamma, math.lgamma):
        try:
            print(f.__name__, f(x))
        except ValueError as e:
            print(f.__name__, x, e)
try:
    math.gamma(172.0)
except OverflowError as e:
    print('gamma', e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(1.0, 2.0, steps=3),
      math.nextafter(1.0, 1.0, steps=10**20), math.nextafter(0.0, -1.0, steps=2), math.nextafter(1.0, 2.0, steps=0))
try:
    math.nextafter(1.0, 2.0, steps=-1)
except ValueError as e:
    print(e)
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(float('inf')), math.ulp(2.0**-1074))
print(math.fma(2.0, 3.0, 1.0), math.fma(0.1, 10, -1.0), math.fma(1e308, 10, -1e308) if False else '')
for args in [(float('inf'), 0.0, 1.0), (1e308, 10.0, 0.0)]:
    try:
        math.fma(*args)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([1.5, 2], [2, 3]),
      math.sumprod([], []), math.sumprod([10**20, 1], [10**20, 1]))
from fractions import Fraction
print(math.sumprod([Fraction(1, 3)], [3]), math.sumprod([1e308, -1e308, 1.0], [10.0, 10.0, 1.0]))
try:
    math.sumprod([1], [1, 2])
except ValueError as e:
    print(e)
print(__debug__, exit, quit, type(exit).__name__)
try:
    quit('quitting')
except SystemExit as e:
    print('SystemExit', e.code)
sys.stdout.flush()
exit(3)
