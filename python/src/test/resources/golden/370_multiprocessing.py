# Golden test for multiprocessing: processes, pools, queues, pipes, locks, shared values, managers, contexts and
# multiprocessing.dummy. Its stdout is the same under CPython 3.13 (start method 'fork') and ftpython: children
# report through queues and pipes; pids, addresses and timings are never printed; unordered results are sorted.
import multiprocessing as mp
import multiprocessing.pool
import multiprocessing.dummy
import multiprocessing.managers
import multiprocessing.connection
import os
import queue
import re
import sys
import threading
import time


def square(x):
    return x * x


def add(a, b):
    return a + b


def fail_on_three(x):
    if x == 3:
        raise ValueError('three is bad')
    return x


def cpu_bound(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


def report(q, tag):
    me = mp.current_process()
    q.put((tag, me.name, me.daemon, mp.parent_process().name))


def nested(q):
    report(q, 'child')
    p = mp.Process(target=report, args=(q, 'grandchild'))
    p.start()
    p.join()
    q.put(('grandchild exitcode', p.exitcode))


def say_hello():
    print('hello from', mp.current_process().name)


def exit_with(code):
    sys.exit(code)


def raiser():
    raise RuntimeError('child failed (this traceback goes to stderr)')


def sleeper(t):
    time.sleep(t)


def consumer(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item
    out.put(total)


def blocked_reader(q):
    q.get()


def joinable_worker(jq, results):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        results.put(item * 10)
        jq.task_done()


def pipe_child(conn):
    msg = conn.recv()
    conn.send(msg[::-1])
    conn.send_bytes(b'raw bytes')
    conn.close()


def counter_child(v, arr, lock, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
        with lock:
            arr[0] += 1.0


def barrier_child(b, q):
    b.wait()
    q.put('through the barrier')


def event_child(e, q):
    if e.wait(5):
        q.put('event seen')


def condition_child(cond, q):
    with cond:
        cond.notify_all()
    q.put('notified')


_init_tag = None


def init_worker(tag):
    global _init_tag
    _init_tag = tag


def get_init_tag(_):
    return _init_tag


def worker_info(_):
    me = mp.current_process()
    return me.name.startswith('ForkPoolWorker-'), me.daemon


def thread_worker_info(_):
    return mp.current_process().name


def manager_child(lst, dct, ns, lock):
    with lock:
        lst.append(mp.current_process().name)
        dct['count'] = dct.get('count', 0) + 1
        ns.hits += 1


class Squarer(mp.Process):
    def __init__(self, q, x):
        super().__init__()
        self.q = q
        self.x = x

    def run(self):
        self.q.put(self.x ** 2)


def show_repr(p):
    return re.sub(r'(pid|parent)=\d+', r'\1=N', repr(p))


def show_exc(e):
    return '%s: %s' % (type(e).__name__, e)


def section(title):
    print()
    print('== ' + title)


def test_processes():
    section('processes')
    me = mp.current_process()
    print(me.name, me.daemon, mp.parent_process(), me.is_alive(), me.pid == os.getpid())
    print(show_repr(me))
    q = mp.Queue()
    p = mp.Process(target=nested, args=(q,))
    print(p.name, p.pid, p.exitcode, p.is_alive(), p.daemon)
    print(show_repr(p))
    p.start()
    p.join()
    print(show_repr(p), p.exitcode, p.is_alive())
    print(sorted([q.get() for _ in range(3)], key=str))
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError:', e)

    sys.stdout.flush()
    h = mp.Process(target=say_hello)
    h.start()
    h.join()
    print('after hello', h.exitcode)

    codes = []
    for target, args in ((raiser, ()), (exit_with, (None,)), (exit_with, (0,)), (exit_with, (3,)),
                         (exit_with, ('an exit message on stderr',))):
        c = mp.Process(target=target, args=args)
        c.start()
        c.join()
        codes.append(c.exitcode)
    print('exit codes', codes)

    d = mp.Process(target=report, args=(q, 'daemon'), daemon=True)
    print(show_repr(d))
    d.start()
    d.join()
    print(q.get())

    s = Squarer(q, 7)
    print(s.name)
    s.start()
    s.join()
    print('squarer', q.get(), s.exitcode)

    named = mp.Process(target=report, args=(q, 'named'), name='custom-name')
    named.start()
    named.join()
    print(q.get())

    kw = mp.Process(target=report, kwargs={'q': q, 'tag': 'kwargs'})
    kw.start()
    kw.join()
    print(q.get()[0])


def test_lifecycle():
    section('lifecycle')
    a = mp.Process(target=sleeper, args=(0.3,))
    b = mp.Process(target=sleeper, args=(0.3,))
    a.start()
    b.start()
    print('active', sorted(p.name for p in mp.active_children()) == sorted([a.name, b.name]))
    a.join(0.01)
    print('after join(0.01)', a.exitcode, a.is_alive())
    try:
        a.close()
    except ValueError as e:
        print('ValueError:', e)
    a.join()
    b.join()
    print('active after join', mp.active_children())
    a.close()
    try:
        a.is_alive()
    except ValueError as e:
        print('ValueError:', e)

    q = mp.Queue()
    t = mp.Process(target=blocked_reader, args=(q,))
    t.start()
    time.sleep(0.1)
    t.terminate()
    t.join()
    print('terminated', t.exitcode, t.is_alive(), show_repr(t))
    k = mp.Process(target=blocked_reader, args=(mp.Queue(),), daemon=True)
    k.start()
    k.kill()
    k.join()
    print('killed', k.exitcode, k.is_alive())

    u = mp.Process(target=sleeper, args=(0,))
    try:
        u.join()
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        mp.current_process().join()
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        mp.Process(group='g')
    except AssertionError as e:
        print('AssertionError:', e)
    try:
        u.daemon = True
        u.start()
        u.daemon = False
    except AssertionError as e:
        print('AssertionError:', e)
    u.join()


def test_pool():
    section('pool')
    pool = mp.Pool(2)
    print(pool)
    print(pool.map(square, range(10)))
    print(pool.map(square, range(20), chunksize=3))
    print(pool.map(square, iter(range(5))), pool.map(square, []))
    print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
    print(pool.apply(add, (20, 22)), pool.apply(add, kwds={'a': 1, 'b': 2}))
    print(list(pool.imap(square, range(8))))
    print(list(pool.imap(square, range(10), chunksize=3)))
    print(sorted(pool.imap_unordered(square, range(12))))
    print(sorted(pool.imap_unordered(square, range(12), chunksize=5)))
    it = pool.imap(square, [5, 6])
    print(it.next(timeout=5), next(it))
    try:
        next(it)
    except StopIteration:
        print('StopIteration')

    collected = []
    r = pool.map_async(square, range(6), callback=collected.append)
    print(r.get(timeout=5), collected, r.ready(), r.successful())
    r = pool.starmap_async(add, [(1, 1), (2, 2)])
    print(r.get())
    r = pool.apply_async(add, (2, 3), callback=collected.append)
    r.wait()
    print(r.get(), collected[-1], r.ready(), r.successful())

    slow = pool.apply_async(sleeper, (0.5,))
    try:
        slow.successful()
    except ValueError:
        print('successful() before ready: ValueError')
    try:
        slow.get(timeout=0.05)
    except mp.TimeoutError as e:
        print('get(timeout):', type(e).__name__, isinstance(e, mp.ProcessError), repr(e))
    print(slow.get(), slow.successful())

    try:
        pool.map(fail_on_three, range(6))
    except ValueError as e:
        print('map raised', show_exc(e), type(e.__cause__).__name__)
    errors = []
    r = pool.apply_async(fail_on_three, (3,), error_callback=errors.append)
    r.wait()
    print('apply_async', r.successful(), [show_exc(e) for e in errors])
    try:
        r.get()
    except ValueError as e:
        print('get raised', show_exc(e))
    r = pool.map_async(fail_on_three, [1, 3], error_callback=errors.append)
    r.wait()
    print('map_async', r.successful(), show_exc(errors[-1]))
    out = []
    it = pool.imap(fail_on_three, range(6))
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
        except ValueError as e:
            out.append(show_exc(e))
    print('imap', out)

    print(sorted(set(pool.map(worker_info, range(8)))))
    print(pool.map(cpu_bound, [1000] * 3) == [cpu_bound(1000)] * 3)

    try:
        pool.join()
    except ValueError as e:
        print('ValueError:', e)
    pool.close()
    print(pool)
    try:
        pool.apply(square, (1,))
    except ValueError as e:
        print('ValueError:', e)
    pool.join()
    print(pool)

    with mp.Pool(processes=2, initializer=init_worker, initargs=('initialized',)) as p2:
        print(p2.map(get_init_tag, range(4)))
        print(p2.imap(fail_on_three, [1, 2], chunksize=1).next())
    print(p2)
    try:
        mp.Pool(0)
    except ValueError as e:
        print('ValueError:', e)
    try:
        with mp.Pool(1) as p3:
            p3.imap(square, [1], chunksize=0)
    except ValueError as e:
        print('ValueError:', e)


def test_parallel_speed():
    section('parallel computation')
    n = 200000
    with mp.Pool(2) as pool:
        parallel = pool.map(cpu_bound, [n] * 4)
    serial = [cpu_bound(n) for _ in range(4)]
    print('pool sums equal serial sums:', parallel == serial, parallel[0])


def test_thread_pools():
    section('thread pools')
    with mp.pool.ThreadPool(3) as tp:
        print(tp)
        print(tp.map(square, range(6)), sorted(tp.imap_unordered(square, range(4))))
        print(sorted(set(tp.map(thread_worker_info, range(6)))))
        print(tp.apply_async(add, (1, 2)).get(), tp.starmap(add, [(1, 1)]))
    print(tp)
    import multiprocessing.dummy as dummy
    with dummy.Pool(2) as dp:
        print(dp, dp.map(square, [1, 2, 3]))
    dp_proc = dummy.Process(target=square, args=(3,))
    print(dp_proc.exitcode)
    dp_proc.start()
    dp_proc.join()
    print(dp_proc.exitcode, dp_proc.is_alive(), dummy.current_process() is threading.current_thread())
    print(dummy.active_children())
    dq = dummy.Queue()
    dq.put(1)
    print(dq.get(), type(dq).__name__)
    a, b = dummy.Pipe()
    a.send('over a dummy pipe')
    print(b.recv())


def test_queues():
    section('queues')
    q = mp.Queue(2)
    q.put(1)
    q.put_nowait(2)
    print(q.qsize(), q.full())
    for call in (lambda: q.put_nowait(3), lambda: q.put(3, timeout=0.01)):
        try:
            call()
        except queue.Full:
            print('queue.Full')
    print(q.get(), q.get_nowait())
    for call in (q.get_nowait, lambda: q.get(timeout=0.01), lambda: q.get(False)):
        try:
            call()
        except queue.Empty:
            print('queue.Empty')
    q.close()
    try:
        q.put(1)
    except ValueError as e:
        print('ValueError: closed' if 'is closed' in str(e) else e)
    q.join_thread()

    q = mp.Queue()
    out = mp.Queue()
    c = mp.Process(target=consumer, args=(q, out))
    c.start()
    for i in range(100):
        q.put(i)
    q.put(None)
    q.close()     # closes the parent's handle only: the consumer still reads
    q.join_thread()
    print('consumer total', out.get(timeout=10))
    c.join()

    jq = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=joinable_worker, args=(jq, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for i in range(6):
        jq.put(i)
    for _ in workers:
        jq.put(None)
    jq.join()
    print('joinable', sorted(results.get() for _ in range(6)))
    for w in workers:
        w.join()
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError:', e)

    sq = mp.SimpleQueue()
    print(sq.empty())
    sq.put('simple')
    print(sq.empty(), sq.get())
    sq.close()
    try:
        sq.get()
    except OSError as e:
        print('OSError:', e)


def test_pipes():
    section('pipes')
    a, b = mp.Pipe()
    p = mp.Process(target=pipe_child, args=(b,))
    p.start()
    b.close()    # the parent's handle of the child's end: the child's stays open
    a.send('hello')
    print(a.recv(), a.recv_bytes())
    p.join()
    print('poll at EOF', a.poll())
    try:
        a.recv()
    except EOFError:
        print('EOFError once the child closed its end')
    a.close()
    try:
        a.send(1)
    except OSError as e:
        print('OSError:', e)

    x, y = mp.Pipe()
    print(x.poll(), x.readable, x.writable)
    y.send({'k': [1, 2]})
    print(x.poll(0.5), x.recv())
    y.send_bytes(b'hello world', 6)
    print(x.recv_bytes())
    y.send_bytes(b'hello world', 0, 5)
    print(x.recv_bytes())
    y.send_bytes(b'abc')
    buf = bytearray(8)
    print(x.recv_bytes_into(buf, 2), buf)
    y.send_bytes(b'too long')
    try:
        x.recv_bytes_into(bytearray(3))
    except mp.BufferTooShort as e:
        print('BufferTooShort', e.args)
    y.send_bytes(b'abcdef')
    try:
        x.recv_bytes(3)
    except OSError as e:
        print('OSError:', e)
    print('readable after a bad length', x.readable, x.writable)
    try:
        x.recv()
    except OSError as e:
        print('OSError:', e)

    x, y = mp.Pipe()
    y.send('last message')
    y.close()
    print(x.recv())
    try:
        x.recv()
    except EOFError:
        print('EOFError')
    try:
        x.send('into a closed pipe')
    except BrokenPipeError as e:
        print('BrokenPipeError:', e)

    r, w = mp.Pipe(duplex=False)
    print(r.readable, r.writable, w.readable, w.writable)
    try:
        r.send(1)
    except OSError as e:
        print('OSError:', e)
    try:
        w.recv()
    except OSError as e:
        print('OSError:', e)
    w.send('one way')
    print(r.recv())
    with w:
        pass
    print(w.closed, mp.connection.wait([r], timeout=1) == [r])


def test_synchronize():
    section('synchronization')
    lock = mp.Lock()
    print(lock)
    with lock:
        print(lock, lock.acquire(False), lock.acquire(timeout=0.01))
    print(lock.acquire(block=False))
    lock.release()
    try:
        lock.release()
    except ValueError as e:
        print('ValueError:', e)
    rl = mp.RLock()
    rl.acquire()
    rl.acquire()
    print(rl)
    rl.release()
    rl.release()
    print(rl)
    try:
        rl.release()
    except AssertionError as e:
        print('AssertionError:', e)
    s = mp.Semaphore(2)
    s.acquire()
    print(s, s.get_value())
    s.release()
    s.release()
    print(s)
    bs = mp.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)
    print(bs, bs.acquire(), bs.acquire(False))
    cond = mp.Condition()
    print(cond)
    try:
        cond.wait(0)
    except AssertionError as e:
        print('AssertionError:', e)

    q = mp.Queue()
    e = mp.Event()
    print(e.is_set(), e.wait(0.01))
    p = mp.Process(target=event_child, args=(e, q))
    p.start()
    e.set()
    print(q.get(timeout=5), e.is_set())
    p.join()

    with cond:
        p = mp.Process(target=condition_child, args=(cond, q))
        p.start()
        print('condition wait', cond.wait(5))
    print(q.get(timeout=5))
    p.join()

    b = mp.Barrier(3)
    kids = [mp.Process(target=barrier_child, args=(b, q)) for _ in range(2)]
    for k in kids:
        k.start()
    b.wait()
    print(sorted(q.get(timeout=5) for _ in kids), b.parties)
    for k in kids:
        k.join()


def test_shared_values():
    section('shared values')
    v = mp.Value('i', 0)
    arr = mp.Array('d', [0.0, 1.5, 2.5])
    lock = mp.Lock()
    procs = [mp.Process(target=counter_child, args=(v, arr, lock, 500)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(v, v.value, arr[:], len(arr), arr[0], arr[-1], list(arr))
    print(type(v).__name__, type(arr).__name__, v.get_lock(), arr.get_lock())
    for tc, init in (('b', 3), ('B', 250), ('h', -2), ('I', 7), ('l', 2 ** 40), ('q', 1), ('Q', 2),
                     ('f', 0.1), ('d', 1.5), ('c', b'x'), ('u', 'z')):
        print(tc, mp.Value(tc, init), mp.RawValue(tc, init))
    w = mp.Value('i', 2 ** 31)
    print('wrapped', w.value)
    w.value = True
    print(w.value)
    try:
        w.value = 1.5
    except TypeError as e:
        print('TypeError:', e)
    raw = mp.Value('i', 7, lock=False)
    print(raw, type(raw).__name__, hasattr(raw, 'get_lock'))
    own = mp.Lock()
    print(mp.Value('d', lock=own).get_lock() is own)
    try:
        mp.Value('z', 1)
    except TypeError as e:
        print('TypeError:', e)
    ia = mp.Array('i', 4)
    ia[1:3] = [5, 6]
    ia[-1] = 9
    print(ia[:], ia[::2], sum(ia), 6 in ia)
    try:
        ia[4] = 1
    except IndexError as e:
        print('IndexError:', e)
    try:
        ia[0:2] = [1]
    except ValueError as e:
        print('ValueError:', e)
    ra = mp.RawArray('i', [1, 2, 3])
    print(type(ra).__name__, ra[:], ra[::-1], len(ra))
    ca = mp.Array('c', b'hello')
    print(ca.value, ca.raw, ca[0], ca[1:3])
    ca.value = b'hi'
    print(ca.value, ca.raw)
    print(mp.Array('u', 'abc')[:])


def test_manager():
    section('manager')
    with mp.Manager() as m:
        print(type(m).__name__)
        lst = m.list(['start'])
        dct = m.dict(a=1)
        ns = m.Namespace(hits=0)
        lock = m.Lock()
        procs = [mp.Process(target=manager_child, args=(lst, dct, ns, lock)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(len(lst), lst[0], sorted(lst[1:]) == sorted(p.name for p in procs))
        print(sorted(dct.items()), ns.hits, str(ns))
        mv = m.Value('i', 5)
        mv.value += 1
        print(str(mv), mv.value, mv.get())
        print(str(m.Array('i', [1, 2])))
        mq = m.Queue()
        mq.put('via manager queue')
        print(mq.get(), mq.qsize())
        ev = m.Event()
        ev.set()
        print(ev.is_set())
        print(dict(m.dict({'x': 1}, y=2)), list(m.list(range(3))))
    from multiprocessing.managers import BaseManager, Namespace

    class Box:
        def __init__(self, v):
            self.v = v

        def get(self):
            return self.v

    class BoxManager(BaseManager):
        pass

    BoxManager.register('Box', Box)
    with BoxManager() as bm:
        print(bm.Box(42).get())
    print(Namespace(b=2, a=1, _hidden=3))


def test_contexts():
    section('contexts')
    print(mp.get_start_method(), mp.get_all_start_methods())
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError:', e)
    for method in ('fork', 'spawn', 'forkserver'):
        ctx = mp.get_context(method)
        p = ctx.Process(target=square, args=(2,))
        print(method, type(ctx).__name__, ctx.get_start_method(), type(p).__name__, p.name.split('-')[0])
    print(type(mp.get_context()).__name__)
    try:
        mp.get_context('bogus')
    except ValueError as e:
        print('ValueError:', e)
    ctx = mp.get_context('fork')
    q = ctx.Queue()
    p = ctx.Process(target=report, args=(q, 'fork ctx'))
    p.start()
    p.join()
    tag, name, daemon, parent = q.get()
    print(tag, name.split('-')[0], daemon, parent)
    with ctx.Pool(1) as pool:
        print(pool.map(square, [3]))
    print(mp.cpu_count() == os.cpu_count(), mp.freeze_support())
    for exc in (mp.TimeoutError, mp.BufferTooShort, mp.AuthenticationError):
        print(exc.__name__, [c.__name__ for c in exc.__mro__])


if __name__ == '__main__':
    test_processes()
    test_lifecycle()
    test_pool()
    test_parallel_speed()
    test_thread_pools()
    test_queues()
    test_pipes()
    test_synchronize()
    test_shared_values()
    test_manager()
    test_contexts()
    print()
    print('done')
