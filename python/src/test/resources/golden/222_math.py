# SPDX-License-Identifier: Apache-2.0
# The math module: functions, special values, errors, exact integer functions, fsum, __float__ and __index__.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
vals = [0.0, 0.5, 1.0, 2.0, 10.0, 1e-300, 123.456, 7, True]
for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'fabs', 'sin', 'cos', 'tan', 'atan', 'sinh',
             'cosh', 'tanh', 'asinh', 'degrees', 'radians', 'exp2']:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(f(v))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, out)
for name in ['asin', 'acos', 'atanh', 'acosh']:
    f = getattr(math, name)
    out = []
    for v in [-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0]:
        try:
            out.append(f(v))
        except ValueError as e:
            out.append('VE')
    print(name, out)
for v in [-2.5, -0.5, 0.5, 2.5, 3, 1e20, -1e20, 2**70]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
for bad in [math.inf, math.nan]:
    for f in (math.floor, math.ceil):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(1, math.nan), math.pow(math.nan, 0))
for a, b in [(0, -1), (-8, 1/3), (10, 400)]:
    try:
        print(math.pow(a, b))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.atan2(1, 1), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 4))
print(math.ldexp(0.5, 3), math.frexp(8.0), math.frexp(0.1), math.frexp(5e-324), math.modf(-3.25), math.modf(2.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2], start=2), math.prod(range(1, 21)))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6, 10), math.gcd(), math.lcm(4, 6), math.lcm(), math.lcm(3, 0))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(4))
print(math.isqrt(99), math.isqrt(10**40), math.log(2**2000), math.log(100, 10), math.log(8, 2), math.log2(2**60))
print(math.isfinite(1.0), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000),
            lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.sqrt('x'), lambda: math.gcd(1.5),
            lambda: math.fmod(1, 0), lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.sin(math.inf)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 5
print(math.sqrt(F()), math.factorial(I()), math.floor(F()) if False else 0, math.gcd(I(), 15))
