# SPDX-License-Identifier: Apache-2.0
# datetime (date, time, datetime, timedelta, timezone: arithmetic, iso formats, strftime/strptime) and time's struct_time, gmtime, strftime, strptime.
import datetime as dt
from datetime import date, datetime, timedelta, timezone, time
import time as tm
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2024, 1, 1), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(date.fromordinal(738000), date.fromisoformat("2023-12-31"), d.replace(day=1), d.strftime("%A %d %B %Y, day %j, week %U/%W"), d.ctime())
print(d < date(2024, 3, 1), d == date(2024, 2, 28), hash(d) == hash(date(2024, 2, 28)), sorted([date(2024, 1, 2), date(2023, 5, 5)]))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), td * 2, td / 2, td // 3, -td, abs(-td), timedelta(hours=-1), timedelta(0))
print(timedelta(minutes=90) // timedelta(minutes=20), timedelta(minutes=90) % timedelta(minutes=20), divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(weeks=1) / timedelta(days=1), timedelta(seconds=1.5), timedelta(milliseconds=1))
x = datetime(2024, 3, 10, 14, 30, 15, 123456)
print(x, repr(x), x.isoformat(), x.isoformat(" ", "seconds"), x.date(), x.time(), x + timedelta(hours=10), x - datetime(2024, 1, 1))
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %y %b %a %%"), format(x, "%H:%M"), f"{x:%d/%m/%Y}", x.replace(year=2020, microsecond=0), x.timetuple()[:6])
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime.fromisoformat("2024-05-06 07:08:09.500+02:00"), datetime.fromisoformat("2024-05-06"))
print(datetime.strptime("2024-07-04 12:34:56", "%Y-%m-%d %H:%M:%S"), datetime.strptime("04/Jul/2024:10:00:00 +0200", "%d/%b/%Y:%H:%M:%S %z"), datetime.strptime("5 March 23", "%d %B %y"))
u = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
cet = timezone(timedelta(hours=1), "CET")
print(u, repr(u), u.astimezone(cet), u.astimezone(cet).tzname(), u.utcoffset(), u.timestamp(), datetime.fromtimestamp(0, timezone.utc), repr(cet), str(timezone(timedelta(hours=-5, minutes=-30))))
print(u == u.astimezone(cet), u - datetime(2023, 12, 31, tzinfo=cet), datetime(2024, 1, 1) < datetime(2024, 1, 2), timezone.utc, dt.UTC is timezone.utc)
try:
    datetime(2024, 1, 1) < u
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: date(2023, 2, 29), lambda: datetime(2024, 13, 1), lambda: time(25), lambda: datetime.strptime("x", "%Y"), lambda: date.fromisoformat("2024/01/01")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
t = time(9, 5, 7, 250)
print(t, repr(t), t.isoformat("milliseconds"), time(9, 5), repr(time(9, 5)), t.replace(hour=10), time.fromisoformat("10:20:30"), t < time(10))
print(datetime.combine(date(2024, 1, 2), time(3, 4)), datetime(2024, 1, 1).timestamp() == tm.mktime((2024, 1, 1, 0, 0, 0, 0, 1, -1)))
print(tm.gmtime(0), tm.strftime("%Y-%m-%d %H:%M:%S", tm.gmtime(86400 * 365)), tm.asctime(tm.gmtime(1e9)), tm.gmtime(1700000000)[:6], tm.strptime("2024-02-29", "%Y-%m-%d")[:8])
print(type(datetime.now()).__name__, datetime.now().year >= 2024, isinstance(tm.localtime(), tm.struct_time), tm.localtime().tm_year >= 2024, isinstance(tm.process_time(), float), tm.monotonic_ns() > 0)
print(dt.MINYEAR, dt.MAXYEAR, date.max, datetime.min, timedelta.max, timedelta.resolution)
