# SPDX-License-Identifier: Apache-2.0
# fractions for ftpython: Fraction, an exact rational number (numerator and denominator in lowest terms, the
# denominator positive), with CPython's constructors, arithmetic with int and float, comparisons, hashing (equal
# numbers hash equal across int, float and Fraction), rounding and formatting. Written for ftpython.

import math

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, sys.hash_info.modulus
_HASH_INF = 314159


def _parse(s):
    text = s.strip().replace('_', '')
    if not text:
        raise ValueError('Invalid literal for Fraction: %r' % s)
    sign = 1
    if text[0] in '+-':
        sign = -1 if text[0] == '-' else 1
        text = text[1:]
    if '/' in text:
        num, _, den = text.partition('/')
        if not num.strip().isdigit() or not den.strip().isdigit() or num != num.strip() or den != den.strip():
            raise ValueError('Invalid literal for Fraction: %r' % s)
        return sign * int(num), int(den)
    mantissa, _, exp = text.lower().partition('e')
    if exp:
        if not (exp.lstrip('+-').isdigit()):
            raise ValueError('Invalid literal for Fraction: %r' % s)
    whole, dot, frac = mantissa.partition('.')
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        raise ValueError('Invalid literal for Fraction: %r' % s)
    num = int(whole or '0') * 10 ** len(frac) + int(frac or '0')
    den = 10 ** len(frac)
    if exp:
        e = int(exp)
        if e >= 0:
            num *= 10 ** e
        else:
            den *= 10 ** -e
    return sign * num, den


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                if numerator != numerator:
                    raise ValueError('cannot convert NaN to integer ratio')
                if numerator in (float('inf'), float('-inf')):
                    raise OverflowError('cannot convert Infinity to integer ratio')
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                n, d = _parse(numerator)
            elif hasattr(numerator, 'as_integer_ratio'):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        else:
            if not isinstance(numerator, (int, Fraction)) or not isinstance(denominator, (int, Fraction)):
                raise TypeError('both arguments should be Rational instances')
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a = Fraction(numerator)
                b = Fraction(denominator)
                n = a._numerator * b._denominator
                d = a._denominator * b._numerator
            else:
                n, d = int(numerator), int(denominator)
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(f)

    @classmethod
    def from_decimal(cls, dec):
        return cls(str(dec))

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1)
        return Fraction(p0 + k * p1, q0 + k * q1)

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, spec):
        if not spec:
            return str(self)
        if spec[-1:] in ('e', 'E', 'f', 'F', 'g', 'G', '%'):
            return format(float(self), spec)
        return format(str(self), spec)

    # arithmetic: with a Fraction or an int the result is exact; with a float it is a float

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator + o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) + other
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator - o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) - other
        return NotImplemented

    def __rsub__(self, other):
        o = self._operands(other)
        if o is not None:
            return o.__sub__(self)
        if isinstance(other, float):
            return other - float(self)
        return NotImplemented

    def __mul__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._numerator, self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) * other
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        o = self._operands(other)
        if o is not None:
            if o._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._numerator * o._denominator))
            return Fraction(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) / other
        return NotImplemented

    def __rtruediv__(self, other):
        o = self._operands(other)
        if o is not None:
            return o.__truediv__(self)
        if isinstance(other, float):
            return other / float(self)
        return NotImplemented

    def __floordiv__(self, other):
        o = self._operands(other)
        if o is not None:
            return (self._numerator * o._denominator) // (self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        o = self._operands(other)
        if o is not None:
            return o.__floordiv__(self)
        if isinstance(other, float):
            return other // float(self)
        return NotImplemented

    def __mod__(self, other):
        o = self._operands(other)
        if o is not None:
            return self - o * (self // o)
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        o = self._operands(other)
        if o is not None:
            return o.__mod__(self)
        if isinstance(other, float):
            return other % float(self)
        return NotImplemented

    def __divmod__(self, other):
        return (self // other, self % other)

    def __pow__(self, other):
        if isinstance(other, int) or isinstance(other, Fraction) and other._denominator == 1:
            e = int(other)
            if e >= 0:
                return Fraction(self._numerator ** e, self._denominator ** e)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -e))
            return Fraction(self._denominator ** -e, self._numerator ** -e)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, (int, float)):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __trunc__(self):
        return self.__int__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rem = divmod(self._numerator, self._denominator)
            if rem * 2 < self._denominator:
                return floor
            if rem * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def _compare(self, other):
        """(a, b) cross-multiplied for an exact comparison, or None for another type."""
        o = self._operands(other)
        if o is not None:
            return self._numerator * o._denominator, o._numerator * self._denominator
        if isinstance(other, float):
            if other != other or other in (float('inf'), float('-inf')):
                return 0.0, other
            o = Fraction(other)
            return self._numerator * o._denominator, o._numerator * self._denominator
        return None

    def __eq__(self, other):
        if isinstance(other, complex):
            if other.imag != 0:
                return NotImplemented  # complex.__eq__ answers False
            other = other.real  # Fraction(1, 2) == 0.5+0j, as CPython's numbers.Complex check
        c = self._compare(other)
        if c is None:
            return NotImplemented
        return c[0] == c[1]

    def __lt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c[0] < c[1]

    def __le__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c[0] <= c[1]

    def __gt__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c[0] > c[1]

    def __ge__(self, other):
        c = self._compare(other)
        return NotImplemented if c is None else c[0] >= c[1]

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
