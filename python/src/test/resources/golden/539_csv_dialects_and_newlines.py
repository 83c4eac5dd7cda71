# csv as CPython 3.13's: NUL is data, an escaped line end continues the field, unquoted empty fields are None
# under QUOTE_NOTNULL/QUOTE_STRINGS and unquoted filled ones floats under QUOTE_STRINGS, dialect checks and their
# messages (a Dialect class's are csv.Error), quotechar=None means QUOTE_NONE, empty fields quoted when the
# delimiter is a space with skipinitialspace, read-only reader dialects; and text streams end lines by their newline
# argument (StringIO ignored it; '\r' ended no line), from test_csv.
import csv, io
f = io.StringIO()
w = csv.DictWriter(f, ['a'])
try: w.writerow({'a': 1, 'b': 2})
except ValueError as e: print('ValueError', e)
w2 = csv.DictWriter(f, ['a'], extrasaction='ignore'); w2.writerow({'a': 1, 'b': 2}); print(repr(f.getvalue()))
try: csv.DictWriter(f, ['a'], extrasaction='bad')
except ValueError as e: print('ValueError', e)
class D(csv.Dialect):
    delimiter = ','; quotechar = '"'; lineterminator = '\r\n'; quoting = 99; doublequote = True; skipinitialspace = False
try: D()
except Exception as e: print(type(e).__name__, e)
class D2(csv.excel): delimiter = ''
try: D2()
except Exception as e: print(type(e).__name__, e)
for kw in [dict(quoting=99), dict(delimiter=''), dict(quotechar='ab'), dict(escapechar='ab'), dict(lineterminator=''), dict(delimiter='\n'), dict(quotechar=None)]:
    try: csv.reader([], **kw); print(kw, 'ok')
    except Exception as e: print(kw, type(e).__name__, e)
print(list(csv.reader(['a,\0b,c'])), list(csv.reader(['\0'])))
print(list(csv.reader([' , , '], skipinitialspace=True, quoting=csv.QUOTE_NOTNULL)), list(csv.reader(['a,,"",b'], quoting=csv.QUOTE_NOTNULL)), list(csv.reader(['2,,"",1'], quoting=csv.QUOTE_STRINGS)), list(csv.reader(['1,,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
f = io.StringIO(); csv.writer(f, delimiter=' ', skipinitialspace=True).writerow(['', '']); print(repr(f.getvalue()))
f = io.StringIO(); csv.writer(f).writerow(['', '']); csv.writer(f).writerow(['']); csv.writer(f).writerow([None]); print(repr(f.getvalue()))
f = io.StringIO(newline=''); w = csv.writer(f, lineterminator='\r', quoting=csv.QUOTE_NONE, escapechar='\\'); w.writerow(['\na', 'b\nc', 'd\n']); print(repr(f.getvalue())); f.seek(0)
print(list(csv.reader(f, lineterminator='\r', quoting=csv.QUOTE_NONE, escapechar='\\')))
f = io.StringIO(newline=''); w = csv.writer(f, lineterminator='\r'); w.writerow(['a\nb', 'c']); f.seek(0); print(list(csv.reader(f, lineterminator='\r')))
print(list(csv.reader(['a,b\r', 'c,d\r\n'])))
r = csv.reader([]); print(r.dialect.delimiter, r.line_num)
try: del r.dialect.delimiter
except AttributeError as e: print('AttributeError', e)
for kw in [dict(delimiter='\n'), dict(delimiter='\r'), dict(delimiter=' '), dict(quotechar='\n'), dict(escapechar='\r'), dict(delimiter='"'), dict(escapechar=','), dict(escapechar='"'), dict(lineterminator=','), dict(lineterminator=''), dict(lineterminator=5), dict(lineterminator='"'), dict(delimiter=5), dict(quotechar=5), dict(escapechar=5), dict(escapechar=''), dict(quotechar=''), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(quoting=None), dict(doublequote=None), dict(delimiter=None), dict(skipinitialspace=5), dict(strict=1), dict(escapechar='ab')]:
    try:
        r = csv.reader([], **kw); d = r.dialect; print(kw, 'ok', d.quoting, repr(d.quotechar), d.doublequote, d.skipinitialspace, d.strict)
    except Exception as e: print(kw, type(e).__name__, e)
import io, tempfile
data = 'a\rb\r\nc\nd\r\re'
for f in (io.StringIO(data, newline=''), io.StringIO(data, newline=None), io.StringIO(data, newline='\r')):
    print([l for l in f])
with tempfile.TemporaryFile('w+', newline='') as f:
    f.write(data); f.seek(0); print(list(f)); f.seek(0); print(repr(f.readline()), repr(f.read()))
with tempfile.TemporaryFile('w+') as f:
    f.write(data); f.seek(0); print(list(f))
