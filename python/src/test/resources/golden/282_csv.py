# csv (reader, writer, DictReader, DictWriter, every quoting mode, escapes, dialects, strict mode and CPython's
# errors), and %c of a one-character str, which raised a TypeError before.
import csv, io
def w(rows, **kw):
    f = io.StringIO(); wr = csv.writer(f, **kw)
    try:
        wr.writerows(rows)
    except csv.Error as e:
        return "Error %s after %r" % (e, f.getvalue())
    return f.getvalue()
rows = [["a", "b,c", 'd"e', "f\ng", "", None, 1, 2.5, True], [], [""], [None], ["x y", " lead", "trail "]]
print(repr(w(rows)))
print(repr(w(rows, quoting=csv.QUOTE_ALL)))
print(repr(w(rows, quoting=csv.QUOTE_NONNUMERIC)))
print(repr(w(rows, quoting=csv.QUOTE_STRINGS)))
print(repr(w(rows, quoting=csv.QUOTE_NOTNULL)))
print(repr(w([["a,b", 'q"'], ["e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")))
print(repr(w([["a", "b"]], delimiter=";", lineterminator="\n")), repr(w([["a\tb", "c"]], dialect="excel-tab")), repr(w([["a"]], dialect="unix")))
print(repr(w([['a"b']], doublequote=False, escapechar="\\")))
try:
    w([["a,b"]], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print("Error", e)
try:
    w([[""]], quoting=csv.QUOTE_NONE)
except csv.Error as e:
    print("Error", e)
def r(text, **kw):
    return list(csv.reader(io.StringIO(text, newline=""), **kw)) if False else list(csv.reader(text.splitlines(True), **kw))
print(r('a,b,c\r\n1,"2,3","4""5"\r\n\r\n"multi\nline",x\n'))
print(r('a;b\n', delimiter=";"), r(' a, b\n', skipinitialspace=True), r('"a"b,c\n'), r('a,"b\n'), r('x,\n'), r(',\n'), r('"",""\n'))
print(r('1,2.5,"s"\n', quoting=csv.QUOTE_NONNUMERIC))
print(r('a\\,b,c\n', escapechar="\\"), r('a\\,b,c\n', escapechar="\\", quoting=csv.QUOTE_NONE))
for bad in ['a,"b\n', '"a"b,c\n']:
    try:
        print(r(bad, strict=True))
    except csv.Error as e:
        print("Error", e)
try:
    r('a\rb,c\n')
except csv.Error as e:
    print("Error", e)
f = io.StringIO()
dw = csv.DictWriter(f, fieldnames=["x", "y"]); dw.writeheader(); dw.writerow({"x": 1, "y": "two"}); dw.writerows([{"x": 3}])
print(repr(f.getvalue()))
try:
    dw.writerow({"z": 1})
except ValueError as e:
    print("ValueError", e)
dr = csv.DictReader(io.StringIO("x,y\n1,2\n3\n4,5,6\n"))
print(dr.fieldnames, [dict(row) for row in dr])
print(sorted(csv.list_dialects())[:3], csv.get_dialect("excel").delimiter, csv.field_size_limit())
csv.register_dialect("pipes", delimiter="|")
print(repr(w([["a", "b"]], dialect="pipes")))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error", e)
try:
    csv.writer(io.StringIO(), delimiter="ab")
except TypeError as e:
    print("TypeError", e)
rt = io.StringIO()
csv.writer(rt).writerows([["a", "multi\nline", 'q"'], ["1", "", "x,y"]])
print(list(csv.reader(io.StringIO(rt.getvalue(), newline=""))))
print("%c|%5c|%-3c|" % ("é", "x", 66))
try:
    "%c" % "ab"
except TypeError as e:
    print("TypeError", e)
