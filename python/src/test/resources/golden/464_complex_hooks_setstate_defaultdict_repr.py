# complex(): the second argument must be a number (an object with only __complex__ is refused), __float__ and
# __index__ answers are checked as float() and int() check them, a strict complex subclass returned by __complex__
# is taken by its value; a first argument converted by __complex__ counts as complex in real + imag*1j.
# BaseException.__setstate__ takes str subclasses as names and survives a key whose __hash__ empties the dict.
# defaultdict's repr shows a factory that shows the dict as '...'. ipaddress.summarize_address_range is a generator.
# Checked against CPython 3.13 (test_complex, test_baseexception, test_defaultdict, test_ipaddress).
import collections
import ipaddress
import warnings


class WithFloat:
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return self.v


class WithIndex:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class WithComplex:
    def __init__(self, v):
        self.v = v

    def __complex__(self):
        return self.v


class ComplexSelf(complex):
    def __complex__(self):
        return self


for args in [(WithFloat(42),), (WithFloat(4.25), 1.5), (1.5, WithFloat(42)), (WithFloat(None),), (WithIndex(42),),
             (1.5, WithIndex(42)), (WithIndex(2 ** 2000),), (WithIndex(4.5),), (0, WithComplex(4.25 + 0j)), (1, []),
             (WithComplex(1j), WithIndex(3)), (WithComplex(1j), 2.5), (1, None), (None,)]:
    try:
        print(complex(*args))
    except (TypeError, OverflowError) as ex:
        print(type(ex).__name__, ex)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(complex(ComplexSelf(1j)), [x.category.__name__ for x in w])


class S(str):
    pass


e = Exception()
e.__setstate__({S('a'): 1, 'b': 2})
print(e.a, e.b)
d = {}


class ClearsOnHash(str):
    def __hash__(self):
        d.clear()
        return super().__hash__()


d[ClearsOnHash('x')] = S('value')
e.__setstate__(d)
print(e.x, type(e.x).__name__, d)
try:
    e.__setstate__({1: 2})
except TypeError as ex:
    print('TypeError', ex)


class Sub(collections.defaultdict):
    def __init__(self):
        self.default_factory = self._factory

    def _factory(self):
        return []


r = repr(Sub())
print(r.startswith('Sub(<bound method '), r.endswith('_factory of Sub(..., {})>, {})'))
print(repr(collections.defaultdict(list, a=1)), repr(collections.defaultdict()))

g = ipaddress.summarize_address_range(ipaddress.IPv4Address('1.1.1.0'), ipaddress.IPv6Address('::1'))
print(type(g).__name__)
try:
    list(g)
except TypeError as ex:
    print('TypeError', ex)
print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address('10.0.0.0'), ipaddress.IPv4Address('10.0.0.5'))))
