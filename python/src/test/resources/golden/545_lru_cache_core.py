# lru_cache and cache (the cache is Java's now, the wrapper a Python function): bounded order of use, a recursive
# cached function freed by the collector, a key's hash taken once a call, keyword and positional keys, typed keys,
# True/1/1.0 as one key, exact counts from four threads, maxsize=0, a cached method, cache_clear.
import functools, gc, weakref, threading
def make():
    g = {}
    exec('''
import functools
@functools.lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
class Obj:
    pass
''', g)
    return g
g = make()
print(g['fib'](30), g['fib'].cache_info())
r = weakref.ref(g['Obj'])
del g
gc.collect()
print('collected', r() is None)

class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        K.hashes += 1
        return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
K.hashes = 0
@functools.lru_cache(maxsize=2)
def f(*a, **k): return (a, sorted(k.items()))
print(f(K(1))[0][0].v, f(K(1))[0][0].v, K.hashes, f.cache_info())
print(f(1, 2), f(1, 2), f(1.0, 2), f(1, b=2), f(1, b=2), f.cache_info())
print(f(True), f(1), f(1.0), f.cache_info())
@functools.lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
@functools.cache
def c(x): return x * 2
def worker():
    for i in range(2000):
        c(i % 50)
ts = [threading.Thread(target=worker) for _ in range(4)]
for th in ts: th.start()
for th in ts: th.join()
ci = c.cache_info()
print(ci.hits + ci.misses, ci.currsize)
@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1)
print(z.cache_info())
class M:
    @functools.lru_cache
    def m(self, x): return x + 1
print(M().m(1), M.m.cache_info().misses)
c.cache_clear(); print(c.cache_info())
