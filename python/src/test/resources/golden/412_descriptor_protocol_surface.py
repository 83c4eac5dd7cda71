# The descriptor protocol's own methods, method equality, mro(), object.__new__'s argument check, and re's
# verbose comments (cases from CPython's test_descr and test_strtod).
import gc
import re


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


class A:
    pass


def f(self):
    return 'f of ' + type(self).__name__


def g(self, v):
    self.seen = v


# A property's setter/getter/deleter keeps the property: the temporary is gone after the statement
setter = property(f).setter
getter = property(None, g).getter
gc.collect()
p2 = setter(g)
p3 = getter(f)
A.x = p2
A.y = p3
a = A()
a.x = 5
print(a.x, a.seen, a.y, p2.fget is f, p3.fset is g)

# __get__/__set__/__delete__ called directly
p = property(f, g)
print(p.__get__(a, A), p.__get__(None, A) is p)
p.__set__(a, 7)
print(a.seen)
t('no deleter', lambda: p.__delete__(a))
t('no setter', lambda: property(f).__set__(a, 1))
t('get None None', lambda: p.__get__(None, None))
print(staticmethod(len).__get__(None, A) is len, staticmethod(len).__get__(a)('abc'))
cm = classmethod(f)
print(cm.__get__(a)(), cm.__get__(None, int)(), cm.__get__(a, bool)())


# Bound built-in methods compare by their object and name; unbound ones by type and name
d = {}
print(d.get == d.get, d.get != d.get, d.get == {}.get, [].append == [].append, d.get == d.pop)
print(int.__add__ == int.__add__, str.upper == str.upper, str.upper == str.lower, len == len)
print(hash(d.get) == hash(d.get), d.get in [d.get], (1).__add__ == (1).__add__)
handlers = [d.setdefault, d.update]
handlers.remove(d.update)
print(len(handlers))


# mro()
class M(type):
    pass


class B(A, metaclass=M):
    pass


print(A.mro(), B.mro(), int.mro(), type.mro(B) == list(B.__mro__))
t('M.mro()', lambda: M.mro())


# object.__new__ with arguments
class N:
    def __new__(cls, *a):
        return super().__new__(cls, *a)


class I:
    def __init__(self, v):
        self.v = v


class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)


t('plain', lambda: object.__new__(A, 1))
t('plain kw', lambda: object.__new__(A, x=1))
t('new passes on', lambda: N(1))
t('new alone', lambda: type(N()).__name__)
t('init', lambda: type(object.__new__(I, 1)).__name__)
t('exception', lambda: E(1, 2).args)
t('A(1)', lambda: A(1))


class S(str):
    pass


print(ord(S('z')), ord(S('\u00e9')))

# verbose patterns: a comment's parentheses are no groups
rx = re.compile(r"""
    (?P<sign>[-+])?    # an optional sign
    (?P<int>\d*)       # a (possibly empty) integer part
    (?:\.(?P<frac>\d*))?
    (?:e(?P<exp>[-+]?\d+))?  # (an exponent)
    \Z""", re.X | re.I)
m = rx.match('-12.5E3')
print(rx.groups, rx.groupindex, m.groups(), m.group('exp'), m.group(4))
rx2 = re.compile(r"(?x) (a) \# (b)  # (c) (d)")
print(rx2.groups, rx2.match('a#b').groups())
