# str.encode, bytes.decode and str(b, enc) reach the codecs module's text encodings the JDK lacks (raw_unicode_escape,
# unicode_escape) and refuse its non-text codecs as CPython does; os.uname is a struct sequence and platform.uname
# CPython's six-field result; types.CellType; collections._count_elements (cases from CPython's test_builtin).
import os, platform, types, collections
print('a\u1234\\x'.encode('raw_unicode_escape'), 'a\u1234\n'.encode('unicode_escape'), 'é'.encode('latin-1'))
print(b'\\u1234x\\n'.decode('raw-unicode-escape'), b'\\u1234x\\n'.decode('unicode_escape'),
      str(b'\\u00e9', 'raw-unicode-escape'), str(b'\\t', encoding='unicode_escape') == '\t')
for bad in ("'x'.encode('rot13')", "b'x'.decode('rot13')", "'x'.encode('nope')", "b'x'.decode('hex')",
            "str(b'x', 'base64')"):
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print('ab'.encode('utf-16'), 'ab'.encode('cp437'), b'\xe9'.decode('iso8859-15'), 'ab'.encode('UTF_16_LE'))

u = os.uname()
p = platform.uname()
print(type(u).__name__, type(u).__module__, len(u), u == tuple(u), u.nodename == p.node, u.sysname)
print(len(p), p.machine == u.machine, list(p)[:5] == list(u), repr(p).startswith('uname_result(system='),
      platform.system() == u.sysname, platform.machine() == u.machine, platform.release() == u.release)

def f():
    x = 1
    def g():
        return x
    return g
cell = f().__closure__[0]
print(types.CellType, type(cell) is types.CellType, cell.cell_contents)
c = {}
collections._count_elements(c, 'abracadabra')
print(c, collections.Counter('abracadabra').most_common(2))
