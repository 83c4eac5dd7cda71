// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A coroutine (PEP 492): the call of an {@code async def} function, run when something drives it with {@code send},
 * {@code throw} or {@code close} (an event loop's task), or inline when another coroutine awaits it.
 *
 * <p><b>How it suspends.</b> ftpython's evaluator is a tree walker whose generators suspend only at statements
 * (GenStmts), but {@code await} may stand anywhere in an expression. So a driven coroutine runs its body on a thread
 * of its own, the <em>runner</em>, which keeps the whole Java stack of the suspended evaluation: an {@code await} of
 * something that yields (a future's {@code __await__}) hands the value to the thread that resumed the coroutine and
 * waits, detached, for the next resumption. Exactly one of the two threads runs at a time (the hand-off is a lock and
 * a turn), so a coroutine is as sequential as CPython's, and an event loop written in Python over {@code send} and
 * {@code throw} (ftpython's asyncio) runs its tasks one at a time on the loop's thread and their runners. A
 * coroutine awaited by another one runs inline, on the awaiting runner: its suspensions are that runner's.
 *
 * <p><b>Threads.</b> The races and what covers them:
 * <ol>
 *   <li>[CO1] Two resumers: the status word moves from CREATED or SUSPENDED to RUNNING by CAS, as a generator's
 *       ([GEN1] in {@link PyGenerator}); the loser gets {@code ValueError: coroutine already executing}.</li>
 *   <li>[CO2] The hand-off: the resumer publishes the value or exception sent and flips the turn under the lock; the
 *       runner publishes what it yielded, returned or raised the same way. Each side waits detached, so a
 *       stop-the-world or a handshake never waits for a thread parked here. Test: golden 296 (a value lost or
 *       delivered twice changes its output).</li>
 *   <li>[CO3] The collector against a running coroutine: its frame holds counted references only (a method's lent
 *       {@code self} is counted when the coroutine is made, and a for loop never keeps a borrowed item in it: the
 *       frame carries a GenState, as a generator's), so {@link #traverse} may read it while the runner runs, as
 *       [GEN4] argues for generators.</li>
 *   <li>[CO4] Finalization: a runner is never stopped by the interpreter's finalization (a daemon thread is), since
 *       the thread that closes a coroutine then waits for its runner ({@link PyThread#coroutineRunner}); nor is an
 *       idle one, between jobs ({@link PyThread#runnerThread}): re-attaching drains its merge queue, which may free
 *       an object whose weak reference has a Python callback (asyncio's WeakSet of asynchronous generators), and a
 *       runner parked there for good held its thread state's objects past shutdown (golden 317 leaked 164 objects in
 *       about one run in six once the JIT had warmed up).</li>
 *   <li>[CO5] Asynchronous generators: at most one asend, athrow or aclose is in progress at a time
 *       ({@link #runningAsync}, CPython's {@code ag_running_async}). One claims the generator by a CAS before its
 *       first resumption and releases it when it completes, raises, or is closed by hand; another started
 *       meanwhile, on this thread or another, is refused ("already running") instead of resuming the body inside the
 *       first one's await. Test: python golden 318 (a second asend, athrow and aclose while one is suspended in an
 *       await). No stress test races two threads on the claim; the CAS is what makes it hold for them.</li>
 * </ol>
 *
 * <p><b>Lifetime.</b> As a generator's: the coroutine holds its function and its frame's locals, counted, and reports
 * them; the frame's references are dropped when the body ends; a coroutine freed while suspended is closed through
 * the finalizer slot (GeneratorExit at its await, so its finally clauses run, and its runner ends). A runner thread
 * ends with its body. docs/refcount.md lists this lifetime edge (E23).
 */
final class PyCoroutine extends PyObject {
    static final PyType TYPE = PyType.staticType("coroutine", PyType.FLAG_GC | PyType.FLAG_HAS_FINALIZER);
    /** An {@code async def} with a yield (PEP 525): the same machinery, its yields handed to its consumer. */
    static final PyType ASYNC_GEN_TYPE = PyType.staticType("async_generator",
            PyType.FLAG_GC | PyType.FLAG_HAS_FINALIZER);

    static final int CREATED = 0;
    static final int SUSPENDED = 1;
    static final int RUNNING = 2;
    static final int CLOSED = 3;

    private static final VarHandle STATUS;

    static {
        try {
            STATUS = MethodHandles.lookup().findVarHandle(PyCoroutine.class, "status", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int status;
    /** Counted until the coroutine is freed: it keeps the frame's globals and closure alive. */
    private volatile PyFunction func;
    private final Frame frame;
    /** {@code __name__} and {@code __qualname__}: the function's when made; a script may set them (str only). */
    volatile String name;
    volatile String qualname;
    /** The thread that resumed it last: the one a runner's code runs on behalf of ({@link #logicalThread}). */
    private volatile PyThread driver;
    /** Whether an await has run it inline (it is then its awaiter's, and cannot be driven or awaited again). */
    private volatile boolean awaited;

    // ---- the hand-off between the resuming thread and the runner ([CO2]); guarded by lock
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition turnChanged = lock.newCondition();
    /** True while the runner may run; false while the resumer may. */
    private boolean runnerTurn;
    private PyObject sentIn;
    private PyRaise thrownIn;
    private PyObject yieldedOut;
    private boolean endedOut;
    private PyObject returnedOut;
    private PyRaise raisedOut;

    /** An asynchronous generator: its body's yields are values for its consumer ({@link #asyncYield}). */
    final boolean asyncGen;
    /** Whether what the last resumption answered was a yield of the body (else an await passing a value out). */
    private boolean lastWasValue;
    /**
     * An asynchronous generator with an asend, athrow or aclose in progress (CPython's {@code ag_running_async}):
     * set when one starts, cleared when it completes; another one started meanwhile is refused ("already
     * running"), since it would resume the body inside the first one's await.
     */
    volatile boolean runningAsync;
    private static final VarHandle RUNNING_ASYNC;

    static {
        try {
            RUNNING_ASYNC = MethodHandles.lookup().findVarHandle(PyCoroutine.class, "runningAsync", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Claims the generator for one asend, athrow or aclose ([CO5]): false when another holds it. A CAS, so two
     * threads starting one each at once cannot both go on to resume the body.
     */
    boolean claimAsync() {
        return RUNNING_ASYNC.compareAndSet(this, false, true);
    }

    /** Ends the claim {@link #claimAsync} made: the asend, athrow or aclose completed or was abandoned. */
    void releaseAsync() {
        runningAsync = false;
    }
    private boolean valueOut;

    /** One frame of {@code cr_origin}: plain Java values, so recording it adds no reference to count. */
    record Origin(String file, int line, String name) { }

    /**
     * Where the coroutine was made, innermost frame first, as many as the origin tracking depth asked for when it
     * was made ({@code cr_origin}); null when it was 0.
     */
    final Origin[] origin;

    private static Origin[] originOf(PyThread t, int depth) {
        java.util.List<Origin> out = new java.util.ArrayList<>();
        for (Frame fr = t.current; fr != null && out.size() < depth; fr = fr.back) {
            out.add(new Origin(fr.code.file, fr.line, fr.code.name));
        }
        return out.toArray(new Origin[0]);
    }

    /** {@code cr_origin}: a tuple of (filename, lineno, function name) tuples, innermost first; None when untracked. */
    PyObject originTuple(ThreadState ts) {
        Origin[] o = origin;
        if (o == null) {
            return PyNone.NONE;
        }
        PyObject[] items = new PyObject[o.length];
        for (int i = 0; i < o.length; i++) {
            items[i] = PyTuple.stealing(ts, PyStr.of(ts, o[i].file()), PyInt.of(ts, o[i].line()),
                    PyStr.of(ts, o[i].name()));
        }
        return PyTuple.stealing(ts, items);
    }

    /** Takes over the frame (its locals are counted references). */
    PyCoroutine(PyThread t, PyFunction func, Frame frame) {
        this(t, func, frame, false);
    }

    PyCoroutine(PyThread t, PyFunction func, Frame frame, boolean asyncGen) {
        super(asyncGen ? ASYNC_GEN_TYPE : TYPE, t.ts);
        this.asyncGen = asyncGen;
        if (asyncGen) {
            frame.asyncGen = this;
        }
        RefCount.incref(t.ts, func);
        this.func = func;
        this.frame = frame;
        this.name = func.nameNow(t, "__name__");
        this.qualname = func.nameNow(t, "__qualname__");
        int depth = asyncGen ? 0 : t.interp.coroutineOriginDepth;
        this.origin = depth == 0 ? null : originOf(t, depth);
        frame.gen = new GenState(0); // [CO3]: no borrowed loop items in a frame the collector may traverse
    }

    /**
     * One step, as {@link PyGenerator#resume}: the value the coroutine yielded (a new reference), or null when it
     * ended, its return value then in {@code ret[0]}; {@code sent} is a new reference (null: None), {@code thrown}
     * an exception to raise at its await (owned).
     */
    PyObject resume(PyThread t, PyObject sent, PyRaise thrown, PyObject[] ret) {
        ThreadState ts = t.ts;
        int s;
        while (true) {
            s = status;
            if (s == RUNNING || s == CREATED && awaited) {
                RefCount.xdecref(ts, sent);
                if (thrown != null) {
                    thrown.release(ts);
                }
                throw Errors.valueError(t, "coroutine already executing");
            }
            if (s == CLOSED) {
                RefCount.xdecref(ts, sent);
                if (thrown != null) {
                    thrown.release(ts);
                }
                throw Errors.raise(t, "RuntimeError", "cannot reuse already awaited coroutine");
            }
            if (s == CREATED && sent != null && sent != PyNone.NONE) {
                RefCount.decref(ts, sent);
                if (thrown != null) {
                    thrown.release(ts);
                }
                throw Errors.typeError(t, "can't send non-None value to a just-started coroutine");
            }
            if (STATUS.compareAndSet(this, s, RUNNING)) {
                break;
            }
        }
        driver = t;
        if (s == CREATED) {
            RefCount.xdecref(ts, sent);
            if (thrown != null) { // thrown into a coroutine that has not started: raised at its first line, ends it
                release(ts);
                status = CLOSED;
                throw thrown;
            }
            startRunner(t);
        } else {
            lock.lock();
            try {
                sentIn = sent;
                thrownIn = thrown;
                runnerTurn = true;
                turnChanged.signalAll();
            } finally {
                lock.unlock();
            }
        }
        waitForTurn(ts, false);
        PyObject y;
        PyObject rv;
        PyRaise raised;
        lock.lock();
        try {
            y = yieldedOut;
            yieldedOut = null;
            rv = returnedOut;
            returnedOut = null;
            raised = raisedOut;
            raisedOut = null;
            if (!endedOut) {
                lastWasValue = valueOut;
                status = SUSPENDED;
                return y;
            }
        } finally {
            lock.unlock();
        }
        status = CLOSED;
        if (raised != null) {
            throw raised;
        }
        if (ret != null) {
            ret[0] = rv == null ? PyNone.NONE : rv;
        } else {
            RefCount.xdecref(ts, rv);
        }
        return null;
    }

    /** Waits, detached, until it is the runner's turn ({@code runner}) or the resumer's. */
    private void waitForTurn(ThreadState ts, boolean runner) {
        ts.detach();
        try {
            lock.lock();
            try {
                while (runnerTurn != runner) {
                    turnChanged.awaitUninterruptibly();
                }
            } finally {
                lock.unlock();
            }
        } finally {
            ts.attach();
        }
    }

    private void startRunner(PyThread t) {
        lock.lock();
        try {
            runnerTurn = true;
        } finally {
            lock.unlock();
        }
        Runner.start(t.interp, this);
    }

    /**
     * A runner thread: attached to the Runtime once, it runs coroutines one after another, waiting (detached) in the
     * interpreter's pool of idle runners between them, so a task's start costs a hand-off, not a thread's start and
     * attach (about a millisecond). An idle runner leaves after {@link #IDLE_MILLIS}, when the pool already holds
     * {@link #MAX_IDLE}, or at the interpreter's finalization ({@link Interp#stopCoroutineRunners}).
     */
    static final class Runner implements Runnable {
        static final long IDLE_MILLIS = 10_000;
        static final int MAX_IDLE = 64;
        private final Interp ip;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition assigned = lock.newCondition();
        private PyCoroutine job;
        private boolean stop;
        private Thread thread;

        private Runner(Interp ip) {
            this.ip = ip;
        }

        /** Runs {@code c}'s body on an idle runner, or on a new one. */
        static void start(Interp ip, PyCoroutine c) {
            Runner r = ip.idleRunners.pollFirst();
            if (r != null) {
                r.assign(c);
                return;
            }
            r = new Runner(ip);
            r.job = c;
            Thread th = new Thread(null, r, "ftpython-coroutine-runner", ThreadObjects.STACK_BYTES);
            th.setDaemon(true);
            r.thread = th;
            ip.coroutineRunnerThreads.add(th);
            th.start();
        }

        private void assign(PyCoroutine c) {
            lock.lock();
            try {
                job = c;
                assigned.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Asks an idle runner to leave (finalization). */
        void stop() {
            lock.lock();
            try {
                stop = true;
                assigned.signalAll();
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void run() {
            ThreadState ts = ip.rt.attachCurrentThread();
            PyThread rt = ip.register(ts, Thread.currentThread().getName());
            rt.runnerThread = true;
            try {
                while (true) {
                    PyCoroutine c = nextJob(ts);
                    if (c == null) {
                        break;
                    }
                    c.runOn(rt);
                    rt.coroutineRunner = null;
                    if (ip.finalizing || ip.idleRunners.size() >= MAX_IDLE) {
                        break;
                    }
                    ip.idleRunners.addFirst(this);
                }
            } finally {
                ip.idleRunners.remove(this);
                ip.unregister();
                ts.close();
                ip.coroutineRunnerThreads.remove(Thread.currentThread());
            }
        }

        /** The next coroutine to run, or null to leave: waits detached, at most IDLE_MILLIS while nobody took it. */
        private PyCoroutine nextJob(ThreadState ts) {
            ts.detach();
            try {
                lock.lock();
                try {
                    long deadline = System.nanoTime() + IDLE_MILLIS * 1_000_000L;
                    while (job == null) {
                        if (stop) { // taken out of the pool by finalization, never to get a job
                            return null;
                        }
                        long left = deadline - System.nanoTime();
                        if (left <= 0 && ip.idleRunners.remove(this)) {
                            return null; // idle too long, and no starter has taken it meanwhile
                        }
                        try {
                            assigned.awaitNanos(left <= 0 ? 1_000_000L : left);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    PyCoroutine c = job;
                    job = null;
                    return c;
                } finally {
                    lock.unlock();
                }
            } finally {
                ts.attach();
            }
        }
    }

    /** The runner's work: runs the body to its end, then hands the outcome to the thread waiting for it. */
    private void runOn(PyThread rt) {
        Interp ip = rt.interp;
        ThreadState ts = rt.ts;
        rt.coroutineRunner = this;
        PyObject rv = null;
        PyRaise raised = null;
        Frame f = frame;
        f.t = rt;
        f.ts = ts;
        try {
            rv = func.runFrame(rt, f);
        } catch (PyRaise e) {
            raised = e;
        } catch (PyException | StackOverflowError | dev.freethread.python.text.TextError e) {
            raised = Errors.fromJava(rt, e);
        } catch (RuntimeException e) {
            raised = Errors.fromJava(rt, e);
        } catch (Abandoned e) {
            rt.handling.clear();
            return; // freed meanwhile: its references are gone, and nobody waits for an outcome
        }
        if (raised != null) {
            f.traceHere(raised);
            if (raised.exc.cls().isSubtypeOf(ip.exceptionClass("StopIteration"))) { // PEP 479, as for generators
                raised = Errors.replacedByRuntimeError(rt, raised, (asyncGen ? "async generator" : "coroutine")
                        + " raised StopIteration");
            }
        }
        release(ts);
        rt.handling.clear();
        lock.lock();
        try {
            endedOut = true;
            returnedOut = rv;
            raisedOut = raised;
            runnerTurn = false;
            turnChanged.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code await c} of this coroutine by the body running on {@code t}: runs this body inline, on the awaiter's
     * thread (its awaits suspend the awaiter's runner), and answers its return value (a new reference).
     */
    PyObject awaitInline(PyThread t) {
        if (awaited || status != CREATED || !STATUS.compareAndSet(this, CREATED, RUNNING)) {
            throw Errors.raise(t, "RuntimeError", status == CLOSED ? "cannot reuse already awaited coroutine"
                    : "coroutine is being awaited already");
        }
        awaited = true;
        ThreadState ts = t.ts;
        Frame f = frame;
        f.t = t;
        f.ts = ts;
        try {
            return func.runFrame(t, f);
        } catch (PyRaise e) {
            f.traceHere(e);
            if (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopIteration"))) {
                throw Errors.replacedByRuntimeError(t, e, "coroutine raised StopIteration");
            }
            throw e;
        } finally {
            release(ts);
            status = CLOSED;
        }
    }

    /**
     * Suspends the runner {@code t} drives: hands {@code yielded} (owned) to the resumer and waits for the next
     * resumption. Answers the value sent (a new reference; null for None), or throws what was thrown in.
     */
    PyObject suspend(PyThread t, PyObject yielded) {
        return handOut(t, yielded, false);
    }

    /**
     * An asynchronous generator's {@code yield value} on its runner {@code t}: hands {@code value} (owned) to the
     * consumer awaiting {@code __anext__} or {@code asend}, and answers what it sends next (as {@link #suspend}).
     */
    PyObject asyncYield(PyThread t, PyObject value) {
        return handOut(t, value, true);
    }

    /**
     * Unwinds a runner whose coroutine was freed while it waited (its finalizer had already run once, so nothing
     * closed it): an Error, so no Python handler or finally clause runs, but every Java finally that drops a
     * reference does. The runner then goes back to its pool.
     */
    static final class Abandoned extends Error {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    /** Set when the coroutine is freed while its runner waits for a resumption (see {@link Abandoned}). */
    private boolean abandoned;

    private PyObject handOut(PyThread t, PyObject yielded, boolean value) {
        lock.lock();
        try {
            valueOut = value;
            yieldedOut = yielded;
            endedOut = false;
            runnerTurn = false;
            turnChanged.signalAll();
        } finally {
            lock.unlock();
        }
        waitForTurn(t.ts, true);
        PyObject v;
        PyRaise thrown;
        lock.lock();
        try {
            if (abandoned) {
                throw new Abandoned();
            }
            v = sentIn;
            sentIn = null;
            thrown = thrownIn;
            thrownIn = null;
        } finally {
            lock.unlock();
        }
        if (thrown != null) {
            RefCount.xdecref(t.ts, v);
            throw thrown;
        }
        return v;
    }

    /**
     * The thread {@code t}'s code runs on behalf of: itself, or for a coroutine's runner the thread driving it (the
     * driver of a driver, when that is a runner too). {@code _thread.get_ident()} answers its identity.
     */
    static PyThread logicalThread(PyThread t) {
        PyThread cur = t;
        for (int hops = 0; hops < 1000; hops++) {
            PyCoroutine c = cur.coroutineRunner;
            PyThread d = c == null ? null : c.driver;
            if (d == null || d == cur) {
                return cur;
            }
            cur = d;
        }
        return cur;
    }

    /** sys's per-thread dict of asyncgen hooks, or null when sys is not imported. */
    private static dev.freethread.dict.PyDict hooksDict(PyThread t) {
        PyObject sys = t.interp.modules.get("sys");
        if (!(sys instanceof PyModule)) {
            return null;
        }
        PyObject d = Ops.getOrNull(t.ts, ((PyModule) sys).dict(), t.interp.str("_asyncgen_hooks"));
        if (d == null) {
            return null;
        }
        RefCount.decref(t.ts, d); // sys's dict keeps it
        return d instanceof dev.freethread.dict.PyDict ? (dev.freethread.dict.PyDict) d : null;
    }

    /** The calling (logical) thread's (firstiter, finalizer) hooks: a new tuple, (None, None) when unset. */
    static PyObject asyncgenHooks(PyThread t) {
        dev.freethread.dict.PyDict d = hooksDict(t);
        if (d != null) {
            PyObject key = dev.freethread.objects.PyInt.of(t.ts, logicalThread(t).ident);
            try {
                PyObject pair = Ops.getOrNull(t.ts, d, key);
                if (pair != null) {
                    return pair;
                }
            } finally {
                RefCount.decref(t.ts, key);
            }
        }
        return dev.freethread.objects.PyTuple.stealing(t.ts, PyNone.NONE, PyNone.NONE);
    }

    /** Sets the calling (logical) thread's hooks to {@code pair} (borrowed); (None, None) removes them. */
    static void setAsyncgenHooks(PyThread t, PyObject pair) {
        dev.freethread.dict.PyDict d = hooksDict(t);
        if (d == null) {
            return;
        }
        PyObject key = dev.freethread.objects.PyInt.of(t.ts, logicalThread(t).ident);
        try {
            dev.freethread.objects.PyTuple p = (dev.freethread.objects.PyTuple) pair;
            if (p.getItemBorrowed(0) == PyNone.NONE && p.getItemBorrowed(1) == PyNone.NONE) {
                RefCount.xdecref(t.ts, Ops.popOrNull(t.ts, d, key));
            } else {
                d.setItem(t.ts, key, pair);
            }
        } finally {
            RefCount.decref(t.ts, key);
        }
    }

    /** The calling thread's asyncgen hook: 0 firstiter, 1 finalizer (a new reference; None when unset). */
    static PyObject asyncgenHook(PyThread t, int which) {
        PyObject pair = asyncgenHooks(t);
        try {
            return RefCount.newRef(t.ts, ((dev.freethread.objects.PyTuple) pair).getItemBorrowed(which));
        } finally {
            RefCount.decref(t.ts, pair);
        }
    }

    /** Calls the hook {@code which} with this asynchronous generator, if one is set (PEP 525). */
    private void callAsyncgenHook(PyThread t, int which) {
        PyObject h = asyncgenHook(t, which);
        try {
            if (h != PyNone.NONE) {
                RefCount.decref(t.ts, Ops.call(t, h, new PyObject[] {this}, null));
            }
        } finally {
            RefCount.decref(t.ts, h);
        }
    }

    private volatile boolean firstIterDone;

    /** Before an asynchronous generator's first step: the firstiter hook hears of it (an event loop tracks it). */
    void firstIter(PyThread t) {
        if (!firstIterDone) {
            firstIterDone = true;
            callAsyncgenHook(t, 0);
        }
    }

    /** Drops the frame's references (the body has ended, or never will run). */
    private void release(ThreadState ts) {
        PyObject[] locals = frame.locals;
        for (int i = 0; i < locals.length; i++) {
            PyObject o = locals[i];
            if (o != null) {
                locals[i] = null;
                RefCount.decref(ts, o);
            }
        }
    }

    /** {@code send(v)}: resumes with {@code v} (borrowed); StopIteration with the return value at the end. */
    PyObject send(PyThread t, PyObject v) {
        PyObject[] ret = new PyObject[1];
        PyObject r = resume(t, RefCount.newRef(t.ts, v), null, ret);
        if (r != null) {
            return r;
        }
        throw stop(t, ret[0]);
    }

    /** {@code throw(exc)}: raises {@code thrown} (owned) at the await; as send answers. */
    PyObject throwIn(PyThread t, PyRaise thrown) {
        PyObject[] ret = new PyObject[1];
        PyObject r = resume(t, null, thrown, ret);
        if (r != null) {
            return r;
        }
        throw stop(t, ret[0]);
    }

    private static PyRaise stop(PyThread t, PyObject value) {
        return PyGenerator.stop(t, value);
    }

    /** {@code close()}: GeneratorExit at the await; RuntimeError if the coroutine goes on awaiting. */
    PyObject close(PyThread t) {
        ThreadState ts = t.ts;
        int s = status;
        if (s == CREATED && !awaited && STATUS.compareAndSet(this, CREATED, RUNNING)) {
            release(ts);
            status = CLOSED;
            return PyNone.NONE;
        }
        if (s != SUSPENDED) {
            return PyNone.NONE;
        }
        PyObject[] ret = new PyObject[1];
        PyObject v;
        try {
            v = resume(t, null, Errors.raise(t, "GeneratorExit", null), ret);
        } catch (PyRaise e) {
            if (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("GeneratorExit"))
                    || e.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopIteration"))) {
                e.release(ts);
                return PyNone.NONE;
            }
            throw e;
        }
        if (v != null) {
            RefCount.decref(ts, v);
            throw Errors.raise(t, "RuntimeError", (asyncGen ? "async generator" : "coroutine")
                    + " ignored GeneratorExit");
        }
        return ret[0] == null ? PyNone.NONE : ret[0];
    }

    boolean isRunning() {
        return status == RUNNING;
    }

    boolean isSuspended() {
        return status == SUSPENDED;
    }

    boolean isClosed() {
        return status == CLOSED;
    }

    /** The body's frame (for {@code cr_frame}/{@code ag_frame} and {@code cr_code}/{@code ag_code}). */
    Frame frame() {
        return frame;
    }

    @Override
    public void finalizeObject(ThreadState ts) {
        if (status == CREATED && !asyncGen) { // never awaited: CPython's RuntimeWarning, through warnings' helper
            warnUnawaited(Interp.thread(ts));
            return;
        }
        if (status == SUSPENDED) {
            PyThread t = Interp.thread(ts);
            if (asyncGen) { // PEP 525: the finalizer hook (an event loop's: it schedules aclose()) takes it
                PyObject h = asyncgenHook(t, 1);
                try {
                    if (h != PyNone.NONE) {
                        RefCount.decref(ts, Ops.call(t, h, new PyObject[] {this}, null));
                        return;
                    }
                } finally {
                    RefCount.decref(ts, h);
                }
            }
            RefCount.decref(ts, close(t));
        }
    }

    /**
     * "coroutine 'f' was never awaited" (a RuntimeWarning), as CPython's {@code _PyErr_WarnUnawaitedCoroutine}: by
     * {@code warnings._warn_unawaited_coroutine(coro)}, whose filters decide; what it raises goes to the unraisable
     * hook with this coroutine as its object (a hook that keeps it resurrects it: E5). The frame's arguments are
     * dropped by the free, as before.
     */
    private void warnUnawaited(PyThread t) {
        PyObject warnings;
        try {
            warnings = Modules.importModule(t, "warnings");
        } catch (PyRaise r) { // a teardown that has cleared the modules: no warning machinery left to say it
            r.release(t.ts);
            return;
        }
        try {
            PyObject helper = Ops.getAttrOrNull(t, warnings, t.interp.str("_warn_unawaited_coroutine"));
            if (helper != null) {
                try {
                    RefCount.decref(t.ts, Ops.call(t, helper, new PyObject[] {this}, null));
                } catch (PyRaise r) { // the error filter's exception: unraisable, about this coroutine (CPython's)
                    t.interp.reportUnraisable(t, r, null, this);
                } finally {
                    RefCount.decref(t.ts, helper);
                }
            }
        } finally {
            RefCount.decref(t.ts, warnings);
        }
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        PyFunction fn = func;
        if (fn != null) {
            v.visit(fn);
        }
        for (PyObject o : frame.locals) {
            if (o != null) {
                v.visit(o);
            }
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        boolean parked = status == SUSPENDED;
        status = CLOSED;
        if (parked) { // a runner waits for a resumption that will never come: it unwinds (Abandoned)
            lock.lock();
            try {
                abandoned = true;
                runnerTurn = true;
                turnChanged.signalAll();
            } finally {
                lock.unlock();
            }
        }
        PyObject[] locals = frame.locals;
        for (int i = 0; i < locals.length; i++) {
            PyObject o = locals[i];
            if (o != null) {
                locals[i] = null;
                v.visit(o);
            }
        }
        PyFunction fn = func;
        func = null;
        if (fn != null) {
            v.visit(fn);
        }
    }

    /**
     * What an asynchronous generator's {@code __anext__()}, {@code asend(v)}, {@code athrow(...)} and
     * {@code aclose()} answer (PEP 525): awaiting it resumes the generator once; its awaits pass their values out
     * through the awaiting coroutine, and its next yield is the await's value (the end: StopAsyncIteration; for
     * aclose, None).
     */
    static final class ASend extends PyObject {
        static final PyType TYPE = PyType.staticType("async_generator_asend", PyType.FLAG_GC);
        private volatile PyCoroutine gen;
        private PyObject value;
        private PyRaise thrown;
        private final boolean close;
        /** Made by athrow or aclose (its reuse error says so). */
        private final boolean isThrow;
        private boolean used;

        /** Takes over {@code value} (a new reference or null) and {@code thrown}. */
        ASend(ThreadState ts, PyCoroutine gen, PyObject value, PyRaise thrown, boolean close) {
            super(TYPE, ts);
            RefCount.incref(ts, gen);
            this.gen = gen;
            this.value = value;
            this.thrown = thrown;
            this.close = close;
            this.isThrow = thrown != null;
        }

        /** Awaits it on {@code t}: the value yielded (a new reference). */
        PyObject await(PyThread t) {
            ThreadState ts = t.ts;
            PyCoroutine g = gen;
            if (used || g == null) {
                throw reused(t);
            }
            used = true;
            if (!g.claimAsync()) {
                throw alreadyRunning(t);
            }
            try {
                g.firstIter(t);
                return awaitRunning(t, g);
            } finally {
                g.releaseAsync();
            }
        }

        /** What an asend, athrow or aclose started while another is in progress raises. */
        private PyRaise alreadyRunning(PyThread t) {
            return Errors.raise(t, "RuntimeError", (close ? "aclose" : isThrow ? "athrow" : "anext")
                    + "(): asynchronous generator is already running");
        }

        private PyObject awaitRunning(PyThread t, PyCoroutine g) {
            ThreadState ts = t.ts;
            PyObject sent = value;
            PyRaise th = thrown;
            value = null;
            thrown = null;
            if (g.status == CLOSED) {
                RefCount.xdecref(ts, sent);
                if (th != null) {
                    if (close) {
                        th.release(ts);
                        return PyNone.NONE;
                    }
                    throw th;
                }
                throw Errors.raise(t, "StopAsyncIteration", null);
            }
            if (close && g.status == CREATED) {
                th.release(ts);
                RefCount.decref(ts, g.close(t));
                return PyNone.NONE;
            }
            while (true) {
                PyObject[] ret = new PyObject[1];
                PyObject y;
                try {
                    y = g.resume(t, sent, th, ret);
                } catch (PyRaise e) {
                    if (close && (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("GeneratorExit"))
                            || e.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopAsyncIteration")))) {
                        e.release(ts);
                        return PyNone.NONE;
                    }
                    if (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopAsyncIteration"))
                            && !close) { // PEP 525: raised by the body, it is RuntimeError
                        throw Errors.replacedByRuntimeError(t, e, "async generator raised StopAsyncIteration");
                    }
                    throw e;
                }
                sent = null;
                th = null;
                if (y == null) {
                    RefCount.xdecref(ts, ret[0]);
                    if (close) {
                        return PyNone.NONE;
                    }
                    throw Errors.raise(t, "StopAsyncIteration", null);
                }
                if (g.lastWasValue) {
                    if (close) {
                        RefCount.decref(ts, y);
                        throw Errors.raise(t, "RuntimeError", "async generator ignored GeneratorExit");
                    }
                    return y;
                }
                PyCoroutine runner = t.coroutineRunner;
                if (runner == null) {
                    RefCount.decref(ts, y);
                    throw Errors.raise(t, "RuntimeError", "await outside a coroutine driven by send()");
                }
                try {
                    sent = runner.suspend(t, y);
                } catch (PyRaise e) {
                    th = e;
                }
            }
        }

        /** What awaiting it a second time raises: CPython's message names the kind. */
        private PyRaise reused(PyThread t) {
            return Errors.raise(t, "RuntimeError", isThrow ? "cannot reuse already awaited aclose()/athrow()"
                    : "cannot reuse already awaited __anext__()/asend()");
        }

        /** Whether a step-wise driver ({@link #step}) has started it and it has not finished yet. */
        private boolean stepping;

        /**
         * One step of the awaitable driven by hand ({@code __next__}, {@code send(v)}, {@code throw(e)}, as an event
         * loop drives an {@code __await__} iterator): resumes the generator with {@code sentIn} (a new reference or
         * null) or {@code thrownIn}; answers what an await inside it yields to the driver (a new reference), or
         * raises StopIteration carrying the value the generator yielded (None for aclose), StopAsyncIteration at
         * its end, or what it raised. The first step sends the value or exception this asend/athrow was made with.
         */
        PyObject step(PyThread t, PyObject sentIn, PyRaise thrownIn) {
            ThreadState ts = t.ts;
            PyCoroutine g = gen;
            if (!stepping) {
                if (used || g == null) {
                    RefCount.xdecref(ts, sentIn);
                    if (thrownIn != null) {
                        thrownIn.release(ts);
                    }
                    throw reused(t);
                }
                boolean sends = sentIn != null && sentIn != PyNone.NONE;
                if (sends && g.status == CREATED) {
                    RefCount.decref(ts, sentIn);
                    throw Errors.typeError(t, "can't send non-None value to a just-started async generator");
                }
                used = true;
                if (!g.claimAsync()) {
                    RefCount.xdecref(ts, sentIn);
                    if (thrownIn != null) {
                        thrownIn.release(ts);
                    }
                    throw alreadyRunning(t);
                }
                stepping = true;
                try {
                    g.firstIter(t);
                } catch (RuntimeException | Error e) { // the firstiter hook raised: this asend is over
                    stepping = false;
                    g.releaseAsync();
                    RefCount.xdecref(ts, sentIn);
                    if (thrownIn != null) {
                        thrownIn.release(ts);
                    }
                    throw e;
                }
                if (thrownIn == null && !sends) { // what this asend or athrow was made to send or throw
                    RefCount.xdecref(ts, sentIn);
                    sentIn = value;
                    thrownIn = thrown;
                } else { // a value sent or an exception thrown at its first step goes in instead
                    RefCount.xdecref(ts, value);
                    if (thrown != null) {
                        thrown.release(ts);
                    }
                }
                value = null;
                thrown = null;
                if (g.status == CLOSED) {
                    stepping = false;
                    g.releaseAsync();
                    RefCount.xdecref(ts, sentIn);
                    if (thrownIn != null) {
                        if (close) {
                            thrownIn.release(ts);
                            throw PyGenerator.stop(t, null);
                        }
                        throw thrownIn;
                    }
                    throw Errors.raise(t, "StopAsyncIteration", null);
                }
                if (close && g.status == CREATED) {
                    stepping = false;
                    g.releaseAsync();
                    thrownIn.release(ts);
                    RefCount.decref(ts, g.close(t));
                    throw PyGenerator.stop(t, null);
                }
            }
            PyObject[] ret = new PyObject[1];
            PyObject y;
            try { // the claim is held from the first step to the last
                y = g.resume(t, sentIn == PyNone.NONE ? null : sentIn, thrownIn, ret);
            } catch (PyRaise e) {
                stepping = false;
                g.releaseAsync();
                if (close && (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("GeneratorExit"))
                        || e.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopAsyncIteration")))) {
                    e.release(ts);
                    throw PyGenerator.stop(t, null);
                }
                if (e.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopAsyncIteration"))) {
                    throw Errors.replacedByRuntimeError(t, e, "async generator raised StopAsyncIteration");
                }
                throw e;
            }
            if (y == null) {
                stepping = false;
                g.releaseAsync();
                RefCount.xdecref(ts, ret[0]);
                if (close) {
                    throw PyGenerator.stop(t, null);
                }
                throw Errors.raise(t, "StopAsyncIteration", null);
            }
            if (g.lastWasValue) {
                stepping = false;
                g.releaseAsync();
                if (close) {
                    RefCount.decref(ts, y);
                    throw Errors.raise(t, "RuntimeError", "async generator ignored GeneratorExit");
                }
                throw PyGenerator.stop(t, y);
            }
            return y;
        }

        /** {@code close()}: an awaitable driven by hand is abandoned; it cannot be used again. */
        void closeStepping() {
            PyCoroutine g = gen;
            if (stepping && g != null) {
                g.releaseAsync();
            }
            used = true;
            stepping = false;
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            PyCoroutine g = gen;
            if (g != null) {
                v.visit(g);
            }
            PyObject val = value;
            if (val != null) {
                v.visit(val);
            }
            PyRaise th = thrown;
            if (th != null) {
                v.visit(th.exc);
            }
        }

        /** Drops the generator, and the value or exception it was to send, never sent when it was not awaited. */
        @Override
        public void clearReferences(ReferenceVisitor v) {
            PyCoroutine g = gen;
            gen = null;
            PyObject val = value;
            value = null;
            PyRaise th = thrown;
            thrown = null;
            if (g != null) {
                v.visit(g);
            }
            if (val != null) {
                v.visit(val);
            }
            if (th != null) {
                v.visit(th.exc);
            }
        }

        @Override
        public String repr() {
            return "<async_generator_asend object at 0x" + Long.toHexString(Ops.id(this)) + ">";
        }
    }

    /**
     * {@code coro.__await__()}: an iterator that drives the coroutine ({@code next}, and {@code send}/{@code throw}
     * through {@code yield from}, which resumes the coroutine itself and so keeps its return value).
     */
    static final class Wrapper extends PyIter {
        static final PyType TYPE = PyType.staticType("coroutine_wrapper", PyType.FLAG_GC);
        private volatile PyCoroutine coro;

        Wrapper(ThreadState ts, PyCoroutine coro) {
            super(TYPE, ts);
            RefCount.incref(ts, coro);
            this.coro = coro;
        }

        PyCoroutine coroutine() {
            return coro;
        }

        @Override
        PyObject next(PyThread t) {
            PyCoroutine c = coro;
            return c == null ? null : c.resume(t, null, null, null);
        }

        @Override
        public void traverse(ReferenceVisitor v) {
            PyCoroutine c = coro;
            if (c != null) {
                v.visit(c);
            }
        }

        @Override
        public void clearReferences(ReferenceVisitor v) {
            PyCoroutine c = coro;
            coro = null;
            if (c != null) {
                v.visit(c);
            }
        }
    }

    @Override
    public String repr() {
        if (asyncGen) {
            return "<async_generator object " + qualname + " at 0x" + Long.toHexString(Ops.id(this)) + ">";
        }
        return "<coroutine object " + qualname + " at 0x" + Long.toHexString(Ops.id(this)) + ">";
    }
}
