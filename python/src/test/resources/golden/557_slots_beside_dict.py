# A class whose instances have both __slots__ and a __dict__ (a slotted base's subclass without __slots__, or
# '__dict__' in __slots__) keeps the slots apart: __dict__ and vars() show only the other attributes; a slot wins
# over a same-named dict entry; copy, pickle and __getstate__ see the slots; a cycle through a slot is collected;
# threads storing slots at once lose none. functools.partial's fields are such slots.
import copy
import functools
import gc
import pickle
import threading
import weakref


class Base:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


class Sub(Base):
    def __init__(self):
        super().__init__()
        self.z = 3


s = Sub()
print(vars(s), s.__dict__, s.x)
s.y = 5
print(sorted(s.__dict__), 'y' in s.__dict__, s.y)
del s.x
print(hasattr(s, 'x'), s.__dict__)
try:
    del s.x
except AttributeError as e:
    print('AttributeError', e)
s.__dict__['x'] = 10
print(getattr(s, 'x', 'empty slot'), s.__dict__)
s.x = 11
print(s.x, s.__dict__['x'])
s2 = copy.copy(s)
print(s2.__dict__, s2.x, s2.y)
s3 = pickle.loads(pickle.dumps(s))
print(s3.__dict__, s3.x, s3.y)
print(s.__getstate__())


class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a, WithDict.a.__get__(w), sorted(n for n in dir(w) if not n.startswith('__')))
w.__dict__ = {'c': 3}
print(w.a, w.__dict__, getattr(w, 'b', 'gone'))


class OnlySlots:
    __slots__ = ('p',)


o = OnlySlots()
o.p = 1
print(o.p, hasattr(o, '__dict__'))

# a cycle through a slot kept apart: the collector sees the edge
class Node(Base):
    pass


n = Node()
n.x = n
n.y = [n]
r = weakref.ref(n)
del n
gc.collect()
print('cycle collected', r() is None)

# threads storing and deleting slots of one instance at once: every store lands, nothing leaks
shared = Sub()
errors = []


def worker(k):
    try:
        for i in range(2000):
            shared.y = (k, i)
            shared.x = [k, i]
            if i % 3 == 0:
                try:
                    del shared.y
                except AttributeError:
                    pass
    except Exception as e:
        errors.append(e)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('errors', errors, type(shared.x).__name__, sorted(shared.__dict__))

# two threads making the first slot store of the same fresh instances at once: both stores land in one storage
class Pair(Base):
    def __init__(self):
        pass


objs = [Pair() for _ in range(20000)]
start = threading.Barrier(2)


def fill(name, value):
    start.wait()
    for o in objs:
        setattr(o, name, value)


threads = [threading.Thread(target=fill, args=('x', 1)), threading.Thread(target=fill, args=('y', 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('lost stores', sum(1 for o in objs if getattr(o, 'x', None) != 1 or getattr(o, 'y', None) != 2))
del objs

p = functools.partial(print, 1, sep='-')
print(vars(p), p.func is print, p.args, p.keywords)
p.attr = 'kept'
q = pickle.loads(pickle.dumps(functools.partial(max, 3)))
print(q(5), vars(q), vars(copy.copy(p)))

# an OrderedDict subclass with slots: copy, deepcopy and pickle keep both the slots and the other attributes
# (OrderedDict.__reduce__ takes __getstate__'s (dict, slots), as CPython's)
import collections


class OD(collections.OrderedDict):
    __slots__ = ('x', 'y')


od = OD(a=1)
od.x = ['x']
od.z = 'z'
c = copy.copy(od)
print(c, c.x is od.x, c.z, hasattr(c, 'y'))
c = copy.deepcopy(od)
print(c, c.x, c.z)
c = pickle.loads(pickle.dumps(od))
print(c, c.x, c.z)
print(od.__reduce__()[2], collections.OrderedDict(b=2).__reduce__()[2])
