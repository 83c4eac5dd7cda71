# SPDX-License-Identifier: Apache-2.0
# collections: deque (BFS, maxlen, rotate), defaultdict, Counter arithmetic, OrderedDict, namedtuple; type(name, bases, dict).
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
import collections
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.popleft(), d.pop(), d)
d.extendleft([9, 8]); print(d)
d.rotate(2); print(d); d.rotate(-1); print(d)
print(list(reversed(d)), 3 in d, d.count(1), d.index(2))
q = deque(maxlen=3)
for i in range(6):
    q.append(i)
print(q, q.maxlen)
q.appendleft(-1); print(q)
try:
    deque().popleft()
except IndexError as e:
    print(e)
bfs = deque([0]); seen = {0}; order = []
while bfs:
    v = bfs.popleft(); order.append(v)
    for w in (2 * v + 1, 2 * v + 2):
        if w < 20 and w not in seen:
            seen.add(w); bfs.append(w)
print(order)
big = deque()
for i in range(1000):
    big.append(i)
for i in range(990):
    big.popleft()
print(list(big), deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]))
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd['a'], 'c' in dd, len(dd), sorted(dd.items()), dict(dd))
cnt = defaultdict(int)
for ch in 'mississippi':
    cnt[ch] += 1
print(sorted(cnt.items()), cnt == {'m': 1, 'i': 4, 's': 4, 'p': 2})
nd = defaultdict()
try:
    nd['x']
except KeyError as e:
    print('KeyError', e)
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c.total(), sorted(c.elements())[:4])
c.update('aaz'); c.subtract({'a': 2})
print(c['a'], c['z'])
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(['x', 'y', 'x']) == Counter({'x': 2, 'y': 1}), Counter())
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od, list(od))
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p), list(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
P3 = namedtuple('P3', 'a b c', defaults=[0, 0])
print(P3(1), P3(1, 2, 3), type(p).__name__)
try:
    Point(1)
except TypeError as e:
    print(e)
print(sorted([Point(2, 1), Point(1, 5)]), isinstance(p, Point))
T = type('T', (), {'k': 3, 'get': lambda self: self.k * 2})
print(T().get(), T.__name__, [c.__name__ for c in T.__mro__])
class H:
    def __hash__(self):
        return hash((1, 2))
print(hash(H()) == hash((1, 2)), hash((1, 2)), hash(H()))
class G:
    def __hash__(self):
        return 2**70
print(hash(G()))
