# SPDX-License-Identifier: Apache-2.0
# __getattr__ (proxies, lazy attributes, hasattr and getattr defaults) and __slots__ (no __dict__, inheritance).
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print('getattr', name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
print(hasattr(p, 'nope'), getattr(p, 'nope', 'dflt'))
try:
    p.missing
except AttributeError as e:
    print('AE', e)
class Lazy:
    def __getattr__(self, name):
        if name.startswith('x'):
            v = len(name)
            setattr(self, name, v)
            return v
        raise AttributeError('no ' + name)
z = Lazy()
print(z.xyz, z.xyz, z.__dict__)
try:
    z.abc
except AttributeError as e:
    print(e)
print(hasattr(z, 'abc'), hasattr(z, 'xa'))
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
pt = P(1, 2)
pt.x = 10
print(pt.x, pt.y, P.__slots__)
try:
    pt.z = 3
except AttributeError as e:
    print(e)
try:
    pt.__dict__
except AttributeError as e:
    print('no dict:', e)
try:
    vars(pt)
except TypeError as e:
    print(e)
class P3(P):
    __slots__ = 'z'
q = P3(1, 2)
q.z = 5
print(q.x, q.z)
try:
    q.w = 1
except AttributeError as e:
    print(e)
class Open(P):
    pass
o = Open(1, 2)
o.w = 9
print(o.w)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)
try:
    class Bad:
        __slots__ = ('v',)
        v = 1
except ValueError as e:
    print(e)
class E(Exception):
    __slots__ = ()
e = E('m')
e.extra = 1
print(e.extra)
class Prop:
    __slots__ = ('_v',)
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
pp = Prop()
pp.v = 4
print(pp.v)
try:
    print(P(1, 2).__slots__, 'unset:', P.__new__ if False else '')
    u = P.__new__(P) if False else None
except AttributeError as e:
    print(e)
