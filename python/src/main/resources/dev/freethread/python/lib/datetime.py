# SPDX-License-Identifier: Apache-2.0
# datetime for ftpython: timedelta, date, time, datetime, tzinfo and timezone with CPython 3.13's arithmetic,
# comparisons (PEP 495 fold rules), hashing, reprs, messages, pickling (CPython's byte states, so pickles cross
# between the two), isoformat/fromisoformat (all 3.11+ forms), strftime (glibc's directives and flags) and strptime,
# and local time (the JVM's zone, through time). Written for ftpython over time's calendar helpers; the fast paths
# (exact int fields, unchecked internal constructors) keep construction and arithmetic cheap.

import time as _time
import math as _math
from time import _ymd2ord, _ord2ymd, _days_in_month, _is_leap, _strptime_fields, _iso_week, _iso_week1_monday

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_EPOCH_ORD = 719163
_US_PER_DAY = 86400000000

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

_DAYNAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_FULL_DAYNAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHNAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_FULL_MONTHNAMES = (None, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                    'October', 'November', 'December')


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _tname(obj):
    """The type's name as CPython's messages write it: 'datetime.date' for the module's own classes."""
    t = type(obj)
    return 'datetime.' + t.__name__ if t in _OWN_TYPES else t.__name__


def _index(value):
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    if not isinstance(value, float):
        index = getattr(type(value), '__index__', None)
        if index is not None:
            return index(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


_NO = object()  # an argument not given


def _missing(name, pos):
    raise TypeError("function missing required argument '%s' (pos %d)" % (name, pos))


def _check_date_fields(year, month, day):
    if type(year) is not int or type(month) is not int or type(day) is not int:
        year = _index(year)
        if month is _NO:
            _missing('month', 2)
        month = _index(month)
        if day is _NO:
            _missing('day', 3)
        day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if day < 1 or day > (29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]):
        raise ValueError('day is out of range for month')
    return year, month, day


_DAYS_IN_MONTH = (-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _check_time_fields(hour, minute, second, microsecond, fold):
    if type(hour) is not int or type(minute) is not int or type(second) is not int or type(microsecond) is not int:
        hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold != 0 and fold != 1:
        if type(fold) is not int:
            fold = _index(fold)
        if fold != 0 and fold != 1:
            raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


def _check_offset(name, offset):
    """A tzinfo's utcoffset() or dst() result, checked as CPython checks it."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -_ONE_DAY_US < offset._to_us() < _ONE_DAY_US:
        raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24).')
    return offset


_ONE_DAY_US = _US_PER_DAY


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    us = off._to_us()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    ss, us = divmod(us, 1000000)
    mm, ss = divmod(ss, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        s += '%s%02d' % (sep, ss)
        if us:
            s += '.%06d' % us
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


# --- strftime: glibc's conversions in the C locale, with CPython's %f, %z, %:z and %Z -------------------------------

_E_OK = 'cCxXyY'
_O_OK = 'bBdeHhImMSuUVwWy'
_TEXT = 'aAbBhpPZ'


def _strftime(fmt, y, mo, d, hh, mi, ss, us, wday, yday, obj, mktime):
    """fmt formatted as CPython's datetime strftime on Linux formats it: obj answers utcoffset() and tzname() for
    %z, %:z and %Z (None for a date); mktime() gives %s."""
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    nul = fmt.find('\x00')
    if nul >= 0:
        fmt = fmt[:nul]
    out = []
    push = out.append
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            push(fmt[i:])
            break
        if j > i:
            push(fmt[i:j])
        i = j + 1
        if i >= n:
            push('%')
            break
        c = fmt[i]
        # CPython's own replacements, only for a bare %f, %z, %:z and %Z
        if c == 'f':
            push('%06d' % us)
            i += 1
            continue
        if c == 'z' or c == 'Z' or (c == ':' and fmt[i + 1:i + 2] == 'z'):
            if c == ':':
                i += 1
            i += 1
            if obj is None:
                continue
            if c == 'Z':
                push(obj.tzname() or '')
            else:
                push(_format_offset(obj.utcoffset(), ':' if c == ':' else ''))
            continue
        # glibc: flags, width, E/O modifier, conversion
        k = i
        pad = None
        upcase = swapcase = False
        while k < n and fmt[k] in '_-0^#+':
            f = fmt[k]
            if f == '^':
                upcase = True
            elif f == '#':
                swapcase = True
            else:
                pad = f
            k += 1
        width = -1
        if k < n and fmt[k].isdigit() and fmt[k] in '0123456789':
            w = k
            while k < n and fmt[k] in '0123456789':
                k += 1
            width = int(fmt[w:k])
        mod = None
        if k < n and fmt[k] in 'EO':
            mod = fmt[k]
            k += 1
        if k >= n:
            push('%' + fmt[i:k])
            i = k
            continue
        c = fmt[k]
        k += 1
        if mod == 'E' and c not in _E_OK or mod == 'O' and c not in _O_OK:
            push('%' + fmt[i:k])
            i = k
            continue
        i = k
        num = None  # (value, digits, default pad)
        text = None
        if c == 'Y':
            num = (y, 1, '0')
            if pad in ('0', '+'):
                num = (y, 4, '0')
        elif c == 'C':
            num = (y // 100, 1, '0')
            if pad in ('0', '+'):
                num = (y // 100, 2, '0')
        elif c == 'y':
            num = (y % 100, 2, '0')
        elif c == 'm':
            num = (mo, 2, '0')
        elif c == 'd':
            num = (d, 2, '0')
        elif c == 'e':
            num = (d, 2, ' ')
        elif c == 'H':
            num = (hh, 2, '0')
        elif c == 'k':
            num = (hh, 2, ' ')
        elif c == 'I':
            num = (hh % 12 or 12, 2, '0')
        elif c == 'l':
            num = (hh % 12 or 12, 2, ' ')
        elif c == 'M':
            num = (mi, 2, '0')
        elif c == 'S':
            num = (ss, 2, '0')
        elif c == 'j':
            num = (yday, 3, '0')
        elif c == 'w':
            num = ((wday + 1) % 7, 1, '0')
        elif c == 'u':
            num = (wday + 1, 1, '0')
        elif c == 'U':
            num = ((yday + 6 - (wday + 1) % 7) // 7, 2, '0')
        elif c == 'W':
            num = ((yday + 6 - wday) // 7, 2, '0')
        elif c == 'G' or c == 'g' or c == 'V':
            iso_y, iso_w = _iso_week(y, mo, d)
            if c == 'G':
                num = (iso_y, 1, '0')
                if pad in ('0', '+'):
                    num = (iso_y, 4, '0')
            elif c == 'g':
                num = (iso_y % 100, 2, '0')
            else:
                num = (iso_w, 2, '0')
        elif c == 's':
            num = (mktime(), 1, '0')
        elif c == 'a':
            text = _DAYNAMES[wday]
        elif c == 'A':
            text = _FULL_DAYNAMES[wday]
        elif c == 'b' or c == 'h':
            text = _MONTHNAMES[mo]
        elif c == 'B':
            text = _FULL_MONTHNAMES[mo]
        elif c == 'p' or c == 'P':
            text = 'AM' if hh < 12 else 'PM'
            if c == 'P':
                text = text.lower()
            elif swapcase:
                text = text.lower()
                swapcase = False
        elif c == 'c':
            text = '%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday], _MONTHNAMES[mo], d, hh, mi, ss, y)
        elif c == 'x' or c == 'D':
            text = '%02d/%02d/%02d' % (mo, d, y % 100)
        elif c == 'X' or c == 'T':
            text = '%02d:%02d:%02d' % (hh, mi, ss)
        elif c == 'F':
            text = '%s-%02d-%02d' % (('%+.4d' % y) if pad == '+' else ('%d' % y), mo, d)
            width = -1
        elif c == 'R':
            text = '%02d:%02d' % (hh, mi)
        elif c == 'r':
            text = '%02d:%02d:%02d %s' % (hh % 12 or 12, mi, ss, 'AM' if hh < 12 else 'PM')
        elif c == 'z':
            off = -_time.timezone
            text = '%s%02d%02d' % ('-' if off < 0 else '+', abs(off) // 3600, abs(off) // 60 % 60)
        elif c == 'Z':  # glibc's, from the time tuple: the local zone's name unless tm_isdst is -1
            dst = obj.dst() if isinstance(obj, datetime) else None
            text = '' if dst is None else _time.tzname[1 if dst else 0]
        elif c == 'n':
            text = '\n'
        elif c == 't':
            text = '\t'
        elif c == '%':
            text = '%'
        else:
            push('%' + fmt[j + 1:i])
            continue
        if num is not None:
            value, digits, fill = num
            s = str(abs(value))
            if pad == '-':
                pass
            else:
                if pad == '_':
                    fill = ' '
                elif pad in ('0', '+'):
                    fill = '0'
                want = max(digits, width)
                if len(s) < want:
                    if fill == ' ':
                        s = ' ' * (want - len(s)) + s
                    else:
                        s = '0' * (want - len(s)) + s
            if value < 0:
                s = '-' + s
            push(s)
        else:
            if upcase:
                text = text.upper()
            elif swapcase:
                text = text.upper() if c in 'aAbBh' else text.lower() if c == 'Z' else text
            if width > len(text) and pad != '-':
                text = ('0' if pad == '0' else ' ') * (width - len(text)) + text
            push(text)
    s = ''.join(out)
    if s.isascii():
        return s
    for k, ch in enumerate(s):
        if '\ud800' <= ch <= '\udfff':
            raise UnicodeEncodeError('utf-8', s, k, k + 1, 'surrogates not allowed')
    return s


# --- timedelta ------------------------------------------------------------------------------------------------------

def _accum(tag, total, num, factor, leftover):
    """One constructor argument added into the total microseconds as CPython's delta_new adds it: ints exactly,
    floats' whole part exactly and their fraction into a float leftover."""
    if isinstance(num, int):
        return total + num * factor, leftover
    if isinstance(num, float):
        frac, whole = _math.modf(num)
        total += int(whole) * factor
        if frac == 0.0:
            return total, leftover
        frac, whole = _math.modf(float(factor) * frac)
        return total + int(whole), leftover + frac
    raise TypeError('unsupported type for timedelta %s component: %s' % (tag, _tname(num)))


def _round_half_even(x, odd):
    """C's round(x) (half away from zero), with ties broken to even as delta_new breaks them."""
    a = abs(x)
    w = _math.floor(a)
    if a - w >= 0.5:
        w += 1
    w = _math.copysign(w, x)
    if abs(w - x) == 0.5:
        w = 2.0 * _c_round((x + odd) * 0.5) - odd
    return int(w)


def _c_round(x):
    a = abs(x)
    w = _math.floor(a)
    if a - w >= 0.5:
        w += 1
    return _math.copysign(w, x)


def _divide_nearest(a, b):
    """a / b rounded half to even, as CPython's divide_nearest."""
    q, r = divmod(a, b)
    r2 = r * 2
    if r2 > b if b > 0 else r2 < b:
        q += 1
    elif r2 == b and q & 1:
        q += 1
    return q


def _td(us):
    """A timedelta of us microseconds, unchecked but for the range."""
    d, rem = divmod(us, _US_PER_DAY)
    if d > 999999999 or d < -999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
    s, u = divmod(rem, 1000000)
    self = object.__new__(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = u
    self._hashcode = -1
    return self


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')
    __module__ = 'datetime'

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        if type(days) is int and type(seconds) is int and type(microseconds) is int and type(milliseconds) is int \
                and type(minutes) is int and type(hours) is int and type(weeks) is int:
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
        else:
            us = 0
            left = 0.0
            if microseconds:
                us, left = _accum('microseconds', us, microseconds, 1, left)
            if milliseconds:
                us, left = _accum('milliseconds', us, milliseconds, 1000, left)
            if seconds:
                us, left = _accum('seconds', us, seconds, 1000000, left)
            if minutes:
                us, left = _accum('minutes', us, minutes, 60000000, left)
            if hours:
                us, left = _accum('hours', us, hours, 3600000000, left)
            if days:
                us, left = _accum('days', us, days, _US_PER_DAY, left)
            if weeks:
                us, left = _accum('weeks', us, weeks, 7 * _US_PER_DAY, left)
            for tag, v in (('days', days), ('seconds', seconds), ('microseconds', microseconds),
                           ('milliseconds', milliseconds), ('minutes', minutes), ('hours', hours),
                           ('weeks', weeks)):
                if not isinstance(v, (int, float)):  # zero-valued objects of other types
                    raise TypeError('unsupported type for timedelta %s component: %s' % (tag, _tname(v)))
            if left:
                us += _round_half_even(left, us & 1)
        d, rem = divmod(us, _US_PER_DAY)
        if d > 999999999 or d < -999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        s, u = divmod(rem, 1000000)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = u
        self._hashcode = -1
        return self

    days = property(lambda self: self._days, doc='Number of days.')
    seconds = property(lambda self: self._seconds, doc='Number of seconds (>= 0 and less than 1 day).')
    microseconds = property(lambda self: self._microseconds, doc='Number of microseconds (>= 0 and less than 1 second).')

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tname(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument must be str, not %s' % type(fmt).__name__)
        if fmt:
            raise TypeError('unsupported format string passed to %s.__format__' % _tname(self))
        return str(self)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td(other._to_us() - self._to_us())
        return NotImplemented

    def __neg__(self):
        return _td(-self._to_us())

    def __pos__(self):
        return self if type(self) is timedelta else _td(self._to_us())

    def __abs__(self):
        return _td(-self._to_us()) if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td(_divide_nearest(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return _td(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(_divide_nearest(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td(_divide_nearest(self._to_us() * b, a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, _td(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (_tname(self), name))

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


timedelta.min = _td(-999999999 * _US_PER_DAY)
timedelta.max = _td(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td(1)


# --- tzinfo and timezone --------------------------------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()
    __module__ = 'datetime'

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = _check_offset('utcoffset', self.utcoffset(dt))
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _check_offset('dst', self.dst(dt))
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        dt += off - dst
        dst = _check_offset('dst', dt.dst())
        if dst is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, '__getstate__', None)
        state = getstate() if getstate else getattr(self, '__dict__', None) or None
        return (type(self), args, state)


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ('_offset', '_name')
    __module__ = 'datetime'

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if name is None and cls is timezone and not offset and _UTC is not None:
            return _UTC
        if not -_ONE_DAY_US < offset._to_us() < _ONE_DAY_US:
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def _check_dt(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s'
                            % (what, type(dt).__name__))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._check_dt(dt, 'dst')
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as
        'UTC(+|-)HH:MM'."""
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt._tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        name = _tname(self)
        if self._name is None:
            return '%s(%r)' % (name, self._offset)
        return '%s(%r, %r)' % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (_tname(self), name))

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)


_UTC = None
_UTC = timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# --- date -----------------------------------------------------------------------------------------------------------

def _readonly(name):
    def fset(self, value):
        raise AttributeError("attribute '%s' of '%s' objects is not writable" % (name, _tname(self)))
    return fset


def _no_attr(self, name):
    raise AttributeError("'%s' object has no attribute '%s'" % (_tname(self), name))


def _new_date(cls, y, m, d):
    """An unchecked date of exact class cls."""
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hashcode = -1
    return self


def _date_state(state):
    """(year, month, day) of a pickled date's bytes (or latin-1 str) state, or None when it is not one."""
    if isinstance(state, str):
        try:
            state = state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError('Failed to encode latin1 string when unpickling a date object. pickle.load(data, '
                             'encoding=\'latin1\') is assumed.')
    if len(state) == 4 and 1 <= state[2] <= 12:
        return state[0] * 256 + state[1], state[2], state[3]
    return None


def _ord_date(cls, o):
    if not 1 <= o <= _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord2ymd(o)
    return _new_date(cls, y, m, d) if cls is date else cls(y, m, d)


def _isoweek_to_gregorian(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _digits(s, a, b):
    """int(s[a:b]), which must be all ASCII digits."""
    part = s[a:b]
    if len(part) != b - a or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    """[year, month, day] of YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYYWww, YYYY-Www-D or YYYYWwwD."""
    n = len(s)
    year = _digits(s, 0, 4)
    has_sep = s[4:5] == '-'
    pos = 4 + has_sep
    if s[pos:pos + 1] == 'W':
        pos += 1
        week = _digits(s, pos, pos + 2)
        pos += 2
        day = 1
        if n > pos:
            if (s[pos:pos + 1] == '-') != has_sep:
                raise ValueError
            pos += has_sep
            day = _digits(s, pos, pos + 1)
            pos += 1
        if pos != n:
            raise ValueError
        return list(_isoweek_to_gregorian(year, week, day))
    month = _digits(s, pos, pos + 2)
    pos += 2
    if (s[pos:pos + 1] == '-') != has_sep:
        raise ValueError
    pos += has_sep
    day = _digits(s, pos, pos + 2)
    if pos + 2 != n:
        raise ValueError
    return [year, month, day]


class date:
    """date(year, month, day) --> date object"""
    __slots__ = ('_year', '_month', '_day', '_hashcode')
    __module__ = 'datetime'

    def __new__(cls, year=_NO, month=_NO, day=_NO):
        if month is _NO and isinstance(year, (bytes, str)):
            ymd = _date_state(year)
            if ymd is not None:
                return _new_date(cls, *ymd)
        if year is _NO:
            _missing('year', 1)
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year, _readonly('year'))
    month = property(lambda self: self._month, _readonly('month'))
    day = property(lambda self: self._day, _readonly('day'))
    __getattr__ = _no_attr

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t, /):
        """Create a date from a POSIX timestamp."""
        y, m, d = _local_fields(_check_timestamp(t), 'round_down')[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(s) in (7, 8, 10):
            try:
                ymd = _parse_iso_date(s)
            except ValueError:
                ymd = None
            if ymd is not None:
                return cls(*ymd)
        raise ValueError('Invalid isoformat string: %r' % s)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        year, week, day = _index(year), _index(week), _index(day)
        return cls(*_isoweek_to_gregorian(year, week, day))

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return _ymd2ord(self._year, self._month, self._day) % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        y, w = _iso_week(self._year, self._month, self._day)
        return _IsoCalendarDate(y, w, self.isoweekday())

    def _yday(self):
        return _ymd2ord(self._year, self._month, self._day) - _ymd2ord(self._year, 1, 1) + 1

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), self._yday(), -1))

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(), self._yday(),
                         None, lambda: _mktime(self._year, self._month, self._day, 0, 0, 0))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    __replace__ = replace

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tname(self), self._year, self._month, self._day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._year == other._year and self._month == other._month and self._day == other._day
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _ord_date(type(self), self.toordinal() + other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _ord_date(type(self), self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td((self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    def _getstate(self):
        return bytes((self._year >> 8, self._year & 255, self._month, self._day)),

    def __reduce__(self):
        return (type(self), self._getstate())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    __module__ = 'datetime'

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_tname(self), self[0], self[1], self[2])


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# --- local time and timestamps --------------------------------------------------------------------------------------

def _check_timestamp(t):
    if not isinstance(t, (int, float)):
        index = getattr(type(t), '__index__', None)
        if index is None and hasattr(type(t), '__float__'):
            t = float(t)
        else:
            t = _index(t)
    if isinstance(t, float) and t != t:
        raise ValueError('Invalid value NaN (not a number)')
    return t


def _split_timestamp(t, rounding):
    """(whole seconds, microseconds) of a timestamp, rounded half to even (or down) as CPython rounds it."""
    if isinstance(t, int):
        secs, us = t, 0
    else:
        if t in (_math.inf, -_math.inf):
            raise OverflowError('timestamp out of range for platform time_t')
        frac, whole = _math.modf(t)
        frac *= 1e6
        us = _math.floor(frac) if rounding == 'round_down' else round(frac)
        secs = int(whole)
        if us >= 1000000:
            us -= 1000000
            secs += 1
        elif us < 0:
            us += 1000000
            secs -= 1
        us = int(us)
    if not -(1 << 63) <= secs < (1 << 63):
        raise OverflowError('timestamp out of range for platform time_t')
    return secs, us


def _utc_fields(secs, us):
    days, rem = divmod(secs, 86400)
    o = days + _EPOCH_ORD
    if not 1 <= o <= _MAXORDINAL:
        raise ValueError('year %d is out of range' % _ord2ymd(o)[0])
    y, m, d = _ord2ymd(o)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss, us


def _local_fields(t, rounding='half_even'):
    secs, us = _split_timestamp(t, rounding)
    return _utc_fields(secs + _time._time.utc_offset(secs), us)


def _local_ts(y, m, d, hh, mm, ss, fold=0):
    """The POSIX timestamp of a local wall time (the earlier of two when fold is 0, as CPython's local())."""
    local = (_ymd2ord(y, m, d) - _EPOCH_ORD) * 86400 + hh * 3600 + mm * 60 + ss
    if local < _MIN_LOCAL + 86400:  # CPython probes a day earlier, which leaves the calendar
        raise ValueError('year 0 is out of range')
    u1 = local - _time._time.utc_offset(local - 86400)
    u2 = local - _time._time.utc_offset(local + 86400)
    a = u1 if u1 + _time._time.utc_offset(u1) == local else None
    b = u2 if u2 + _time._time.utc_offset(u2) == local else None
    if a is not None and b is not None and a != b:
        return max(a, b) if fold else min(a, b)
    if a is not None:
        return a
    if b is not None:
        return b
    # a gap: fold 0 maps forward by the earlier offset, fold 1 backward
    return max(u1, u2) if fold else min(u1, u2)


_MIN_LOCAL = (1 - _EPOCH_ORD) * 86400


def _mktime(y, m, d, hh, mm, ss):
    return _local_ts(y, m, d, hh, mm, ss)


# --- time -----------------------------------------------------------------------------------------------------------

def _new_time(cls, hh, mm, ss, us, tz, fold):
    self = object.__new__(cls)
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _parse_hh_mm_ss_ff(s, tz_follows=False):
    """[hour, minute, second, microsecond] of HH[:?MM[:?SS]][{.,}f*] (CPython's C parser takes a fraction after
    any component, and an empty one only before an offset)"""
    n = len(s)
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = False
    for comp in range(3):
        if n - pos < 2:
            raise ValueError
        comps[comp] = _digits(s, pos, pos + 2)
        pos += 2
        nxt = s[pos:pos + 1]
        if comp == 0:
            has_sep = nxt == ':'
        if not nxt or comp >= 2 or nxt == '.' or nxt == ',':
            break
        if has_sep and nxt != ':':
            raise ValueError
        pos += has_sep
    if pos < n:
        if s[pos] not in '.,':
            raise ValueError
        pos += 1
        rest = n - pos
        if rest < 1 and not tz_follows:
            raise ValueError
        take = min(rest, 6)
        if take:
            comps[3] = _digits(s, pos, pos + take) * 10 ** (6 - take)
        tail = s[pos + take:]
        if tail and not (tail.isdigit() and tail.isascii()):
            raise ValueError
    return comps


def _parse_iso_time(s):
    """[hour, minute, second, microsecond, tzinfo] of an ISO time with an optional Z or +-HH[:MM[:SS[.f]]]."""
    n = len(s)
    if n < 2:
        raise ValueError
    tz_pos = s.find('-') + 1 or s.find('+') + 1 or s.find('Z') + 1
    comps = _parse_hh_mm_ss_ff(s[:tz_pos - 1] if tz_pos > 0 else s, tz_pos > 0)
    tz = None
    if tz_pos == n and s[-1] == 'Z':
        tz = _UTC
    elif tz_pos > 0:
        zs = s[tz_pos:]
        if len(zs) in (0, 1, 3):
            raise ValueError
        hh, mm, ss, us = _parse_hh_mm_ss_ff(zs)
        if not (hh or mm or ss or us):
            tz = _UTC
        else:
            off = ((hh * 60 + mm) * 60 + ss) * 1000000 + us
            if s[tz_pos - 1] == '-':
                off = -off
            tz = _td(off)  # timezone() is made (and may refuse it) outside the parser's ValueError net
    comps.append(tz)
    return comps


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')
    __module__ = 'datetime'

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and type(second) is int and second == 0:
            st = _time_state(hour)
            if st is not None:
                tz = None if type(minute) is int else minute
                _check_tzinfo(tz)
                return _new_time(cls, st[0], st[1], st[2], st[3], tz, st[4])
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour, _readonly('hour'))
    minute = property(lambda self: self._minute, _readonly('minute'))
    second = property(lambda self: self._second, _readonly('second'))
    microsecond = property(lambda self: self._microsecond, _readonly('microsecond'))
    tzinfo = property(lambda self: self._tzinfo, _readonly('tzinfo'))
    fold = property(lambda self: self._fold, _readonly('fold'))
    __getattr__ = _no_attr

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        return None if self._tzinfo is None else _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return None if self._tzinfo is None else _check_tzname(self._tzinfo.tzname(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return None if self._tzinfo is None else _check_offset('dst', self._tzinfo.dst(None))

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    @classmethod
    def fromisoformat(cls, s):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        t = s[1:] if s[:1] == 'T' else s
        try:
            comps = _parse_iso_time(t)
        except ValueError:
            comps = None
        if comps is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        if isinstance(comps[4], timedelta):
            comps[4] = timezone(comps[4])
        return cls(*comps)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, 0, 1,
                         self, lambda: _mktime(1900, 1, 1, self._hour, self._minute, self._second))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_tname(self), s)

    def _wall_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _cmp(self, other, op):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._wall_us(), other._wall_us())
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 == off2:
            return _cmp(self._wall_us(), other._wall_us())
        if off1 is not None and off2 is not None:
            return _cmp(self._wall_us() - off1._to_us(), other._wall_us() - off2._to_us())
        if op == 'eq':
            return 2
        raise TypeError("can't compare offset-naive and offset-aware times")

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, 'eq') == 0
        return NotImplemented

    def __lt__(self, other):
        return self._cmp(other, 'lt') < 0 if isinstance(other, time) else NotImplemented

    def __le__(self, other):
        return self._cmp(other, 'le') <= 0 if isinstance(other, time) else NotImplemented

    def __gt__(self, other):
        return self._cmp(other, 'gt') > 0 if isinstance(other, time) else NotImplemented

    def __ge__(self, other):
        return self._cmp(other, 'ge') >= 0 if isinstance(other, time) else NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self if not self._fold else self.replace(fold=0)
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(_td(self._wall_us() - off._to_us()))
        return self._hashcode

    def __bool__(self):
        return True

    def _getstate(self, protocol=3):
        us1, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us1, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        state = bytes((h, self._minute, self._second, us1, us2, us3))
        return (state,) if self._tzinfo is None else (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _time_state(state):
    """(hour, minute, second, microsecond, fold) of a pickled time's bytes state, or None when it is not one."""
    if isinstance(state, str):
        try:
            state = state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError('Failed to encode latin1 string when unpickling a time object. pickle.load(data, '
                             'encoding=\'latin1\') is assumed.')
    if len(state) == 6 and (state[0] & 0x7F) < 24:
        h = state[0]
        return h & 0x7F, state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5], h >> 7
    return None


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime -------------------------------------------------------------------------------------------------------

def _new_dt(cls, y, m, d, hh, mi, ss, us, tz, fold):
    """A datetime of class cls from checked fields: unchecked for datetime itself, through the constructor (as
    CPython calls it) for a subclass."""
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mi
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(y, m, d, hh, mi, ss, us, tz, fold=fold)
    return cls(y, m, d, hh, mi, ss, us, tz)


def _dt_from_us(cls, us, tz):
    """The datetime us microseconds after 0001-01-01 00:00 (ordinal 1), OverflowError outside min..max."""
    days, rem = divmod(us, _US_PER_DAY)
    if not 0 <= days < _MAXORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _ord2ymd(days + 1)
    secs, micro = divmod(rem, 1000000)
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return _new_dt(cls, y, m, d, hh, mm, ss, micro, tz, 0)


def _datetime_state(state):
    if isinstance(state, str):
        try:
            state = state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError('Failed to encode latin1 string when unpickling a datetime object. pickle.load(data, '
                             'encoding=\'latin1\') is assumed.')
    if len(state) == 10 and 1 <= (state[2] & 0x7F) <= 12:
        m = state[2]
        return (state[0] * 256 + state[1], m & 0x7F, state[3], state[4], state[5], state[6],
                (state[7] << 16) | (state[8] << 8) | state[9], m >> 7)
    return None


def _find_iso_separator(s):
    """Where the date part of an ISO datetime string ends, as CPython's _find_isoformat_datetime_separator."""
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if n < 8:
                raise ValueError
            if n > 8 and s[8] == '-':
                if n == 9:
                    raise ValueError
                if n > 10 and '0' <= s[10] <= '9':
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 'W':
        idx = 7
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')
    __module__ = 'datetime'

    def __new__(cls, year=_NO, month=_NO, day=_NO, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if type(year) is int and type(month) is int and type(day) is int and type(hour) is int \
                and type(minute) is int and type(second) is int and type(microsecond) is int \
                and 1 <= month <= 12 and 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59 \
                and 0 <= microsecond <= 999999 and (fold == 0 or fold == 1) and type(fold) is int \
                and MINYEAR <= year <= MAXYEAR and 1 <= day <= 28 and tzinfo is None:
            pass  # the common case: nothing more to check
        else:
            if day is _NO and isinstance(year, (bytes, str)) and type(month) is not int:
                st = _datetime_state(year)
                if st is not None:
                    tz = None if month is _NO else month
                    _check_tzinfo(tz)
                    return _new_dt(cls, st[0], st[1], st[2], st[3], st[4], st[5], st[6], tz, st[7]) \
                        if cls is datetime else _new_dt_state(cls, st, tz)
            if year is _NO:
                _missing('year', 1)
            year, month, day = _check_date_fields(year, month, day)
            hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
            if tzinfo is not None:
                _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour, _readonly('hour'))
    minute = property(lambda self: self._minute, _readonly('minute'))
    second = property(lambda self: self._second, _readonly('second'))
    microsecond = property(lambda self: self._microsecond, _readonly('microsecond'))
    tzinfo = property(lambda self: self._tzinfo, _readonly('tzinfo'))
    fold = property(lambda self: self._fold, _readonly('fold'))

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        t = _check_timestamp(timestamp)
        secs, us = _split_timestamp(t, 'half_even')
        if tz is not None:
            r = _new_dt(cls, *_utc_fields(secs, us), tz, 0)
            return tz.fromutc(r)
        y, m, d, hh, mi, ss, us = _utc_fields(secs + _time._time.utc_offset(secs), us)
        if secs + _time._time.utc_offset(secs) < _MIN_LOCAL + 86400:  # CPython's fold probe a day earlier
            raise ValueError('year 0 is out of range')
        fold = 1 if _local_ts(y, m, d, hh, mi, ss, 0) != secs else 0
        return _new_dt(cls, y, m, d, hh, mi, ss, us, None, fold)

    @classmethod
    def utcfromtimestamp(cls, t, /):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        import warnings
        warnings.warn('datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future '
                      'version. Use timezone-aware objects to represent datetimes in UTC: '
                      'datetime.datetime.fromtimestamp(timestamp, datetime.UTC).', DeprecationWarning, stacklevel=2)
        t = _check_timestamp(t)
        return _new_dt(cls, *_utc_fields(*_split_timestamp(t, 'half_even')), None, 0)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        import warnings
        warnings.warn('datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use '
                      'timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).',
                      DeprecationWarning, stacklevel=2)
        return _new_dt(cls, *_utc_fields(*_split_timestamp(_time.time(), 'half_even')), None, 0)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s' % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s' % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _new_dt(cls, date._year, date._month, date._day, time._hour, time._minute, time._second,
                       time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, s):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(s, str):
            raise TypeError('fromisoformat: argument must be str')
        comps = None
        if len(s) >= 7:
            try:
                at = _find_iso_separator(s)
                comps = _parse_iso_date(s[:at])
                t = s[at + 1:]
                comps += _parse_iso_time(t) if len(s) > at else [0, 0, 0, 0, None]
            except (ValueError, IndexError):
                comps = None
        if comps is None:
            raise ValueError('Invalid isoformat string: %r' % s)
        if isinstance(comps[7], timedelta):
            comps[7] = timezone(comps[7])
        return cls(*comps)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        y, m, d, hh, mi, ss, us, offset, zone = _strptime_fields(date_string, format)
        tz = None
        if offset is not None:
            delta = timedelta(seconds=offset)
            tz = timezone(delta, zone) if zone else timezone(delta)
        return cls(y, m, d, hh, mi, ss, us, tz)

    def date(self):
        """Return date object with same year, month and day."""
        return _new_date(_date_class, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _new_time(_time_class, self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _new_time(_time_class, self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                         self._fold)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        tz = self._tzinfo
        if tz is None:
            return None
        off = tz.utcoffset(self)
        return off if off is None or type(off) is timedelta and -_US_PER_DAY < off._to_us() < _US_PER_DAY \
            else _check_offset('utcoffset', off)

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        return None if self._tzinfo is None else _check_tzname(self._tzinfo.tzname(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        return None if self._tzinfo is None else _check_offset('dst', self._tzinfo.dst(self))

    def _wall_us(self):
        """Microseconds since 0001-01-01 00:00 of the wall time."""
        return ((_ymd2ord(self._year, self._month, self._day) - 1) * 86400 + self._hour * 3600
                + self._minute * 60 + self._second) * 1000000 + self._microsecond

    def timestamp(self):
        """Return POSIX timestamp as float."""
        off = self.utcoffset()
        if off is None:
            s = _local_ts(self._year, self._month, self._day, self._hour, self._minute, self._second, self._fold)
            return s + self._microsecond / 1e6
        return (self._wall_us() - off._to_us() - (_EPOCH_ORD - 1) * _US_PER_DAY) / 10 ** 6

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        dt = self if not off else _dt_from_us(datetime, self._wall_us() - off._to_us(), None)
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, dt.weekday(),
                                  dt._yday(), 0))

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        isdst = -1 if dst is None else 1 if dst else 0
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), isdst))

    def _local_timezone(self, ts):
        return timezone(timedelta(seconds=_time._time.utc_offset(ts)), _time._time.zone_name(ts))

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is tz:
            return self
        off = self.utcoffset()
        if off is None:
            ts = _local_ts(self._year, self._month, self._day, self._hour, self._minute, self._second, self._fold)
            off = timedelta(seconds=_time._time.utc_offset(ts))
        utc_us = self._wall_us() - off._to_us()
        if tz is None:
            ts = (utc_us - (_EPOCH_ORD - 1) * _US_PER_DAY) // 1000000
            tz = self._local_timezone(ts)
        utc = _dt_from_us(type(self), utc_us, tz)
        return tz.fromutc(utc)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, not %s' % type(sep).__name__)
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        """Return ctime() style string."""
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self.weekday(), self._yday(), self,
                         lambda: _local_ts(self._year, self._month, self._day, self._hour, self._minute,
                                           self._second))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    __replace__ = replace

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = ', '.join(map(str, L))
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return '%s(%s)' % (_tname(self), s)

    def _flip_offset_differs(self, off):
        """Whether self's utcoffset() depends on its fold (PEP 495's exception to inter-zone equality)."""
        flip = self.replace(fold=not self._fold).utcoffset()
        return flip is not off and flip != off

    def _cmp(self, other, eq):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._wall_us(), other._wall_us())
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 is off2 or off1 is not None and off2 is not None and off1 == off2:
            c = _cmp(self._wall_us(), other._wall_us())
        elif off1 is not None and off2 is not None:
            c = _cmp(self._wall_us() - off1._to_us(), other._wall_us() - off2._to_us())
        elif eq:
            return 2
        else:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if eq and c == 0 and (self._flip_offset_differs(off1) or other._flip_offset_differs(off2)):
            return 2
        return c

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self if not self._fold else self.replace(fold=0)
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(self._wall_us())
            else:
                self._hashcode = hash(self._wall_us() - off._to_us())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._wall_us() + other._to_us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._wall_us() - other._to_us(), self._tzinfo)
        if isinstance(other, datetime):
            us = self._wall_us() - other._wall_us()
            if self._tzinfo is not other._tzinfo:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if off1 is not None:
                    us -= off1._to_us() - off2._to_us()
            return _td(us)
        return NotImplemented

    def _getstate(self, protocol=3):
        us1, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us1, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        state = bytes((self._year >> 8, self._year & 255, m, self._day, self._hour, self._minute, self._second,
                       us1, us2, us3))
        return (state,) if self._tzinfo is None else (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _new_dt_state(cls, st, tz):
    self = object.__new__(cls)
    (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond,
     self._fold) = st
    self._tzinfo = tz
    self._hashcode = -1
    return self


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time
_OWN_TYPES = (date, datetime, time, timedelta, tzinfo, timezone, _IsoCalendarDate)
