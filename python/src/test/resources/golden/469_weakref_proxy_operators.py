# weakref.proxy: every binary operator in its plain, reflected and in-place forms with both operands unwrapped (an
# in-place one returns what the referent's returns), __bytes__, __reversed__, next() refusing a non-iterator, and one
# proxy without a callback per live referent, as CPython's proxy. Checked against CPython 3.13 (test_weakref).
import weakref
class C:
    def __init__(self, v): self.v = v
    def __add__(self, o): return ('add', o)
    def __radd__(self, o): return ('radd', o)
    def __floordiv__(self, o): return 42
    def __ifloordiv__(self, o): return 21
    def __matmul__(self, o): return 1729
    def __rmatmul__(self, o): return -1729
    def __bytes__(self): return b'bytes!'
    def __reversed__(self): return iter('cba')
    def __lt__(self, o): return True
o = C(1); p = weakref.proxy(o)
print(p + 1, 1 + p, p // 5, p @ 5, 5 @ p, bytes(p), ''.join(reversed(p)), p < 3)
q = p; q //= 5; print(q)
class N:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)
    def __add__(self, o): return self.v + o
    def __radd__(self, o): return o + self.v
n = N(2.0); pn = weakref.proxy(n)
print(1.0 + pn, pn + 1.0, 2 * weakref.proxy(N(3)) if False else 'x')
print(weakref.proxy(o) is p, weakref.proxy(o, lambda r: None) is p)
x = [1, 2]
class L(list): pass
l = L([1, 2]); pl = weakref.proxy(l)
pl += [3]; print(type(pl).__name__, l, pl is l)
class A:
    def __iter__(self): return weakref.proxy(not_it)
not_it = lambda: 0
try: list(A())
except TypeError as e: print(e)
print(divmod(weakref.proxy(l) and 7, 2))
del o
try: p + 1
except ReferenceError as e: print('ReferenceError', e)
