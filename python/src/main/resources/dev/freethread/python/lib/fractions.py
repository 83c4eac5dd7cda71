# SPDX-License-Identifier: Apache-2.0
# fractions for ftpython: Fraction, an exact rational number (numerator and denominator in lowest terms, the
# denominator positive), with CPython's constructors, arithmetic with int and float, comparisons, hashing (equal
# numbers hash equal across int, float and Fraction), rounding and formatting. Written for ftpython.

import math

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951  # 2**61 - 1, sys.hash_info.modulus
_HASH_INF = 314159


# CPython 3.13's grammar of a Fraction string: a sign, then n/d (spaces allowed around the slash) or a decimal
# with an optional exponent; underscores only between digits; whitespace around the whole.
_DIGITS = r'\d+(?:_\d+)*'
_RATIONAL = None


def _parse(s):
    global _RATIONAL
    if _RATIONAL is None:
        import re
        _RATIONAL = re.compile(
            r'\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>(?:%s)?)'
            r'(?:(?:\s*/\s*(?P<denom>%s))?|(?:\.(?P<decimal>(?:%s)?))?(?:[eE](?P<exp>[-+]?%s))?)\s*'
            % (_DIGITS, _DIGITS, _DIGITS, _DIGITS))
    m = _RATIONAL.fullmatch(s)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % s)
    num = int(m.group('num') or '0')
    denom = m.group('denom')
    if denom:
        den = int(denom)
    else:
        den = 1
        decimal = m.group('decimal')
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            num = num * scale + int(decimal)
            den *= scale
        exp = m.group('exp')
        if exp:
            e = int(exp)
            if e >= 0:
                num *= 10 ** e
            else:
                den *= 10 ** -e
    if m.group('sign') == '-':
        num = -num
    return num, den


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
            elif _is_rational(numerator):  # numbers.Rational: its own numerator and denominator
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, complex):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError('argument should be a string or a Rational instance')
        else:
            if type(numerator) is int and type(denominator) is int:
                n, d = numerator, denominator
            elif _is_rational(numerator) and _is_rational(denominator):
                # any Rational, an int subclass's arithmetic kept (CPython's: a subclass's numerator stays one)
                n = numerator.numerator * denominator.denominator
                d = denominator.numerator * numerator.denominator
            else:
                raise TypeError('both arguments should be Rational instances')
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator = n // g
        self._denominator = d // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        """A fraction of two coprime ints, denominator positive, without normalising (CPython's private
        constructor, which its tests and subclasses use)."""
        self = object.__new__(cls)
        self._numerator = numerator
        self._denominator = denominator
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
        import decimal
        if isinstance(dec, int):
            dec = decimal.Decimal(dec)
        elif not isinstance(dec, decimal.Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

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

    def __format__(self, format_spec, /):
        """Formats exactly, as CPython 3.13's Fraction: with no presentation type as n/d (fill, align, sign, '#' for
        a denominator of 1, width, thousands separators); with e, E, f, F, g, G or % as a decimal rounded half to
        even from the exact value (never through a float)."""
        m = _general_spec(format_spec)
        if m is not None:
            return _format_general(self, m)
        m = _float_spec(format_spec)
        if m is not None and (m['align'] is None or m['zeropad'] is None):
            return _format_float_style(self, m)
        raise ValueError('Invalid format specifier %r for object of type %r' % (format_spec, type(self).__name__))

    # arithmetic: with a Fraction or an int the result is exact; with a float it is a float

    def _operands(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def _roperands(self, other):
        """A reflected operation's left operand as a Fraction: as CPython's, any numbers.Rational is taken (its
        own operation answered NotImplemented), where the forward one takes only Fraction and int."""
        o = self._operands(other)
        if o is None and _is_rational(other):
            o = Fraction(other)
        return o

    def __add__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator + o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) + other
        if isinstance(other, complex):
            return complex(self) + other
        return NotImplemented

    def __radd__(self, other):
        o = self._roperands(other)
        if o is None and _is_real(other):
            return float(other) + float(self)
        if o is None and _is_complex(other):
            return complex(other) + complex(self)
        return o.__add__(self) if o is not None else self.__add__(other)

    def __sub__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._denominator - o._numerator * self._denominator,
                            self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) - other
        if isinstance(other, complex):
            return complex(self) - other
        return NotImplemented

    def __rsub__(self, other):
        o = self._roperands(other)
        if o is not None:
            return o.__sub__(self)
        if isinstance(other, float) or _is_real(other):
            return float(other) - float(self)
        if isinstance(other, complex) or _is_complex(other):
            return complex(other) - complex(self)
        return NotImplemented

    def __mul__(self, other):
        o = self._operands(other)
        if o is not None:
            return Fraction(self._numerator * o._numerator, self._denominator * o._denominator)
        if isinstance(other, float):
            return float(self) * other
        if isinstance(other, complex):
            return complex(self) * other
        return NotImplemented

    def __rmul__(self, other):
        o = self._roperands(other)
        if o is None and _is_real(other):
            return float(other) * float(self)
        if o is None and _is_complex(other):
            return complex(other) * complex(self)
        return o.__mul__(self) if o is not None else self.__mul__(other)

    def __truediv__(self, other):
        o = self._operands(other)
        if o is not None:
            if o._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._numerator * o._denominator))
            return Fraction(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) / other
        if isinstance(other, complex):
            return complex(self) / other
        return NotImplemented

    def __rtruediv__(self, other):
        o = self._roperands(other)
        if o is not None:
            return o.__truediv__(self)
        if isinstance(other, float) or _is_real(other):
            return float(other) / float(self)
        if isinstance(other, complex) or _is_complex(other):
            return complex(other) / complex(self)
        return NotImplemented

    def __floordiv__(self, other):
        o = self._operands(other)
        if o is not None:
            return (self._numerator * o._denominator) // (self._denominator * o._numerator)
        if isinstance(other, float):
            return float(self) // other
        return NotImplemented

    def __rfloordiv__(self, other):
        o = self._roperands(other)
        if o is not None:
            return o.__floordiv__(self)
        if isinstance(other, float) or _is_real(other):
            return float(other) // float(self)
        return NotImplemented

    def __mod__(self, other):
        o = self._operands(other)
        if o is not None:
            return self - o * (self // o)
        if isinstance(other, float):
            return float(self) % other
        return NotImplemented

    def __rmod__(self, other):
        o = self._roperands(other)
        if o is not None:
            return o.__mod__(self)
        if isinstance(other, float) or _is_real(other):
            return float(other) % float(self)
        return NotImplemented

    def __divmod__(self, other):
        o = self._operands(other)
        if o is not None:
            return (self // o, self % o)
        if isinstance(other, float):
            return divmod(float(self), other)
        return NotImplemented  # complex: CPython's TypeError names divmod()

    def __rdivmod__(self, other):
        o = self._roperands(other)
        if o is not None:
            return (o // self, o % self)
        if isinstance(other, float) or _is_real(other):
            return divmod(float(other), float(self))
        return NotImplemented

    def __pow__(self, other):
        if not isinstance(other, (int, Fraction)) and _is_rational(other):
            other = Fraction(other)  # a numbers.Rational exponent, as CPython's
        if isinstance(other, int) or isinstance(other, Fraction) and other._denominator == 1:
            e = int(other)
            if e >= 0:
                return Fraction(self._numerator ** e, self._denominator ** e)
            if self._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (self._denominator ** -e))
            return Fraction(self._denominator ** -e, self._numerator ** -e)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        if isinstance(other, complex):
            return complex(self) ** other
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(other, (int, Fraction)):
            return other ** self._numerator
        if isinstance(other, int) or _is_rational(other) and not isinstance(other, Fraction):
            return Fraction(other) ** self
        if isinstance(other, float) or _is_real(other):
            return float(other) ** float(self)
        if isinstance(other, complex):
            return other ** complex(self)
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
        # numbers.Rational's: the ints' true division (an int subclass's own __truediv__ is not asked)
        return int(self.numerator) / int(self.denominator)

    def __bool__(self):
        return bool(self._numerator)  # no comparison: a numerator's __eq__ need not answer a bool

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

    def __copy__(self):  # a Fraction is immutable; a subclass's instance may not be
        return self if type(self) is Fraction else self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self if type(self) is Fraction else self.__class__(self._numerator, self._denominator)


def _is_rational(x):
    import numbers
    return isinstance(x, numbers.Rational)


def _is_complex(x):
    """A numbers.Complex that is no complex and no Real: a reflected operation takes it as a complex."""
    import numbers
    return isinstance(x, numbers.Complex) and not isinstance(x, (complex, numbers.Real))


def _is_real(x):
    """A numbers.Real that is no float and no Rational: a reflected operation takes it as a float, as CPython's."""
    import numbers
    return isinstance(x, numbers.Real) and not isinstance(x, (float, numbers.Rational))


# ---- formatting (Fraction.__format__)

_SPECS = []


def _spec_patterns():
    if not _SPECS:
        import re
        general = re.compile(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ]?)(?P<alt>#)?'
                             r'(?P<minimumwidth>0|[1-9][0-9]*)?(?P<thousands_sep>[,_])?', re.DOTALL)
        floats = re.compile(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ]?)(?P<no_neg_zero>z)?(?P<alt>#)?'
                            r'(?P<zeropad>0(?=[0-9]))?(?P<minimumwidth>0|[1-9][0-9]*)?(?P<thousands_sep>[,_])?'
                            r'(?:\.(?P<precision>0|[1-9][0-9]*))?(?P<presentation_type>[eEfFgG%])', re.DOTALL)
        _SPECS.extend((general, floats))
    return _SPECS


def _general_spec(spec):
    return _spec_patterns()[0].fullmatch(spec)


def _float_spec(spec):
    return _spec_patterns()[1].fullmatch(spec)


def _pad(sign, body, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == '>':
        return padding + sign + body
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return sign + padding + body  # '='


def _format_general(q, m):
    sep = m['thousands_sep'] or ''
    n, d = q._numerator, q._denominator
    body = format(abs(n), sep)
    if d > 1 or m['alt']:
        body += '/' + format(d, sep)
    sign = '-' if n < 0 else ('' if m['sign'] == '-' else m['sign'])
    return _pad(sign, body, m['fill'] or ' ', m['align'] or '>', int(m['minimumwidth'] or '0'))


def _round_at(n, d, exponent):
    """n/d rounded to a multiple of 10**exponent, ties to even: (negative, significand) for the value
    (-1)**negative * significand * 10**exponent, negative being n's sign."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n + d // 2, d)  # rounds ties up; an exact tie (r == 0 with d even) goes back to even
    if r == 0 and d % 2 == 0:
        q -= q % 2
    return n < 0, abs(q)


def _round_figures(n, d, figures):
    """n/d rounded to `figures` significant digits: (negative, significand, exponent), with
    10**(figures - 1) <= significand < 10**figures (significand 0 for zero)."""
    if n == 0:
        return False, 0, 1 - figures
    sn, sd = str(abs(n)), str(d)
    magnitude = len(sn) - len(sd) + (sd <= sn)  # 10**(magnitude - 1) <= |n|/d <= 10**magnitude
    exponent = magnitude - figures
    negative, significand = _round_at(n, d, exponent)
    if len(str(significand)) == figures + 1:  # rounded up to the next power of ten
        significand //= 10
        exponent += 1
    return negative, significand, exponent


def _format_float_style(q, m):
    ptype = m['presentation_type']
    alternate = bool(m['alt'])
    precision = int(m['precision'] or '6')
    width = int(m['minimumwidth'] or '0')
    sep = m['thousands_sep']
    n, d = q._numerator, q._denominator
    if ptype in 'fF%':
        exponent = -precision - (2 if ptype == '%' else 0)
        negative, significand = _round_at(n, d, exponent)
        scientific = False
        point = precision  # digits after the point
    else:
        figures = max(precision, 1) if ptype in 'gG' else precision + 1
        negative, significand, exponent = _round_figures(n, d, figures)
        scientific = ptype in 'eE' or exponent > 0 or exponent + figures <= -4
        point = figures - 1 if scientific else -exponent
    if m['no_neg_zero'] and significand == 0:
        negative = False
    if ptype == '%':
        suffix = '%'
    elif scientific:
        suffix = '%s%+03d' % ('E' if ptype in 'EFG' else 'e', exponent + point)
    else:
        suffix = ''
    digits = str(significand).rjust(point + 1, '0')
    leading, fraction = digits[:len(digits) - point], digits[len(digits) - point:]
    if ptype in 'gG' and not alternate:
        fraction = fraction.rstrip('0')
    trailing = ('.' if fraction or alternate else '') + fraction + suffix
    sign = '-' if negative else ('' if m['sign'] == '-' else m['sign'])
    if m['zeropad']:
        room = width - len(sign) - len(trailing)
        leading = leading.zfill(3 * room // 4 + 1 if sep else room)
    if sep:
        head = 1 + (len(leading) - 1) % 3
        leading = leading[:head] + ''.join(sep + leading[i:i + 3] for i in range(head, len(leading), 3))
    return _pad(sign, leading + trailing, m['fill'] or ' ', m['align'] or '>', width)
