# Golden test for ftpython's datetime: PEP 495 fold rules (same-zone wall-time comparison/subtraction, inter-zone
# inequality, hash, astimezone to self), fold in reprs/pickles, utcoffset checks, messages, and a broad sample.
# Deterministic; its stdout must be byte-identical on CPython 3.13 and on ftpython (via run_golden.py).
import copy
import pickle
import zoneinfo
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC

ny = zoneinfo.ZoneInfo('America/New_York')


def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = 'EXC %s: %s' % (type(e).__name__, e)
    print(label, r)


class Off(tzinfo):
    def __init__(self, off, dst=None, name='X'):
        self.off, self.d, self.name = off, dst, name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.d

    def tzname(self, dt):
        return self.name


# 1. fold before tzinfo in reprs
show('repr fold', lambda: datetime(2020, 1, 1, fold=1, tzinfo=timezone.utc))
show('repr time fold', lambda: time(1, 2, fold=1, tzinfo=timezone.utc))
# 2. same tzinfo: wall times, fold ignored
a = datetime(2021, 11, 7, 1, 30, tzinfo=ny)
b = datetime(2021, 11, 7, 1, 30, fold=1, tzinfo=ny)
show('same-zone eq', lambda: (a == b, a != b, a < b, a <= b, b > a))
show('sorted', lambda: sorted([b, a, datetime(2021, 11, 7, 1, 15, fold=1, tzinfo=ny)]))
show('set/dict', lambda: (len({a, b}), {a: 1, b: 2}[a]))
# 3. same tzinfo: naive subtraction; different: via UTC
show('sub same', lambda: str(datetime(2021, 3, 14, 12, tzinfo=ny) - datetime(2021, 3, 13, 12, tzinfo=ny)))
show('sub diff', lambda: str(datetime(2021, 3, 14, 12, tzinfo=ny) - datetime(2021, 3, 13, 17, tzinfo=UTC)))
show('sub fold', lambda: (b - a, b.astimezone(UTC) - a.astimezone(UTC)))
# 4. astimezone to the same tzinfo returns self
d = datetime(2021, 3, 14, 2, 30, tzinfo=ny)
show('astimezone self', lambda: (d.astimezone(ny) is d, d.astimezone(ny)))
show('astimezone utc', lambda: (a.astimezone(UTC), b.astimezone(UTC), d.astimezone(UTC)))
show('astimezone back', lambda: (b.astimezone(UTC).astimezone(ny), b.astimezone(UTC).astimezone(ny).fold))
# 5. inter-zone comparison of fold-dependent datetimes
show('pep495 eq', lambda: (b == b.astimezone(UTC), a == a.astimezone(UTC), b != b.astimezone(UTC)))
show('pep495 order', lambda: (b < b.astimezone(UTC), b > b.astimezone(UTC), a < b.astimezone(UTC)))
show('gap eq', lambda: (d == d.astimezone(UTC), d.utcoffset(), d.replace(fold=1).utcoffset()))
# 6. hash uses the fold=0 offset
show('hash fold', lambda: (hash(a) == hash(b), hash(time(1, fold=1)) == hash(time(1))))
show('hash aware', lambda: hash(datetime(2020, 1, 1, 5, tzinfo=UTC)) ==
     hash(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-5)))))
# 7. pickling and copying keep fold
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    show('pickle %d' % proto, lambda: (pickle.loads(pickle.dumps(datetime(2021, 1, 1, fold=1), proto)).fold,
                                      pickle.loads(pickle.dumps(time(fold=1), proto)).fold,
                                      pickle.loads(pickle.dumps(b, proto)),
                                      pickle.loads(pickle.dumps(date(2020, 2, 29), proto)),
                                      pickle.loads(pickle.dumps(timedelta(-1, 5, 7), proto)),
                                      pickle.loads(pickle.dumps(timezone(timedelta(hours=3), 'T'), proto)),
                                      pickle.loads(pickle.dumps(UTC, proto)) is UTC))
show('copy', lambda: (copy.deepcopy(b).fold, copy.copy(time(fold=1)).fold, copy.deepcopy(b) == b))
show('state', lambda: (datetime(b'\x07\xe4\x81\x01\x02\x03\x04\x00\x00\x05'), time(b'\x81\x02\x03\x00\x00\x04', UTC),
                       date(b'\x07\xe4\x02\x1d')))
# 8. utcoffset()/dst()/tzname() results are checked
show('off 24h', lambda: datetime(2020, 1, 1, tzinfo=Off(timedelta(hours=24))).utcoffset())
show('off -24h', lambda: datetime(2020, 1, 1, tzinfo=Off(timedelta(hours=-24))).isoformat())
show('off int', lambda: datetime(2020, 1, 1, tzinfo=Off(5)).utcoffset())
show('dst 24h', lambda: datetime(2020, 1, 1, tzinfo=Off(timedelta(0), timedelta(days=1))).dst())
show('dst str', lambda: datetime(2020, 1, 1, tzinfo=Off(timedelta(0), 'x')).dst())
show('tzname int', lambda: datetime(2020, 1, 1, tzinfo=Off(timedelta(0), None, 3)).tzname())
show('time off', lambda: time(tzinfo=Off(timedelta(hours=25))).utcoffset())
show('off seconds', lambda: (str(datetime(2020, 1, 1, tzinfo=Off(timedelta(seconds=-3661, microseconds=5)))),
                             datetime(2020, 1, 1, tzinfo=Off(timedelta(minutes=90))).strftime('%z %:z %Z')))
# 9. messages
show('attr', lambda: date(2020, 1, 1).hour)
show('attr2', lambda: (datetime(2020, 1, 1).foo))
show('attr3', lambda: timedelta(1).foo)


def setyear():
    date(2020, 1, 1).year = 5


show('readonly', setyear)
show('missing', lambda: date(2020))
show('missing2', lambda: datetime(2020, 1))
show('float arg', lambda: date(2020.0, 1, 1))
show('str arg', lambda: datetime(2020, 1, '1'))
for f in (lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: date(2021, 2, 29), lambda: time(24),
          lambda: time(0, 60), lambda: time(0, 0, 60), lambda: time(0, 0, 0, 10 ** 6), lambda: time(fold=2),
          lambda: datetime(2020, 1, 1, tzinfo=1), lambda: timezone(5), lambda: timezone(timedelta(hours=24)),
          lambda: timezone(timedelta(0), 3), lambda: timedelta('1'), lambda: timedelta(days=10 ** 9),
          lambda: date.max + timedelta(1), lambda: datetime.min - timedelta(microseconds=1),
          lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=UTC),
          lambda: datetime(2020, 1, 1) - datetime(2020, 1, 1, tzinfo=UTC),
          lambda: time() < time(tzinfo=UTC), lambda: timedelta(1) / 0, lambda: timedelta(1) // 0,
          lambda: timedelta(1) % timedelta(0), lambda: timedelta(1) / timedelta(0),
          lambda: timedelta(seconds=float('nan')), lambda: timedelta(seconds=float('inf')),
          lambda: date.fromordinal(0), lambda: date.fromisocalendar(2020, 54, 1),
          lambda: date.fromisocalendar(2020, 1, 8), lambda: date.fromisoformat('2020-13-01'),
          lambda: date.fromisoformat(20200101), lambda: datetime.fromisoformat('2020-01-01T25:00'),
          lambda: datetime.fromisoformat('2020-01-01T12:00+24:00'), lambda: time.fromisoformat('1'),
          lambda: datetime(2020, 1, 1).isoformat(sep='ab'), lambda: time().isoformat('x'),
          lambda: datetime.combine(1, time()), lambda: datetime(2020, 1, 1, tzinfo=UTC).astimezone(5),
          lambda: UTC.fromutc(datetime(2020, 1, 1)), lambda: tzinfo().utcoffset(None),
          lambda: UTC.utcoffset(5), lambda: datetime.fromtimestamp(float('nan')),
          lambda: datetime.fromtimestamp(1e20, UTC), lambda: datetime.fromtimestamp('1'),
          lambda: format(timedelta(1), 'x'), lambda: datetime(2020, 1, 1).strftime(5)):
    try:
        r = repr(f())
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print('err', r)

# a broad sample
zones = [None, UTC, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8), 'PST'),
         timezone(timedelta(seconds=-3661, microseconds=5)), ny, zoneinfo.ZoneInfo('Australia/Lord_Howe')]
state = [12345]


def rnd(n):
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state[0] >> 20) % n


specs = ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']
directives = ['%a', '%A', '%b', '%B', '%c', '%d', '%D', '%e', '%f', '%F', '%g', '%G', '%H', '%I', '%j', '%k',
              '%l', '%m', '%M', '%p', '%P', '%r', '%R', '%S', '%T', '%u', '%U', '%V', '%w', '%W', '%x', '%X',
              '%y', '%Y', '%z', '%:z', '%Z', '%%', '%C', '%-d', '%_m', '%^a', '%#b', '%10Y', '%EY', '%Oy', '%q']
for i in range(30):
    y = [1, 4, 99, 999, 1000, 1969, 1970, 2000, 2020, 2021, 9999][rnd(11)] if rnd(2) else 1 + rnd(9999)
    if rnd(4) == 0:
        y, m, dd = [(2021, 11, 7), (2021, 3, 14), (2020, 10, 4), (2020, 4, 5)][rnd(4)]
    else:
        m, dd = 1 + rnd(12), 1 + rnd(28)
    x = datetime(y, m, dd, rnd(24) if rnd(3) else 1 + rnd(2), rnd(60), rnd(60) if rnd(2) else 0,
                 rnd(10 ** 6) if rnd(2) else 0, zones[rnd(len(zones))], fold=rnd(2))
    z = x.replace(tzinfo=zones[rnd(len(zones))]) if rnd(2) else x.replace(hour=rnd(24), fold=rnd(2))
    t = timedelta(rnd(200) - 100, rnd(86400), rnd(10 ** 6)) if rnd(2) else timedelta(seconds=rnd(10 ** 9) - 5 * 10 ** 8)
    fmt = ''.join(directives[rnd(len(directives))] for _ in range(4))
    print(i, repr(x), str(x), x.isoformat(timespec=specs[rnd(6)]), x.utcoffset(), x.dst(), x.tzname())
    show(' cmp', lambda: (x == z, x != z, x < z, x >= z))
    show(' sub', lambda: x - z)
    show(' add', lambda: (x + t, x - t))
    show(' astz', lambda: (x.astimezone(UTC), x.astimezone(ny)) if x.tzinfo else None)
    show(' ts', lambda: x.timestamp() if x.tzinfo else None)
    show(' tt', lambda: (tuple(x.timetuple()), tuple(x.utctimetuple()), x.isocalendar(), x.ctime()))
    show(' iso', lambda: datetime.fromisoformat(x.isoformat()) == x if not isinstance(x.tzinfo, zoneinfo.ZoneInfo) else None)
    show(' fmt', lambda: (x.strftime(fmt), x.date().strftime(fmt), x.timetz().strftime(fmt)))
    show(' td', lambda: (t, str(t), -t, abs(t), t * 3, t // 7, t / 3, t * 0.37, t / 1.9, t % timedelta(hours=7),
                         divmod(t, timedelta(minutes=13)), t.total_seconds()))
    show(' date', lambda: (x.date() + t, x.date() - t, x.date() - date(2000, 1, 1), x.date().isocalendar()))
    show(' time', lambda: (x.timetz(), x.time() < time(12), x.timetz() == z.timetz()))
for s in ['2020-01-02', '20200102', '2020-W01', '2020W013', '2020-W53-7', '2020-01-02T03', '2020-01-02 0304',
          '2020-01-02T03:04:05.1', '2020-01-02T03:04:05,123456789', '2020-01-02T03:04:05Z', '2020-01-02x03:04+05',
          '2020-01-02T03:04:05-0530', '2020-01-02T03:04:05+05:30:15.5', '2020-01-02T03:04.5', '2020-W01-3T12Z',
          '2020-01-02T', '2020-1-02', '2020-01-02T03:04:05+5', '2021-W53', 'T03:04']:
    show('fromiso ' + s, lambda: (datetime.fromisoformat(s), date.fromisoformat(s)))
    show('timeiso ' + s[11:], lambda: time.fromisoformat(s[11:]))
for ts in [0, 1.5, -1.5, 0.0000005, 0.0000015, 1e9 + 0.9999996, 253402300799, 253402300800, 1.7e9 + 0.1234565]:
    show('fromts %r' % ts, lambda: (datetime.fromtimestamp(ts, UTC), datetime.fromtimestamp(ts, ny)))
for a_, b_ in [(0.5e-6, 0), (1.5e-6, 0), (2.5e-6, 0), (1 / 3, 0.1), (1e-7, 86399.9999995)]:
    show('td float', lambda: (timedelta(seconds=a_, milliseconds=b_), timedelta(days=a_, hours=b_)))
show('limits', lambda: (date.min, date.max, datetime.min, datetime.max, time.min, time.max, timedelta.min,
                        timedelta.max, date.resolution, time.resolution, timedelta.resolution, MINYEAR, MAXYEAR,
                        timezone.min, timezone.max, UTC, timezone(timedelta(0)) is UTC))
show('strptime', lambda: (datetime.strptime('2020-03-04 05:06:07.5 +0130', '%Y-%m-%d %H:%M:%S.%f %z'),
                          datetime.strptime('04/03/20 1:02 PM', '%d/%m/%y %I:%M %p'),
                          datetime.strptime('Mar 4 2020', '%b %d %Y')))
show('misc', lambda: (date(2020, 1, 1).replace(2021), datetime(2020, 1, 1).__replace__(hour=5),
                      datetime.combine(date(2020, 1, 2), time(3, 4, fold=1, tzinfo=UTC)),
                      date(2020, 1, 1).isocalendar().week, format(date(2020, 5, 6), '%d/%m'),
                      f'{datetime(2020, 1, 1, 5)}', datetime(2020, 1, 1, tzinfo=UTC).timestamp()))
print('done')
