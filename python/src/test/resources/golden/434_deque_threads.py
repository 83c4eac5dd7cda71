# collections.deque shared between threads, as CPython's is: two consumers
# never pop the same item, producers lose none, a bounded deque never exceeds
# maxlen (the old deque, a Python list and a head index with no lock, popped
# 214,615 items, 199,992 of them distinct, out of 200,000); and CPython's
# test_deque cases: mutation during count/in/index/remove and iteration,
# * and *= with maxlen, a deque holding itself, subclass repr, __reduce__,
# copy and pickle.
import copy
import pickle
import threading
from collections import deque

# thread safety: two consumers never get the same item, two producers lose none
N = 100000
d = deque(range(N))
got = [[], []]


def consumer(k):
    out = got[k]
    while True:
        try:
            out.append(d.popleft())
        except IndexError:
            return


ts = [threading.Thread(target=consumer, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allv = got[0] + got[1]
print('popped', len(allv), 'unique', len(set(allv)), 'of', N)
d2 = deque()


def producer(k):
    for i in range(N // 2):
        if i % 2:
            d2.append((k, i))
        else:
            d2.appendleft((k, i))


ts = [threading.Thread(target=producer, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('appended', len(d2), len(set(d2)), 'of', N)
b = deque(maxlen=10)


def bounded(k):
    for i in range(20000):
        b.append(i)
        if len(b) > 10:
            print('over maxlen')


ts = [threading.Thread(target=bounded, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('bounded', len(b), b.maxlen)

# CPython's test_deque cases
class MutateCmp:
    def __init__(self, deque, result):
        self.deque = deque
        self.result = result

    def __eq__(self, other):
        self.deque.clear()
        return self.result


for call in ('count', '__contains__', 'index', 'remove'):
    d = deque([1, 2, 3])
    d.append(MutateCmp(d, False))
    try:
        getattr(d, call)(3 if call != 'remove' else 9)
        print(call, 'no error', len(d))
    except (RuntimeError, ValueError, IndexError) as e:
        print(call, type(e).__name__, e)
d = deque('abc')
it = iter(d)
next(it)
d.append('d')
try:
    next(it)
except RuntimeError as e:
    print('iter', e)
d = deque([1, 2, 3], maxlen=4)
print(d * 3, 2 * d, -1 * d, d * 0)
d *= 2
print(d)
d = deque(range(5))
d.append(d)
print(repr(d))


class D(deque):
    pass


print(repr(D([1])), D([1, 2]).__reduce__()[:3], deque([1], maxlen=3).__reduce__()[:3])
print(copy.copy(D([1, 2])), type(copy.copy(D([1]))).__name__, copy.deepcopy(deque([[1]], maxlen=2)))
p = pickle.loads(pickle.dumps(deque([1, 2, 3], maxlen=5)))
print(p, p.maxlen)
e = D('xyz')
e.tag = 't'
q = pickle.loads(pickle.dumps(e))
print(q, q.tag, type(q).__name__)
d = deque('abcde')
d.rotate(2)
print(d, d.popleft(), d.pop(), len(d), d[1], d[-1], 'b' in d, d.index('a'))
d.reverse()
d.insert(1, 'z')
del d[0]
d.remove('z')
print(d, list(reversed(d)), d == deque(d), d < deque('zzz'))
d.__init__('qr')
print(d, bool(d), bool(deque()))
