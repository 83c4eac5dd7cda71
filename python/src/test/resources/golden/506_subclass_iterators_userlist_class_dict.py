# reversed() over a list subclass holds the instance until the iteration ends (its __del__ waits, as CPython's
# check_free_after_iterating), the iterators of built-in subclasses answer __length_hint__, __setstate__ and
# __reduce__ as the built-in ones, UserList iterates through __getitem__ (Sequence's __iter__/__reversed__), and a
# class's __dict__ is a read-only mappingproxy.
import gc
import types
from collections import UserList

events = []


class L(list):
    def __del__(self):
        events.append('del')


r = reversed(L([1, 2]))
events.append('made')
gc.collect()
events.append(next(r))
events.append(list(r))
gc.collect()
print(events)
events.clear()
it = reversed(L())
events.append('empty made')
try:
    next(it)
except StopIteration:
    events.append('stop')
gc.collect()
print(events)

a = L([1, 2, 3])
for make in (iter, reversed):
    r = make(a)
    print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(), r.__reduce__())
    r.__setstate__(1)
    print(list(r), r.__length_hint__(), r.__reduce__())


class T(tuple):
    pass


class S(str):
    pass


class D(dict):
    pass


class St(set):
    pass


r = iter(T((1, 2, 3)))
r.__setstate__(2)
print(list(r), r.__reduce__())
r = iter(S('abc'))
print(r.__length_hint__(), next(r), r.__reduce__())
r = iter(D(a=1, b=2))
print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__())
r = iter(St({5}))
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())


class U(UserList):
    def __getitem__(self, i):
        if isinstance(i, slice):
            return U(self.data[i])
        return str(self.data[i]) + '!'


u = U([1, 2, 3])
print(list(u), list(reversed(u)), next(iter(U((7, 8)))), 2 in u, len(u))
print(list(UserList([4, 5])), list(reversed(UserList([4, 5]))))


class C:
    x = 1

    def f(self):
        pass


for d in (C.__dict__, int.__dict__, type.__dict__, object.__dict__):
    print(type(d).__name__, isinstance(d, types.MappingProxyType))
d = C.__dict__
print(d['x'], 'f' in d, d.get('nope', 0), sorted(k for k in d if not k.startswith('__')), len(d) > 2)
for stmt in ("d['y'] = 2", "del d['x']", "d.update(z=3)"):
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
C.y = 5
print(C.__dict__['y'], 'y' in d, vars(C)['y'], type(vars(C)).__name__)
print(dict(C.__dict__)['x'], C.__dict__ == dict(C.__dict__), '__add__' in int.__dict__, 'append' in list.__dict__)
print(int.__dict__['bit_length'](5), list.__dict__['__hash__'])

# 3.13's two messages for a deletion nobody supports: "doesn't" for an index on a type with sequence methods
for stmt in ['del (1,)["a"]', 'del C()[0]', 'del C()["a"]', 'del object()[0]', 'del (1).__class__[0]',
             'del frozenset()[0]', 'del b"a"[0]', 'del range(3)[0]', 'del types.MappingProxyType({})["a"]',
             'del iter([])[0]', 'del C.__dict__[0]', 'del (1,)[True]']:
    try:
        exec(stmt)
    except TypeError as e:
        print(stmt, '->', e)

# a list subclass's reverse iterator keeps the instance past its end (3.13); it goes with the iterator
events.clear()
r = reversed(L([1]))
print(list(r), events)
del r
gc.collect()
print(events)
del it, a
gc.collect()
print(events)
