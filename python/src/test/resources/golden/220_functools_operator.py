# SPDX-License-Identifier: Apache-2.0
# functools and operator: reduce, partial, wraps with docstrings, lru_cache (also from two threads), total_ordering.
import functools, operator, threading
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(operator.add, [], 'e'))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
p = partial(int, base=2)
print(p('101'), p.func is int, p.args, p.keywords)
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
q = partial(partial(f, 1), 2, d=4)
print(q(), q(3), q(c=5, d=6), q.args, q.keywords)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def greet(name):
    """Say hello."""
    return 'hi ' + name
print(greet('x'), greet.__name__, greet.__doc__, greet.__wrapped__('y'))
calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print([sq(i) for i in [1, 2, 1, 3, 1, 2]], calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_info() == (0, 0, 2, 0), sq.cache_parameters())
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info().currsize, fact.__name__)
@lru_cache(maxsize=None, typed=True)
def t(x):
    return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(2) <= V(2), V(3) > V(2), V(1) >= V(2), V(2) >= V(2))
print(operator.itemgetter(1)('abc'), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3))
print(operator.methodcaller('split', ',')('a,b'), operator.neg(3), operator.mul(3, 4), operator.truediv(1, 4))
print(operator.contains([1], 1), operator.getitem({1: 'a'}, 1), operator.index(7), operator.truth([]))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=operator.itemgetter(1)))
print(repr(operator.itemgetter(1, 'a')), repr(partial(max, 1, key=abs)).startswith('functools.partial(<built-in'))
shared = []
@lru_cache(maxsize=64)
def sq2(n):
    return n * n
def work():
    for i in range(2000):
        sq2(i % 100)
ts = [threading.Thread(target=work) for _ in range(2)]
for th in ts: th.start()
for th in ts: th.join()
info = sq2.cache_info()
print(info.hits + info.misses, info.currsize)
