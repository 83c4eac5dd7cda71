# SPDX-License-Identifier: Apache-2.0
# zoneinfo for ftpython: IANA time zones (PEP 615) read from TZif files, written in Python as one module with the
# public names of CPython 3.13's zoneinfo package and the results of its C ZoneInfo (caches, fold handling, dst()
# inference, POSIX TZ footer rules, reprs and messages). Differs: the default TZPATH is CPython's Linux build default
# (ftpython has no sysconfig), there is no fallback to the tzdata package, and the exception and warning classes
# live in zoneinfo itself rather than in zoneinfo._common and zoneinfo._tzpath.

import os
import re
import struct
from _thread import allocate_lock
from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo
from weakref import WeakValueDictionary

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH', 'ZoneInfoNotFoundError',
           'InvalidTZPathWarning']

_DEFAULT_TZPATH = '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo'
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


# --- the search path --------------------------------------------------------------------------------------------

def _relative_paths_message(paths):
    return 'Paths should be absolute but found the following relative paths:' + \
        ''.join('\n    ' + p for p in paths if not os.path.isabs(p))


def _reset_tzpath(to):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f'tzpaths must be a list or tuple, not {type(to)}: {to!r}')
        if not all(map(os.path.isabs, to)):
            raise ValueError(_relative_paths_message(to))
        TZPATH = tuple(to)
        return
    env = os.environ.get('PYTHONTZPATH', _DEFAULT_TZPATH)
    raw = env.split(os.pathsep) if env else []
    paths = tuple(filter(os.path.isabs, raw))
    if len(paths) != len(raw):
        import warnings
        # stacklevel 3 names the caller of reset_tzpath(), or the importer of zoneinfo
        warnings.warn('Invalid paths specified in PYTHONTZPATH environment variable. ' +
                      _relative_paths_message(raw), InvalidTZPathWarning, stacklevel=3)
    TZPATH = paths


def reset_tzpath(to=None):
    """Reset global TZPATH."""
    _reset_tzpath(to)


def _find_tzfile(key):
    if os.path.isabs(key):
        raise ValueError(f'ZoneInfo keys may not be absolute paths, got: {key}')
    norm = os.path.normpath(key)
    if len(norm) != len(key):
        raise ValueError(f'ZoneInfo keys must be normalized relative paths, got: {key}')
    if not os.path.normpath(os.path.join('_/', norm)).startswith('_/'):
        raise ValueError(f'ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}')
    # ftpython's os.path.isfile fails on NUL and lone surrogates, which no file name holds
    if '\0' not in key and not any('\ud800' <= c <= '\udfff' for c in key):
        for root in TZPATH:
            path = os.path.join(root, key)
            if os.path.isfile(path):
                return path
    raise ZoneInfoNotFoundError(f'No time zone found with key {key}')


def available_timezones():
    """Returns a set containing all available time zones.

    .. caution::

        This may attempt to open a large number of files, since the best way to
        determine if a given file on the time zone search path is to open it
        and check for the "magic string" at the beginning.
    """
    zones = set()
    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for folder, dirnames, files in os.walk(root):
            if folder == root:
                for special in ('right', 'posix'):
                    if special in dirnames:
                        dirnames.remove(special)
            prefix = os.path.relpath(folder, start=root) + '/'
            for name in files:
                path = os.path.join(folder, name)
                key = name if prefix == './' else prefix + name
                if key not in zones:
                    try:
                        with open(path, 'rb') as f:
                            if f.read(4) == b'TZif':
                                zones.add(key)
                    except Exception:
                        pass
    zones.discard('posixrules')
    return zones


# --- TZif files (RFC 8536) --------------------------------------------------------------------------------------

def _read_header(fobj):
    if fobj.read(4) != b'TZif':
        raise ValueError('Invalid TZif file: magic not found')
    version = fobj.read(1)
    version = 1 if version == b'\x00' else int(version)
    fobj.read(15)
    # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    return version, struct.unpack('>6l', fobj.read(24))


def _read_tzif(fobj):
    """(transition times, their type indices, utoffs, isdsts, abbreviations, footer bytes or None) of a TZif file"""
    version, counts = _read_header(fobj)
    size, code = 4, 'l'
    if version > 1:  # skip the version 1 data block for the 64-bit one that follows it
        isut, isstd, leap, timecnt, typecnt, charcnt = counts
        fobj.seek(timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut, 1)
        version, counts = _read_header(fobj)
        size, code = 8, 'q'
    isut, isstd, leap, timecnt, typecnt, charcnt = counts
    times = struct.unpack(f'>{timecnt}{code}', fobj.read(timecnt * size)) if timecnt else ()
    indices = struct.unpack(f'>{timecnt}B', fobj.read(timecnt)) if timecnt else ()
    types = [struct.unpack('>lbb', fobj.read(6)) for _ in range(typecnt)]
    chars = fobj.read(charcnt)
    abbrs = [chars[i:chars.find(b'\x00', i)].decode() for _, _, i in types]
    footer = None
    if version >= 2:
        fobj.seek(isut + isstd + leap * 12, 1)
        c = fobj.read(1)
        if c != b'\n':
            raise AssertionError(c)
        footer = b''
        while (c := fobj.read(1)) not in (b'\n', b''):
            footer += c
    return times, indices, [t[0] for t in types], [t[1] for t in types], abbrs, footer


_TIMEDELTAS = {}


def _timedelta(seconds):
    td = _TIMEDELTAS.get(seconds)
    return td if td is not None else _TIMEDELTAS.setdefault(seconds, timedelta(seconds=seconds))


def _ttinfo(utcoff, dstoff, name):
    """A local time type: (utcoffset timedelta, dst timedelta, tzname, utcoffset in seconds)."""
    return _timedelta(utcoff), _timedelta(dstoff), name, utcoff


_NO_TTINFO = (None, None, None, 0)


def _infer_dstoffs(indices, utcoffs, isdsts):
    # A DST type's dst() is its offset less that of a neighbouring standard type in the transitions, preferring
    # the one before it; 1 hour when no such neighbour is found.
    n = len(utcoffs)
    dstoffs = [0] * n
    for i in range(1, len(indices)):
        k = indices[i]
        if not isdsts[k] or dstoffs[k]:
            continue
        prev = indices[i - 1]
        off = 0 if isdsts[prev] else utcoffs[k] - utcoffs[prev]
        if not off and k < n - 1 and i + 1 < len(indices):
            nxt = indices[i + 1]
            if isdsts[nxt]:
                continue
            off = utcoffs[k] - utcoffs[nxt]
        dstoffs[k] = off
    return [3600 if isdsts[k] and not dstoffs[k] else dstoffs[k] for k in range(n)]


def _wall_transitions(times, indices, utcoffs):
    """The transitions in local wall time: for fold 0 with the larger offset of each pair, for fold 1 the smaller."""
    if not times:
        return [], []
    before = utcoffs[0]
    fold0, fold1 = [], []
    for t, k in zip(times, indices):
        after = utcoffs[k]
        fold0.append(t + max(before, after))
        fold1.append(t + min(before, after))
        before = after
    return fold0, fold1


# --- POSIX TZ strings (the footer) ------------------------------------------------------------------------------

_ABBR = re.compile(rb'<([A-Za-z0-9+-]*)>|[A-Za-z]*')
_HMS = re.compile(rb'([+-]?)(\d{1,3})(?::(\d\d)(?::(\d\d))?)?')
_DATE = re.compile(rb'M(\d\d?)\.(\d)\.(\d)|(J?)(\d{1,3})')


def _parse_hms(s, pos, max_hours):
    """(sign, seconds, end) of the [+-]h[hh][:mm[:ss]] at pos, or None"""
    m = _HMS.match(s, pos)
    if m is None or int(m[2]) > max_hours or (m[4] is None and s[m.end():m.end() + 1] == b':'):
        return None
    return (-1 if m[1] == b'-' else 1), int(m[2]) * 3600 + int(m[3] or 0) * 60 + int(m[4] or 0), m.end()


def _parse_rule(s, pos):
    """(rule, end) of the date[/time] at pos, or None; a rule is (month, week, weekday, julian, day, seconds)"""
    m = _DATE.match(s, pos)
    if m is None:
        return None
    end = m.end()
    seconds = 7200
    if s[end:end + 1] == b'/':
        parsed = _parse_hms(s, end + 1, 167)
        if parsed is None:
            return None
        sign, seconds, end = parsed
        seconds *= sign
    if m[1]:
        month, week, weekday = int(m[1]), int(m[2]), int(m[3])
        if not (1 <= month <= 12 and 1 <= week <= 5 and weekday <= 6):
            return None
        return (month, week, weekday, 0, 0, seconds), end
    julian, day = bool(m[4]), int(m[5])
    if not julian <= day <= 365:
        return None
    return (0, 0, 0, julian, day, seconds), end


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    """days from 1970-01-01 to January 1st of year"""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + 1 - _EPOCH_ORDINAL


def _rule_local_ts(rule, year):
    """The local wall time of a rule's transition in year, in seconds since 1970-01-01."""
    month, week, weekday, julian, day, seconds = rule
    if month:
        leap = month > 2 and _is_leap(year)
        first = _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + leap  # the 1st of the month
        length = (31, 29 if _is_leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]
        mday = (weekday - (first + 4)) % 7 + 1 + (week - 1) * 7  # 1970-01-01 was a Thursday
        if mday > length:
            mday -= 7
        days = first + mday - 1
    else:
        # CPython counts the 0-based day n from December 31st of the year before
        days = _days_before_year(year) - 1 + day + (julian and day >= 59 and _is_leap(year))
    return days * 86400 + seconds


class _Rule:
    """The local time types after the last transition: std alone, or std and dst with yearly start and end rules."""
    __slots__ = ('std', 'dst', 'diff', 'start', 'end')

    def __init__(self, std, dst=None, start=None, end=None):
        self.std, self.dst, self.start, self.end = std, dst, start, end
        self.diff = dst[3] - std[3] if dst else 0

    def find(self, ts, fold, year):
        if self.start is None:
            return self.std
        start, end = _rule_local_ts(self.start, year), _rule_local_ts(self.end, year)
        # the period with the smaller offset runs, in wall time, from the gap's end to the fold's end with fold=0,
        # and from the gap's start to the fold's start with fold=1
        if fold == (self.diff >= 0):
            end -= self.diff
        else:
            start += self.diff
        isdst = start <= ts < end if start < end else not end <= ts < start
        return self.dst if isdst else self.std

    def find_utc(self, ts, year):
        """(ttinfo, fold) at the UTC timestamp ts"""
        if self.start is None:
            return self.std, 0
        start = _rule_local_ts(self.start, year) - self.std[3]
        end = _rule_local_ts(self.end, year) - self.dst[3]
        isdst = start <= ts < end if start < end else not end <= ts < start
        if self.diff > 0:
            fold = end <= ts < end + self.diff
        else:
            fold = start <= ts < start - self.diff
        return (self.dst if isdst else self.std), fold


def _parse_tz_string(s):
    """The _Rule of a POSIX TZ string (bytes): std offset[dst[offset],start[/time],end[/time]]."""
    m = _ABBR.match(s)
    if m.end() == 0:
        raise ValueError(f'Invalid STD format in {s!r}')
    std_abbr = (m[1] if m[1] is not None else m[0]).decode()
    parsed = _parse_hms(s, m.end(), 24)  # hours west of UTC
    if parsed is None:
        raise ValueError(f'Invalid STD offset in {s!r}')
    sign, std_off, pos = parsed
    std_off *= -sign
    std = _ttinfo(std_off, 0, std_abbr)
    if pos == len(s):
        return _Rule(std)
    m = _ABBR.match(s, pos)
    if m.end() == pos:
        raise ValueError(f'Invalid DST format in {s!r}')
    dst_abbr = (m[1] if m[1] is not None else m[0]).decode()
    pos = m.end()
    if s[pos:pos + 1] == b',':
        dst_off = std_off + 3600
    else:
        parsed = _parse_hms(s, pos, 24)
        if parsed is None:
            raise ValueError(f'Invalid DST offset in {s!r}')
        sign, dst_off, pos = parsed
        dst_off *= -sign
    rules = []
    for _ in range(2):
        if s[pos:pos + 1] != b',':
            raise ValueError(f'Missing transition rules in TZ string: {s!r}')
        parsed = _parse_rule(s, pos + 1)
        if parsed is None:
            raise ValueError(f'Malformed transition rule in TZ string: {s!r}')
        rule, pos = parsed
        rules.append(rule)
    if pos != len(s):
        raise ValueError(f'Extraneous characters at end of TZ string: {s!r}')
    return _Rule(std, _ttinfo(dst_off, dst_off - std_off, dst_abbr), *rules)


# --- ZoneInfo ---------------------------------------------------------------------------------------------------

_NO_CACHE, _CACHE, _FILE = 0, 1, 2
_STRONG_CACHE_SIZE = 8
_strong_cache = {}  # the latest ZoneInfo(key) results of the base class, most recent last
_cache_lock = allocate_lock()


def _readonly(self, value=None):
    raise AttributeError('readonly attribute')


class _Unpickle:
    """ZoneInfo._unpickle: a class method that pickles as CPython's does, as getattr(cls, '_unpickle'), which
    ftpython's pickle cannot do for bound methods."""
    __slots__ = ('cls',)

    def __init__(self, cls):
        self.cls = cls

    def __get__(self, obj, cls):
        return _Unpickle(cls)

    def __call__(self, key, from_cache, /):
        return self.cls(key) if from_cache else self.cls._new_instance(key)

    def __reduce__(self):
        return getattr, (self.cls, '_unpickle')


class ZoneInfo(tzinfo):
    __slots__ = ('_key', '_file_repr', '_source', '_utc', '_wall', '_ttis', '_before', '_after', '_fixed',
                 '__weakref__')
    _weak_cache = WeakValueDictionary()

    def __init_subclass__(cls, **kwargs):
        cls._weak_cache = WeakValueDictionary()

    def __new__(cls, key):
        with _cache_lock:
            if cls is ZoneInfo and key in _strong_cache:
                zone = _strong_cache[key] = _strong_cache.pop(key)
                return zone
            zone = cls._weak_cache.get(key, None)
        if zone is None:
            zone = cls._new_instance(key)
            with _cache_lock:
                zone = cls._weak_cache.setdefault(key, zone)
            zone._source = _CACHE
        if cls is ZoneInfo:
            with _cache_lock:
                _strong_cache[key] = zone
                if len(_strong_cache) > _STRONG_CACHE_SIZE:
                    del _strong_cache[next(iter(_strong_cache))]
        return zone

    @classmethod
    def _new_instance(cls, key):
        path = _find_tzfile(key)
        self = object.__new__(cls)
        with open(path, 'rb') as f:
            self._load(f)
        self._key = key
        self._source = _NO_CACHE
        return self

    @classmethod
    def no_cache(cls, key):
        """Get a new instance of ZoneInfo, bypassing the cache."""
        return cls._new_instance(key)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """Create a ZoneInfo file from a file object."""
        self = object.__new__(cls)
        self._file_repr = repr(fobj)
        self._load(fobj)
        self._key = key
        self._source = _FILE
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Clear the ZoneInfo cache."""
        with _cache_lock:
            if only_keys is None:
                cls._weak_cache.clear()
                if cls is ZoneInfo:
                    _strong_cache.clear()
            else:
                for key in only_keys:
                    if cls is ZoneInfo:
                        _strong_cache.pop(key, None)
                    cls._weak_cache.pop(key, None)

    key = property(lambda self: self._key, _readonly, _readonly)

    def _load(self, fobj):
        times, indices, utcoffs, isdsts, abbrs, footer = _read_tzif(fobj)
        for k in indices:
            if k >= len(utcoffs):
                raise ValueError(f'Invalid transition index found while reading TZif: {k}')
        dstoffs = _infer_dstoffs(indices, utcoffs, isdsts)
        ttinfos = [_ttinfo(*t) for t in zip(utcoffs, dstoffs, abbrs)]
        self._utc = times
        self._wall = _wall_transitions(times, indices, utcoffs)
        self._ttis = [ttinfos[k] for k in indices]
        self._before = next((tti for tti, isdst in zip(ttinfos, isdsts) if not isdst),
                            ttinfos[0] if ttinfos else None)
        if footer:
            self._after = _parse_tz_string(footer)
        elif not ttinfos:
            raise ValueError('No time zone information found.')
        else:
            self._after = _Rule(self._ttis[-1] if times else ttinfos[-1])
        # a fixed-offset zone also answers for datetime.time, whose methods pass None
        self._fixed = len(ttinfos) <= 1 and self._after.start is None and (not ttinfos or ttinfos[0] == self._after.std)

    def _find(self, dt):
        if dt is None:
            return self._after.std if self._fixed else _NO_TTINFO
        ts = (dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
        fold = dt.fold
        wall = self._wall[fold]
        if wall and ts < wall[0]:
            return self._before
        if not wall or ts > wall[-1]:
            return self._after.find(ts, fold, dt.year)
        return self._ttis[bisect_right(wall, ts) - 1]

    def utcoffset(self, dt):
        """Retrieve a timedelta representing the UTC offset in a zone at the given datetime."""
        return self._find(dt)[0]

    def dst(self, dt):
        """Retrieve a timedelta representing the amount of DST applied in a zone at the given datetime."""
        return self._find(dt)[1]

    def tzname(self, dt):
        """Retrieve a string containing the abbreviation for the time zone that applies in a zone at a given
        datetime."""
        return self._find(dt)[2]

    def fromutc(self, dt):
        """Given a datetime with local time in UTC, retrieve an adjusted datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        ts = (dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
        utc, ttis = self._utc, self._ttis
        fold = 0
        if utc and ts < utc[0]:
            tti = self._before
        elif not utc or ts > utc[-1]:
            tti, fold = self._after.find_utc(ts, dt.year)
            if utc:  # the repeated hour just after the last listed transition
                prev = ttis[-2] if len(utc) > 1 else self._before
                shift = prev[3] - tti[3]
                if shift > 0 and ts < utc[-1] + shift:
                    fold = 1
        else:
            i = bisect_right(utc, ts)
            prev, tti = (ttis[i - 2], ttis[i - 1]) if i >= 2 else (self._before, ttis[0])
            fold = prev[3] - tti[3] > ts - utc[i - 1]
        dt = dt + tti[0]
        return dt.replace(fold=1) if fold else dt

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        name = 'zoneinfo.ZoneInfo' if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return f'{name}(key={self._key!r})'
        return f'{name}.from_file({self._file_repr})'

    def __reduce__(self):
        """Function for serialization with the pickle protocol."""
        if self._source == _FILE:
            import pickle
            raise pickle.PicklingError('Cannot pickle a ZoneInfo file from a file stream.')
        return type(self)._unpickle, (self._key, int(self._source == _CACHE))

    _unpickle = _Unpickle(None)


_reset_tzpath(None)  # sets TZPATH
