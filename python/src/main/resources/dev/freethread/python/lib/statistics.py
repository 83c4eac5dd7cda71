# SPDX-License-Identifier: Apache-2.0
# statistics for ftpython: CPython 3.13's statistics module (averages, spread, quantiles, covariance, correlation,
# linear regression, kernel density estimation and NormalDist) with its results, types and messages. Written for
# ftpython in pure Python; it differs from CPython's in having no _statistics accelerator (_normal_dist_inv_cdf is the
# Python one, which CPython's C one reproduces digit for digit) and in finding a Decimal's neighbours without
# next_plus/next_minus when the decimal module lacks them.
"""Statistics of numeric data: averages, measures of spread, relations between two variables, kernel density
estimation and the normal distribution.

>>> mean([1, 2, 3, 4, 4])
2.8
>>> stdev([2.5, 3.25, 5.5, 11.25, 11.75])
4.389618434442793
"""

import math
import numbers
import random
import sys
from fractions import Fraction
from decimal import Decimal
from itertools import count, groupby, repeat
from bisect import bisect_left, bisect_right
from math import hypot, sqrt, fabs, exp, erf, tau, log, fsum, sumprod
from math import isfinite, isinf, pi, cos, sin, tan, cosh, asin, atan, acos
from functools import reduce
from collections import Counter, namedtuple, defaultdict

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean',
           'kde', 'kde_random', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high', 'median_low',
           'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']

_SQRT2 = sqrt(2.0)
_random = random


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic helpers ----

def _sum(data):
    """(T, total, count): the exact sum of data as a Fraction (or the sum of its non-finite values, when it has
    any), its count, and the type T the result should take.

    >>> _sum([3, 2.25, 4.5, -0.5, 0.25])
    (<class 'float'>, Fraction(19, 2), 5)
    """
    n = 0
    types = set()
    by_den = {}
    for typ, group in groupby(data, type):
        types.add(typ)
        for num, den in map(_exact_ratio, group):
            n += 1
            by_den[den] = by_den.get(den, 0) + num
    if None in by_den:
        total = by_den[None]  # NaN or an infinity, of the data's own type
    else:
        total = sum(Fraction(num, den) for den, num in by_den.items())
    return reduce(_coerce, types, int), total, n


def _ss(data, c=None):
    """(T, sum of squared deviations about c or the exact mean, that centre, count), exactly."""
    if c is not None:
        T, ssd, n = _sum((d := x - c) * d for x in data)
        return T, ssd, c, n
    n = 0
    types = set()
    sx = defaultdict(int)
    sxx = defaultdict(int)
    for typ, group in groupby(data, type):
        types.add(typ)
        for num, den in map(_exact_ratio, group):
            n += 1
            sx[den] += num
            sxx[den] += num * num
    if not n:
        ssd = c = Fraction(0)
    elif None in sx:
        ssd = c = sx[None]
    else:
        tx = sum(Fraction(num, den) for den, num in sx.items())
        txx = sum(Fraction(num, den * den) for den, num in sxx.items())
        ssd = (n * txx - tx * tx) / n
        c = tx / n
    return reduce(_coerce, types, int), ssd, c, n


def _isfinite(x):
    try:
        return x.is_finite()  # Decimal
    except AttributeError:
        return math.isfinite(x)


def _coerce(T, S):
    """The type a result mixing types T and S takes: int gives way to anything, a subclass wins over its base,
    float over Fraction; anything else is an error."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) when x is a NaN or an infinity."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _convert(value, T):
    """value (a Fraction, or a non-finite of type T) as type T; a non-whole value for an int type becomes a float."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Decimal):
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _rank(data, /, *, key=None, reverse=False, ties='average', start=1):
    """The rank of each item of data, ties sharing the average of their ranks; ranks count from start."""
    if ties != 'average':
        raise ValueError('Unknown tie resolution method: %r' % (ties,))
    if key is not None:
        data = map(key, data)
    ordered = sorted(zip(data, count()), reverse=reverse)
    ranks = [0] * len(ordered)
    i = start - 1
    for _, tied in groupby(ordered, key=lambda pair: pair[0]):
        tied = list(tied)
        r = i + (len(tied) + 1) / 2
        for _, pos in tied:
            ranks[pos] = r
        i += len(tied)
    return ranks


def _integer_sqrt_of_frac_rto(n, m):
    """The integer square root of n/m, rounded to odd (the last bit set when inexact)."""
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_sqrt_bit_width = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """The square root of n/m correctly rounded to a float: a root rounded to odd with two bits to spare rounds
    once, correctly, in the int-to-float division."""
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        return (_integer_sqrt_of_frac_rto(n, m << 2 * q) << q) / 1
    return _integer_sqrt_of_frac_rto(n << -2 * q, m) / (1 << -q)


def _decimal_next(x, up):
    """The Decimal next above (up) or below x, a positive finite Decimal, at the context's precision."""
    if hasattr(x, 'next_plus'):
        return x.next_plus() if up else x.next_minus()
    import decimal
    prec = decimal.getcontext().prec
    _, digits, e = x.as_tuple()
    c = int(''.join(map(str, digits)))
    if len(digits) < prec:
        c *= 10 ** (prec - len(digits))
        e -= prec - len(digits)
    if up:
        c += 1
        if c == 10 ** prec:
            c //= 10
            e += 1
    else:
        c -= 1
        if c < 10 ** (prec - 1):
            c = c * 10 + 9
            e -= 1
    return Decimal((0, tuple(int(ch) for ch in str(c)), e))


def _decimal_sqrt_of_frac(n, m):
    """The square root of n/m correctly rounded to a Decimal at the context's precision."""
    if n <= 0:
        if not n:
            return Decimal('0.0')
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    nr, dr = root.as_integer_ratio()
    # The root rounds correctly if n/m lies between the squares of the midpoints to its neighbours.
    plus = _decimal_next(root, True)
    np, dp = plus.as_integer_ratio()
    if 4 * n * (dr * dp) ** 2 > m * (dr * np + dp * nr) ** 2:
        return plus
    minus = _decimal_next(root, False)
    nm, dm = minus.as_integer_ratio()
    if 4 * n * (dr * dm) ** 2 < m * (dr * nm + dm * nr) ** 2:
        return minus
    return root


# ---- averages ----

def mean(data):
    """The arithmetic mean of data, of the data's type.

    >>> mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)])
    Fraction(13, 21)
    """
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean of data as a float, optionally weighted.

    >>> fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])
    87.6
    """
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            n = 0

            def counted(iterable):
                nonlocal n
                for n, x in enumerate(iterable, start=1):
                    yield x

            data = counted(data)
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        num = sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean of data, as a float.

    >>> round(geometric_mean([54, 24, 36]), 9)
    36.0
    """
    n = 0
    found_zero = False

    def positives(iterable):
        nonlocal n, found_zero
        for n, x in enumerate(iterable, start=1):
            if x > 0.0 or math.isnan(x):
                yield x
            elif x == 0.0:
                found_zero = True
            else:
                raise StatisticsError('No negative inputs allowed', x)

    total = fsum(map(log, positives(data)))
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(total):
        return math.nan
    if found_zero:
        return math.nan if total == math.inf else 0.0
    return exp(total / n)


def harmonic_mean(data, weights=None):
    """The harmonic mean of data, optionally weighted; 0 if any value is zero.

    >>> harmonic_mean([40, 60], weights=[5, 30])
    56.0
    """
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (numbers.Real, Decimal)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """The middle value of data, or the mean of the two middle values.

    >>> median([1, 3, 5, 7])
    4.0
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The middle value of data, or the smaller of the two middle values.

    >>> median_low([1, 3, 5, 7])
    3
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The middle value of data, or the larger of the two middle values.

    >>> median_high([1, 3, 5, 7])
    5
    """
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The 50th percentile of data grouped in classes of the given width, by interpolation.

    >>> median_grouped([52, 52, 53, 54])
    52.5
    """
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    L = x - interval / 2.0
    return L + interval * (n / 2 - i) / (j - i)


def mode(data):
    """The most common value of data (the first met, when several are).

    >>> mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red'])
    'red'
    """
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    """The most common values of data, in the order first met.

    >>> multimode('aabbbbbbbbcc')
    ['b']
    """
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, k in counts.items() if k == top]


# ---- kernel density estimation ----

def _kernel(kernel):
    """(K, W, support) for a kernel name: its density, its cumulative distribution, and its half-width (None for
    kernels of unbounded support)."""
    match kernel:
        case 'normal' | 'gauss':
            sqrt2pi = sqrt(2 * pi)
            sqrt2 = sqrt(2)
            return (lambda t: exp(-1 / 2 * t * t) / sqrt2pi), (lambda t: 1 / 2 * (1.0 + erf(t / sqrt2))), None
        case 'logistic':
            return (lambda t: 1 / 2 / (1.0 + cosh(t))), (lambda t: 1.0 - 1.0 / (exp(t) + 1.0)), None
        case 'sigmoid':
            c1 = 1 / pi
            c2 = 2 / pi
            return (lambda t: c1 / cosh(t)), (lambda t: c2 * atan(exp(t))), None
        case 'rectangular' | 'uniform':
            return (lambda t: 1 / 2), (lambda t: 1 / 2 * t + 1 / 2), 1.0
        case 'triangular':
            return ((lambda t: 1.0 - abs(t)),
                    (lambda t: t * t * (1 / 2 if t < 0.0 else -1 / 2) + t + 1 / 2), 1.0)
        case 'parabolic' | 'epanechnikov':
            return (lambda t: 3 / 4 * (1.0 - t * t)), (lambda t: -1 / 4 * t ** 3 + 3 / 4 * t + 1 / 2), 1.0
        case 'quartic' | 'biweight':
            return ((lambda t: 15 / 16 * (1.0 - t * t) ** 2),
                    (lambda t: 3 / 16 * t ** 5 - 5 / 8 * t ** 3 + 15 / 16 * t + 1 / 2), 1.0)
        case 'triweight':
            return ((lambda t: 35 / 32 * (1.0 - t * t) ** 3),
                    (lambda t: 35 / 32 * (-1 / 7 * t ** 7 + 3 / 5 * t ** 5 - t ** 3 + t) + 1 / 2), 1.0)
        case 'cosine':
            c1 = pi / 4
            c2 = pi / 2
            return (lambda t: c1 * cos(c2 * t)), (lambda t: 1 / 2 * sin(c2 * t) + 1 / 2), 1.0
    raise StatisticsError('Unknown kernel name: %r' % (kernel,))


def _check_kde_args(data, h):
    if not len(data):
        raise StatisticsError('Empty data sequence')
    if not isinstance(data[0], (int, float)):
        raise TypeError('Data sequence must contain ints or floats')
    if h <= 0.0:
        raise StatisticsError('Bandwidth h must be positive, not h=%r' % (h,))


def kde(data, h, kernel='normal', *, cumulative=False):
    """A kernel density estimate of data with bandwidth h: a function giving the estimated probability density
    (or, cumulative=True, the cumulative distribution) at a point. The function follows later changes to data.

    >>> f = kde([-2.1, -1.3, -0.4, 1.9, 5.1, 6.2], h=1.5)
    >>> round(f(2.5), 4)
    0.0619
    """
    n = len(data)
    _check_kde_args(data, h)
    K, W, support = _kernel(kernel)
    if support is None:

        def pdf(x):
            n = len(data)
            return sum(K((x - x_i) / h) for x_i in data) / (n * h)

        def cdf(x):
            n = len(data)
            return sum(W((x - x_i) / h) for x_i in data) / n

    else:
        sample = sorted(data)
        bandwidth = h * support

        def pdf(x):
            nonlocal n, sample
            if len(data) != n:
                sample = sorted(data)
                n = len(data)
            i = bisect_left(sample, x - bandwidth)
            j = bisect_right(sample, x + bandwidth)
            return sum(K((x - x_i) / h) for x_i in sample[i:j]) / (n * h)

        def cdf(x):
            nonlocal n, sample
            if len(data) != n:
                sample = sorted(data)
                n = len(data)
            i = bisect_left(sample, x - bandwidth)
            j = bisect_right(sample, x + bandwidth)
            return sum((W((x - x_i) / h) for x_i in sample[i:j]), i) / n

    if cumulative:
        cdf.__doc__ = 'CDF estimate with h=%r and kernel=%r' % (h, kernel)
        return cdf
    pdf.__doc__ = 'PDF estimate with h=%r and kernel=%r' % (h, kernel)
    return pdf


# ---- quantiles, spread ----

def quantiles(data, *, n=4, method='exclusive'):
    """The n-1 cut points dividing data into n intervals of equal probability.

    >>> quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91], n=4)
    [87.5, 101.5, 109.75]
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    if method == 'inclusive':
        m = ld - 1
        cuts = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        m = ld + 1
        cuts = []
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


def variance(data, xbar=None):
    """The sample variance of data (with Bessel's correction), of the data's type.

    >>> variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])
    1.3720238095238095
    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data, of the data's type.

    >>> pvariance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)])
    Fraction(13, 72)
    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    """The sample standard deviation of data: the correctly rounded square root of the sample variance (a Decimal
    for Decimal data, else a float).

    >>> stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    1.0810874155219827
    """
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """The population standard deviation of data, correctly rounded.

    >>> pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
    0.986893273527251
    """
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(mss.numerator, mss.denominator)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def _mean_stdev(data):
    """(mean, sample standard deviation) of data as floats, for NormalDist.from_samples."""
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:  # a non-finite mean: give NaN or an infinity
        return float(xbar), float(xbar) / float(ss)


def _sqrtprod(x, y):
    """sqrt(x * y), without the product's overflow or underflow, and corrected towards the correctly rounded root."""
    h = sqrt(x * y)
    if not isfinite(h):
        if isinf(h) and not isinf(x) and not isinf(y):
            scale = 2.0 ** -512  # the product overflowed: scale down
            return _sqrtprod(scale * x, scale * y) / scale
        return h
    if not h:
        if x and y:
            scale = 2.0 ** 537  # the product underflowed: scale up
            return _sqrtprod(scale * x, scale * y) / scale
        return h
    # One Newton step on the exactly computed residual x*y - h*h.
    d = sumprod((x, h), (y, -h))
    return h + d / (2.0 * h)


# ---- two variables ----

def covariance(x, y, /):
    """The sample covariance of x and y.

    >>> covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])
    0.75
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    return sumprod((xi - xbar for xi in x), (yi - ybar for yi in y)) / (n - 1)


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient of x and y, or with method='ranked' Spearman's rank correlation.

    >>> correlation([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 8, 7, 6, 5, 4, 3, 2, 1])
    -1.0
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    if method not in {'linear', 'ranked'}:
        raise ValueError('Unknown method: %r' % (method,))
    if method == 'ranked':
        start = (n - 1) / -2  # ranks centred on zero
        x = _rank(x, start=start)
        y = _rank(y, start=start)
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = sumprod(x, y)
    sxx = sumprod(x, x)
    syy = sumprod(y, y)
    try:
        return sxy / _sqrtprod(sxx, syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the ordinary least squares line through (x, y); proportional=True fits a line
    through the origin.

    >>> linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
    LinearRegression(slope=2.0, intercept=1.0)
    """
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if not proportional:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = (yi - ybar for yi in y)
    sxy = sumprod(x, y) + 0.0
    sxx = sumprod(x, x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---- the normal distribution ----

def _poly(r, coeffs):
    """coeffs[0]*r**k + ... + coeffs[k] by Horner's rule, in the same order of operations as the written-out
    nested form."""
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


# Wichura's algorithm AS241 (Applied Statistics, 1988): rational approximations of the normal quantile for the
# centre (|p - 0.5| <= 0.425), the near tails (r <= 5) and the far tails.
_AS241_CENTRE_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
                     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
                     1.3314166789178437745e+2, 3.3871328727963666080e+0)
_AS241_CENTRE_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
                     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
                     4.2313330701600911252e+1, 1.0)
_AS241_NEAR_NUM = (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
                   1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
                   4.63033784615654529590e+0, 1.42343711074968357734e+0)
_AS241_NEAR_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
                   1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
                   2.05319162663775882187e+0, 1.0)
_AS241_FAR_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
                  2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
                  5.46378491116411436990e+0, 6.65790464350110377720e+0)
_AS241_FAR_DEN = (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
                  7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
                  5.99832206555887937690e-1, 1.0)


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _poly(r, _AS241_CENTRE_NUM) * q / _poly(r, _AS241_CENTRE_DEN)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _poly(r, _AS241_NEAR_NUM) / _poly(r, _AS241_NEAR_DEN)
    else:
        r = r - 5.0
        x = _poly(r, _AS241_FAR_NUM) / _poly(r, _AS241_FAR_DEN)
    if q < 0.0:
        x = -x
    return mu + x * sigma


class NormalDist:
    """The normal distribution with mean mu and standard deviation sigma.

    >>> NormalDist(100, 15).cdf(130)
    0.9772498680518208
    """

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist with mean mu and standard deviation sigma."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The NormalDist with the mean and sample standard deviation of data."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """n random samples of the distribution (reproducible with a seed)."""
        rnd = random.random if seed is None else random.Random(seed).random
        inv_cdf = _normal_dist_inv_cdf
        mu = self._mu
        sigma = self._sigma
        return [inv_cdf(rnd(), mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """The probability that a value is less than or equal to x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x at which cdf(x) is p (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n-1 cut points dividing the distribution into n intervals of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient: the area shared by the two probability density functions.

        >>> round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 4)
        0.8035
        """
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (fabs(Y.cdf(x1) - X.cdf(x1)) + fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    # a normal distribution's mean, median and mode are all mu: one getter, three documented properties
    mean = property(lambda self: self._mu, doc="The arithmetic mean of the distribution.")
    median = property(lambda self: self._mu, doc="The median of the distribution.")
    mode = property(lambda self: self._mu, doc="The mode of the distribution.")

    @property
    def stdev(self):
        """The standard deviation of the distribution."""
        return self._sigma

    @property
    def variance(self):
        """The variance of the distribution."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        """Shift by a constant, or add an independent normal variable."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        """Shift by a constant, or subtract an independent normal variable."""
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        """Scale by a constant."""
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        """Scale by the reciprocal of a constant."""
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state


# ---- random selection from a kernel density estimate ----

def _newton_raphson(f_inv_estimate, f, f_prime, tolerance=1e-12):
    def f_inv(y):
        """The x with f(x) == y, by Newton's method from an estimate. A probability outside [0, 1] never
        converges (CPython's loops forever): it is refused instead, as kde_random never passes one."""
        if not 0.0 <= y <= 1.0:
            raise ValueError('probability must be between 0 and 1: %r' % (y,))
        x = f_inv_estimate(y)
        while abs(diff := f(x) - y) > tolerance:
            x -= diff / f_prime(x)
        return x
    return f_inv


def _quartic_invcdf_estimate(p):
    sign, p = (1.0, p) if p <= 1 / 2 else (-1.0, 1.0 - p)
    x = (2.0 * p) ** 0.4258865685331 - 1.0
    if p >= 0.004 < 0.499:  # (sic) as CPython: the upper bound is always true
        x += 0.026818732 * sin(7.101753784 * p + 2.73230839482953)
    return x * sign


_quartic_invcdf = _newton_raphson(
    f_inv_estimate=_quartic_invcdf_estimate,
    f=lambda t: 3 / 16 * t ** 5 - 5 / 8 * t ** 3 + 15 / 16 * t + 1 / 2,
    f_prime=lambda t: 15 / 16 * (1.0 - t * t) ** 2)


def _triweight_invcdf_estimate(p):
    sign, p = (1.0, p) if p <= 1 / 2 else (-1.0, 1.0 - p)
    x = (2.0 * p) ** 0.3400218741872791 - 1.0
    return x * sign


_triweight_invcdf = _newton_raphson(
    f_inv_estimate=_triweight_invcdf_estimate,
    f=lambda t: 35 / 32 * (-1 / 7 * t ** 7 + 3 / 5 * t ** 5 - t ** 3 + t) + 1 / 2,
    f_prime=lambda t: 35 / 32 * (1.0 - t * t) ** 3)

_kernel_invcdfs = {
    'normal': NormalDist().inv_cdf,
    'logistic': lambda p: log(p / (1 - p)),
    'sigmoid': lambda p: log(tan(p * pi / 2)),
    'rectangular': lambda p: 2 * p - 1,
    'parabolic': lambda p: 2 * cos((acos(2 * p - 1) + pi) / 3),
    'quartic': _quartic_invcdf,
    'triweight': _triweight_invcdf,
    'triangular': lambda p: sqrt(2 * p) - 1 if p < 1 / 2 else 1 - sqrt(2 - 2 * p),
    'cosine': lambda p: 2 * asin(2 * p - 1) / pi,
}
_kernel_invcdfs['gauss'] = _kernel_invcdfs['normal']
_kernel_invcdfs['uniform'] = _kernel_invcdfs['rectangular']
_kernel_invcdfs['epanechnikov'] = _kernel_invcdfs['parabolic']
_kernel_invcdfs['biweight'] = _kernel_invcdfs['quartic']


def kde_random(data, h, kernel='normal', *, seed=None):
    """A function drawing random values from the kernel density estimate of data with bandwidth h.

    >>> rand = kde_random([-2.1, -1.3, -0.4, 1.9, 5.1, 6.2], h=1.5, seed=8675309)
    >>> [round(rand(), 1) for i in range(4)]
    [0.7, 6.2, 1.2, 6.9]
    """
    _check_kde_args(data, h)
    kernel_invcdf = _kernel_invcdfs.get(kernel)
    if kernel_invcdf is None:
        raise StatisticsError('Unknown kernel name: %r' % (kernel,))
    prng = _random.Random(seed)
    uniform = prng.random
    choice = prng.choice

    def rand():
        return choice(data) + h * kernel_invcdf(uniform())

    rand.__doc__ = 'Random KDE selection with h=%r and kernel=%r' % (h, kernel)
    return rand
