# Found by CPython's test_decorators, test_binop and test_compare: a method's attribute is looked up before its
# arguments are evaluated; __eq__ = None blocks the comparison; Fraction and Decimal equal to a complex with no
# imaginary part; staticmethod/classmethod show their function's attributes; a decorator may be a named expression.
class T:
    def __getattr__(self, n):
        print('get', n)
        return lambda *a, **k: print('call', a, k)
def arg():
    print('arg')
    return 1
T().m(arg())
t = T()
t.m(arg(), k=arg())
class P:
    @property
    def f(self):
        print('prop')
        return print
P().f(arg())
try:
    P().missing(arg())
except AttributeError as e:
    print('AttributeError', e)
actions = []
class Tracer:
    def __init__(self, i):
        self.i = i
    def __getattr__(self, name):
        actions.append('evalname%d' % self.i if name == 'make' else 'evalargs%d' % self.i)
        if name == 'make':
            def make(arg):
                actions.append('makedec%d' % self.i)
                def dec(func):
                    actions.append('calldec%d' % self.i)
                    return func
                return dec
            return make
        return str(self.i)
c1, c2 = Tracer(1), Tracer(2)
@c1.make(c1.arg)
@c2.make(c2.arg)
def foo():
    return 42
print(foo(), actions)

class SupEq:
    def __eq__(self, other):
        return True
class S(SupEq):
    __eq__ = None
class X:
    __eq__ = None
class XN:
    def __eq__(self, other):
        return True
    __ne__ = None
e, s, x, xn = SupEq(), S(), X(), XN()
print(e == x, e != xn)
for a, b in ((x, e), (e, s), (s, e)):
    try:
        a == b
    except TypeError as err:
        print('TypeError', err)
try:
    xn != e
except TypeError as err:
    print('TypeError', err)

from fractions import Fraction
from decimal import Decimal
c1 = 1001+0j
for n in (1001, 1001.0, Fraction(2002, 2), Decimal('1001.0')):
    print(type(n).__name__, n == c1, c1 == n, n != c1, c1 != n)
print(Fraction(1, 2) == 0.5+0j, Decimal('0.5') == 0.5+0j, Decimal(1) == 1+1j, Fraction(1) == 1+1j)

def func(x):
    "doc of func"
    return x
for wrapper in (staticmethod(func), classmethod(func)):
    print([getattr(wrapper, a) == getattr(func, a) for a in ('__module__', '__qualname__', '__name__', '__doc__',
                                                             '__annotations__')], wrapper.__wrapped__ is func)
decorators = [lambda f: f]
@(d := decorators[0])
def g():
    return 'g'
print(g(), d is decorators[0])
sm = staticmethod(func)
print(sm(5), callable(sm), callable(classmethod(func)), repr(sm).startswith('<staticmethod(<function func at '))
print(func.__name__ is func.__name__, func.__qualname__ is func.__qualname__)
