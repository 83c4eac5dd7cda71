# length hints of the built-in iterators, deque iterators and itertools.repeat (test_iterlen, test_deque)
import pickle
from collections import deque
from itertools import repeat
from operator import length_hint
d = dict.fromkeys(range(10))
for it in [iter(d), iter(d.values()), iter(d.items()), iter(set(range(10))), iter(deque(range(10))),
           reversed(deque(range(10))), repeat(None, 10), iter(range(10)), iter([1] * 10), iter((1,) * 10)]:
    a = length_hint(it)
    next(it)
    print(type(it).__name__, a, length_hint(it), type(it).__length_hint__(it))
it = iter(d)
next(it)
d[99] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e, length_hint(it))
q = deque(range(5))
it = iter(q)
next(it)
q.append(9)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e, length_hint(it))
q = deque(range(5))
it = iter(q)
next(it)
q[3] = 'x'  # a replaced item is seen; no mutation error
print(list(it), length_hint(it))
r = iter(deque("abcd"))
next(r)
print(list(pickle.loads(pickle.dumps(r))), list(r), list(pickle.loads(pickle.dumps(r))))
r = repeat('a', 3)
print(repr(r), next(r), repr(r), length_hint(r), list(r), repr(r), repr(repeat(1, -5)), repr(repeat(1)))
try:
    length_hint(repeat(1).__length_hint__())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __iter__(self):
        return iter(range(10))
    def __len__(self):
        raise RuntimeError('hello')
class BadHint:
    def __iter__(self):
        return iter(range(10))
    def __length_hint__(self):
        raise RuntimeError('hint')
class TypeErrorLen:
    def __iter__(self):
        return iter(range(3))
    def __len__(self):
        raise TypeError('no')
class NoneHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        return NotImplemented
for src in (BadLen, BadHint):
    for f in (list, [].extend, bytearray(b'').extend):
        try:
            f(src())
        except RuntimeError as e:
            print("RuntimeError:", e)
print(list(TypeErrorLen()), list(NoneHint()))
class NegHint:
    def __iter__(self):
        return iter(range(3))
    def __length_hint__(self):
        return -1
try:
    list(NegHint())
except ValueError as e:
    print("ValueError:", e)
# two threads sharing one deque iterator take each item exactly once, as CPython's (its steps are under the
# deque's critical section in the free-threaded build)
import threading
q = deque(range(20000))
shared = iter(q)
parts = []
def drain():
    mine = []
    for x in shared:
        mine.append(x)
    parts.append(mine)
workers = [threading.Thread(target=drain) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(parts[0] + parts[1]) == list(range(20000)))
