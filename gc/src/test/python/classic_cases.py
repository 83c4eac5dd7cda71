"""CPython's side of gc's GcClassicTest: the same object graphs, the numbers Python observes.

Run: ~/.pyenv/versions/3.13.0/bin/python3 gc/src/test/python/classic_cases.py
Nodes use __slots__ so that each is one tracked object (no instance dict), like the test binding's TestNode.
"""
import gc
import weakref


class N:
    __slots__ = ('a', 'b', '__weakref__')

    def __init__(self, label=0):
        self.a = None
        self.b = None


log = []


class F(N):
    __slots__ = ('label',)

    def __init__(self, label):
        super().__init__()
        self.label = label

    def __del__(self):
        log.append('del%d' % self.label)


def case(name, fn):
    gc.collect()
    log.clear()
    print(name, fn())


def self_cycle():
    a = N(); a.a = a; del a
    return gc.collect()


def two_cycle():
    a = N(); b = N(); a.a = b; b.a = a; del a, b
    return gc.collect()


def hanging_off_live():
    live = N(); a = N(); b = N(); a.a = b; b.a = a; live.a = a; del a, b
    first = gc.collect()
    del live
    return first, gc.collect()


def finalizers():
    a = F(1); b = F(2); a.a = b; b.a = a
    wa = weakref.ref(a)
    del a, b
    n = gc.collect()
    return n, sorted(log)


saved = []


class R(N):
    __slots__ = ('label',)

    def __del__(self):
        log.append('del%d' % self.label)
        saved.append(self)


def resurrection():
    a = R(); a.label = 1; b = N(); a.a = b; b.a = a; del a, b
    n1 = gc.collect()
    after1 = list(log)
    fin = gc.is_finalized(saved[0])
    saved.clear()
    n2 = gc.collect()
    return n1, after1, fin, n2, list(log)


def weakref_no_callback():
    a = N(); b = N(); a.a = b; b.a = a
    wr = weakref.ref(a)
    del a, b
    n = gc.collect()
    return n, wr() is None


def cb(wr):
    log.append('cb')


def weakref_with_callback():
    a = N(); b = N(); a.a = b; b.a = a
    wr = weakref.ref(a, cb)
    del a, b
    n = gc.collect()
    return n, list(log), wr() is None


def weakref_itself_in_cycle():
    a = N(); b = N(); a.a = b; b.a = a
    b.b = weakref.ref(a, cb)
    del a, b
    n = gc.collect()
    return n, list(log)


def callback_reads_members():
    a = N(); b = N(); a.a = b; b.a = a
    wb = weakref.ref(b)
    seen = []

    def reader(wr):
        seen.append(wb() is None)
    wr = weakref.ref(a, reader)
    del a, b
    n = gc.collect()
    return n, seen


def two_callbacks_order():
    a = N(); b = N(); a.a = b; b.a = a

    def c1(wr):
        log.append('cb1')

    def c2(wr):
        log.append('cb2')
    r1 = weakref.ref(a, c1)
    r2 = weakref.ref(a, c2)
    del a, b
    n = gc.collect()
    return n, list(log)


def callbacks_then_finalizers():
    a = F(1); b = N(); a.a = b; b.a = a
    wr = weakref.ref(b, cb)
    del a, b
    n = gc.collect()
    return n, list(log)


def nested():
    # three rings of three, each ring's first node pointing to the next ring; the last ring points back to the first
    rings = []
    for r in range(3):
        nodes = [N() for _ in range(3)]
        for i in range(3):
            nodes[i].a = nodes[(i + 1) % 3]
        rings.append(nodes)
    for r in range(3):
        rings[r][0].b = rings[(r + 1) % 3][0]
    del rings, nodes
    return gc.collect()


def saveall():
    gc.set_debug(gc.DEBUG_SAVEALL)
    a = F(1); b = N(); a.a = b; b.a = a; del a, b
    n = gc.collect()
    g = len(gc.garbage)
    gc.set_debug(0)
    gc.garbage.clear()
    return n, g, list(log), gc.collect()


def finalizer_error():
    class E(N):
        __slots__ = ()

        def __del__(self):
            raise ValueError('boom')
    errors = []
    import sys
    old = sys.unraisablehook
    sys.unraisablehook = lambda u: errors.append(type(u.exc_value).__name__)
    try:
        a = E(); b = F(2); a.a = b; b.a = a; del a, b
        n = gc.collect()
    finally:
        sys.unraisablehook = old
    return n, errors, list(log)


class G(N):
    __slots__ = ()

    def __del__(self):
        # creates a new garbage cycle while being finalized
        x = N(); y = N(); x.a = y; y.a = x


def finalizer_makes_garbage():
    a = G(); a.a = a; del a
    return gc.collect(), gc.collect()


def callbacks_info():
    infos = []

    def cbk(phase, info):
        infos.append((phase, info['generation'], info['collected'], info['uncollectable']))
    gc.callbacks.append(cbk)
    try:
        a = N(); a.a = a; del a
        gc.collect()
    finally:
        gc.callbacks.remove(cbk)
    return infos


def frozen():
    a = N(); a.a = a; del a
    gc.freeze()
    n1 = gc.collect()
    gc.unfreeze()
    return n1, gc.collect()


for name, fn in list(globals().items()):
    pass

case('self_cycle', self_cycle)
case('two_cycle', two_cycle)
case('hanging_off_live', hanging_off_live)
case('finalizers', finalizers)
case('resurrection', resurrection)
case('weakref_no_callback', weakref_no_callback)
case('weakref_with_callback', weakref_with_callback)
case('weakref_itself_in_cycle', weakref_itself_in_cycle)
case('callback_reads_members', callback_reads_members)
case('two_callbacks_order', two_callbacks_order)
case('callbacks_then_finalizers', callbacks_then_finalizers)
case('nested', nested)
case('saveall', saveall)
case('finalizer_error', finalizer_error)
case('finalizer_makes_garbage', finalizer_makes_garbage)
case('callbacks_info', callbacks_info)
case('frozen', frozen)


def callback_errors():
    import sys
    errors = []
    old = sys.unraisablehook
    sys.unraisablehook = lambda u: errors.append(type(u.exc_value).__name__)

    def bad(wr):
        raise KeyError('cb')

    def bad_gc_callback(phase, info):
        raise RuntimeError(phase)
    gc.callbacks.append(bad_gc_callback)
    try:
        a = N(); b = N(); a.a = b; b.a = a
        wr = weakref.ref(a, bad)
        wr2 = weakref.ref(b, cb)
        del a, b
        n = gc.collect()
    finally:
        gc.callbacks.remove(bad_gc_callback)
        sys.unraisablehook = old
    return n, errors, list(log)


case('callback_errors', callback_errors)
