# int(), float(), complex() and round() at their edges, after CPython 3.13's
# test_int, test_float and test_complex: argument counts and keywords, bases
# out of range (however large), bytes in error messages, __int__/__index__/
# __float__ results checked (a strict subclass deprecated, anything else a
# TypeError), __trunc__'s deprecated delegation, float subclasses' keywords and
# fromhex, complex's underscore errors, __getnewargs__ and thousands grouping,
# float powers of NaN and infinities, round() with huge ndigits.
import warnings


def t(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f()
            print('ok', repr(r))
        except Exception as e:
            print(type(e).__name__, e)
    for x in w:
        print('  warning:', x.category.__name__, x.message)


t(lambda: int("10", 2, 1))
t(lambda: int(b'123\x00'))
t(lambda: int(bytearray(b'12a')))
t(lambda: int(base=10))
t(lambda: int('1', base=2**100))
t(lambda: int('1', base=-2**100))
t(lambda: int('1', 37))
t(lambda: int(x='1'))
class MyInt:
    def __int__(self): return 42.0
t(lambda: int(MyInt()))
class MyIndex:
    def __index__(self): return 7
t(lambda: int(MyIndex()))
class JustTrunc:
    def __trunc__(self): return 42
t(lambda: int(JustTrunc()))
class BadInt(int): pass
class RetSub:
    def __int__(self): return BadInt(5)
t(lambda: type(int(RetSub())).__name__)
t(lambda: float("1", 2))
t(lambda: float(x='1'))
t(lambda: float(b'1.5\x00'))
t(lambda: float('abc'))
t(lambda: float(b'abc'))
class F:
    def __float__(self): return 1
t(lambda: float(F()))
t(lambda: int(1.5, 10))
t(lambda: int('0x10', 0))
t(lambda: int('  12  '))
t(lambda: int('1_000'))
t(lambda: int('1__000'))
t(lambda: int(''))
t(lambda: int('١٢٣'))
t(lambda: complex('1+2j', 1))
t(lambda: complex(real='1'))
t(lambda: round(1.5, 2**100))
t(lambda: round(12345.6789, -2**100))
t(lambda: (2.0).__round__(2**70))
t(lambda: pow(2.0, 3, 5))
INF = float('inf'); NAN = float('nan')
t(lambda: pow(-INF, NAN))
t(lambda: (-INF) ** NAN)
t(lambda: (-1.0) ** NAN)
t(lambda: (-2.0) ** 0.5)
t(lambda: pow(-2.0, 0.5))
t(lambda: (-0.0) ** -1.0)
class F(float):
    def __init__(self, v, newarg=None):
        self.newarg = newarg
t(lambda: (F(2.5, newarg=3), F(2.5, newarg=3).newarg))
class G(float): pass
t(lambda: (G.fromhex((1.5).hex()), type(G.fromhex('0x1p0')).__name__))
t(lambda: float(b'  123 456  '))
t(lambda: float('  123 456  '))
t(lambda: format(1.5e20+3j, '^40,.2f'))
t(lambda: format(1.5e20, ',.2f'))
t(lambda: format(1234567.891, '_.2f'))
t(lambda: complex('1_2j'))
t(lambda: complex('1__2j'))
t(lambda: complex('_1j'))
t(lambda: (1+2j).__getnewargs__())
t(lambda: complex(1, '2'))
t(lambda: complex('1', 2))
class C:
    def __complex__(self): return 1
t(lambda: complex(C()))
t(lambda: (1.5).__getnewargs__())
for x in (1.0, -1.0, -INF, INF, 0.0, -0.0, -2.0, NAN):
    for y in (NAN, INF, -INF, 0.5, -0.5, 0.0, 3.0):
        t(lambda: (x, y, x ** y))
for spec in (',.2f', '_.3e', ',', '^40,.2f', '>30_.1f', ',g'):
    for z in (1.5e20+3j, -1234567.5-7654321.25j, 12j, complex('inf-nanj')):
        try: print(spec, repr(format(z, spec)))
        except ValueError as e: print(spec, e)
