# SPDX-License-Identifier: Apache-2.0
# time for ftpython: the clocks and sleep (Java, _time), and struct_time, gmtime, localtime, mktime, strftime,
# strptime, asctime and ctime over a proleptic Gregorian calendar and the JVM's local time zone. The calendar
# helpers (_ymd2ord, _ord2ymd, _format) are shared with datetime. Written for ftpython.

from _time import (perf_counter, perf_counter_ns, monotonic, monotonic_ns, time, time_ns, sleep, process_time,
                   process_time_ns, thread_time, thread_time_ns)
import _time
from _structseq import make_structseq as _make_structseq

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULL_MONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                    'October', 'November', 'December']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    """Day 1 is 0001-01-01 (proleptic Gregorian), as datetime's ordinals."""
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    n -= preceding
    return year, month, n + 1


_EPOCH_ORD = 719163  # _ymd2ord(1970, 1, 1)


struct_time = _make_structseq('time', 'struct_time', (
    ('tm_year', 'year, for example, 1993'),
    ('tm_mon', 'month of year, range [1, 12]'),
    ('tm_mday', 'day of month, range [1, 31]'),
    ('tm_hour', 'hours, range [0, 23]'),
    ('tm_min', 'minutes, range [0, 59]'),
    ('tm_sec', 'seconds, range [0, 61])'),
    ('tm_wday', 'day of week, range [0, 6], Monday is 0'),
    ('tm_yday', 'day of year, range [1, 366]'),
    ('tm_isdst', '1 if summer time is in effect, 0 if not, and -1 if unknown'),
    ('tm_zone', 'abbreviation of timezone name'),
    ('tm_gmtoff', 'offset from UTC in seconds'),
), "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
   " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
   " sequence of 9 integers.\n\n"
   " Note that several fields' values are not the same as those defined by\n"
   " the C language standard for struct tm.  For example, the value of the\n"
   " field tm_year is the actual year, not year - 1900.  See individual\n"
   " fields' descriptions for details.", n_sequence_fields=9)
_STRUCT_TM_ITEMS = 11


def _struct(secs, offset, zone, isdst):
    whole = int(secs // 1) + offset
    days, rem = divmod(whole, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORD)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + _EPOCH_ORD + 6) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return struct_time((y, m, d, hh, mm, ss, wday, yday, isdst, zone, offset))


def _secs(secs):
    if secs is None:
        return time()
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError('Invalid value NaN (not a number)')
    return secs


def gmtime(secs=None):
    return _struct(_secs(secs), 0, 'GMT', 0)  # glibc's gmtime names its zone GMT


def localtime(secs=None):
    s = _secs(secs)
    return _struct(s, _time.utc_offset(s), _time.zone_name(s), 1 if _time.is_dst(s) else 0)


def mktime(t):
    t = tuple(t)
    if len(t) < 9:
        raise TypeError('mktime(): illegal time tuple argument')
    y, mo, d, hh, mi, ss = t[:6]
    y += (mo - 1) // 12
    mo = (mo - 1) % 12 + 1
    local = (_ymd2ord(y, mo, 1) + d - 1 - _EPOCH_ORD) * 86400 + hh * 3600 + mi * 60 + ss
    offset = _time.utc_offset(local)
    return float(local - _time.utc_offset(local - offset))


timezone = -_time.utc_offset(time())
altzone = timezone
daylight = 0
tzname = (_time.zone_name(time()), _time.zone_name(time()))


def _tuple(t):
    if t is None:
        return localtime()
    if isinstance(t, struct_time):
        return t
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('function takes exactly 9 arguments (%d given)' % len(t))
    return struct_time(t)


def asctime(t=None):
    t = _tuple(t)
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[t[6]], _MONTHNAMES[t[1]], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _format(fmt, y, mo, d, hh, mi, ss, wday, yday, us=0, offset=None, zone=''):
    """strftime's directives (C's, with %f for microseconds as datetime's): the shared formatter."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == 'Y':
            out.append('%d' % y if y >= 1000 else '%d' % y)
        elif k == 'y':
            out.append('%02d' % (y % 100))
        elif k == 'm':
            out.append('%02d' % mo)
        elif k == 'd':
            out.append('%02d' % d)
        elif k == 'e':
            out.append('%2d' % d)
        elif k == 'H':
            out.append('%02d' % hh)
        elif k == 'I':
            out.append('%02d' % (hh % 12 or 12))
        elif k == 'M':
            out.append('%02d' % mi)
        elif k == 'S':
            out.append('%02d' % ss)
        elif k == 'f':
            out.append('%06d' % us)
        elif k == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif k == 'a':
            out.append(_DAYNAMES[wday])
        elif k == 'A':
            out.append(_FULL_DAYNAMES[wday])
        elif k == 'b' or k == 'h':
            out.append(_MONTHNAMES[mo])
        elif k == 'B':
            out.append(_FULL_MONTHNAMES[mo])
        elif k == 'j':
            out.append('%03d' % yday)
        elif k == 'w':
            out.append('%d' % ((wday + 1) % 7))
        elif k == 'u':
            out.append('%d' % (wday + 1))
        elif k == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif k == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif k == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday], _MONTHNAMES[mo], d, hh, mi, ss, y))
        elif k == 'x' or k == 'D':
            out.append('%02d/%02d/%02d' % (mo, d, y % 100))
        elif k == 'X' or k == 'T':
            out.append('%02d:%02d:%02d' % (hh, mi, ss))
        elif k == 'F':
            out.append('%d-%02d-%02d' % (y, mo, d))
        elif k == 'R':
            out.append('%02d:%02d' % (hh, mi))
        elif k == 'z':
            if offset is not None:
                sign = '-' if offset < 0 else '+'
                o = abs(offset)
                hours, rest = divmod(o, 3600)
                minutes, secs = divmod(rest, 60)
                s = '%s%02d%02d' % (sign, hours, minutes)
                if secs:
                    s += '%02d' % secs
                out.append(s)
        elif k == 'Z':
            out.append(zone or '')
        elif k == 'G' or k == 'V':
            iso_y, iso_w = _iso_week(y, mo, d)
            out.append('%d' % iso_y if k == 'G' else '%02d' % iso_w)
        elif k == 'n':
            out.append('\n')
        elif k == 't':
            out.append('\t')
        elif k == '%':
            out.append('%')
        else:
            out.append('%' + k)
    return ''.join(out)


def _iso_week(y, m, d):
    o = _ymd2ord(y, m, d)
    week1 = _iso_week1_monday(y)
    week, day = divmod(o - week1, 7)
    if week < 0:
        y -= 1
        week1 = _iso_week1_monday(y)
        week, day = divmod(o - week1, 7)
    elif week >= 52 and o >= _iso_week1_monday(y + 1):
        y += 1
        week = 0
    return y, week + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wday = (first + 6) % 7
    monday = first - wday
    if wday > 3:
        monday += 7
    return monday


def strftime(format, t=None):
    t = _tuple(t)
    if not isinstance(format, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(format).__name__)
    zone = getattr(t, 'tm_zone', None) or tzname[0]
    offset = getattr(t, 'tm_gmtoff', None)
    if offset is None:
        offset = -timezone
    return _format(format, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], 0, offset, zone)


def _strptime_fields(string, fmt):
    """Parses string by fmt: (year, month, day, hour, minute, second, microsecond, utcoffset seconds or None,
    zone name or None), as CPython's _strptime reads the directives; ValueError when it does not match."""
    if not isinstance(string, str):
        raise TypeError('strptime() argument 0 must be str, not %s' % type(string).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 1 must be str, not %s' % type(fmt).__name__)
    # the C locale's composite directives, as CPython's _strptime expands them
    fmt_in = fmt  # errors name the format as given
    fmt = fmt.replace('%c', '%a %b %d %H:%M:%S %Y').replace('%x', '%m/%d/%y').replace('%X', '%H:%M:%S')
    v = {'Y': 1900, 'm': 1, 'd': 1, 'H': 0, 'M': 0, 'S': 0, 'f': 0}
    year_given = False
    weekday = None  # Monday is 0
    week_of_year = None
    week_starts_monday = False
    iso_year = None
    iso_week = None
    offset = None
    zone = None
    ampm = None
    hour12 = None
    yday = None
    pos = 0
    i = 0
    n = len(string)

    def fail():
        raise ValueError('time data %r does not match format %r' % (string, fmt_in))

    def digits(lo, hi):
        nonlocal pos
        j = pos
        while j < n and j - pos < hi and string[j].isdigit():
            j += 1
        if j - pos < lo:
            fail()
        text = string[pos:j]
        pos = j
        return text

    def name(options):
        nonlocal pos
        low = string[pos:].lower()
        best = None
        for k, o in enumerate(options):
            if o and low.startswith(o.lower()) and (best is None or len(o) > len(options[best])):
                best = k
        if best is None:
            fail()
        pos += len(options[best])
        return best

    while i < len(fmt):
        c = fmt[i]
        if c == '%' and i + 1 < len(fmt):
            k = fmt[i + 1]
            i += 2
            if k in 'YmdHMSjy':
                width = {'Y': 4, 'j': 3}.get(k, 2)
                text = digits(4 if k == 'Y' else 2 if k == 'y' else 1, width)  # %y takes two digits (CPython's)
                if k in 'Yy':
                    year_given = True
                if k == 'y':
                    yy = int(text)
                    v['Y'] = yy + (2000 if yy < 69 else 1900)
                elif k == 'j':
                    yday = int(text)
                else:
                    v[k] = int(text)
            elif k == 'I':
                hour12 = int(digits(1, 2))
            elif k == 'f':
                text = digits(1, 6)
                v['f'] = int(text + '0' * (6 - len(text)))
            elif k == 'p':
                ampm = name(['AM', 'PM'])
            elif k == 'b' or k == 'h':
                v['m'] = name(_MONTHNAMES[1:]) + 1
            elif k == 'B':
                v['m'] = name(_FULL_MONTHNAMES[1:]) + 1
            elif k == 'a':
                weekday = name(_DAYNAMES)
            elif k == 'A':
                weekday = name(_FULL_DAYNAMES)
            elif k == 'w':  # Sunday is 0
                w = int(digits(1, 1))
                if w > 6:
                    fail()
                weekday = (w - 1) % 7
            elif k == 'u':  # Monday is 1
                u = int(digits(1, 1))
                if not 1 <= u <= 7:
                    fail()
                weekday = u - 1
            elif k in 'UW':
                week_of_year = int(digits(1, 2))
                if week_of_year > 53:
                    fail()
                week_starts_monday = k == 'W'
            elif k == 'G':
                iso_year = int(digits(4, 4))
            elif k == 'V':
                iso_week = int(digits(1, 2))
                if not 1 <= iso_week <= 53:
                    fail()
            elif k == 'z':
                if string[pos:pos + 1] == 'Z':
                    pos += 1
                    offset = 0
                else:
                    if string[pos:pos + 1] not in ('+', '-'):
                        fail()
                    sign = -1 if string[pos] == '-' else 1
                    pos += 1
                    hh = int(digits(2, 2))
                    if string[pos:pos + 1] == ':':
                        pos += 1
                    mm = int(digits(2, 2))
                    ss = 0
                    if pos < n and string[pos].isdigit() or string[pos:pos + 1] == ':':
                        if string[pos:pos + 1] == ':':
                            pos += 1
                        ss = int(digits(2, 2))
                    offset = sign * (hh * 3600 + mm * 60 + ss)
            elif k == 'Z':
                j = pos
                while j < n and (string[j].isalpha()):
                    j += 1
                if j == pos:
                    fail()
                zone = string[pos:j]
                pos = j
            elif k == '%':
                if string[pos:pos + 1] != '%':
                    fail()
                pos += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (k, fmt_in))
        elif c.isspace():
            i += 1
            while pos < n and string[pos].isspace():
                pos += 1
        else:
            if string[pos:pos + 1] != c:
                fail()
            pos += 1
            i += 1
    if pos < n:
        raise ValueError('unconverted data remains: %s' % string[pos:])
    if not year_given and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year "
                         "'%G' instead.")
    if yday is None and weekday is not None:
        if week_of_year is not None:
            # the day of the year from the week number and the weekday: week 0 is the days before the year's
            # first Monday (%W) or Sunday (%U)
            first = (_ymd2ord(v['Y'], 1, 1) + 6) % 7
            wd = weekday
            if not week_starts_monday:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week_of_year == 0:
                yday = 1 + wd - first
            else:
                yday = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + wd
        elif iso_year is not None and iso_week is not None:
            o = _iso_week1_monday(iso_year) + (iso_week - 1) * 7 + weekday
            v['Y'], v['m'], v['d'] = _ord2ymd(o)
        if yday is not None and yday <= 0:
            v['Y'] -= 1
            yday += 366 if _is_leap(v['Y']) else 365
    if hour12 is not None:
        v['H'] = hour12 % 12 + (12 if ampm == 1 else 0)
    if yday is not None:
        v['Y'], v['m'], v['d'] = _ord2ymd(_ymd2ord(v['Y'], 1, 1) + yday - 1)  # a day past the year's end: the next
    if not 1 <= v['m'] <= 12 or not 1 <= v['d'] <= _days_in_month(v['Y'], v['m']) or v['H'] > 23 or v['M'] > 59 \
            or v['S'] > 61:
        fail()
    return v['Y'], v['m'], v['d'], v['H'], v['M'], v['S'], v['f'], offset, zone


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    y, m, d, hh, mi, ss, us, offset, zone = _strptime_fields(string, format)
    o = _ymd2ord(y, m, d)
    return struct_time((y, m, d, hh, mi, ss, (o + 6) % 7, o - _ymd2ord(y, 1, 1) + 1, -1, zone, offset))


# what each clock is on the JVM (Modules.time): (implementation, monotonic, adjustable, resolution); process time
# comes from the process's accounting, in clock ticks
_CLOCKS = {
    'time': ('java.time.Instant.now()', False, True, 1e-09),
    'monotonic': ('java.lang.System.nanoTime()', True, False, 1e-09),
    'perf_counter': ('java.lang.System.nanoTime()', True, False, 1e-09),
    'process_time': ('java.lang.ProcessHandle.Info.totalCpuDuration()', True, False, 1e-02),
    'thread_time': ('java.lang.management.ThreadMXBean.getCurrentThreadCpuTime()', True, False, 1e-09),
}


def get_clock_info(name):
    """A namespace describing the clock `name` (implementation, monotonic, adjustable, resolution), as CPython's."""
    if not isinstance(name, str):
        raise TypeError('get_clock_info() argument 1 must be str, not %s'
                        % ('None' if name is None else type(name).__name__))
    try:
        implementation, monotonic, adjustable, resolution = _CLOCKS[name]
    except KeyError:
        raise ValueError('unknown clock') from None
    import types
    return types.SimpleNamespace(implementation=implementation, monotonic=monotonic, adjustable=adjustable,
                                 resolution=resolution)
