# strptime: %U/%W/%w/%u week arithmetic (CPython's rule for week 0 and for days past the year's end), %G/%V ISO
# weeks and their errors, %c/%x/%X in the C locale, %y as exactly two digits; datetime.fromtimestamp(timestamp=...).
import warnings
warnings.simplefilter('ignore')
from datetime import datetime
import time
cases = [('1', '%d'), ('01', '%d'), ('2', '%m'), ('1 5', '%d %H'), ('1 5', '%d %y'), ('1 05', '%d %y'), ('1 7', '%d %U'),
         ('1 8', '%d %W'), ('1 9', '%d %u'), ('2024 10 3', '%Y %W %w'), ('2024 10 3', '%Y %U %w'), ('2024 0 1', '%Y %U %u'),
         ('2023 0 0', '%Y %W %w'), ('2021 00 Mon', '%Y %U %a'), ('2020 53 Thursday', '%Y %V %A'),
         ('2020 53 Thursday', '%G %V %A'), ('2021 1 1', '%G %V %u'), ('2021 1', '%G %V'), ('2021', '%G'),
         ('Tue Dec  1 11:41:52 2026', '%c'), ('12/01/26', '%x'), ('11:41:52', '%X'), ('2024\t5', '%Y%t%m'),
         ('2024 366', '%Y %j'), ('1999 1 7', '%Y %w %u'), ('2024 7', '%Y %w'), ('1900 53 6', '%Y %W %w')]
for string, fmt in cases:
    try:
        print(repr(string), fmt, datetime.strptime(string, fmt))
    except ValueError as e:
        print(repr(string), fmt, 'ValueError', e)
print(time.strptime('2024 10 3', '%Y %W %w')[:8])
from datetime import date, timezone
print(datetime.fromtimestamp(timestamp=0, tz=timezone.utc), datetime.fromtimestamp(86400 * 365, timezone.utc))
try:
    date.fromtimestamp(t=0)
except TypeError as e:
    print('TypeError')
