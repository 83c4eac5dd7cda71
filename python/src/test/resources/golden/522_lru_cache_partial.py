# functools: lru_cache's counts exact under four threads on an unbounded cache (a hit is one dict read), a key hashed
# once a call (_HashedSeq), typed keys, cache_clear; partial's keywords merged and kept.
import functools, threading
calls = 0
@functools.lru_cache(maxsize=None)
def sq(x):
    global calls
    calls += 1
    return x * x
def work():
    for i in range(20000):
        assert sq(i % 100) == (i % 100) ** 2
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
info = sq.cache_info()
print(info.hits + info.misses, info.currsize, info.maxsize, info.misses >= 100)
class H:
    hashes = 0
    def __init__(self, v): self.v = v
    def __hash__(self):
        H.hashes += 1
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
@functools.lru_cache(maxsize=4)
def ident(x, y=0): return (x.v, y)
h = H(1)
print(ident(h), ident(h), H.hashes, ident.cache_info())
print(ident(H(1), y=2), ident(h, 2), ident.cache_info().currsize)
ident.cache_clear(); print(ident.cache_info())
@functools.lru_cache(maxsize=2, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
p = functools.partial(max, 1, key=abs)
print(p(-5, 3), p(2, key=lambda v: -v), p.keywords, p.args)
q = functools.partial(p, 7)
print(q(), q.func is max, q.args, q.keywords)
def kw(**k): return sorted(k.items())
pk = functools.partial(kw, a=1)
print(pk(), pk(a=2, b=3), pk.keywords)
