# SPDX-License-Identifier: Apache-2.0
# Classes, decorators, protocols and positional-only parameters after CPython's test_class/test_positional_only_arg.
from suite_case import T
def deco(f):
    def w(*a, **k):
        return ('wrapped', f(*a, **k))
    return w
@deco
def g(x): return x * 2
T("decorator", lambda: g(3))
def deco_args(n):
    def d(f):
        def w(*a):
            return f(*a) + n
        return w
    return d
@deco_args(10)
def h(x): return x
T("decorator with args", lambda: h(1))
class Base:
    def __init__(self):
        self.log = ['Base']
    @classmethod
    def create(cls):
        return cls()
    @property
    def name(self):
        return type(self).__name__
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Mid')
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append('Leaf')
    @classmethod
    def create(cls):
        obj = super().create()
        obj.log.append('created')
        return obj
T("super chain", lambda: Leaf().log)
T("super classmethod", lambda: Leaf.create().log)
T("inherited property", lambda: Leaf().name)
class Counter:
    n = 0
    def inc(self):
        self.n += 1
        return self.n, Counter.n
T("instance shadows class attr", lambda: (Counter().inc(), Counter.n))
class WithEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, WithEq) and self.v == o.v
    def __hash__(self): return hash(self.v)
T("set of custom", lambda: len({WithEq(1), WithEq(1), WithEq(2)}))
T("dict custom keys", lambda: {WithEq(1): 'a'}[WithEq(1)])
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'O%d' % self.v
T("sorted custom", lambda: sorted([Ordered(3), Ordered(1), Ordered(2)]))
T("max custom", lambda: max([Ordered(3), Ordered(1)]))
T("gt reflected", lambda: Ordered(1) > Ordered(0))
T("le missing", lambda: Ordered(1) <= Ordered(0))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __repr__(self): return 'Num(%d)' % self.v
def numops():
    a = Num(1)
    b = a
    a += 5
    return a + 1, 1 + a, sum([Num(1), Num(2)], Num(0)), a is b
T("arith protocol", numops)
class Cont:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(self.d)
def cont():
    c = Cont()
    c['a'] = 1; c['b'] = 2
    del c['a']
    return len(c), 'b' in c, list(c), c['b']
T("container protocol", cont)
T("container missing", lambda: Cont()['x'])
class Slice:
    def __getitem__(self, k): return k
T("slice object", lambda: (Slice()[1:2], Slice()[::2], Slice()[1, 2], Slice()[...]))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        return False
def with_reraise():
    with CM():
        raise ValueError('x')
T("with no suppress", with_reraise)
def multiple_with():
    log = []
    class L:
        def __init__(self, n): self.n = n
        def __enter__(self): log.append('in%d' % self.n); return self.n
        def __exit__(self, *a): log.append('out%d' % self.n)
    with L(1) as a, L(2) as b:
        log.append((a, b))
    return log
T("multiple with", multiple_with)
def gen_like():
    class It:
        def __init__(self): self.i = 0
        def __iter__(self): return self
        def __next__(self):
            self.i += 1
            if self.i > 3: raise StopIteration
            return self.i
    return list(It()), sum(It()), [x * 2 for x in It()], dict(zip(It(), 'abc'))
T("iterator protocol", gen_like)
def lambda_defaults():
    fs = {k: (lambda x, k=k: x + k) for k in range(3)}
    return [fs[i](10) for i in range(3)]
T("lambda defaults", lambda_defaults)
def recursion():
    def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(20)
T("recursion", recursion)
def mutual():
    def even(n): return True if n == 0 else odd(n - 1)
    def odd(n): return False if n == 0 else even(n - 1)
    return even(100), odd(7)
T("mutual recursion", mutual)
def kwonly():
    def f(a, *, b=2, **rest): return a, b, rest
    return f(1), f(1, b=3, c=4)
T("kwonly", kwonly)
def posonly():
    def f(a, b, /, c): return a, b, c
    return f(1, 2, c=3)
T("posonly", posonly)
def posonly_err():
    def f(a, /): return a
    return f(a=1)
T("posonly err", posonly_err)
T("class repr", lambda: repr(Base)[:20])
T("instance class name", lambda: Leaf().__class__.__name__)
T("isinstance mro", lambda: [isinstance(Leaf(), c) for c in (Base, Mid, Leaf, object, int)])
T("issubclass tuple", lambda: issubclass(Leaf, (int, Base)))
class StaticCall:
    @staticmethod
    def s(): return 'static'
T("static via instance", lambda: (StaticCall.s(), StaticCall().s()))
T("type call", lambda: type(Leaf()) is Leaf)
class Dunder:
    def __bool__(self): return False
    def __len__(self): return 5
T("bool over len", lambda: (bool(Dunder()), len(Dunder())))
class OnlyLen:
    def __len__(self): return 0
T("bool from len", lambda: bool(OnlyLen()))
def f(a, b, /, c, *, d=4): return a, b, c, d
def g(a, /, **k): return a, k
def h(a, b=2, /): return a, b
T("posonly ok", lambda: f(1, 2, c=3))
T("posonly kw err", lambda: f(1, b=2, c=3))
T("posonly kw err 2", lambda: f(a=1, b=2, c=3))
T("posonly kwargs", lambda: g(1, a=2))
T("posonly default", lambda: (h(1), h(1, 3)))
T("posonly default kw", lambda: h(1, b=5))
T("posonly missing", lambda: f(1))
class M:
    def m(self, x, /): return x
T("method posonly", lambda: (M().m(1), M.m(M(), 2)))
T("method posonly kw", lambda: M().m(x=1))
