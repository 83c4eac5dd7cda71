# SPDX-License-Identifier: Apache-2.0
# calendar for ftpython: calendar arithmetic plus text and HTML calendars,
# written here after CPython 3.13's documented behaviour (C locale names only).

import sys
import datetime as _dt
from enum import IntEnum

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "Day", "Month", "JANUARY", "FEBRUARY", "MARCH",
           "APRIL", "MAY", "JUNE", "JULY",
           "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

# Kept for backwards compatibility: the old name of the exception base.
error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % (self.weekday,))


class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12

    # CPython marks these enums with enum.global_enum (not available in
    # ftpython), which makes the repr "calendar.NAME".
    def __repr__(self):
        return "calendar." + self.name


class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6

    def __repr__(self):
        return "calendar." + self.name


JANUARY = Month.JANUARY
FEBRUARY = Month.FEBRUARY
MARCH = Month.MARCH
APRIL = Month.APRIL
MAY = Month.MAY
JUNE = Month.JUNE
JULY = Month.JULY
AUGUST = Month.AUGUST
SEPTEMBER = Month.SEPTEMBER
OCTOBER = Month.OCTOBER
NOVEMBER = Month.NOVEMBER
DECEMBER = Month.DECEMBER

MONDAY = Day.MONDAY
TUESDAY = Day.TUESDAY
WEDNESDAY = Day.WEDNESDAY
THURSDAY = Day.THURSDAY
FRIDAY = Day.FRIDAY
SATURDAY = Day.SATURDAY
SUNDAY = Day.SUNDAY

# Days per month in a common year; index 0 is a placeholder.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June',
                'July', 'August', 'September', 'October', 'November',
                'December']
_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday']


class _localized_month:
    """Sequence of month names (index 0 is the empty string)."""

    def __init__(self, format):
        self.format = format
        if format == '%b':
            self._names = [n[:3] for n in _MONTH_NAMES]
        else:
            self._names = list(_MONTH_NAMES)

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 13


class _localized_day:
    """Sequence of weekday names, Monday first."""

    def __init__(self, format):
        self.format = format
        if format == '%a':
            self._names = [n[:3] for n in _DAY_NAMES]
        else:
            self._names = list(_DAY_NAMES)

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return 7


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2).
       Assume y1 <= y2."""
    a = y1 - 1
    b = y2 - 1
    return (b // 4 - a // 4) - (b // 100 - a // 100) + (b // 400 - a // 400)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return Day(_dt.date(year, month, day).weekday())


def _check_month(month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)


def _monthlen(year, month):
    n = mdays[month]
    if month == 2 and isleap(year):
        n += 1
    return n


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


def monthrange(year, month):
    """Return weekday of first day of month (0-6 ~ Mon-Sun)
       and number of days (28-31) for year, month."""
    _check_month(month)
    first = weekday(year, month, 1)
    return first, mdays[month] + (month == 2 and isleap(year))


def _plain(n):
    # ftpython's %-formatting rejects IntEnum members for %d/%i.
    if type(n) is not int and isinstance(n, int):
        return int(n)
    return n


class Calendar(object):
    """Base calendar class: prepares data for formatting, does no output."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday  # 0 = Monday, 6 = Sunday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Weekday numbers for one week, starting at the first weekday."""
        start = self.firstweekday
        for k in range(7):
            yield (start + k) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects of the complete weeks covering the month."""
        for y, m, d in self.itermonthdays3(year, month):
            yield _dt.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the complete weeks covering the month;
        days outside the month are 0."""
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        for k in range(lead):
            yield 0
        for d in range(1, ndays + 1):
            yield d
        trail = (self.firstweekday - first - ndays) % 7
        for k in range(trail):
            yield 0

    def itermonthdays2(self, year, month):
        """(day number, weekday number) tuples; day number 0 outside."""
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd
            wd = (wd + 1) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) tuples of the complete weeks covering the
        month, without datetime.date's range limits."""
        first, ndays = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - ndays) % 7
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - lead + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) tuples, like itermonthdays3."""
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd
            wd = (wd + 1) % 7

    @staticmethod
    def _weeks(items):
        return [items[k:k + 7] for k in range(0, len(items), 7)]

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each 7 datetime.date objects."""
        return self._weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day, weekday) tuples."""
        return self._weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers (0 outside)."""
        return self._weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """The year as rows of `width` months (see monthdatescalendar)."""
        months = [self.monthdatescalendar(year, m) for m in range(1, 13)]
        return [months[k:k + width] for k in range(0, 12, width)]

    def yeardays2calendar(self, year, width=3):
        """The year as rows of `width` months (see monthdays2calendar)."""
        months = [self.monthdays2calendar(year, m) for m in range(1, 13)]
        return [months[k:k + width] for k in range(0, 12, width)]

    def yeardayscalendar(self, year, width=3):
        """The year as rows of `width` months (see monthdayscalendar)."""
        months = [self.monthdayscalendar(year, m) for m in range(1, 13)]
        return [months[k:k + width] for k in range(0, 12, width)]


class TextCalendar(Calendar):
    """Calendar producing plain text."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        if day == 0:
            text = ''
        else:
            text = '%2i' % _plain(day)
        return text.center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(k, width)
                         for k in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        sep = '\n' * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1)
                 .rstrip(), sep,
                 self.formatweekheader(w).rstrip(), sep]
        for wk in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(wk, w).rstrip())
            parts.append(sep)
        return ''.join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        sep = '\n' * l
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), sep]
        header = self.formatweekheader(w)
        rows = self.yeardays2calendar(theyear, m)
        for r, row in enumerate(rows):
            first = r * m + 1
            out.append(sep)
            names = [self.formatmonthname(theyear, k, colwidth, False)
                     for k in range(first, min(first + m, 13))]
            out.append(formatstring(names, colwidth, c).rstrip())
            out.append(sep)
            out.append(formatstring([header] * len(names), colwidth, c)
                       .rstrip())
            out.append(sep)
            height = max([len(cal) for cal in row])
            for k in range(height):
                cols = []
                for cal in row:
                    if k < len(cal):
                        cols.append(self.formatweek(cal[k], w))
                    else:
                        cols.append('')
                out.append(formatstring(cols, colwidth, c).rstrip())
                out.append(sep)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendar producing HTML tables."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday],
                                           _plain(day))

    def formatweek(self, theweek):
        return '<tr>%s</tr>' % ''.join([self.formatday(d, wd)
                                        for d, wd in theweek])

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day],
                                           day_abbr[day])

    def formatweekheader(self):
        return '<tr>%s</tr>' % ''.join([self.formatweekday(k)
                                        for k in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        if withyear:
            text = '%s %s' % (month_name[themonth], theyear)
        else:
            text = '%s' % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (
            self.cssclass_month_head, text)

    def formatmonth(self, theyear, themonth, withyear=True):
        parts = ['<table border="0" cellpadding="0" cellspacing="0" '
                 'class="%s">' % self.cssclass_month, '\n',
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 '\n', self.formatweekheader(), '\n']
        for wk in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(wk))
            parts.append('\n')
        parts.append('</table>')
        parts.append('\n')
        return ''.join(parts)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" '
                 'class="%s">' % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>' % (
                     _plain(width), self.cssclass_year_head, theyear)]
        for start in range(1, 13, width):
            parts.append('<tr>')
            for m in range(start, min(start + width, 13)):
                parts.append('<td>')
                parts.append(self.formatmonth(theyear, m, withyear=False))
                parts.append('</td>')
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        """Return a complete XHTML page for the year, as bytes."""
        if encoding is None:
            getenc = getattr(sys, 'getdefaultencoding', None)
            encoding = getenc() if getenc is not None else 'utf-8'
        parts = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                 '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                 '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                 '<html>\n', '<head>\n',
                 '<meta http-equiv="Content-Type" '
                 'content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            parts.append('<link rel="stylesheet" type="text/css" '
                         'href="%s" />\n' % css)
        parts.append('<title>Calendar for %d</title>\n' % _plain(theyear))
        parts.append('</head>\n')
        parts.append('<body>\n')
        parts.append(self.formatyear(theyear, width))
        parts.append('</body>\n')
        parts.append('</html>\n')
        return _xml_encode(''.join(parts), encoding)


def _xml_encode(text, encoding):
    # Equivalent of text.encode(encoding, 'xmlcharrefreplace'); ftpython
    # has no 'xmlcharrefreplace' error handler, so fall back per character.
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            out.append(ch.encode(encoding))
        except UnicodeEncodeError:
            out.append(('&#%d;' % ord(ch)).encode('ascii'))
    return b''.join(out)


class different_locale:
    """Context manager for a temporary locale; ftpython has no locale
    module, so this only records the requested locale."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        return None


def _get_default_locale():
    return None


class LocaleTextCalendar(TextCalendar):
    """TextCalendar taking a locale; names stay the C-locale (English)
    names because ftpython has no locale module."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar taking a locale; names stay the C-locale (English)
    names because ftpython has no locale module."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _get_default_locale()
        self.locale = locale


# Module-level interface backed by one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1   # width of a month column with 2-char days
_spacing = 6            # spaces between month columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print strings centered in columns."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Return strings centered in columns of width colwidth, joined by
    `spacing` spaces."""
    return (' ' * spacing).join([s.center(colwidth) for s in cols])


EPOCH = 1970
_EPOCH_ORD = _dt.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Inverse of time.gmtime(): seconds since the epoch for a UTC tuple."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _dt.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


# (name or flags, keyword arguments) of the command line's options, CPython's, in its order
_TEXT_OPTIONS = (
    (("-w", "--width"), dict(type=int, default=2, help="width of date column (default 2)")),
    (("-l", "--lines"), dict(type=int, default=1, help="number of lines for each week (default 1)")),
    (("-s", "--spacing"), dict(type=int, default=6, help="spacing between months (default 6)")),
    (("-m", "--months"), dict(type=int, default=3, help="months per row (default 3)")),
)
_COMMON_OPTIONS = (
    (("-L", "--locale"), dict(default=None, help="locale to use for month and weekday names")),
    (("-e", "--encoding"), dict(default=None, help="encoding to use for output")),
    (("-t", "--type"), dict(default="text", choices=("text", "html"), help="output type (text or html)")),
    (("-f", "--first-weekday"), dict(type=int, default=0,
                                     help="weekday (0 is Monday, 6 is Sunday) to start each week (default 0)")),
    (("year",), dict(nargs='?', type=int, help="year number")),
    (("month",), dict(nargs='?', type=int, help="month number (1-12, text only)")),
)


def main(args=None):
    """The command line (ftpython -m calendar [year [month]]): a year's or a month's calendar, as text or as an HTML
    page, with CPython's options."""
    import argparse
    parser = argparse.ArgumentParser()
    text_group = parser.add_argument_group('text only arguments')
    html_group = parser.add_argument_group('html only arguments')
    for flags, kw in _TEXT_OPTIONS:
        text_group.add_argument(*flags, **kw)
    html_group.add_argument("-c", "--css", default="calendar.css", help="CSS to use for page")
    for flags, kw in _COMMON_OPTIONS:
        parser.add_argument(*flags, **kw)
    options = parser.parse_args(args)
    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
    locale = options.locale, options.encoding
    year = _dt.date.today().year if options.year is None else options.year
    if options.type == "html":
        if options.month:
            parser.error("incorrect number of arguments")
        cal = LocaleHTMLCalendar(locale=locale) if options.locale else HTMLCalendar()
        cal.setfirstweekday(options.first_weekday)
        encoding = options.encoding or sys.getdefaultencoding()
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding, css=options.css))
        return
    cal = LocaleTextCalendar(locale=locale) if options.locale else TextCalendar()
    cal.setfirstweekday(options.first_weekday)
    if options.year is not None and options.month is not None:
        result = cal.formatmonth(year, options.month, w=options.width, l=options.lines)
    else:
        result = cal.formatyear(year, w=options.width, l=options.lines, c=options.spacing, m=options.months)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main()
