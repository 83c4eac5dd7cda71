// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code _thread}: Python threads as Java platform threads attached to the Runtime, and the locks and events they
 * share. Every blocking wait detaches the thread state first, so that a stop-the-world collection or a handshake
 * never waits for a thread blocked in a lock (docs/threads.md); there is no global interpreter lock.
 */
final class ThreadObjects {
    private ThreadObjects() {
    }

    /** Stack size of a Python thread: deep enough for the recursion limit's frames. */
    static final long STACK_BYTES = 512L << 20;
    /** CPython's {@code _thread.TIMEOUT_MAX} on 64-bit Linux, in seconds: a lock's longest timeout. */
    static final double TIMEOUT_MAX = 9223372036.0;

    static final PyType LOCK = PyType.staticType("_thread.lock", 0);
    static final PyType RLOCK = PyType.staticType("_thread.RLock", 0);
    static final PyType EVENT = PyType.staticType("_thread.Event", 0);

    /** {@code threading.Lock}: not reentrant, may be released by any thread. */
    static final class Lock extends PyObject {
        final Semaphore sem = new Semaphore(1);

        Lock(ThreadState ts) {
            super(LOCK, ts);
        }

        boolean acquire(PyThread t, boolean blocking, double timeout) {
            if (sem.tryAcquire()) {
                return true;
            }
            return blocking && waitDetached(t, timeout, () -> {
                sem.acquire();
                return true;
            }, nanos -> sem.tryAcquire(nanos, TimeUnit.NANOSECONDS));
        }

        void release(PyThread t) {
            if (sem.availablePermits() > 0) {
                throw Errors.raise(t, "RuntimeError", "release unlocked lock");
            }
            sem.release();
        }

        @Override
        public String repr() {
            return "<" + (sem.availablePermits() == 0 ? "locked" : "unlocked") + " _thread.lock object at 0x"
                    + Long.toHexString(Ops.id(this)) + ">";
        }
    }

    /** {@code threading.RLock}: reentrant, released only by its owner. */
    static final class RLock extends PyObject {
        final ReentrantLock lock = new ReentrantLock();
        /** For repr only: the owner's ident (0 when free) and its hold count, written by the owner. */
        private volatile long owner;
        private volatile int count;

        RLock(ThreadState ts) {
            super(RLOCK, ts);
        }

        boolean acquire(PyThread t, boolean blocking, double timeout) {
            boolean got = lock.tryLock() || blocking && waitDetached(t, timeout, () -> {
                lock.lockInterruptibly();
                return true;
            }, nanos -> lock.tryLock(nanos, TimeUnit.NANOSECONDS));
            if (got) {
                noteHolds(lock.getHoldCount());
            }
            return got;
        }

        /**
         * Records the holds repr shows, while this thread holds the lock: after an acquire, and before a release (so a
         * thread that takes the lock next never has its own record overwritten by the releaser's).
         */
        private void noteHolds(int n) {
            count = n;
            owner = n == 0 ? 0 : Thread.currentThread().getId();
        }

        void release(PyThread t) {
            if (!lock.isHeldByCurrentThread()) {
                throw Errors.raise(t, "RuntimeError", "cannot release un-acquired lock");
            }
            noteHolds(lock.getHoldCount() - 1);
            lock.unlock();
        }

        /** CPython's: {@code <locked _thread.RLock object owner=140... count=2 at 0x...>}. */
        @Override
        public String repr() {
            long o = owner;
            return "<" + (o != 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + o + " count="
                    + (o != 0 ? count : 0) + " at 0x" + Long.toHexString(Ops.id(this)) + ">";
        }

        /** Condition.wait's release: every level this thread holds; returns how many (CPython's _release_save). */
        int releaseSave(PyThread t) {
            int n = lock.getHoldCount();
            if (n == 0) {
                throw Errors.raise(t, "RuntimeError", "cannot release un-acquired lock");
            }
            noteHolds(0);
            for (int i = 0; i < n; i++) {
                lock.unlock();
            }
            return n;
        }

        /** Condition.wait's re-acquire: blocking (detached), then the levels {@link #releaseSave} gave up. */
        void acquireRestore(PyThread t, int n) {
            acquire(t, true, -1);
            for (int i = 1; i < n; i++) {
                lock.lock(); // reentrant: held already, never blocks
            }
            noteHolds(lock.getHoldCount());
        }
    }

    /**
     * {@code threading.local()}: attributes per thread, each thread's in a dict of its own that only it reads and
     * writes (by the JVM's thread id, never reused). A thread's dict is dropped when the thread ends (as CPython's), or
     * with the local. Subclasses are not supported (ftpython subclasses no built-in type but object).
     */
    static final class Local extends PyObject {
        static final PyType TYPE = PyType.staticType("_thread._local", PyType.FLAG_GC);
        private final java.util.concurrent.ConcurrentHashMap<Long, PyDict> dicts =
                new java.util.concurrent.ConcurrentHashMap<>();

        Local(ThreadState ts) {
            super(TYPE, ts);
        }

        /** The calling thread's dict (borrowed: the local holds it), made on its first use. */
        PyDict dictFor(ThreadState ts) {
            long id = Thread.currentThread().getId();
            PyDict d = dicts.get(id);
            if (d == null) {
                d = PyDict.create(ts); // only this thread makes or reads its own entry
                dicts.put(id, d);
                PyThread t = Interp.thread(ts);
                if (t != null) {
                    t.locals.add(this); // its dict here is dropped when the thread ends
                }
            }
            return d;
        }

        /**
         * The ending thread's dict goes (CPython drops it at thread exit too): whoever removes an entry from the map,
         * this or clearReferences, drops its reference, so each dict is released once.
         */
        void dropThread(ThreadState ts) {
            PyDict d = dicts.remove(Thread.currentThread().getId());
            if (d != null) {
                RefCount.decref(ts, d);
            }
        }

        @Override
        public void traverse(dev.freethread.objects.ReferenceVisitor v) {
            for (PyDict d : dicts.values()) {
                v.visit(d);
            }
        }

        @Override
        public void clearReferences(dev.freethread.objects.ReferenceVisitor v) {
            for (Long id : dicts.keySet()) {
                PyDict d = dicts.remove(id);
                if (d != null) {
                    v.visit(d);
                }
            }
        }
    }

    /** {@code threading.Event}. */
    static final class Event extends PyObject {
        private boolean flag;
        /**
         * How many times the event was set: a waiter whose wait began before a set returns True even if the flag was
         * cleared again before it woke (gh-57711; CPython's wait returns what its condition's wait answered).
         */
        private long sets;

        Event(ThreadState ts) {
            super(EVENT, ts);
        }

        synchronized boolean isSet() {
            return flag;
        }

        /** CPython 3.13's: {@code <threading.Event at 0x...: unset>}. */
        @Override
        public String repr() {
            return "<threading.Event at 0x" + Long.toHexString(Ops.id(this)) + ": " + (isSet() ? "set" : "unset") + ">";
        }

        synchronized void set() {
            flag = true;
            sets++;
            notifyAll();
        }

        synchronized void clear() {
            flag = false;
        }

        boolean await(PyThread t, double timeout) {
            long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
            long setsAtStart;
            synchronized (this) {
                if (flag) {
                    return true;
                }
                setsAtStart = sets;
            }
            for (;;) {
                synchronized (this) {
                    if (flag || sets != setsAtStart) {
                        return true;
                    }
                }
                t.interp.checkInterrupt(t);
                boolean interrupted = false;
                t.ts.detach();
                try {
                    synchronized (this) {
                        while (!flag && sets == setsAtStart) {
                            long left = deadline - System.nanoTime();
                            if (left <= 0) {
                                return false;
                            }
                            wait(Math.max(1, Math.min(left / 1_000_000, 1000)));
                        }
                        return true;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                } finally {
                    t.ts.attach();
                    if (interrupted) {
                        interruptedWait(t); // KeyboardInterrupt, or what a signal's handler raised
                    }
                    t.interp.stopIfFinalizing(t);
                }
                // a signal's handler ran and returned: wait on for what is left (PEP 475)
            }
        }
    }

    /** A wait that may be interrupted: with no timeout, or with one in nanoseconds. */
    @FunctionalInterface
    interface Wait {
        boolean await() throws InterruptedException;
    }

    @FunctionalInterface
    interface TimedWait {
        boolean await(long nanos) throws InterruptedException;
    }

    /**
     * Waits detached (a blocked thread must never hold up a stop-the-world), with no timeout when {@code timeout} is
     * negative. An interrupt of the main thread (Ctrl-C, a signal) ends the wait: Ctrl-C raises KeyboardInterrupt;
     * a signal's Python handler runs, and if it returns the wait goes on for the time left, as CPython's (PEP 475).
     */
    static boolean waitDetached(PyThread t, double timeout, Wait untimed, TimedWait timed) {
        long deadline = timeout < 0 ? 0 : System.nanoTime() + (long) (timeout * 1e9);
        for (;;) {
            t.interp.checkInterrupt(t); // a Ctrl-C pressed just before the wait: raise without waiting
            boolean interrupted = false;
            t.ts.detach();
            try {
                return timeout < 0 ? untimed.await() : timed.await(Math.max(0, deadline - System.nanoTime()));
            } catch (InterruptedException e) {
                interrupted = true;
            } finally {
                t.ts.attach();
                if (interrupted) {
                    interruptedWait(t); // KeyboardInterrupt, or what a signal's handler raised
                }
                t.interp.stopIfFinalizing(t);
            }
            // the interrupt ran a signal's handler, which returned: the wait goes on for what is left (PEP 475)
            if (timeout >= 0 && deadline - System.nanoTime() <= 0) {
                return false;
            }
        }
    }

    /**
     * A blocking wait was interrupted: Ctrl-C (KeyboardInterrupt on the main thread, decided by the interpreter's flag,
     * not by the thread's interrupt status, which attaching may not preserve), or a stray Java interrupt (the wait just
     * ends early, a timeout's answer).
     */
    static void interruptedWait(PyThread t) {
        Thread.interrupted();
        t.interp.checkInterrupt(t);
    }

    private static boolean blocking(PyThread t, PyObject[] a, String[] kw) {
        PyObject b = Args.npos(a, kw) > 0 ? a[0] : Args.kw(a, kw, "blocking");
        return b == null || Ops.truth(t, b);
    }

    private static double timeout(PyThread t, PyObject[] a, String[] kw, int pos) {
        PyObject o = Args.npos(a, kw) > pos ? a[pos] : Args.kw(a, kw, "timeout");
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt) && !(o instanceof PyFloat)) { // CPython's _PyTime_FromSecondsObject message
            throw Errors.typeError(t, "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return Arith.toDouble(t, o);
    }

    /** A lock's {@code acquire(blocking, timeout)} timeout, checked as CPython's lock_acquire_parse_args. */
    private static double acquireTimeout(PyThread t, PyObject[] a, String[] kw, boolean blocking) {
        double timeout = timeout(t, a, kw, 1);
        if (!blocking && timeout != -1) {
            throw Errors.valueError(t, "can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError(t, "timeout value must be a non-negative number");
        }
        if (timeout > Long.MAX_VALUE / 1e9) { // CPython 3.13: past its nanosecond clock's range (TIMEOUT_MAX's too)
            throw Errors.raise(t, "OverflowError", "timestamp out of range for platform time_t");
        }
        return timeout;
    }

    static void install(PyThread t, PyModule m) {
        Interp ip = t.interp;
        Map<String, PyBuiltin.MethodImpl> lock = Builtins.table(ip, LOCK);
        lock.put("acquire", (tt, s, a, kw) -> {
            boolean blocking = blocking(tt, a, kw);
            return PyBool.of(((Lock) s).acquire(tt, blocking, acquireTimeout(tt, a, kw, blocking)));
        });
        lock.put("__enter__", lock.get("acquire")); // CPython's __enter__ is acquire itself, arguments included
        lock.put("release", (tt, s, a, kw) -> {
            ((Lock) s).release(tt);
            return PyNone.NONE;
        });
        lock.put("__exit__", (tt, s, a, kw) -> {
            ((Lock) s).release(tt);
            return PyBool.FALSE;
        });
        lock.put("locked", (tt, s, a, kw) -> PyBool.of(((Lock) s).sem.availablePermits() == 0));
        Map<String, PyBuiltin.MethodImpl> rlock = Builtins.table(ip, RLOCK);
        rlock.put("acquire", (tt, s, a, kw) -> {
            boolean blocking = blocking(tt, a, kw);
            return PyBool.of(((RLock) s).acquire(tt, blocking, acquireTimeout(tt, a, kw, blocking)));
        });
        rlock.put("__enter__", rlock.get("acquire"));
        rlock.put("release", (tt, s, a, kw) -> {
            ((RLock) s).release(tt);
            return PyNone.NONE;
        });
        rlock.put("__exit__", (tt, s, a, kw) -> {
            ((RLock) s).release(tt);
            return PyBool.FALSE;
        });
        rlock.put("_is_owned", (tt, s, a, kw) -> PyBool.of(((RLock) s).lock.isHeldByCurrentThread()));
        rlock.put("_recursion_count", (tt, s, a, kw) -> { // the calling thread's holds (0 when another holds it)
            Args.count(tt, "_recursion_count", a, kw, 0, 0);
            ReentrantLock l = ((RLock) s).lock;
            return dev.freethread.objects.PyInt.of(tt.ts, l.isHeldByCurrentThread() ? l.getHoldCount() : 0);
        });
        rlock.put("_release_save", (tt, s, a, kw) -> dev.freethread.objects.PyInt.of(tt.ts,
                ((RLock) s).releaseSave(tt)));
        rlock.put("_acquire_restore", (tt, s, a, kw) -> {
            Args.count(tt, "_acquire_restore", a, kw, 1, 1);
            ((RLock) s).acquireRestore(tt, (int) Args.toLong(tt, a[0], "_acquire_restore"));
            return PyNone.NONE;
        });
        Map<String, PyBuiltin.MethodImpl> event = Builtins.table(ip, EVENT);
        event.put("set", (tt, s, a, kw) -> {
            ((Event) s).set();
            return PyNone.NONE;
        });
        event.put("clear", (tt, s, a, kw) -> {
            ((Event) s).clear();
            return PyNone.NONE;
        });
        event.put("is_set", (tt, s, a, kw) -> PyBool.of(((Event) s).isSet()));
        event.put("wait", (tt, s, a, kw) -> {
            double timeout = timeout(tt, a, kw, 0);
            boolean given = timeout != -1 || Args.npos(a, kw) > 0 && a[0] != PyNone.NONE
                    || Args.kw(a, kw, "timeout") != null && Args.kw(a, kw, "timeout") != PyNone.NONE;
            // a negative timeout waits not at all (CPython's Condition.wait), only None waits for ever
            return PyBool.of(((Event) s).await(tt, given ? Math.max(0, timeout) : -1));
        });

        Modules.define(t, m, "allocate_lock", (tt, a, kw) -> new Lock(tt.ts));
        Modules.define(t, m, "RLock", (tt, a, kw) -> new RLock(tt.ts));
        Modules.define(t, m, "Event", (tt, a, kw) -> new Event(tt.ts));
        Modules.define(t, m, "_drop_locals", (tt, a, kw) -> {
            dropLocals(tt);
            return PyNone.NONE;
        });
        Modules.define(t, m, "_local", (tt, a, kw) -> {
            if (Args.npos(a, kw) > 0 || kw != null) {
                throw Errors.typeError(tt, "Initialization arguments are not supported");
            }
            return new Local(tt.ts);
        });
        Modules.put(t, m, "LockType", LOCK);
        // a coroutine's runner answers for the thread that drives it (PyCoroutine): the coroutine runs on that
        // thread's behalf, as CPython runs it on that very thread (threading.current_thread(), asyncio's loop)
        Modules.define(t, m, "get_ident", (tt, a, kw) -> PyInt.of(tt.ts, PyCoroutine.logicalThread(tt).ident));
        Modules.define(t, m, "_set_name", (tt, a, kw) -> {
            Args.count(tt, "_set_name", a, kw, 1, 1);
            tt.name = Ops.strString(tt, a[0]);
            return PyNone.NONE;
        });
        Modules.define(t, m, "start_new_thread", ThreadObjects::startNewThread);
        Modules.define(t, m, "start_new", ThreadObjects::startNewThread); // the old aliases CPython keeps
        Modules.define(t, m, "allocate", (tt, a, kw) -> new Lock(tt.ts));
        Modules.put(t, m, "lock", LOCK);
        PyObject timeoutMax = new PyFloat(t.ts, TIMEOUT_MAX);
        Modules.put(t, m, "TIMEOUT_MAX", timeoutMax); // the module's reference is its own
        RefCount.decref(t.ts, timeoutMax);
        // _thread.error is RuntimeError itself, as in CPython 3.3+
        Modules.put(t, m, "error", ip.exceptionClass("RuntimeError"));
        Modules.define(t, m, "get_native_id", (tt, a, kw) -> { // the JVM's thread id stands for the kernel's
            Args.count(tt, "get_native_id", a, kw, 0, 0);
            return PyInt.of(tt.ts, PyCoroutine.logicalThread(tt).ident);
        });
        Modules.define(t, m, "_get_main_thread_ident", (tt, a, kw) -> { // CPython 3.13's: the main thread's ident
            Args.count(tt, "_get_main_thread_ident", a, kw, 0, 0);
            return PyInt.of(tt.ts, tt.interp.main.ident);
        });
        for (String name : new String[] {"exit", "exit_thread"}) { // ends the calling thread quietly: SystemExit
            Modules.define(t, m, name, (tt, a, kw) -> {
                Args.count(tt, name, a, kw, 0, 0);
                throw Errors.raise(tt, "SystemExit", null);
            });
        }
        Modules.define(t, m, "_count", (tt, a, kw) -> { // threads started through _thread still running
            Args.count(tt, "_count", a, kw, 0, 0);
            return PyInt.of(tt.ts, tt.interp.pythonThreads.size());
        });
        Modules.define(t, m, "daemon_threads_allowed", (tt, a, kw) -> PyBool.TRUE);
        Modules.define(t, m, "stack_size", (tt, a, kw) -> {
            // stack_size([size]): the size the next threads get, 0 for the default; CPython's bounds. ftpython's
            // threads always get STACK_BYTES (the tree-walking evaluator's frames are deep), so it is remembered only
            // (no argument sets 0, as CPython's: its argument defaults to 0)
            Args.count(tt, "stack_size", a, kw, 0, 1);
            long size = a.length == 1 ? Args.toLong(tt, a[0], "stack_size") : 0;
            if (size < 0) {
                throw Errors.valueError(tt, "size must be 0 or a positive value");
            }
            if (size != 0 && size < 32768) {
                throw Errors.valueError(tt, "size not valid: " + size + " bytes");
            }
            long old = tt.interp.threadStackSize;
            tt.interp.threadStackSize = size;
            return PyInt.of(tt.ts, old);
        });
        Modules.define(t, m, "interrupt_main", (tt, a, kw) -> {
            // interrupt_main(signum=SIGINT): the signal's Python handler runs on the main thread at its next
            // check, as if the signal had arrived; nothing is sent to the process, and a signal Python does not
            // handle (SIG_DFL, SIG_IGN) does nothing, as in CPython 3.10+
            Args.onlyKw(tt, "interrupt_main", kw, "signum");
            PyObject sig = Args.npos(a, kw) > 0 ? a[0] : Args.kw(a, kw, "signum");
            long signum = sig == null ? 2 : Args.toLong(tt, sig, "signum");
            SignalModule.simulate(tt, signum);
            return PyNone.NONE;
        });
        Modules.define(t, m, "_excepthook", (tt, a, kw) -> {
            Args.count(tt, "_excepthook", a, kw, 2, 2);
            String name = Ops.strString(tt, a[0]);
            PyObject e = a[1];
            if (e instanceof PyBaseExc) {
                tt.interp.flush();
                StringBuilder b = new StringBuilder("Exception in thread " + name + ":\n");
                tt.interp.formatException(tt, (PyBaseExc) e, b);
                tt.interp.err.print(b);
                tt.interp.err.flush();
            }
            return PyNone.NONE;
        });
    }

    /** Drops the calling thread's dict from every threading.local it used (its finalizers may run here). */
    static void dropLocals(PyThread t) {
        while (!t.locals.isEmpty()) {
            t.locals.remove(t.locals.size() - 1).dropThread(t.ts);
        }
    }

    /**
     * {@code start_new_thread(function, args, kwargs=None, daemon=True, exit_lock=None)}: a new attached platform
     * thread, daemonic unless threading asks otherwise (the last two arguments are ftpython's, for threading.py). {@code exit_lock}, a locked {@code _thread.lock}, is released once the thread has left the Runtime (its
     * thread state closed: its objects merged and its heap with the orphan heaps), as CPython releases a thread's
     * tstate lock after the thread state is deleted; threading's {@code join()} waits for it, so a {@code gc.collect()}
     * after {@code join()} sees everything the thread left behind.
     */
    private static PyObject startNewThread(PyThread t, PyObject[] a, String[] kw) {
        Args.count(t, "start_new_thread", a, kw, 2, 5);
        Semaphore exitLock = null;
        if (a.length > 4 && a[4] != PyNone.NONE) {
            if (!(a[4] instanceof Lock)) {
                throw Errors.typeError(t, "exit_lock must be a _thread.lock, not " + Ops.typeName(a[4]));
            }
            exitLock = ((Lock) a[4]).sem; // the Java semaphore only: released after the thread state is gone
            if (exitLock.availablePermits() > 0) {
                throw Errors.raise(t, "RuntimeError", "exit_lock must be locked");
            }
        }
        Interp ip = t.interp;
        PyObject func = a[0];
        if (!(a[1] instanceof PyTuple)) {
            throw Errors.typeError(t, "2nd arg must be a tuple");
        }
        PyTuple args = (PyTuple) a[1];
        PyObject kwargs = a.length > 2 && a[2] != PyNone.NONE ? a[2] : null;
        // CPython 3.13's start_new_thread threads are daemonic: the process does not wait for them at exit (threading
        // passes its Thread's own flag here)
        boolean daemon = a.length <= 3 || Ops.truth(t, a[3]);
        ThreadState ts = t.ts;
        RefCount.incref(ts, func);
        RefCount.incref(ts, args);
        if (kwargs != null) {
            RefCount.incref(ts, kwargs);
        }
        long[] ident = new long[1];
        Semaphore released = exitLock;
        Thread th = new Thread(null, () -> {
            try {
                run(ip, func, args, kwargs);
            } finally {
                if (released != null) {
                    released.release();
                }
            }
        }, "ftpython-thread", STACK_BYTES);
        th.setDaemon(daemon);
        ident[0] = th.getId();
        ip.pythonThreads.add(th);
        th.start();
        return PyInt.of(ts, ident[0]);
    }

    private static void run(Interp ip, PyObject func, PyTuple args, PyObject kwargs) {
        ThreadState ts = ip.rt.attachCurrentThread();
        PyThread t = ip.register(ts, Thread.currentThread().getName());
        t.startedByThreadModule = true;
        java.util.List<PyObject> extra = new java.util.ArrayList<>();
        try {
            PyObject[] av = new PyObject[args.size()];
            for (int i = 0; i < av.length; i++) {
                av[i] = args.getItemBorrowed(i);
            }
            String[] kn = null;
            if (kwargs instanceof PyDict && ((PyDict) kwargs).size() > 0) {
                java.util.List<PyObject> vals = new java.util.ArrayList<>(java.util.Arrays.asList(av));
                java.util.List<String> names = new java.util.ArrayList<>();
                PyObject it = Ops.itemsIterator(ts, (PyDict) kwargs);
                for (PyObject kv = Ops.next(t, it); kv != null; kv = Ops.next(t, it)) {
                    PyTuple p = (PyTuple) kv;
                    names.add(Ops.strString(t, p.getItemBorrowed(0)));
                    vals.add(RefCount.newRef(ts, p.getItemBorrowed(1))); // held until the call returns
                    extra.add(vals.get(vals.size() - 1));
                    RefCount.decref(ts, kv);
                }
                RefCount.decref(ts, it);
                av = vals.toArray(new PyObject[0]);
                kn = names.toArray(new String[0]);
            }
            RefCount.decref(ts, Ops.call(t, func, av, kn));
        } catch (PyRaise r) {
            if (!r.exc.cls().isSubtypeOf(ip.exceptionClass("SystemExit"))) {
                // CPython 3.13: through sys.unraisablehook, "Exception ignored in thread started by <func>"
                String what;
                try {
                    what = Ops.reprString(t, func);
                } catch (PyRaise e) {
                    e.release(ts);
                    what = func.repr();
                }
                ip.reportUnraisable(t, r, "Exception ignored in thread started by " + what, null);
            } else {
                r.release(ts);
            }
        } catch (RuntimeException | StackOverflowError e) {
            ip.err.println("Unhandled Java exception in a Python thread: " + e);
        } finally {
            for (PyObject v : extra) {
                RefCount.decref(ts, v);
            }
            RefCount.decref(ts, func);
            RefCount.decref(ts, args);
            if (kwargs != null) {
                RefCount.decref(ts, kwargs);
            }
            try {
                dropLocals(t); // threading's bootstrap did already, unless the thread was started by _thread
            } catch (RuntimeException e) {
                ip.err.println("Exception ignored while dropping a thread's threading.local values: " + e);
            }
            ip.unregister();
            ts.close();
            ip.pythonThreads.remove(Thread.currentThread());
        }
    }
}
