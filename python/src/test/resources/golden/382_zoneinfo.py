# Golden test of zoneinfo: the module's names, TZPATH and reset_tzpath, key validation, caches, reprs, pickling,
# utcoffset/dst/tzname/fromutc with folds and gaps around the transitions of a dozen zones (from tables and POSIX TZ
# footers), datetime arithmetic/astimezone/isoformat/strftime, and from_file on synthetic TZif files and their errors.
import io
import os
import pickle
import struct
import warnings
import zoneinfo
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def show(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '-> raises', type(e).__name__, e)


def tzdata(key):
    with open('/usr/share/zoneinfo/' + key, 'rb') as f:
        return f.read()


def wall(d):
    """a local datetime's fields, fold and offsets, without datetime's repr"""
    return f'{d.isoformat()} fold={d.fold} {d.tzname()} dst={d.dst()}'


# --- the module ------------------------------------------------------------------------------------------------
print(sorted(zoneinfo.__all__))
print(zoneinfo.TZPATH)
print(issubclass(ZoneInfoNotFoundError, KeyError), issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning))
print(ZoneInfo.__module__, ZoneInfo.__name__, ZoneInfo.__mro__[1].__name__)
for key in ['Nowhere/Zone', 'Europe', '/etc/localtime', '../zoneinfo/UTC', 'Europe/../UTC', 'Europe/Berlin/', './UTC',
            'Europe//Berlin', '', '.', 'zone.tab', 'a\0b']:
    show(f'ZoneInfo({key!r})', lambda: ZoneInfo(key))
try:
    ZoneInfo('Mars/Olympus_Mons')
except KeyError as e:
    print('KeyError', repr(e), str(e), e.args)
show('ZoneInfo(1)', lambda: ZoneInfo(1))
show('ZoneInfo([])', lambda: ZoneInfo([]))

# --- TZPATH ----------------------------------------------------------------------------------------------------
for bad in ['/usr/share/zoneinfo', b'/x', ['rel'], ('/ok', 'not/ok', 'also')]:
    show(f'reset_tzpath({bad!r})', lambda: zoneinfo.reset_tzpath(bad))
zoneinfo.reset_tzpath(['/nonexistent/zoneinfo'])
print(zoneinfo.TZPATH)
show('ZoneInfo.no_cache(UTC) on a bad path', lambda: ZoneInfo.no_cache('UTC'))
print(sorted(zoneinfo.available_timezones()))
saved = os.environ.get('PYTHONTZPATH')
os.environ['PYTHONTZPATH'] = os.pathsep.join(['/usr/share/zoneinfo', 'relative', '/tmp/none'])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH, [(w.category.__name__, str(w.message)) for w in caught])
os.environ['PYTHONTZPATH'] = ''
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
if saved is None:
    del os.environ['PYTHONTZPATH']
else:
    os.environ['PYTHONTZPATH'] = saved


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data)


# two search folders: available_timezones() skips the top-level right/ and posix/, posixrules and non-TZif files,
# and the first folder holding a key wins
top = f'/tmp/golden_zoneinfo_{os.getpid()}'
first, second = top + '/first', top + '/second'
for key in ['UTC', 'right/UTC', 'posix/UTC', 'posixrules', 'Sub/right/UTC', 'Sub/posix']:
    write(f'{first}/{key}', tzdata('UTC'))
write(f'{first}/Europe/Berlin', tzdata('Europe/Berlin'))
write(f'{first}/Europe/notes.txt', b'not a TZif file')
write(f'{first}/Empty', b'')
write(f'{second}/Europe/Berlin', tzdata('Asia/Tokyo'))
write(f'{second}/Extra/Zone', tzdata('Asia/Kolkata'))
zoneinfo.reset_tzpath([first, second, '/nonexistent'])
print(sorted(zoneinfo.available_timezones()))
print(ZoneInfo.no_cache('Europe/Berlin').tzname(datetime(2021, 1, 1)), ZoneInfo.no_cache('Extra/Zone').tzname(None))
show('no_cache(Empty)', lambda: ZoneInfo.no_cache('Empty'))
show('no_cache(Europe/notes.txt)', lambda: ZoneInfo.no_cache('Europe/notes.txt'))
for folder, dirs, files in os.walk(top, topdown=False):
    for name in files:
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
zoneinfo.reset_tzpath()

# --- caches, reprs, pickling -----------------------------------------------------------------------------------
berlin = ZoneInfo('Europe/Berlin')
print(berlin is ZoneInfo('Europe/Berlin'), berlin is ZoneInfo(key='Europe/Berlin'),
      berlin is ZoneInfo.no_cache('Europe/Berlin'))
print(repr(berlin), str(berlin), berlin.key, repr(ZoneInfo.no_cache('Asia/Tokyo')))
ZoneInfo.clear_cache(only_keys=['Europe/Berlin', 'Not/Cached'])
print(berlin is ZoneInfo('Europe/Berlin'))
berlin = ZoneInfo('Europe/Berlin')
ZoneInfo.clear_cache()
print(berlin is ZoneInfo('Europe/Berlin'))
berlin = ZoneInfo('Europe/Berlin')
show('key = ...', lambda: setattr(berlin, 'key', 'UTC'))


class MyZone(ZoneInfo):
    pass


mine = MyZone('Europe/Berlin')
print(repr(mine), mine is MyZone('Europe/Berlin'), mine is berlin, type(MyZone.no_cache('UTC')).__name__,
      mine.utcoffset(datetime(2021, 7, 1)))
print(pickle.dumps(berlin, 4))
print(pickle.loads(pickle.dumps(berlin)) is berlin, pickle.loads(pickle.dumps(mine)) is mine)
fresh = ZoneInfo.no_cache('Europe/Berlin')
print(pickle.dumps(fresh, 4))
again = pickle.loads(pickle.dumps(fresh))
print(again is fresh, again is berlin, repr(again))


class Named(io.BytesIO):
    def __repr__(self):
        return '<TZif bytes>'


anon = ZoneInfo.from_file(Named(tzdata('America/New_York')))
keyed = ZoneInfo.from_file(Named(tzdata('America/New_York')), key='Local/Keyed')
print(repr(anon), str(anon), anon.key, repr(keyed), str(keyed),
      keyed is ZoneInfo.from_file(Named(tzdata('UTC')), key='x'))
show('pickle from_file', lambda: pickle.dumps(anon))
print(anon.utcoffset(datetime(2021, 7, 1)), keyed.tzname(datetime(2021, 1, 1)))

# --- a dozen zones around their transitions --------------------------------------------------------------------
CASES = [
    ('Europe/Berlin', [1945, 2021, 2300]),
    ('America/New_York', [2021, 2300]),
    ('Australia/Lord_Howe', [2021]),
    ('Asia/Kolkata', [1942]),
    ('America/Sao_Paulo', [2018]),
    ('Pacific/Apia', [2011]),
    ('Africa/Casablanca', [2020]),
    ('Europe/Dublin', [2021, 2200]),
    ('UTC', [2021]),
    ('Etc/GMT+5', [2021]),
    ('Asia/Kathmandu', [1986]),
    ('America/St_Johns', [1988]),
    ('Europe/Moscow', [2011, 2014]),
]


def utc_offset(zone, ts):
    return datetime.fromtimestamp(ts, zone).utcoffset()


def transitions(zone, year):
    """The UTC instants in year (seconds since the epoch) where zone's offset or name changes."""
    found = []
    start = int((datetime(year, 1, 1, tzinfo=UTC) - EPOCH).total_seconds())
    step = 86400 * 14
    def state(ts):
        d = datetime.fromtimestamp(ts, zone)
        return d.utcoffset(), d.tzname()
    prev = state(start)
    for ts in range(start + step, start + 366 * 86400, step):
        cur = state(ts)
        if cur != prev:
            lo, hi = ts - step, ts  # state(lo) == prev, state(hi) != prev
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if state(mid) == prev:
                    lo = mid
                else:
                    hi = mid
            found.append(hi)
            prev = cur
    return found


for key, years in CASES:
    zone = ZoneInfo(key)
    print(f'== {key}: utcoffset(None)={zone.utcoffset(None)} tzname(None)={zone.tzname(None)}')
    for year in years:
        for ts in transitions(zone, year):
            before, after = utc_offset(zone, ts - 1), utc_offset(zone, ts)
            print(f' at {EPOCH + timedelta(seconds=ts)} UTC: {before} -> {after}')
            for delta in (-1, 0, 1799):
                u = (EPOCH + timedelta(seconds=ts + delta)).replace(tzinfo=zone)
                print('   fromutc', delta, wall(zone.fromutc(u)))
            lo, hi = sorted([before, after])
            base = (EPOCH + timedelta(seconds=ts)).replace(tzinfo=None)
            for local in sorted({base + lo - timedelta(seconds=1), base + lo, base + hi - timedelta(seconds=1),
                                 base + hi}):
                pair = [(str(d.utcoffset()), str(d.dst()), d.tzname(), d.isoformat())
                        for d in (local.replace(tzinfo=zone, fold=f) for f in (0, 1))]
                print('   local', local, pair)
        mid = datetime(year, 7, 15, 12, tzinfo=zone)
        print(f' {year}-07-15 12:00 {mid.utcoffset()} {mid.dst()} {mid.tzname()} '
              f'{datetime(year, 1, 15, 12, tzinfo=zone).strftime("%Z %z")}')

# --- datetime behaviour ----------------------------------------------------------------------------------------
ny, berlin, kolkata = ZoneInfo('America/New_York'), ZoneInfo('Europe/Berlin'), ZoneInfo('Asia/Kolkata')
amb0 = datetime(2021, 11, 7, 1, 30, tzinfo=ny)
amb1 = amb0.replace(fold=1)
gap0 = datetime(2021, 3, 14, 2, 30, tzinfo=ny)
gap1 = gap0.replace(fold=1)
for d in (amb0, amb1, gap0, gap1):
    print(wall(d), d.strftime('%Y-%m-%d %H:%M %Z %z'), d.timestamp(), d.astimezone(UTC), d.astimezone(berlin))
print(amb1 - amb0.astimezone(UTC), amb0.astimezone(UTC) < amb1.astimezone(UTC),
      amb0 < datetime(2021, 11, 7, 1, 30, tzinfo=UTC))
for ts in (1636263000, 1636266600, 1636270200, 1615705200):
    print(wall(datetime.fromtimestamp(ts, ny)), wall(datetime.fromtimestamp(ts, kolkata)))
day = datetime(2021, 3, 13, 12, tzinfo=ny)
print(wall(day + timedelta(days=1)), (day + timedelta(days=1)).astimezone(UTC) - day.astimezone(UTC))
print(wall((day.astimezone(UTC) + timedelta(days=1)).astimezone(ny)))
print(wall(datetime(2021, 6, 1, 12, 30, 15, 123456, tzinfo=kolkata)),
      datetime(2021, 6, 1, tzinfo=kolkata).isoformat(timespec='minutes'))
print(wall(datetime(2021, 6, 1, 12, tzinfo=ZoneInfo('UTC')).astimezone(ZoneInfo('Australia/Lord_Howe'))))
print(wall(datetime(2021, 6, 1, 12, tzinfo=ZoneInfo('Etc/GMT+5'))),
      wall(datetime(2021, 6, 1, tzinfo=ZoneInfo('Etc/GMT-14'))))
print(time(12, tzinfo=ZoneInfo('UTC')).isoformat(), time(12, tzinfo=ZoneInfo('Etc/GMT+5')).utcoffset(),
      time(12, tzinfo=ny).utcoffset(), time(12, tzinfo=ny).tzname(), time(12, tzinfo=ny).isoformat())
print(datetime(1, 1, 1, tzinfo=ny).isoformat(), datetime(9999, 12, 31, 23, 59, tzinfo=ny).isoformat())
show('fromutc(naive)', lambda: ny.fromutc(datetime(2021, 1, 1)))
show('fromutc(other zone)', lambda: ny.fromutc(datetime(2021, 1, 1, tzinfo=berlin)))
show('fromutc(date)', lambda: ny.fromutc(datetime(2021, 1, 1).date()))
show('fromutc(max)', lambda: ZoneInfo('Asia/Tokyo').fromutc(datetime(9999, 12, 31, 23, tzinfo=ZoneInfo('Asia/Tokyo'))))

# --- synthetic TZif files --------------------------------------------------------------------------------------


def tzif(version, trans=(), types=((0, 0, 'UTC'),), footer=b'', indices=None):
    """a TZif file: transitions (UTC seconds) to types (utoff, isdst, abbreviation) by index"""
    indices = list(range(len(trans))) if indices is None else indices
    chars = b''.join(t[2].encode() + b'\0' for t in types)
    starts = [0]
    for t in types:
        starts.append(starts[-1] + len(t[2]) + 1)

    def block(size):
        code = 'l' if size == 4 else 'q'
        head = b'TZif' + (b'\0' if version == 1 else str(version).encode()) + bytes(15)
        head += struct.pack('>6l', 0, 0, 0, len(trans), len(types), len(chars))
        body = struct.pack(f'>{len(trans)}{code}', *trans) + bytes(indices)
        body += b''.join(struct.pack('>lbB', t[0], t[1], s) for t, s in zip(types, starts))
        return head + body + chars
    data = block(4)
    if version > 1:
        data += block(8) + b'\n' + footer + b'\n'
    return Named(data)


def probe(zone, dates):
    out = []
    for d in dates:
        for f in (0, 1):
            local = d.replace(tzinfo=zone, fold=f)
            out.append(f'{local.isoformat()}[{f}] {local.tzname()} {local.dst()}')
        out.append('utc ' + wall(zone.fromutc(d.replace(tzinfo=zone))))
    return out


fixed = ZoneInfo.from_file(tzif(1, types=((-18000, 0, 'EST'),)))
print('v1 fixed', fixed.utcoffset(None), fixed.tzname(None), probe(fixed, [datetime(2021, 1, 1)]))
old = ZoneInfo.from_file(tzif(1, [0, 15552000], ((3600, 0, 'AAA'), (7200, 1, 'BBB')), indices=[1, 0]))
print('v1 table', probe(old, [datetime(1969, 12, 31, 23), datetime(1970, 1, 1, 1, 30), datetime(1970, 6, 30, 1, 30),
                              datetime(2040, 1, 1)]))
FOOTERS = [b'CET-1CEST,M3.5.0,M10.5.0/3', b'EST5EDT,M3.2.0,M11.1.0', b'<+0330>-3:30<+0430>,J79/24,J263/24',
           b'IST-1GMT0,M10.5.0,M3.5.0/1', b'<-03>3<-02>,M3.5.0/-2,M10.5.0/-1', b'AAA3BBB,59/1:30,300/-1:30:30',
           b'NZST-12NZDT,M9.5.0,M4.1.0/3', b'XXX-10YYY-10:30,M10.1.0,M4.1.0', b'<+13>-13', b'AAA+2BBB+1,J1/0,J365/25',
           b'AAA5BBB,M1.1.0/167,M12.5.6/-167', b'UTC0']
for i, footer in enumerate(FOOTERS):
    version = 2 + i % 2
    zone = ZoneInfo.from_file(tzif(version, [0], ((0, 0, 'LMT'), (0, 0, 'UTC')), footer, [1]))
    print(version, footer.decode(), zone.utcoffset(None))
    for line in probe(zone, [datetime(2021, m, d, h) for m, d, h in
                             ((1, 1, 1), (3, 14, 2), (3, 20, 23), (3, 28, 1), (3, 28, 2), (4, 4, 2), (9, 26, 2),
                              (10, 31, 1), (11, 7, 1), (12, 31, 23))] + [datetime(2024, 2, 29, 12)]):
        print('  ', line)
dst_only = ZoneInfo.from_file(tzif(2, [0, 100000], ((3600, 1, 'AD'), (7200, 1, 'BD')), b''))
print('only dst types', probe(dst_only, [datetime(1969, 1, 1), datetime(1970, 1, 1, 12), datetime(1971, 1, 1)]))
neg = ZoneInfo.from_file(tzif(2, [-100, 1000, 2000], ((3600, 1, 'A'), (0, 0, 'B'), (7200, 1, 'C')), b'', [2, 1, 0]))
print('dst inference', probe(neg, [datetime(1969, 1, 1), datetime(1970, 1, 1, 1), datetime(1970, 1, 1, 2)]))
BAD = [b'', b'XXXX' + bytes(40), tzif(2, footer=b'AAA3BBB').getvalue(),
       tzif(2, footer=b'AAA25').getvalue(), tzif(2, footer=b'AAA3BBB,M13.1.0,M1.1.0').getvalue(),
       tzif(2, footer=b'AAA3BBB,M3.5.0').getvalue(), tzif(2, footer=b'AAA3BBB,M3.5.0,J0').getvalue(),
       tzif(2, footer=b'AAA3BBB,M3.5.0,J1x').getvalue(), tzif(2, footer=b'3AAA').getvalue(),
       tzif(2, footer=b'AAA3,J1,J2').getvalue(), tzif(2, footer=b'AAA3BBB,M3.5.0/168,J1').getvalue(),
       tzif(2, (), ()).getvalue(), tzif(2, [0], (), indices=[3]).getvalue()]
for data in BAD:
    show(f'from_file({data[:12]!r}...)', lambda: ZoneInfo.from_file(io.BytesIO(data)))
