# locale in the C locale, set explicitly so that the environment does not matter (lib/locale.py, written here;
# ftpython knows only C, POSIX and C.UTF-8): queries, conventions, number formatting and parsing, collation, errors.
import locale
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_NUMERIC))
conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.format_string('%d|%.2f|%s', (1234567, 1234.5678, 'x')), locale.format_string('%d', 1234567, grouping=True))
print(locale.str(3.25), locale.atof('3.5'), locale.atoi('42'), locale.delocalize('1234.5'), locale.localize('1234.5'))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strxfrm('abc'), sorted(['b', 'a', 'C'], key=locale.strxfrm))
print(locale.normalize('en_US.utf8'), locale.normalize('C'), locale.normalize('de_DE'))
for bad in [lambda: locale.setlocale(locale.LC_ALL, 'xx_YY'), lambda: locale.currency(1.5), lambda: locale.atoi('x')]:
    try:
        print(bad())
    except (locale.Error, ValueError) as e:
        print(type(e).__name__, e)
print(locale.setlocale(locale.LC_NUMERIC, 'POSIX'), locale.setlocale(locale.LC_NUMERIC, 'C'))
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.CHAR_MAX)
