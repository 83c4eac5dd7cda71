# str edges from CPython's test_str: __repr__/__str__ may return a str subclass; %-formatting takes __index__
# (%x %o %X %c), int() (%d %i %u) and __float__/__index__ (%e %f %g) of objects that are no numbers; str, tuple and
# bytes have __getnewargs__; str() checks encoding and errors first; format() of a str subclass with no spec is its
# str(); a str subclass's __rmod__ comes before str's %; str.isidentifier and the lexer follow PEP 3131's XID
# classes (Unicode 15.1); _string; re.Scanner; \U escapes past a 32-bit int and huge field numbers are errors.
import _string
import copy
import re
import sys


class S(str):
    pass


class R:
    def __repr__(self):
        return S('rr')

    def __str__(self):
        return S('ss')


print(repr(R()), str(R()), '%s %r' % (R(), R()), f'{R()!r} {R()}', ascii(R()), '{!r}'.format(R()))


class PI:
    def __index__(self):
        return 42

    def __int__(self):
        return 7


class OnlyInt:
    def __int__(self):
        return 5


class OnlyFloat:
    def __float__(self):
        return 2.5


for f in ['%x', '%o', '%X', '%d', '%c', '%i', '%u', '%f', '%e', '%g', '%#x']:
    for o in (PI(), OnlyInt(), OnlyFloat()):
        try:
            print(f, type(o).__name__, f % o)
        except TypeError as e:
            print(f, type(o).__name__, 'TypeError', e)


class T(tuple):
    pass


class B(bytes):
    pass


for v in ('ab', S('x'), (1, 2), T((3,)), b'q', B(b'r')):
    r = v.__getnewargs__()
    print(r, type(r[0]).__name__)
print(copy.copy(S('c')), type(copy.copy(S('c'))).__name__)

for bad in (lambda: str(b'x', 1), lambda: str(b'x', 'ascii', 1), lambda: str(1, 'ascii'), lambda: str('s', 'ascii'),
            lambda: str(b'x', errors=2)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(str(bytearray(b'ok'), 'ascii'), str(b'\xff', 'ascii', 'replace'), str(S('k')))


class F(str):
    def __str__(self):
        return 'OVR'


x = F('xxx')
print(format(x), '{}'.format(x), '{0}'.format(x), '{!s}'.format(x), f'{x}', x.__format__(''), format(x, '>5'),
      '{:>5}'.format(x), '{!r}'.format(x), '%s' % x)


class SS(str):
    def __rmod__(self, other):
        return 'rmod %r' % other


class I(int):
    def __radd__(self, other):
        return 'radd'

    def __rsub__(self, other):
        return NotImplemented


print('lhs %% %r' % SS('rhs'), 'lhs' % SS('x'), 1 + I(2), 5 - I(2), [1] * I(2))

for s in ['a', 'µ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'b0', '©', 'ℕ', 'x·y', '℘', '〇', 'aͅ', '$', 'a$', '_', '', '0a', 'ͺ', 'ำ',
          'ﱞ', '\u0870', 'a\u0898', 'ℕ℘']:
    print(repr(s), s.isidentifier())
ns = {}
exec('ℕ = 1\n𝔘𝔫𝔦 = 2\nx·y = 3\n\u0870 = 4', ns)
print(sorted(k for k in ns if k != '__builtins__'))

print(list(_string.formatter_parser('a{0!r:>3}b{{c}}{x.y[1]}')))
first, rest = _string.formatter_field_name_split('x.y[0][k]')
print(first, list(rest), _string.formatter_field_name_split('12.a')[0])
for bad in (lambda: _string.formatter_parser(1), lambda: _string.formatter_field_name_split(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

sc = re.Scanner([(r'[a-z]+', lambda s, t: ('W', t, s.match.span())), (r'\d+', lambda s, t: int(t)),
                 (r'\s+', None), (r'(x)(y)', 'XY'), (r'[+-]', lambda s, t: t)])
print(sc.scan('ab 12 cd+3!ef'))
print(sc.scan('9 xy'))
print(re.Scanner([(r'a*', 'A')]).scan('bbb'), re.Scanner([(r'A', 1)], re.I).scan('aAb'))
print(re.Scanner([(r'(a)(b)?', 'AB'), (r'c', 'C')]).scan('acab'))

for src in ["'\\Ufffffffe'", "'\\U00110000'", "'\\U0010ffff' == chr(0x10ffff)", "'\\x4'", "'\\u12'",
            "'\\uFF10' == chr(0xff10)", "'\\x\uff10\uff10'"]:
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
for fs in ['{%d:.6f}' % (sys.maxsize + 1), '{0[%d]}' % (sys.maxsize + 1), '{%d}' % (10 ** 30), '{1a}', '{0[1a]}',
           '{\u0663}', '{0[\u0663]}', '{99999999999}']:
    try:
        print(fs, fs.format(0, 1, 2, 3, **{'1a': 'k'}) if '[' not in fs else fs.format({'1a': 6}))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(fs, type(e).__name__, e)
print('{0[\u0663]}'.format([0, 1, 2, 3]))
