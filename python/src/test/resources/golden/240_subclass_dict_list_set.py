# SPDX-License-Identifier: Apache-2.0
# dict, list, set and frozenset subclasses: __missing__, super() and unbound built-in methods, operators with plain values, in-place operators.
# dict subclasses
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d['a'], d[5], isinstance(d, dict), type(d).__name__, len(d), d, repr(d))
print(d.get('zz'), 'a' in d, list(d), list(d.items()), sorted(d.keys()))
d['b'] = 2
del d['a']
print(d, d == {'b': 2}, {'b': 2} == d, d != {'b': 3}, bool(D()), bool(d))
try:
    hash(d)
except TypeError as e:
    print("TypeError", e)
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
a = Attr(x=1)
a.y = 2
print(a.x, a.y, a, hasattr(a, 'z'))
class Counting(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.sets = 0
    def __setitem__(self, k, v):
        self.sets += 1
        super().__setitem__(k, v)
c = Counting([('q', 1)])
c['w'] = 2
c['e'] = 3
print(c, c.sets, c.__dict__)
class Default(dict):
    def __getitem__(self, k):
        return dict.get(self, k, 'dflt')
print(Default(a=1)['a'], Default()['nope'])
d2 = D({1: 2})
d2.update(D({3: 4}), x=5)
print(d2, dict(d2), D(d2), {**d2}, d2 | {9: 9}, type(d2 | {9: 9}).__name__)
print(D.fromkeys([1, 2]) if False else "skip", D.keys(d2), dict.keys(d2))
import json
print(json.dumps(D(k=[1, 2])))
# list subclasses
class L(list):
    def push(self, x):
        self.append(x)
        return self
    @property
    def top(self):
        return self[-1]
l = L([3, 1, 2])
l.push(4)
print(l, l.top, len(l), sum(l), sorted(l), l[1:3], type(l[1:3]).__name__, l * 2, type(l * 2).__name__)
l.sort()
print(l, l == [1, 2, 3, 4], [1, 2, 3, 4] == l, l + [5], [0] + l, 3 in l, l.index(3), list(reversed(l)))
l += [9]
print(type(l).__name__, l)
l2 = L()
print(l2, bool(l2), repr(L("ab")))
class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
s = Stack("st")
s.append(1)
print(s, s.name)
# set
class S(set):
    pass
s = S([1, 2])
print(repr(s), len(s), 1 in s, s | {3}, type(s | {3}).__name__, repr(S()), s == {1, 2})
class F(frozenset):
    pass
print(repr(F([1])), hash(F([1])) == hash(frozenset([1])))
