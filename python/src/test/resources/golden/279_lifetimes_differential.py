# Lifetimes seen from Python, compared with CPython 3.13: __del__ at the last reference and in cycles, resurrection
# once, weak reference callbacks, gc.disable, callbacks, DEBUG_SAVEALL, get_referents/get_referrers (which see
# through an instance's attribute dict, as 3.13's inline values), frees on another thread.
import gc, weakref, sys
def T(name, f):
    try:
        print(name, "->", repr(f()))
    except BaseException as e:
        print(name, "!!", type(e).__name__, e)
log = []
class D:
    def __init__(self, n): self.n = n
    def __del__(self): log.append(self.n)
def t1():
    log.clear()
    a = D(1); b = D(2); a.b = b; b.a = a
    del a, b
    n = gc.collect()
    return sorted(log), n > 0
T("cycle del", t1)
def t2():
    log.clear()
    x = D("x"); del x
    return list(log)
T("refcount del immediate", t2)
def t3():
    log.clear()
    l = [D(i) for i in range(3)]
    l.pop(1)
    r = list(log)
    del l
    return r, list(log)
T("list pop del", t3)
def t4():
    log.clear()
    d = {"a": D("a")}
    d["a"] = D("b")
    return list(log)
T("dict replace del", t4)
def t5():
    saved = []
    class R:
        def __del__(self): saved.append(self)
    r = R(); r.me = r; del r
    gc.collect()
    first = len(saved)
    saved.clear()
    gc.collect()
    return first, len(saved)
T("resurrect once", t5)
def t6():
    cbs = []
    class O: pass
    o = O()
    r1 = weakref.ref(o, lambda r: cbs.append("r1"))
    r2 = weakref.ref(o, lambda r: cbs.append("r2"))
    del o
    return cbs, r1() is None, r1 == r2
T("weakref callbacks order", t6)
def t7():
    class O: pass
    o = O()
    r = weakref.ref(o)
    return r is weakref.ref(o), weakref.getweakrefcount(o), hash(r) == hash(o)
T("weakref reuse", t7)
def t8():
    gc.disable()
    try:
        class N: pass
        a = N(); a.self = a
        w = weakref.ref(a)
        del a
        alive = w() is not None
        gc.collect()
        return alive, w() is None
    finally:
        gc.enable()
T("gc disabled cycles", t8)
def t9():
    out = []
    def cb(phase, info): out.append((phase, sorted(info)))
    gc.callbacks.append(cb)
    try:
        gc.collect()
    finally:
        gc.callbacks.remove(cb)
    return out
T("gc callbacks", t9)
def t10():
    class N: pass
    before = len(gc.garbage)
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        a = N(); a.s = a; del a
        gc.collect()
        saved = len(gc.garbage) - before
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    return saved
T("saveall", t10)
def t11():
    class N: pass
    x = N(); y = N(); x.y = y
    return y in gc.get_referents(x), x in gc.get_referrers(y)
T("referents", t11)
def t12():
    return gc.is_finalized(D(0)), type(gc.get_stats()), len(gc.get_stats()), sorted(gc.get_stats()[0])
T("gc misc", t12)
def t13():
    log.clear()
    def g():
        d = D("gen")
        yield 1
        yield 2
    it = g(); next(it); del it
    return list(log)
T("generator close frees", t13)
def t14():
    log.clear()
    try:
        d = D("exc")
        raise ValueError
    except ValueError:
        pass
    del d
    return list(log)
T("exc frees", t14)
def t15():
    import threading
    log.clear()
    holder = [D("thread")]
    def f(): holder.clear()
    t = threading.Thread(target=f); t.start(); t.join()
    return list(log)
T("freed on other thread", t15)
print(sys.getrefcount(None) > 100, gc.isenabled())
