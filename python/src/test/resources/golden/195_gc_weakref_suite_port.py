# SPDX-License-Identifier: Apache-2.0
# gc and weakref cases after CPython's test_gc/test_weakref: cycles, finalizers, callbacks, weakref hash and ==.
import gc, weakref, sys
from suite_case import T
gc.collect()
class A:
    pass
def cyc():
    a = A(); a.a = a
    del a
    return gc.collect()
T("self cycle", cyc)
def lst():
    l = []; l.append(l); del l
    return gc.collect()
T("list cycle", lst)
def dct():
    d = {}; d[1] = d; del d
    return gc.collect()
T("dict cycle", dct)
def tup():
    l = []; t = (l,); l.append(t); del t; del l
    return gc.collect()
T("tuple cycle", tup)
def cls():
    class X: pass
    del X
    return gc.collect() > 0
T("class cycle", cls)
def fin():
    out = []
    class F:
        def __del__(self):
            out.append(1)
    f = F(); f.f = f; del f
    n = gc.collect()
    return n, out, gc.garbage
T("finalizer cycle", fin)
def resurrect():
    saved = []
    class R:
        def __del__(self):
            saved.append(self)
    r = R(); r.r = r; del r
    n = gc.collect()
    m = gc.collect()
    k = len(saved)
    saved.clear()
    return n > 0, m, k, gc.collect()
T("resurrection", resurrect)
def wr():
    calls = []
    a = A(); a.a = a
    w = weakref.ref(a, lambda r: calls.append(r is w))
    del a
    gc.collect()
    return w(), calls
T("weakref cleared with callback", wr)
def wr2():
    calls = []
    class W: pass
    a = W()
    a.w = weakref.ref(a, lambda r: calls.append(1))
    del a
    gc.collect()
    return calls
T("weakref in garbage: no callback", wr2)
def wr3():
    a = A()
    w1 = weakref.ref(a); w2 = weakref.ref(a)
    return w1 is w2, w1 == w2, hash(w1) == hash(a), w1() is a
T("weakref identity", wr3)
T("weakref int", lambda: weakref.ref(1))
T("weakref list", lambda: weakref.ref([]))
def wr4():
    a = A(); w = weakref.ref(a); del a
    return w(), repr(w)[:14]
T("weakref dead", wr4)
def wr5():
    a = A(); b = A()
    return weakref.ref(a) == weakref.ref(b), weakref.ref(a) != weakref.ref(a)
T("weakref eq", wr5)
def wr6():
    a = A(); w = weakref.ref(a); del a
    return hash(w)
T("weakref hash dead", wr6)
T("isenabled", lambda: gc.isenabled())
def en():
    gc.disable(); a = gc.isenabled(); gc.enable(); return a, gc.isenabled()
T("disable enable", en)
T("thresholds", lambda: len(gc.get_threshold()))
T("count", lambda: len(gc.get_count()))
T("debug", lambda: gc.get_debug())
T("collect gen", lambda: gc.collect(2) >= 0)
T("collect bad gen", lambda: gc.collect(3))
T("collect str", lambda: gc.collect('x'))
def refs():
    a = A(); l = [a]
    return l in gc.get_referrers(a)
T("get_referrers", refs)
def refs2():
    a = A(); b = A(); l = [a, b, 1]
    r = gc.get_referents(l)
    return a in r, b in r, len(r)
T("get_referents", refs2)
def cbs():
    seen = []
    def cb(phase, info):
        seen.append((phase, sorted(info)))
    gc.callbacks.append(cb)
    gc.collect()
    gc.callbacks.remove(cb)
    return seen
T("callbacks", cbs)
def saveall():
    gc.set_debug(gc.DEBUG_SAVEALL)
    l = []; l.append(l); del l
    gc.collect()
    gc.set_debug(0)
    n = len(gc.garbage)
    gc.garbage.clear()
    return n
T("saveall", saveall)
def finalized():
    class F:
        def __del__(self): pass
    f = F()
    before = gc.is_finalized(f)
    f.f = f
    keep = []
    class G:
        def __del__(self): keep.append(self)
    g = G(); g.g = g; del g
    gc.collect()
    r = (before, gc.is_finalized(keep[0]))
    keep.clear(); gc.collect()
    return r
T("is_finalized", finalized)
def stats():
    s = gc.get_stats()
    return len(s), sorted(s[0])
T("get_stats", stats)
def freeze():
    gc.freeze(); n = gc.get_freeze_count() > 0; gc.unfreeze(); return n, gc.get_freeze_count()
T("freeze", freeze)
def delcycle():
    order = []
    class D:
        def __init__(self, n): self.n = n
        def __del__(self): order.append(self.n)
    a = D(1); b = D(2); a.b = b; b.a = a
    del a, b
    gc.collect()
    return sorted(order)
T("del both in cycle", delcycle)
T("is_tracked", lambda: (gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked(A()), gc.is_tracked(([],))))
def wrdict():
    a = A(); b = A()
    d = {weakref.ref(a): 1, weakref.ref(b): 2}
    del a
    gc.collect()
    return sorted(d.values()), len(d), weakref.ref(b) in d
T("dict keyed by weak references", wrdict)
def wrcmp():
    a = A()
    return weakref.ref(a) < weakref.ref(a)
T("weakref <", wrcmp)
