# weakref containers and finalizers under threads: values freed on other threads leave the containers; each
# finalizer runs exactly once whichever thread drops the last reference
import threading, weakref, gc

class Obj:
    def __init__(self, n): self.n = n

N = 400
d = weakref.WeakValueDictionary()
s = weakref.WeakSet()
lock = threading.Lock()
calls = []
objs = [Obj(i) for i in range(N)]
fins = []
for o in objs:
    d[o.n] = o
    s.add(o)
    fins.append(weakref.finalize(o, calls.append, o.n))
del o
print(len(d), len(s))

def drop(part):
    for i in range(part, N, 4):
        with lock:
            objs[i] = None

threads = [threading.Thread(target=drop, args=(p,)) for p in range(4)]
for t in threads: t.start()
for t in threads: t.join()
gc.collect()
print(len(d), len(s), len(calls), sorted(calls) == list(range(N)), sum(f.alive for f in fins))
print(repr(weakref.WeakSet()))
