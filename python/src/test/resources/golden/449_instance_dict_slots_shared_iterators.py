# Instances whose __dict__ is replaced, __slots__ member descriptors, and iterators threads share.
# Each case was compared with CPython 3.13; the threaded ones print only what every correct run prints.
import threading, itertools, types
from collections import deque

# 1. o.__dict__ = ...: the assigned dict is the one attributes live in (gh-149816's race below)
class C: pass
c = C(); c.a = 1
c.__dict__ = {"foo": 42}
print(c.foo, hasattr(c, "a"), c.__dict__)
class MyDict(dict): pass
d = MyDict(k=1)
c.__dict__ = d
c.bar = 2
print(c.k, d, type(c.__dict__).__name__, c.__dict__ is d)
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print(c.__dict__ is d)
del c.__dict__
print(c.__dict__, hasattr(c, "k"))
c.z = 3
print(vars(c))

class AttrDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.__dict__ = self
a = AttrDict(x=1, y=2)
a.z = 3
print(a.x, a.y, a, a.__dict__ is a)

class E(Exception): pass
e = E("m"); e.__dict__ = {"q": 1}
print(e.q, e.args)

# 2. __slots__: each own slot has a member descriptor in its class's dict
class S:
    __slots__ = ("value", "__priv", "__weakref__")
    def __init__(self):
        self.__priv = 1
    def priv(self):
        return self.__priv
print(S.value, type(S.__dict__["value"]).__name__, S.value.__qualname__, S.value.__name__, S.value.__objclass__)
print(isinstance(S.value, types.MemberDescriptorType), "_S__priv" in S.__dict__, "__priv" in S.__dict__)
s = S()
print(s.priv())
try:
    s.value
except AttributeError as err:
    print("AttributeError:", err)
S.value.__set__(s, 4)
print(s.value, S.value.__get__(s, S), S.value.__get__(None, S) is S.value)
del s.value
for f in (lambda: S.value.__delete__(s), lambda: S.value.__get__(3)):
    try:
        f()
    except (AttributeError, TypeError) as err:
        print(type(err).__name__ + ":", err)
print(hasattr(s, "value"), getattr(s, "value", "default"))
try:
    S().other = 1
except AttributeError as err:
    print("AttributeError:", err)
class T(S):
    __slots__ = ("w",)
t = T(); t.value = 1; t.w = 2
print(t.value, t.w, "value" in T.__dict__, "w" in T.__dict__)

# 3. Replacing __dict__ while other threads store attributes: no store lands in a dict already replaced
class Target: pass
obj = Target()
stop = threading.Event()
detached = []
def appender(k):
    i = 0
    while not stop.is_set():
        setattr(obj, "p%d_%d" % (k, i), i)
        i += 1
def replacer():
    for _ in range(3000):
        old = obj.__dict__
        obj.__dict__ = {}
        detached.append((old, frozenset(old)))
ts = [threading.Thread(target=appender, args=(k,)) for k in range(3)]
for th in ts: th.start()
r = threading.Thread(target=replacer); r.start(); r.join()
stop.set()
for th in ts: th.join()
print("detached dicts unchanged after replacement:", all(set(old) == keys for old, keys in detached))

# 4. A deque searched while other threads change it: built-in values compare without user code, so no
# "mutated during iteration" (CPython compares under the deque's critical section)
dq = deque(range(100))
errors = []
def searcher():
    for _ in range(3000):
        try:
            dq.index(50)
            50 in dq
            dq.count(7)
        except ValueError:
            pass
        except RuntimeError as err:
            errors.append(err)
def mutator():
    for _ in range(3000):
        dq.append(0)
        dq.clear()
        dq.extend(range(100))
        dq.appendleft(-1)
ws = [threading.Thread(target=searcher)] + [threading.Thread(target=mutator) for _ in range(2)]
for th in ws: th.start()
for th in ws: th.join()
print("deque searches raised:", errors)

# 5. itertools iterators shared by threads: every item handed to exactly one thread
def drain(it, out):
    for x in it:
        out.append(x)
for name, make, expect in [
    ("chain", lambda: itertools.chain(range(5000), range(5000, 10000)), list(range(10000))),
    ("islice", lambda: itertools.islice(range(20000), 0, None, 2), list(range(0, 20000, 2))),
    ("zip_longest", lambda: itertools.zip_longest(range(3000), range(2000)), list(itertools.zip_longest(range(3000), range(2000)))),
    ("batched", lambda: itertools.batched(range(9000), 3), list(itertools.batched(range(9000), 3))),
]:
    it = make()
    outs = [[] for _ in range(4)]
    ws = [threading.Thread(target=drain, args=(it, o)) for o in outs]
    for th in ws: th.start()
    for th in ws: th.join()
    got = sorted(x for o in outs for x in o) if name != "zip_longest" else sorted((x for o in outs for x in o), key=repr)
    want = sorted(expect) if name != "zip_longest" else sorted(expect, key=repr)
    print(name, "each item once:", got == want)
cyc = itertools.cycle((1, 2, 3, 4))
counts = []
def take():
    n = 0
    for _ in range(2000):
        n += next(cyc)
    counts.append(n)
ws = [threading.Thread(target=take) for _ in range(4)]
for th in ws: th.start()
for th in ws: th.join()
print("cycle total:", sum(counts))
# re-entry from the running thread is still refused, as a generator's
def source():
    yield 1
    yield next(ch)
ch = itertools.chain(source())
print(next(ch))
try:
    next(ch)
except ValueError as err:
    print("ValueError:", err)
