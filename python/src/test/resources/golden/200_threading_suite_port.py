# SPDX-License-Identifier: Apache-2.0
# threading cases after CPython's test_threading/lock_tests: argument checks, Barrier, Timer, excepthook, timeouts.
import threading, time
from suite_case import T
T("release unlocked", lambda: threading.Lock().release())
T("rlock release unowned", lambda: threading.RLock().release())
def rl():
    r = threading.RLock()
    r.acquire(); r.acquire()
    r.release(); r.release()
    return r.acquire(blocking=False)
T("rlock reentrant", rl)
def lk():
    l = threading.Lock()
    a = l.acquire()
    b = l.acquire(blocking=False)
    c = l.acquire(timeout=0.01)
    l.release()
    return a, b, c, l.locked()
T("lock nonblocking", lk)
T("lock bad timeout", lambda: threading.Lock().acquire(blocking=False, timeout=1))
T("lock neg timeout", lambda: threading.Lock().acquire(timeout=-2))
def lockctx():
    l = threading.Lock()
    with l:
        x = l.locked()
    return x, l.locked()
T("lock with", lockctx)
def cond_notify_unowned():
    c = threading.Condition()
    c.notify()
T("notify unowned", cond_notify_unowned)
def cond_wait_unowned():
    c = threading.Condition()
    c.wait(0.01)
T("wait unowned", cond_wait_unowned)
def cond():
    c = threading.Condition()
    items = []
    def producer():
        for i in range(5):
            with c:
                items.append(i)
                c.notify()
    got = []
    def consumer():
        for _ in range(5):
            with c:
                while not items:
                    c.wait()
                got.append(items.pop(0))
    ts = [threading.Thread(target=consumer), threading.Thread(target=producer)]
    for t in ts: t.start()
    for t in ts: t.join()
    return got
T("condition", cond)
def ev():
    e = threading.Event()
    r = [e.is_set(), e.wait(0.01)]
    e.set(); r.append(e.wait()); e.clear(); r.append(e.is_set())
    return r
T("event", ev)
def sem():
    s = threading.Semaphore(2)
    return s.acquire(), s.acquire(), s.acquire(blocking=False), s.release(), s.acquire(timeout=0.01)
T("semaphore", sem)
T("semaphore neg", lambda: threading.Semaphore(-1))
def bsem():
    b = threading.BoundedSemaphore(1)
    b.acquire(); b.release(); b.release()
T("bounded over-release", bsem)
def counter():
    n = [0]
    lock = threading.Lock()
    def work():
        for _ in range(10000):
            with lock:
                n[0] += 1
    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    return n[0]
T("counter", counter)
def shared_list():
    l = []
    def work(k):
        for i in range(5000):
            l.append((k, i))
    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    return len(l), len(set(l)), all(l.index((k, 0)) < l.index((k, 4999)) for k in range(4))
T("shared list append", shared_list)
def shared_dict():
    d = {}
    def work(k):
        for i in range(3000):
            d[(k, i)] = i
            if i % 2:
                del d[(k, i)]
    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    return len(d), sum(d.values())
T("shared dict", shared_dict)
def thread_attrs():
    t = threading.Thread(target=lambda: None, name='w1')
    r = [t.name, t.is_alive(), t.ident is None, t.daemon]
    t.start(); t.join()
    r += [t.is_alive(), t.ident is not None]
    return r
T("thread attrs", thread_attrs)
def start_twice():
    t = threading.Thread(target=lambda: None)
    t.start(); t.join(); t.start()
T("start twice", start_twice)
def join_unstarted():
    threading.Thread(target=lambda: None).join()
T("join unstarted", join_unstarted)
def join_self():
    threading.current_thread().join()
T("join self", join_self)
def result_via_subclass():
    class W(threading.Thread):
        def __init__(self):
            super().__init__()
            self.result = None
        def run(self):
            self.result = sum(range(100))
    w = W(); w.start(); w.join()
    return w.result
T("subclass run", result_via_subclass)
def join_timeout():
    e = threading.Event()
    t = threading.Thread(target=e.wait)
    t.start()
    t.join(0.01)
    alive = t.is_alive()
    e.set(); t.join()
    return alive, t.is_alive()
T("join timeout", join_timeout)
T("main thread", lambda: (threading.current_thread() is threading.main_thread(), threading.main_thread().name))
T("get_ident", lambda: type(threading.get_ident()).__name__)
def local():
    loc = threading.local()
    loc.x = 'main'
    out = []
    def w():
        out.append(hasattr(loc, 'x'))
        loc.x = 'w'
        out.append(loc.x)
    t = threading.Thread(target=w); t.start(); t.join()
    return out, loc.x
T("local", local)
def active():
    e = threading.Event()
    t = threading.Thread(target=e.wait); t.start()
    n = threading.active_count()
    e.set(); t.join()
    return n, threading.active_count()
T("active_count", active)
def enum():
    return [t.name for t in threading.enumerate()]
T("enumerate", enum)
def timer():
    out = []
    t = threading.Timer(0.01, lambda: out.append(1))
    t.start(); t.join()
    return out
T("timer", timer)
def barrier():
    b = threading.Barrier(3)
    out = []
    def w():
        i = b.wait()
        out.append(i)
    ts = [threading.Thread(target=w) for _ in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
    return sorted(out)
T("barrier", barrier)
def exc_in_thread():
    def bad():
        raise ValueError("in thread")
    t = threading.Thread(target=bad, name="bad-thread")
    t.start(); t.join()
    return 'joined'
T("exception in thread", exc_in_thread)
def excepthook():
    seen = []
    old = threading.excepthook
    threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
    t = threading.Thread(target=lambda: 1 / 0, name='z'); t.start(); t.join()
    threading.excepthook = old
    return seen
T("excepthook", excepthook)
def barrier_timeout():
    b = threading.Barrier(2, timeout=0.05)
    try:
        b.wait()
    except threading.BrokenBarrierError:
        return 'broken', b.broken, b.n_waiting, b.parties
T("barrier timeout", barrier_timeout)
def barrier_action():
    out = []
    b = threading.Barrier(2, action=lambda: out.append('action'))
    ts = [threading.Thread(target=b.wait) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    return out, b.broken
T("barrier action", barrier_action)
def barrier_abort():
    b = threading.Barrier(2)
    res = []
    def w():
        try:
            b.wait()
            res.append('passed')
        except threading.BrokenBarrierError:
            res.append('broken')
    t = threading.Thread(target=w); t.start()
    while b.n_waiting == 0:
        time.sleep(0.001)
    b.abort(); t.join()
    b.reset()
    return res, b.broken
T("barrier abort reset", barrier_abort)
def barrier_reuse():
    b = threading.Barrier(2)
    out = []
    def w():
        for _ in range(3):
            out.append(b.wait() in (0, 1))
    ts = [threading.Thread(target=w) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    return len(out), all(out)
T("barrier reuse", barrier_reuse)
T("barrier zero", lambda: threading.Barrier(0))
def timer_cancel():
    out = []
    t = threading.Timer(5, lambda: out.append(1))
    t.start(); t.cancel(); t.join()
    return out, t.finished.is_set()
T("timer cancel", timer_cancel)
def hook_sysexit():
    seen = []
    old = threading.excepthook
    threading.excepthook = lambda args: seen.append(args.exc_type.__name__)
    def f():
        raise SystemExit(3)
    t = threading.Thread(target=f); t.start(); t.join()
    threading.excepthook = old
    return seen
T("excepthook sysexit", hook_sysexit)
T("event neg wait", lambda: threading.Event().wait(-1))
T("cond neg wait", lambda: (lambda c: (c.acquire(), c.wait(-1), c.release())[1])(threading.Condition()))
def join_neg():
    e = threading.Event()
    t = threading.Thread(target=e.wait); t.start()
    t.join(-1)
    a = t.is_alive()
    e.set(); t.join()
    return a
T("join negative", join_neg)
T("dunder hook", lambda: threading.__excepthook__ is not None)
