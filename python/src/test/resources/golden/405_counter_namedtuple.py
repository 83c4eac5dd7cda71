# collections.Counter and namedtuple as CPython's (cases from CPython's test_collections): Counter's constructor
# and update with mappings and keywords, subtract, the rich comparisons treating missing elements as zero, the
# multiset operators in and out of place, repr of unorderable counts, equality with a plain dict (a dict
# subclass's declined __eq__ leaves the comparison to the dict's value); namedtuple's __new__ as a function of the
# fields (call errors named Point.__new__, as an assigned __qualname__ names any function's), rename, keywords,
# _replace with any field names, field docs, module; % formatting with a tuple subclass as its arguments.
from collections import Counter
import pickle, copy
c = Counter('abracadabra')
print(c, c.most_common(2), c.total(), sorted(c.elements()), c['z'])
print(list(Counter(iterable=None).items()), Counter(a=2, b=None).get('b'), Counter({'a': 3}, a=1))
c.update({'a': 1}, z=2)
c.subtract('aaz')
print(c)
d = Counter(a=3, b=-1, c=0)
print(+d, -d, d + Counter(b=2), d - Counter(a=5), d | Counter(c=4), d & Counter(a=1, b=1))
for op, other in (('+=', Counter(a=1, b=1)), ('-=', Counter(a=1)), ('|=', Counter(b=5)), ('&=', Counter(a=1))):
    e = Counter(a=3, b=-1, c=0)
    exec('e %s other' % op)
    print(op, e)
print(Counter(a=2, b=1, c=0) >= Counter('aab'), Counter('ab') < Counter('aab'), Counter('ab') <= Counter('ab'),
      Counter('ab') > Counter('b'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter('aab') == {'a': 2, 'b': 1}, {'a': 2, 'b': 1} == Counter('aab'), Counter() == {})
print(repr(Counter(a=2, b=None)), Counter(), repr(Counter({1: 'x', 2: 3})) if False else '')
print(pickle.loads(pickle.dumps(Counter('aab'))), copy.copy(Counter('ab')), copy.deepcopy(Counter('abb')))
del c['nothing']
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)

class E(dict):
    def __eq__(self, other):
        return NotImplemented
print(E(a=1) == {'a': 1}, {'a': 1} == E(a=1), E() == E(), [1] == type('L', (list,), {'__eq__': lambda s, o: NotImplemented})([1]))

from collections import namedtuple
import pickle, copy
Point = P = namedtuple('Point', 'x, y', defaults=(10, 20))
print(P(), P(1), P(1, 2), P.__new__.__defaults__, P.__new__.__doc__, P.__doc__, P.x.__doc__, P.__module__)
for call in (lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: namedtuple('Q', 'a b')(1)):
    try:
        call()
    except TypeError as e:
        print(e)
print(namedtuple('NT', 'abc def ghi abc', rename=True)._fields, namedtuple('NT', ['a', '_b', 'a', 'class'], rename=True)._fields)
for bad in (('1x', 'a'), ('X', 'for'), ('X', '_a'), ('X', 'a a')):
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(e)
T = namedtuple('T', 'itemgetter property self cls tuple')
t = T(1, 2, 3, 4, 5)
print(t, t._replace(itemgetter=10, property=20, self=30, cls=40, tuple=50), t._asdict())
try:
    t._replace(bad=1)
except TypeError as e:
    print(e)
print(P._make([3, 4]), pickle.loads(pickle.dumps(P(5, 6))), copy.copy(P(7, 8)), P._field_defaults, P._fields)
try:
    P._make([1])
except TypeError as e:
    print(e)
print(P.__new__.__qualname__, P._replace.__qualname__, P._make.__qualname__, P.__repr__.__qualname__)
import collections
print(namedtuple('M', 'a', module=collections).__module__ is collections, namedtuple('One', 'a')(1))
class Sub(P):
    def norm(self): return (self.x ** 2 + self.y ** 2) ** .5
print(Sub(3, 4).norm(), Sub(3, 4), Sub._fields)
class TS(tuple):
    pass
print('%s-%s' % TS((1, 2)), '%r' % (TS((1,)),))
def f(a, b):
    pass
f.__qualname__ = 'Renamed.f'
try:
    f(1)
except TypeError as e:
    print(e)
