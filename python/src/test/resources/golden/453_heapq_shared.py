# heapq's operations are atomic under the list's critical section, as CPython's C module in the free-threaded build:
# threads pushing and popping one heap keep its invariant (test_free_threading's test_heapq); builtin functions have
# __module__. Compared with CPython 3.13 (whose heapq has the _max functions as private names).
import heapq, math, random, threading

def is_heap(h, key=lambda a, b: a <= b):
    return all(key(h[(i - 1) >> 1], h[i]) for i in range(1, len(h)))

N, T = 3000, 6
heap = []
def pusher(k):
    for i in range(N):
        heapq.heappush(heap, (i * 7919 + k) % 10007)
ts = [threading.Thread(target=pusher, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print("after concurrent pushes:", len(heap), is_heap(heap))

pops = [[] for _ in range(T)]
def popper(k):
    for _ in range(N):
        pops[k].append(heapq.heappop(heap))
ts = [threading.Thread(target=popper, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print("each thread's pops sorted:", all(p == sorted(p) for p in pops), len(heap))

heap = list(range(2000))
random.seed(7)
random.shuffle(heap)
heapq.heapify(heap)
def mixer(k):
    r = random.Random(k)
    for _ in range(2000):
        v = r.randrange(5000)
        if r.random() < 0.5:
            heapq.heapreplace(heap, v)
        else:
            heapq.heappushpop(heap, v)
ts = [threading.Thread(target=mixer, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print("after concurrent replace/pushpop:", len(heap), is_heap(heap))

# single-threaded results match CPython's element moves exactly
data = [(x * 37) % 101 for x in range(60)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
h2 = list(data)
heapq.heapify(h2)
print(h2, [heapq.heappop(h2) for _ in range(5)])
print(heapq.heappushpop(h2, -1), heapq.heapreplace(h2, 1000), h2[:8])
m = list(data)
heapq._heapify_max(m)
print(m[:8], heapq._heappop_max(m), heapq._heapreplace_max(m, 3), m[:5])
class L(list):
    pass
lh = L([5, 3, 9, 1])
heapq.heapify(lh)
print(lh, type(lh).__name__)
for bad in (lambda: heapq.heappush((), 1), lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(heapq.heappushpop([], 5))
class Bad:
    def __lt__(self, other):
        raise ValueError("no order")
hb = [1]
try:
    heapq.heappush(hb, Bad())
except ValueError as e:
    print("ValueError:", e, len(hb))
print(len.__module__, math.sqrt.__module__, heapq.heappush.__module__, math.sqrt.__qualname__)
