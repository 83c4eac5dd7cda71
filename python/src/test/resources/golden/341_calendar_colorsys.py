# Golden test for calendar and colorsys: arithmetic helpers, enums and name
# sequences, Calendar iterators, TextCalendar/HTMLCalendar output (several
# years, widths and first weekdays), error cases, and colorsys conversions.
import io
import os
import sys


import calendar
import colorsys


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        if hasattr(r, '__next__'):
            r = list(r)
        print(label, repr(r))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


def capture(f, *args):
    old = sys.stdout
    buf = io.StringIO()
    sys.stdout = buf
    try:
        f(*args)
    finally:
        sys.stdout = old
    return buf.getvalue()


print('== constants')
print(repr(calendar.MONDAY), repr(calendar.SUNDAY), repr(calendar.JANUARY),
      repr(calendar.DECEMBER))
print(str(calendar.MONDAY), str(calendar.SUNDAY), int(calendar.DECEMBER))
print(list(calendar.Day), list(calendar.Month))
print(calendar.Day(3), repr(calendar.Day(3)), calendar.Day.FRIDAY.name,
      calendar.Month.MAY.value, calendar.MONDAY == 0, calendar.MAY + 1)
print(isinstance(calendar.TUESDAY, int), calendar.TUESDAY is calendar.Day.TUESDAY)
show('Month(0)', calendar.Month, 0)
show('Day(7)', calendar.Day, 7)
print(calendar.EPOCH, calendar.mdays, calendar.error is ValueError)
for n in ('IllegalMonthError', 'IllegalWeekdayError'):
    cls = getattr(calendar, n)
    print(n, issubclass(cls, ValueError), [k.__name__ for k in cls.__mro__])
e = calendar.IllegalMonthError(13)
print(e.args, repr(e), str(e), e.month)
e = calendar.IllegalWeekdayError(9)
print(e.args, repr(e), str(e), e.weekday)
print(str(calendar.IllegalMonthError('x')))
print(sorted(calendar.__all__))

print('== names')
for seq in (calendar.day_name, calendar.day_abbr, calendar.month_name,
            calendar.month_abbr):
    print(len(seq), list(seq), seq[0], seq[-1], seq[1:4], seq[::-3])
print(repr(calendar.month_name[0]), repr(calendar.month_abbr[0]))
print('May' in calendar.month_abbr, 'Mon' in calendar.day_name)
print(list(reversed(calendar.day_abbr)))
show('month_name[13]', lambda: calendar.month_name[13])
show('day_abbr[7]', lambda: calendar.day_abbr[7])
show('day_name[-8]', lambda: calendar.day_name[-8])

print('== isleap/leapdays')
print([y for y in range(1890, 2110) if calendar.isleap(y)])
print([calendar.isleap(y) for y in (0, -4, -100, -400, 1600, 1700, 2000, 2100)])
for a, b in ((2000, 2000), (1900, 2000), (2000, 1900), (1, 10000), (-100, 100),
             (0, 1), (1999, 2001), (2001, 2004), (2001, 2005), (-401, -399)):
    print('leapdays', a, b, calendar.leapdays(a, b))

print('== weekday')
for y, m, d in ((2024, 1, 1), (1970, 1, 1), (1, 1, 1), (9999, 12, 31),
                (2000, 2, 29), (0, 1, 1), (-1, 6, 15), (10000, 1, 1),
                (12345, 7, 4), (-2024, 3, 3)):
    show('weekday %r' % ((y, m, d),), calendar.weekday, y, m, d)
show('weekday bad month', calendar.weekday, 2000, 13, 1)
show('weekday bad day', calendar.weekday, 2001, 2, 29)
show('weekday float', calendar.weekday, 2001, 2.0, 1)

print('== monthrange')
for y in (1900, 2000, 2023, 2024, 1, 9999, 0, -1, 10000):
    print(y, [calendar.monthrange(y, m) for m in range(1, 13)])
for m in (0, 13, -1, 100):
    show('monthrange %d' % m, calendar.monthrange, 2024, m)
show('monthrange float', calendar.monthrange, 2024, 2.0)

print('== timegm')
for t in ((1970, 1, 1, 0, 0, 0), (2024, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 30, 45),
          (1969, 12, 31, 23, 59, 59, 0, 0, 0), (2024, 1, 1, 0, 0, 0.5),
          (2024, 1, 40, 25, 61, 61), (1, 1, 1, 0, 0, 0), (9999, 12, 31, 23, 59, 59),
          [2000, 3, 1, 1, 2, 3], (2038, 1, 19, 3, 14, 8), (2024, 6, 0, 0, 0, 0),
          (2024, 6, 1, -1, -1, -1)):
    show('timegm %r' % (t,), calendar.timegm, t)
show('timegm month 13', calendar.timegm, (2024, 13, 1, 0, 0, 0))
show('timegm month 0', calendar.timegm, (2024, 0, 1, 0, 0, 0))
show('timegm short', calendar.timegm, (2024, 1, 1))

print('== firstweekday')
print(repr(calendar.firstweekday()))
for fw in (7, -1, 100):
    show('setfirstweekday %d' % fw, calendar.setfirstweekday, fw)
show('setfirstweekday str', calendar.setfirstweekday, 'a')
print(repr(calendar.firstweekday()))
calendar.setfirstweekday(calendar.SUNDAY)
print(repr(calendar.firstweekday()), calendar.weekheader(2))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2), end='')
calendar.setfirstweekday(3)
print(calendar.month(2023, 10, 3, 1), end='')
print(calendar.week([(1, 3), (2, 4), (0, 5)], 3) + '|')
calendar.setfirstweekday(0)
print(repr(calendar.firstweekday()))
show('monthcalendar 13', calendar.monthcalendar, 2024, 13)

print('== enum arguments')
print(calendar.monthrange(2024, calendar.FEBRUARY), calendar.weekday(2024, calendar.MAY, 5))
print(calendar.isleap(2024), calendar.month_name[calendar.MAY], calendar.day_abbr[calendar.FRIDAY])
ce = calendar.Calendar(calendar.SUNDAY)
print([(repr(k), type(k).__name__) for k in ce.iterweekdays()][:2], type(ce.firstweekday).__name__)
print(list(ce.itermonthdays2(2024, calendar.JUNE))[:3])
print(calendar.TextCalendar(calendar.WEDNESDAY).formatmonth(2024, calendar.JULY), end='')
print(calendar.TextCalendar().formatday(calendar.Day.FRIDAY, 0, 3) + '|')
print(calendar.HTMLCalendar().formatday(calendar.Day.FRIDAY, calendar.SATURDAY))
calendar.setfirstweekday(calendar.SATURDAY)
print(repr(calendar.firstweekday()), calendar.weekheader(1))
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.timegm((2024, calendar.MARCH, 1, 0, 0, 0)))
print('== Calendar')
for fw in (0, 3, 6, -1, 13):
    cal = calendar.Calendar(fw)
    print('fw', fw, cal.firstweekday, cal.getfirstweekday(),
          list(cal.iterweekdays()))
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays2(2023, 12)))
    print(list(cal.itermonthdays3(2024, 3))[:9])
    print(list(cal.itermonthdays4(2024, 12))[-9:])
    print([str(d) for d in cal.itermonthdates(2021, 1)][:8])
    print(cal.monthdayscalendar(2015, 2))
    print(cal.monthdays2calendar(2026, 8))
    print(cal.monthdatescalendar(2024, 9)[0])
cal = calendar.Calendar()
cal.setfirstweekday(4)
print(cal.firstweekday, list(cal.iterweekdays()))
cal.firstweekday = 9
print(cal.firstweekday, cal.getfirstweekday())
c6 = calendar.Calendar(6)
print(list(c6.itermonthdays3(1, 1))[:3], list(cal.itermonthdays3(9999, 12))[-3:])
print(list(calendar.Calendar().itermonthdays4(9999, 12))[-3:])
print(list(calendar.Calendar(2).itermonthdays(0, 1)),
      list(calendar.Calendar(2).itermonthdays2(10000, 2))[-4:])
show('itermonthdates 1/1 fw6', lambda: list(c6.itermonthdates(1, 1))[:2])
show('itermonthdates 9999/12', lambda: list(calendar.Calendar().itermonthdates(9999, 12))[-2:])
show('itermonthdates 1/1 fw0', lambda: list(calendar.Calendar().itermonthdates(1, 1))[:2])
show('itermonthdays bad month', lambda: list(cal.itermonthdays(2024, 13)))
show('itermonthdays3 bad month', lambda: list(cal.itermonthdays3(2024, 0)))
for w in (1, 2, 3, 4, 5, 12, 13):
    yc = calendar.Calendar(1).yeardayscalendar(2024, w)
    print('yeardays w', w, len(yc), [len(r) for r in yc], yc[-1][-1][-1])
print(calendar.Calendar().yeardays2calendar(2023, 4)[1][2][0])
print([str(d) for d in calendar.Calendar(5).yeardatescalendar(2022, 6)[1][5][-1]])
show('yeardayscalendar 0', calendar.Calendar().yeardayscalendar, 2024, 0)
show('yeardayscalendar -1', calendar.Calendar().yeardayscalendar, 2024, -1)
show('yeardatescalendar 9999', lambda: len(calendar.Calendar().yeardatescalendar(9999)))

print('== TextCalendar pieces')
tc = calendar.TextCalendar()
for w in range(0, 13):
    print(w, repr(tc.formatweekheader(w)), [tc.formatweekday(d, w) for d in (0, 2, 6)])
for args in ((0, 0, 3), (5, 0, 3), (15, 0, 1), (15, 0, 6), (7, 3, 0), (31, 6, 2)):
    print('formatday', args, repr(tc.formatday(*args)))
print(repr(tc.formatweek([(0, 0), (1, 1), (2, 2)], 2)))
print(repr(tc.formatweek([(28, 5), (29, 6)], 4)))
for args in ((2024, 3, 20), (2024, 3, 20, False), (2024, 3, 3), (10000, 9, 30),
             (-5, 1, 15), (2024, 12, 0)):
    print('formatmonthname', args, repr(tc.formatmonthname(*args)))
show('formatweekday 7', tc.formatweekday, 7, 3)
show('formatweekday -1', tc.formatweekday, -1, 3)
show('formatmonthname 13', tc.formatmonthname, 2024, 13, 10)
show('formatmonth 13', tc.formatmonth, 2024, 13)
show('formatmonth 0', tc.formatmonth, 2024, 0)
print(repr(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2)))
print(repr(calendar.formatstring(['a', 'bb', 'ccc'])))
print(repr(calendar.formatstring([])))
calendar.format(['x', 'yy'], 4, 1)
print(repr(capture(tc.prweek, [(1, 0), (2, 1)], 2)))

print('== TextCalendar months')
for fw in (0, 6, 2):
    t = calendar.TextCalendar(fw)
    for y, m in ((2024, 2), (2023, 1), (2015, 2), (2026, 8), (1, 1), (9999, 12),
                 (0, 1), (-1, 1), (10000, 1)):
        print(t.formatmonth(y, m), end='')
for w, l in ((0, 0), (1, 1), (3, 1), (3, 2), (4, 1), (5, 3), (9, 1), (10, 1),
             (-3, -2)):
    print('w=%d l=%d' % (w, l))
    print(calendar.TextCalendar(6).formatmonth(2024, 11, w, l), end='')
print(repr(capture(calendar.TextCalendar(1).prmonth, 2024, 5)))
print(repr(capture(calendar.prmonth, 2024, 6, 3, 1)))

print('== TextCalendar years')
print(calendar.calendar(2024), end='')
print(calendar.TextCalendar(6).formatyear(2023, 2, 1, 6, 4), end='')
print(calendar.TextCalendar(2).formatyear(1900, 3, 2, 2, 5), end='')
print(calendar.TextCalendar().formatyear(2025, 0, 0, 0, 2), end='')
print(calendar.TextCalendar().formatyear(2026, 1, 1, 1, 6), end='')
print(calendar.TextCalendar(4).formatyear(10000, 4, 1, 3, 13), end='')
print(calendar.TextCalendar(5).formatyear(0, 2, 1, 8, 1), end='')
print(calendar.TextCalendar().formatyear(-3, 2, 1, 6, 12), end='')
print(repr(calendar.TextCalendar().formatyear(2024, 2, 1, 6, -1)))
show('formatyear m=0', calendar.TextCalendar().formatyear, 2024, 2, 1, 6, 0)
print(repr(capture(calendar.prcal, 2021)[-300:]))
print(repr(capture(calendar.TextCalendar(3).pryear, 2022, 2, 1, 4, 4)[:400]))

print('== HTMLCalendar')
hc = calendar.HTMLCalendar()
print(hc.cssclasses, hc.cssclasses_weekday_head, hc.cssclass_noday,
      hc.cssclass_month_head, hc.cssclass_month, hc.cssclass_year_head,
      hc.cssclass_year)
print(hc.formatday(0, 3), hc.formatday(5, 3), hc.formatday(31, 6))
print(hc.formatweek([(0, 0), (1, 1), (2, 2)]))
print(hc.formatweekday(0), hc.formatweekday(6))
print(hc.formatweekheader())
print(hc.formatmonthname(2024, 1), hc.formatmonthname(2024, 1, False),
      hc.formatmonthname(2024, 1, withyear=False))
print(hc.formatmonth(2024, 2), end='')
print(hc.formatmonth(2024, 3, withyear=False), end='')
print(calendar.HTMLCalendar(6).formatmonth(2023, 7), end='')
print(calendar.HTMLCalendar(3).formatmonth(1, 1), end='')
print(hc.formatyear(2023, 5))
h2 = calendar.HTMLCalendar(1)
for wd in (0, 2, 7, 13):
    s = h2.formatyear(2024, wd)
    print('htmlyear', wd, len(s), s.count('<tr>'), s.count('<td>'), s[:160])
page = hc.formatyearpage(2023)
print(type(page).__name__, len(page))
print(page[:700].decode('ascii'))
print(page[-200:].decode('ascii'))
page = hc.formatyearpage(2024, 2, None, 'ascii')
print(len(page), page[:500].decode('ascii'))
page = hc.formatyearpage(2022, 6, '\u00e9\u20ac.css', 'ascii')
print(len(page), page[:400])


class FancyHTML(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'
    cssclass_month = 'mm'
    cssclass_year_head = 'yh'

    def formatday(self, day, weekday):
        if day == 13:
            return '<td class="unlucky">13</td>'
        return calendar.HTMLCalendar.formatday(self, day, weekday)


fh = FancyHTML(2)
print(fh.formatmonth(2024, 9), end='')
print(fh.formatyear(2024, 6)[:500])

print('== Locale calendars')
lt = calendar.LocaleTextCalendar(0, 'C')
print(lt.formatmonth(2024, 4), end='')
print(calendar.LocaleTextCalendar(6, locale='C').formatweekheader(3))
lh = calendar.LocaleHTMLCalendar(locale='C')
print(lh.formatmonthname(2024, 4))
print(issubclass(calendar.LocaleTextCalendar, calendar.TextCalendar),
      issubclass(calendar.LocaleHTMLCalendar, calendar.HTMLCalendar))

print('== colorsys')
grid = [0.0, 0.25, 1.0 / 3.0, 0.5, 2.0 / 3.0, 1.0]
extra = [(-0.2, 0.5, 1.3), (1.5, -0.5, 0.25), (0, 0, 0), (1, 1, 1), (0, 1, 0),
         (0.999999, 1e-9, 0.5), (2, 3, 4), (0.5, 0.5, 0.5000001)]
triples = [(a, b, c) for a in grid for b in grid for c in grid] + extra
for name in ('rgb_to_yiq', 'yiq_to_rgb', 'rgb_to_hls', 'hls_to_rgb',
             'rgb_to_hsv', 'hsv_to_rgb'):
    fn = getattr(colorsys, name)
    print(name)
    for k in range(0, len(triples), 4):
        row = []
        for t in triples[k:k + 4]:
            try:
                row.append(repr(fn(*t)))
            except Exception as e:
                row.append('%s %s' % (type(e).__name__, e))
        print(' '.join(row))
for t in triples[::7]:
    print(colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*t)),
          colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*t)),
          colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*t)))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4))
print(colorsys.rgb_to_hls(1, 0, 0), colorsys.hls_to_rgb(1.0, 0.5, 1.0))
show('rgb_to_hsv str', colorsys.rgb_to_hsv, 'a', 0.1, 0.2)
print(sorted(colorsys.__all__) if hasattr(colorsys, '__all__') else None)
