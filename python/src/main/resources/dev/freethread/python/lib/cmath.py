# SPDX-License-Identifier: Apache-2.0
# cmath for ftpython: CPython's functions of complex numbers over math's real ones, with the formulas CPython's
# cmathmodule.c documents (Kahan's square root, log1p near the unit circle, the inverse functions through square
# roots), so finite arguments give CPython's results to within an ulp or so. The special values CPython tabulates for
# infinite and NaN parts are not all reproduced.
import math as _math

pi = _math.pi
e = _math.e
tau = _math.tau
inf = _math.inf
nan = _math.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_LARGE = 1.7976931348623157e308 / 4  # beyond it, |z| would overflow: halve first


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    for hook in ('__complex__', '__float__', '__index__'):
        m = getattr(type(z), hook, None)
        if m is not None:
            return complex(m(z))
    raise TypeError("must be real number, not %s" % type(z).__name__)


def phase(z):
    z = _c(z)
    return _math.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    return abs(z), _math.atan2(z.imag, z.real)


def rect(r, phi):
    return complex(r * _math.cos(phi), r * _math.sin(phi))


def isfinite(z):
    z = _c(z)
    return _math.isfinite(z.real) and _math.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return _math.isinf(z.real) or _math.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return _math.isnan(z.real) or _math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    if _math.isinf(y):
        return complex(inf, y)
    ax, ay = abs(x), abs(y)
    s = 2.0 * _math.sqrt(ax / 8.0 + _math.hypot(ax / 8.0, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _math.copysign(d, y))
    return complex(d, _math.copysign(s, y))


def exp(z):
    z = _c(z)
    if _math.isinf(z.real) and z.real < 0 and not _math.isfinite(z.imag):
        return complex(0.0, 0.0)
    try:
        length = _math.exp(z.real)
    except OverflowError:
        raise OverflowError("math range error") from None
    if z.imag == 0.0:
        return complex(length, z.imag)
    r = complex(length * _math.cos(z.imag), length * _math.sin(z.imag))
    if _math.isfinite(z.real) and _math.isfinite(z.imag) and isinf(r):
        raise OverflowError("math range error")
    return r


def _log(z):
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if ax == 0.0 and ay == 0.0:
        raise ValueError("math domain error")
    if ax > _LARGE or ay > _LARGE:
        re = _math.log(_math.hypot(ax / 2.0, ay / 2.0)) + _math.log(2.0)
    else:
        h = _math.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am, an = (ax, ay) if ax > ay else (ay, ax)
            re = _math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _math.log(h)
    return complex(re, _math.atan2(y, x))


def log(z, base=None):
    r = _log(_c(z))
    if base is None:
        return r
    return r / _log(_c(base))


def log10(z):
    r = _log(_c(z))
    ln10 = _math.log(10.0)
    return complex(r.real / ln10, r.imag / ln10)


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(_math.cos(y) * _math.sinh(x), _math.sin(y) * _math.cosh(x))


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(_math.cos(y) * _math.cosh(x), _math.sin(y) * _math.sinh(x))


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354.0:  # tanh(x) is +-1 to double precision; avoid cosh's overflow
        return complex(_math.copysign(1.0, x), 4.0 * _math.sin(y) * _math.cos(y) * _math.exp(-2.0 * abs(x)))
    tx = _math.tanh(x)
    ty = _math.tan(y)
    cx = 1.0 / _math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z):
    z = _c(z)
    s = sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _c(z)
    s = tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def asinh(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 + z.imag, -z.real))
    s2 = sqrt(complex(1.0 - z.imag, z.real))
    return complex(_math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _math.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _c(z)
    s1 = sqrt(complex(1.0 - z.real, -z.imag))
    s2 = sqrt(complex(1.0 + z.real, z.imag))
    return complex(2.0 * _math.atan2(s1.real, s2.real), _math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    s1 = sqrt(complex(z.real - 1.0, z.imag))
    s2 = sqrt(complex(z.real + 1.0, z.imag))
    return complex(_math.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _math.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    if z.real < 0.0:
        r = atanh(complex(-z.real, -z.imag))
        return complex(-r.real, -r.imag)
    x, y = z.real, z.imag
    ay = abs(y)
    if x == 1.0 and ay == 0.0:
        raise ValueError("math domain error")
    re = _math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    im = -_math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(re, im)


def atan(z):
    z = _c(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)
