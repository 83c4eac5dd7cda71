# SPDX-License-Identifier: Apache-2.0
# decimal for ftpython: decimal floating point after the General Decimal Arithmetic Specification, as CPython's
# decimal implements it: Decimal from strings, ints, floats (exactly) and tuples; +, -, *, /, //, %, divmod, ** (to an
# integral power) rounded to the context's precision with its rounding mode; comparisons and hashes that agree with
# int, float and Fraction; quantize, to_integral_value, normalize, sqrt, adjusted, as_tuple, the is_* predicates,
# copy_*, compare, max and min; str and repr by the specification's to-scientific-string, format with e, f, g, % and
# thousands separators; Context (prec, rounding, Emax, Emin, traps, flags), getcontext, setcontext, localcontext.
# Not provided: exp, ln, log10, logical operations, and the subnormal range's fine points.
import math as _math
import threading as _threading

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal',
           'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'DivisionUndefined',
           'ConversionSyntax', 'InvalidContext', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
           'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'getcontext', 'setcontext', 'localcontext',
           'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
              ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    __module__ = 'decimal'


class Clamped(DecimalException):
    __module__ = 'decimal'


class InvalidOperation(DecimalException):
    __module__ = 'decimal'


class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'


class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'


class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'


class Inexact(DecimalException):
    __module__ = 'decimal'


class InvalidContext(InvalidOperation):
    __module__ = 'decimal'


class Rounded(DecimalException):
    __module__ = 'decimal'


class Subnormal(DecimalException):
    __module__ = 'decimal'


class Overflow(Inexact, Rounded):
    __module__ = 'decimal'


class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'


class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal,
            FloatOperation]
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


def _tuple_class():
    import collections
    return collections.namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


DecimalTuple = _tuple_class()


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('%s:%s' % (k.__name__, v) for k, v in self.items()) + '}'


class Context:
    """Precision, rounding, exponent limits, and which conditions raise (traps) or were met (flags)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None):
        dc = DefaultContext if '_default_made' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = dc.traps if dc else {InvalidOperation: True, DivisionByZero: True, Overflow: True}
        if isinstance(traps, list):
            traps = {s: s in traps for s in _SIGNALS}
        self.traps = _SignalDict((s, bool(traps.get(s, False))) for s in _SIGNALS)
        if flags is None:
            flags = {}
        if isinstance(flags, list):
            flags = {s: s in flags for s in _SIGNALS}
        self.flags = _SignalDict((s, bool(flags.get(s, False))) for s in _SIGNALS)

    def __setattr__(self, name, value):
        if name == 'prec' and (not isinstance(value, int) or value < 1):
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        if name == 'rounding' and value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        object.__setattr__(self, name, value)

    def _raise_error(self, condition, explanation=None):
        """Flags the condition's signal, and raises it if trapped, as CPython's C decimal does:
        InvalidOperation([<class 'decimal.ConversionSyntax'>])."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])

    def _signal(self, signal):
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([signal])

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, dict(self.flags),
                       dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        if d._is_special:
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ', '.join(s.__name__ for s, v in self.flags.items() if v),
                   ', '.join(s.__name__ for s, v in self.traps.items() if v)))

    def add(self, a, b):
        return _convert(a).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a).__truediv__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return _convert(a).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a).quantize(b, context=self)

    def compare(self, a, b):
        return _convert(a).compare(b, context=self)

    def abs(self, a):
        return _convert(a).__abs__(context=self)

    def plus(self, a):
        return _convert(a).__pos__(context=self)

    def minus(self, a):
        return _convert(a).__neg__(context=self)


_local = _threading.local()


def getcontext():
    """The current thread's context (a copy of DefaultContext the first time)."""
    try:
        return _local.context
    except AttributeError:
        ctx = DefaultContext.copy()
        ctx.clear_flags()
        _local.context = ctx
        return ctx


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _local.context = context


class _ContextManager:
    def __init__(self, new):
        self.new = new

    def __enter__(self):
        self.saved = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *exc):
        setcontext(self.saved)


def localcontext(ctx=None, **kwargs):
    """with localcontext() as ctx: a copy of ctx (or the current context) for the block, with kwargs set."""
    new = (ctx if ctx is not None else getcontext()).copy()
    for k, v in kwargs.items():
        if not hasattr(new, k):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(new, k, v)
    return _ContextManager(new)


# ---- Decimal

def _convert(other, raise_on_float=True, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    return NotImplemented


_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class Decimal:
    """A decimal number: a sign, an integer coefficient and a power of ten (or infinity or a NaN)."""
    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            if not _parse(self, value):
                return (getcontext() if context is None else context)._raise_error(
                    ConversionSyntax, 'Invalid literal for Decimal: %r' % value) or _nan(self, 0, 'n', '')
            return self
        if isinstance(value, bool) or isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._is_special = value._sign, value._int, value._exp, value._is_special
            return self
        if isinstance(value, float):
            return cls.from_float(value) if cls is Decimal else cls(str(cls.from_float(value)))
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp == 'F':
                self._sign, self._int, self._exp, self._is_special = sign, '0', 'F', True
                return self
            ds = []
            for d in digits:
                if isinstance(d, int) and 0 <= d <= 9:
                    if ds or d != 0:
                        ds.append(str(d))
                else:
                    raise ValueError('The second value in the tuple must be composed of integers in the range 0 '
                                     'through 9.')
            if exp in ('n', 'N'):
                self._sign, self._int, self._exp, self._is_special = sign, ''.join(ds), exp, True
                return self
            if not isinstance(exp, int):
                raise ValueError("The third value in the tuple must be an integer, or one of the strings 'F', "
                                 "'n', 'N'.")
            self._sign, self._int, self._exp, self._is_special = sign, ''.join(ds) or '0', exp, False
            return self
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (Decimal(0.1) is 0.1000000000000000055511151231257827...)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        coeff = n * 5 ** k
        return cls((sign, tuple(int(c) for c in str(coeff)), -k))

    # ---- the parts

    def _isnan(self):
        if self._is_special:
            return 1 if self._exp == 'n' else 2 if self._exp == 'N' else 0
        return 0

    def _isinfinity(self):
        return (-1 if self._sign else 1) if self._exp == 'F' else 0

    def adjusted(self):
        if self._is_special:
            return 0
        return self._exp + len(self._int) - 1

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer ratio')
            raise OverflowError('cannot convert Infinity to integer ratio')
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    def is_nan(self):
        return self._is_special and self._exp in ('n', 'N')

    def is_qnan(self):
        return self._is_special and self._exp == 'n'

    def is_snan(self):
        return self._is_special and self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._is_special or self.is_zero():
            return False
        context = getcontext() if context is None else context
        return context.Emin <= self.adjusted()

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other):
        other = _convert(other)
        return _dec(other._sign, self._int, self._exp, self._is_special)

    # ---- text

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            return sign + ('NaN' if self._exp == 'n' else 'sNaN') + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = 1 if context is None else context.capitals
            exp = ['e', 'E'][capitals] + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        return _format(self, spec)

    # ---- conversions

    def __bool__(self):
        return self._is_special or self._int != '0'

    def __int__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError('cannot convert NaN to integer')
            raise OverflowError('cannot convert Infinity to integer')
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __floor__(self):
        if self._is_special:
            return int(self)
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            return int(self)
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_dec(0, '1', -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError('cannot round a NaN')
            raise OverflowError('cannot round an infinity')
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __complex__(self):
        return complex(float(self))

    # ---- comparison and hashing

    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN decimals."""
        if self._is_special or other._is_special:
            a, b = self._isinfinity(), other._isinfinity()
            if a == b:
                return 0
            if a or b:
                return (a > b) - (a < b) if a and b else (1 if a > 0 or b < 0 else -1)
        if not self:
            return 0 if not other else (1 if other._sign else -1)
        if not other:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        sa, sb = self.adjusted(), other.adjusted()
        if sa != sb:
            r = 1 if sa > sb else -1
        else:
            la = self._int + '0' * (self._exp - other._exp if self._exp > other._exp else 0)
            lb = other._int + '0' * (other._exp - self._exp if other._exp > self._exp else 0)
            r = (la > lb) - (la < lb) if len(la) == len(lb) else (1 if len(la) > len(lb) else -1)
        return -r if self._sign else r

    def _compare_to(self, other, equality):
        if equality and isinstance(other, complex) and other.imag == 0:
            other = other.real  # Decimal('0.5') == 0.5+0j: equality only, as CPython's decimal
        if isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            if not equality and getcontext().traps[FloatOperation]:
                raise FloatOperation()
            other = Decimal.from_float(other)
        elif isinstance(other, int):
            other = Decimal(other)
        elif not isinstance(other, Decimal):
            try:
                import fractions
                if isinstance(other, fractions.Fraction):
                    # as CPython's decimal: self * denominator against the numerator, both decimals, so a huge
                    # exponent (Decimal('1e425000000')) is compared by its exponent, never expanded into an int
                    if not self._is_special:
                        self = _dec(self._sign, str(int(self._int) * other.denominator), self._exp)
                    other = Decimal(other.numerator)
                else:
                    return NotImplemented
            except ImportError:
                return NotImplemented
        if self.is_nan() or other.is_nan():
            if not equality and (self.is_snan() or other.is_snan() or True):
                getcontext()._raise_error(InvalidOperation, 'comparison involving NaN')
            return None
        return self._cmp(other)

    def __eq__(self, other):
        c = self._compare_to(other, True)
        return c if c is NotImplemented else c == 0

    def __ne__(self, other):
        c = self._compare_to(other, True)
        return c if c is NotImplemented else c != 0

    def __lt__(self, other):
        c = self._compare_to(other, False)
        return c if c is NotImplemented else c is not None and c < 0

    def __le__(self, other):
        c = self._compare_to(other, False)
        return c if c is NotImplemented else c is not None and c <= 0

    def __gt__(self, other):
        c = self._compare_to(other, False)
        return c if c is NotImplemented else c is not None and c > 0

    def __ge__(self, other):
        c = self._compare_to(other, False)
        return c if c is NotImplemented else c is not None and c >= 0

    def compare(self, other, context=None):
        other = _convert(other)
        if self.is_nan() or other.is_nan():
            return self if self.is_nan() else other
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            if self.is_nan():
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = int(self._int) * exp_hash % _HASH_MODULUS
        ans = h if self >= 0 else -h
        return -2 if ans == -1 else ans

    # ---- rounding

    def _rescale(self, exp, rounding):
        """This value with exponent exp, rounded (no context: any number of digits)."""
        if self._is_special:
            return self
        if not self:
            return _dec(self._sign, '0', exp)
        if self._exp >= exp:
            return _dec(self._sign, self._int + '0' * (self._exp - exp), exp)
        drop = exp - self._exp
        digits = self._int
        if drop > len(digits):  # every digit goes, and the rest is below a half of the last place kept
            kept, rest = '', '0' * (drop - len(digits)) + digits
        else:
            kept, rest = digits[:len(digits) - drop], digits[len(digits) - drop:]
        q = int(kept or '0')
        if _round_up(rounding, self._sign, q, rest):
            q += 1
        return _dec(self._sign, str(q), exp)

    def _fix(self, context):
        """Rounded to the context's precision; Overflow to infinity past Emax (the common cases of the spec)."""
        if self._is_special:
            if self.is_snan():
                context._raise_error(InvalidOperation, 'sNaN')
                return _dec(self._sign, self._int, 'n', True)
            return self
        prec = context.prec
        digits = len(self._int)
        result = self
        if digits > prec:
            result = self._rescale(self._exp + digits - prec, context.rounding)
            if len(result._int) > prec:  # 999 -> 1000: one digit more
                result = result._rescale(result._exp + 1, context.rounding)
            if _changed(self, result):
                context._signal(Inexact)
            context._signal(Rounded)
        if result._int != '0' and result.adjusted() > context.Emax:
            context._signal(Inexact)
            context._signal(Rounded)
            context._raise_error(Overflow, 'above Emax')
            return _dec(result._sign, '0', 'F', True)
        return result

    def quantize(self, exp, rounding=None, context=None):
        """This value with the exponent of exp, rounded (rounding, else the context's)."""
        exp = _convert(exp)
        if exp is NotImplemented:
            raise TypeError('conversion from %s to Decimal is not supported' % type(exp).__name__)
        context = getcontext() if context is None else context
        rounding = context.rounding if rounding is None else rounding
        if self._is_special or exp._is_special:
            if self.is_nan() or exp.is_nan():
                return self if self.is_nan() else exp
            if self.is_infinite() and exp.is_infinite():
                return Decimal(self)
            context._raise_error(InvalidOperation, 'quantize with one INF')
            return _nan(object.__new__(Decimal), 0, 'n', '')
        result = self._rescale(exp._exp, rounding)
        if len(result._int) > context.prec and result._int != '0':
            context._raise_error(InvalidOperation, 'quantize result has too many digits for current context')
            return _nan(object.__new__(Decimal), 0, 'n', '')
        if _changed(self, result):
            context._signal(Inexact)
        if result._exp > self._exp and self:
            context._signal(Rounded)
        return result

    def to_integral_value(self, rounding=None, context=None):
        if self._is_special:
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        context = getcontext() if context is None else context
        return self._rescale(0, context.rounding if rounding is None else rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = getcontext() if context is None else context
        result = self.to_integral_value(rounding, context)
        if _changed(self, result):
            context._signal(Inexact)
            context._signal(Rounded)
        return result

    def normalize(self, context=None):
        context = getcontext() if context is None else context
        if self._is_special:
            return Decimal(self)
        d = self._fix(context)
        if not d:
            return _dec(d._sign, '0', 0)
        digits = d._int.rstrip('0')
        return _dec(d._sign, digits, d._exp + len(d._int) - len(digits))

    def sqrt(self, context=None):
        """The square root, correctly rounded to the context's precision."""
        context = getcontext() if context is None else context
        if self._is_special:
            if self.is_nan():
                return Decimal(self)
            if self._sign:
                context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
                return _nan(object.__new__(Decimal), 0, 'n', '')
            return Decimal(self)
        if not self:
            return _dec(self._sign, '0', self._exp // 2)
        if self._sign:
            context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
            return _nan(object.__new__(Decimal), 0, 'n', '')
        prec = context.prec + 2
        n = int(self._int)
        e = self._exp
        if e % 2:
            n *= 10
            e -= 1
        # scale so that the root has prec digits: n * 10**(2k)
        shift = max(0, prec - (len(str(n)) + 1) // 2)
        n *= 10 ** (2 * shift)
        r = _math.isqrt(n)
        exact = r * r == n
        root_exp = e // 2 - shift
        if not exact:
            r = r * 10 + 5  # a sticky digit below the last: never exactly a half
            root_exp -= 1
        result = _dec(0, str(r), root_exp)
        ideal = self._exp // 2
        if exact:
            digits = result._int.rstrip('0')
            removable = len(result._int) - len(digits)
            if result._exp < ideal:
                k = min(removable, ideal - result._exp)
                result = _dec(0, result._int[:len(result._int) - k] if k else result._int, result._exp + k)
        old = context.rounding
        return _with_rounding(result, context, ROUND_HALF_EVEN)

    # ---- arithmetic

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = getcontext() if context is None else context
        special = _special_add(self, other, context, False)
        if special is not None:
            return special
        exp = min(self._exp, other._exp)
        a = int(self._int) * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = int(other._int) * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (context.rounding == ROUND_FLOOR and self._sign !=
                                                             other._sign) else 0
            return _dec(sign, '0', exp)._fix(context)
        return _dec(1 if total < 0 else 0, str(abs(total)), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = getcontext() if context is None else context
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = _check_nans(self, other, context)
            if nan is not None:
                return nan
            if self.is_infinite() or other.is_infinite():
                if not self or not other:
                    context._raise_error(InvalidOperation, '(+-)INF * 0')
                    return _nan(object.__new__(Decimal), 0, 'n', '')
                return _dec(sign, '0', 'F', True)
        return _dec(sign, str(int(self._int) * int(other._int)), self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = getcontext() if context is None else context
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            nan = _check_nans(self, other, context)
            if nan is not None:
                return nan
            if self.is_infinite() and other.is_infinite():
                context._raise_error(InvalidOperation, '(+-)INF/(+-)INF')
                return _nan(object.__new__(Decimal), 0, 'n', '')
            if self.is_infinite():
                return _dec(sign, '0', 'F', True)
            return _dec(sign, '0', context.Etiny())
        if not other:
            if not self:
                context._raise_error(DivisionUndefined, '0 / 0')
                return _nan(object.__new__(Decimal), 0, 'n', '')
            context._raise_error(DivisionByZero, 'x / 0')
            return _dec(sign, '0', 'F', True)
        ideal = self._exp - other._exp
        if not self:
            return _dec(sign, '0', ideal)._fix(context)
        a, b = int(self._int), int(other._int)
        prec = context.prec
        # scale the dividend so the quotient has at least prec + 1 digits
        shift = len(other._int) + prec + 1 - len(self._int)
        if shift >= 0:
            q, r = divmod(a * 10 ** shift, b)
        else:
            q, r = divmod(a, b * 10 ** -shift)
        exp = ideal - shift
        if r:
            q = q * 10 + 1  # a sticky digit: the quotient is not exact
            exp -= 1
        else:  # exact: take off trailing zeros down to the ideal exponent
            while q % 10 == 0 and exp < ideal:
                q //= 10
                exp += 1
        return _dec(sign, str(q), exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide_integer(self, other, context):
        if not other:
            if not self:
                context._raise_error(DivisionUndefined, '0 // 0')
            else:
                context._raise_error(DivisionByZero, 'x // 0')
            return None
        sign = self._sign ^ other._sign
        exp = min(self._exp, other._exp)
        a = int(self._int) * 10 ** (self._exp - exp)
        b = int(other._int) * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            context._raise_error(DivisionImpossible, 'quotient too large in //, % or divmod')
            return None
        return _dec(sign, str(q), 0), _dec(self._sign, str(r), exp)._fix(context)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = getcontext() if context is None else context
        if self._is_special or other._is_special:
            return _special_divmod(self, other, context)[0]
        pair = self._divide_integer(other, context)
        if pair is None:
            return _nan(object.__new__(Decimal), 0, 'n', '') if not self else _dec(self._sign ^ other._sign, '0',
                                                                                     'F', True)
        return pair[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = getcontext() if context is None else context
        if self._is_special or other._is_special:
            return _special_divmod(self, other, context)[1]
        if not other:
            context._raise_error(InvalidOperation if self else DivisionUndefined, 'x % 0')
            return _nan(object.__new__(Decimal), 0, 'n', '')
        pair = self._divide_integer(other, context)
        return pair[1] if pair is not None else _nan(object.__new__(Decimal), 0, 'n', '')

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = getcontext() if context is None else context
        if self._is_special or other._is_special:
            return _special_divmod(self, other, context)
        if not other and self:  # the quotient divides by zero, the remainder is invalid: both are signalled
            conditions = [InvalidOperation, DivisionByZero]
            for signal in conditions:
                context.flags[signal] = True
            for signal in conditions:
                if context.traps.get(signal):
                    raise signal(conditions)
            return _dec(self._sign ^ other._sign, '0', 'F', True), _nan(object.__new__(Decimal), 0, 'n', '')
        pair = self._divide_integer(other, context)
        if pair is None:
            nan = _nan(object.__new__(Decimal), 0, 'n', '')
            return nan, nan
        return pair

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        context = getcontext() if context is None else context
        if modulo is not None:
            modulo = _convert(modulo)
            if not (self._exp == 0 == other._exp == modulo._exp) or other._sign:
                context._raise_error(InvalidOperation, 'pow() 3rd argument not allowed unless all arguments are '
                                                       'integers')
                return _nan(object.__new__(Decimal), 0, 'n', '')
            return Decimal(pow(int(self), int(other), int(modulo)))._fix(context)
        if self._is_special or other._is_special:
            nan = _check_nans(self, other, context)
            if nan is not None:
                return nan
            if other.is_infinite():
                if other._sign:
                    return Decimal(0) if abs(self) > 1 else _dec(0, '0', 'F', True)
                return _dec(0, '0', 'F', True) if abs(self) > 1 else Decimal(0)
            if other._sign:
                return _dec(self._sign if int(other) % 2 else 0, '0', 0)
            return _dec(self._sign if other == other.to_integral_value() and int(other) % 2 else 0, '0', 'F',
                        True)
        if other._exp >= 0 or other == other.to_integral_value():
            n = int(other)
            if not self:
                if n < 0:
                    context._raise_error(DivisionByZero, '0 ** -n')
                    return _dec(self._sign if n % 2 else 0, '0', 'F', True)
                return _dec(self._sign if n % 2 else 0, '0', 0 if n == 0 else self._exp * n) if n else Decimal(1)
            if n >= 0:
                if n == 0:
                    return Decimal(1)
                result = _dec(self._sign if n % 2 else 0, str(int(self._int) ** n), self._exp * n)
                return result._fix(context)
            with localcontext(context) as ctx:
                ctx.prec = context.prec + 3
                positive = _dec(self._sign if n % 2 else 0, str(int(self._int) ** -n), self._exp * -n)
            return Decimal(1).__truediv__(positive, context=context)
        # a non-integral power: through float, then to the context (CPython computes it exactly)
        if self._sign:
            context._raise_error(InvalidOperation, 'x ** y with x negative and y not an integer')
            return _nan(object.__new__(Decimal), 0, 'n', '')
        return Decimal(repr(float(self) ** float(other)))._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def __neg__(self, context=None):
        context = getcontext() if context is None else context
        if self._is_special:
            return self.copy_negate() if not self.is_nan() else Decimal(self)
        if not self:
            return _dec(0 if context.rounding != ROUND_FLOOR else 1, '0', self._exp)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        context = getcontext() if context is None else context
        if self._is_special:
            return Decimal(self)
        if not self:
            return _dec(0 if context.rounding != ROUND_FLOOR else self._sign, '0', self._exp)
        return Decimal(self)._fix(context)

    def __abs__(self, round=True, context=None):
        if self._is_special:
            return self.copy_abs()
        context = getcontext() if context is None else context
        return self.copy_abs()._fix(context) if round else self.copy_abs()

    def max(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other)
        return self if self._cmp(other) <= 0 else other

    def fma(self, other, third, context=None):
        product = _dec(self._sign ^ _convert(other)._sign, str(int(self._int) * int(_convert(other)._int)),
                       self._exp + _convert(other)._exp)
        return product.__add__(third, context=context)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _dec(sign, digits, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = digits
    d._exp = exp
    d._is_special = special
    return d


def _nan(d, sign, kind, payload):
    d._sign = sign
    d._int = payload
    d._exp = kind
    d._is_special = True
    return d


def _changed(a, b):
    """Whether b is not the same value as a."""
    return a._cmp(b) != 0


def _round_up(rounding, sign, kept, rest):
    """Whether dropping the digits rest (a str) from kept rounds it up in magnitude."""
    if not rest.strip('0'):
        return False
    half = '5' + '0' * (len(rest) - 1)
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return kept % 10 in (0, 5)
    if rest > half:
        return True
    if rest < half:
        return False
    if rounding == ROUND_HALF_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return False
    return kept % 2 == 1  # ROUND_HALF_EVEN


def _with_rounding(result, context, rounding):
    saved = context.rounding
    try:
        object.__setattr__(context, 'rounding', rounding)
        return result._fix(context)
    finally:
        object.__setattr__(context, 'rounding', saved)


def _check_nans(a, b, context):
    if a.is_snan() or b.is_snan():
        context._raise_error(InvalidOperation, 'sNaN')
        src = a if a.is_snan() else b
        return _dec(src._sign, src._int, 'n', True)
    if a.is_nan():
        return Decimal(a)
    if b.is_nan():
        return Decimal(b)
    return None


def _special_add(a, b, context, _):
    if not (a._is_special or b._is_special):
        return None
    nan = _check_nans(a, b, context)
    if nan is not None:
        return nan
    if a.is_infinite():
        if b.is_infinite() and a._sign != b._sign:
            context._raise_error(InvalidOperation, '-INF + INF')
            return _nan(object.__new__(Decimal), 0, 'n', '')
        return Decimal(a)
    return Decimal(b)


def _special_divmod(a, b, context):
    nan = _check_nans(a, b, context)
    if nan is not None:
        return nan, nan
    if a.is_infinite():
        if b.is_infinite():
            context._raise_error(InvalidOperation, 'divmod(INF, INF)')
            n = _nan(object.__new__(Decimal), 0, 'n', '')
            return n, n
        context._raise_error(InvalidOperation, 'INF % x')
        return _dec(a._sign ^ b._sign, '0', 'F', True), _nan(object.__new__(Decimal), 0, 'n', '')
    return _dec(a._sign ^ b._sign, '0', 0), Decimal(a)


_DIGITS = set('0123456789')


def _parse(d, text):
    s = text.strip().replace('_', '') if '__' not in text else None
    if s is None or not s or text.strip().startswith('_') or text.strip().endswith('_'):
        return False
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        _nan(d, sign, 'F', '0')
        return True
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not set(payload) <= _DIGITS:
                return False
            _nan(d, sign, kind, payload.lstrip('0'))
            return True
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        e = s[epos + 1:]
        s = s[:epos]
        if not e or not (set(e.lstrip('+-')) <= _DIGITS) or not e.lstrip('+-') or e.count('+') + e.count('-') > 1 \
                or (e[0] not in '+-' and not e[0].isdigit()):
            return False
        exp = int(e)
    if s.count('.') > 1:
        return False
    intpart, _, frac = s.partition('.')
    if not (intpart or frac) or not set(intpart + frac) <= _DIGITS:
        return False
    digits = (intpart + frac).lstrip('0') or '0'
    d._sign = sign
    d._int = digits
    d._exp = exp - len(frac)
    d._is_special = False
    return True


def _format(d, spec):
    """format(d, spec): fill, align, sign, z, #, 0, width, grouping, precision and e, E, f, F, g, G, n, % or none."""
    import re
    m = re.fullmatch(r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<z>z)?(?P<alt>#)?(?P<zero>0)?'
                     r'(?P<width>\d+)?(?P<grouping>[,_])?(?:\.(?P<prec>\d+))?(?P<type>[eEfFgGn%])?', spec, re.S)
    if m is None:
        raise ValueError('Invalid format specifier')
    fill = m.group('fill') or (' ' if not m.group('zero') else '0')
    align = m.group('align') or ('=' if m.group('zero') and not m.group('fill') else '>')
    sign_opt = m.group('sign') or '-'
    width = int(m.group('width') or 0)
    grouping = m.group('grouping')
    prec = m.group('prec')
    prec = None if prec is None else int(prec)
    typ = m.group('type')
    ctx = getcontext()
    if d._is_special:
        body = str(d).lstrip('-')
        if typ in ('E', 'F', 'G'):
            body = body.upper() if d.is_infinite() else body
        if typ == '%':
            body += '%'
    else:
        v = d
        if typ == '%':
            v = _dec(d._sign, d._int, d._exp + 2)
        if typ is None:
            if prec is not None:
                v = v.__pos__(context=Context(prec=prec, rounding=ctx.rounding))
            body = str(v.copy_abs()) if v._sign else str(v)
            body = body.replace('E', 'e') if ctx.capitals == 0 else body
        elif typ in 'fF%':
            if prec is not None:
                v = v._rescale(-prec, ctx.rounding)
            body = _plain(v.copy_abs())
            if typ == '%':
                body += '%'
        elif typ in 'eE':
            if prec is not None:
                v = v._rescale(v.adjusted() - prec if v else v._exp, ctx.rounding) if v else v
                if len(v._int) > prec + 1:
                    v = v._rescale(v._exp + 1, ctx.rounding)
            digits = v._int
            ex = v.adjusted()
            mant = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
            if prec is not None and len(digits) - 1 < prec:
                mant = digits[0] + '.' + digits[1:] + '0' * (prec - len(digits) + 1) if prec else digits[0]
            body = mant + typ + ('%+d' % ex if ex < 0 else '+%d' % ex)
        else:  # g, G, n
            if prec is not None:
                p = max(prec, 1)
                if len(v._int) > p:
                    v = v._rescale(v._exp + len(v._int) - p, ctx.rounding)
            body = str(v.copy_abs())
            if typ == 'G':
                body = body.upper()
        if grouping and typ != 'n' or typ == 'n' and False:
            intpart, dot, rest = body.partition('.')
            if intpart.isdigit():
                groups = []
                while len(intpart) > 3:
                    groups.insert(0, intpart[-3:])
                    intpart = intpart[:-3]
                groups.insert(0, intpart)
                body = grouping.join(groups) + dot + rest
    negative = d._sign and not (m.group('z') and d.is_zero()) and not (m.group('z') and not d._is_special and
                                                                        body.strip('0.%eE+-') == '')
    sign = '-' if negative else ('+' if sign_opt == '+' else ' ' if sign_opt == ' ' else '')
    total = len(sign) + len(body)
    if width <= total:
        return sign + body
    pad = width - total
    if align == '<':
        return sign + body + fill * pad
    if align == '^':
        return fill * (pad // 2) + sign + body + fill * (pad - pad // 2)
    if align == '=':
        return sign + fill * pad + body
    return fill * pad + sign + body


def _plain(v):
    """v without an exponent (all its digits)."""
    if v._exp >= 0:
        return v._int + '0' * v._exp if v._int != '0' else '0'
    digits = v._int.rjust(-v._exp + 1, '0')
    return digits[:v._exp] + '.' + digits[v._exp:]


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[DivisionByZero, Overflow, InvalidOperation])
_default_made = True
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[],
                          traps=[])
