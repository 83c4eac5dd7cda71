# SPDX-License-Identifier: Apache-2.0
# defaultdict, OrderedDict and Counter are dict subclasses: isinstance, json, copy, reprs of their subclasses.
from collections import defaultdict, OrderedDict, Counter
import json, copy
dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, isinstance(dd, dict), len(dd), dict(dd), json.dumps(dd), sorted(dd), dd.get('zz'), 'zz' in dd)
dd2 = copy.deepcopy(dd)
dd2['a'].append(2)
print(dd, dd2, type(dd2).__name__, dd2.default_factory)
dn = defaultdict(None, {1: 2})
try:
    dn[5]
except KeyError as e:
    print("KeyError", e)
print(dn, dd | {'c': 3}, type(dd | {'c': 3}).__name__)
c = Counter("abracadabra")
print(c, c['a'], c['zz'], c.most_common(2), isinstance(c, dict), json.dumps(c, sort_keys=True), len(c), c.total())
c.update("aaz")
c.subtract({'a': 1})
print(c, sorted(c.elements())[:5], c + Counter("zz"), c - Counter("aaaaaaa"), +c, -Counter({'x': -2}))
del c['nothere']
print(Counter() == Counter(a=0), Counter(a=1) == {'a': 1}, dict(Counter(q=2)), Counter({'b': 2, 'a': 2}))
od = OrderedDict()
od['x'] = 1
od['y'] = 2
od['z'] = 3
od.move_to_end('x')
print(od, list(od), od.popitem(last=False), od, OrderedDict(), isinstance(od, dict))
print(od == OrderedDict([('z', 3), ('x', 1)]), od == OrderedDict([('x', 1), ('z', 3)]), od == {'x': 1, 'z': 3}, list(reversed(od)))
od.move_to_end('x', last=False)
print(od, od.copy(), copy.copy(od), json.dumps(od))
for k, v in OrderedDict(b=1, a=2).items():
    print(k, v)
class Reg(defaultdict):
    pass
r = Reg(int)
r['q'] += 5
print(r, type(r).__name__)
