// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyException;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A generator: the frame of a call of a function whose body yields, suspended between resumptions (GenStmts says how
 * a tree-walking body suspends and resumes). {@code next}, {@code send}, {@code throw} and {@code close} resume it.
 *
 * <p><b>Threads.</b> Any thread may resume a generator, one at a time. The races and what covers them:
 * <ol>
 *   <li>[GEN1] Two resumers: a resumption moves the status word from CREATED or SUSPENDED to RUNNING by CAS; the
 *       loser gets CPython's {@code ValueError: generator already executing} (as in the free-threaded build), never
 *       a shared frame. The frame is then run by the winner ({@link Frame#t} and its thread state set to its own).
 *       Test: InterpreterTest.twoThreadsResumingOneGenerator_eachValueOnce_theLoserGetsAlreadyExecuting (fails with
 *       the CAS planted as a plain read then write), golden 217.</li>
 *   <li>[GEN2] Publication: the volatile write that ends a resumption (SUSPENDED or CLOSED) orders the frame's
 *       writes before the next resumer's CAS reads it. Test: the same (a value repeated or lost fails it).</li>
 *   <li>[GEN3] close() or a finalizer against a resumer: close() resumes through the same CAS (or closes a CREATED
 *       generator by a CAS of its own), so it meets a running generator as [GEN1]; the finalizer runs only at the
 *       last reference, when no thread can be resuming it. Test: goldens 211, 212, 217.</li>
 *   <li>[GEN4] The collector against a running generator: {@link #traverse} may read the frame while another thread
 *       runs it. Every reference it can report is counted (a method's lent {@code self} is counted when the
 *       generator is made, and a for loop in a generator's frame never keeps a borrowed item: Stmts.For), so a stale
 *       read reports an edge whose count change touches the object, as any container's. Test:
 *       InterpreterTest.generatorsInCyclesBesideCollections_nothingFreedEarly_everyCycleCollected (fails with the lent
 *       self left uncounted). The borrowed-loop half has no test that fails on its plant: it is argued here.</li>
 *   <li>[GEN5] A <em>serial</em> generator ({@link #makeSerial}: the generators behind the itertools objects, which
 *       CPython makes safe to share between threads) changes [GEN1]: a resumer that finds it RUNNING in another
 *       thread waits (detached) until it is not, then tries its CAS again, so each value goes to exactly one of the
 *       threads; only a re-entry from the running thread itself ({@link #runner} is that thread, written right
 *       after the CAS and before any user code runs) raises "already executing". A plain generator writes neither
 *       the runner nor reads the waiters: a resumption's cost is unchanged for them. A waiter announces itself in
 *       {@link #waiters} before it re-reads the status, and every exit from RUNNING writes the status before it reads
 *       {@code waiters} (all volatile), so either the waiter sees the new status or the exit sees the waiter and
 *       notifies it under the monitor the waiter waits on (no lost wake-up). Test:
 *       InterpreterTest.serialGeneratorSharedByThreads_eachValueOnce_reentryStillRaises (fails with the wait
 *       planted as the plain "already executing" raise), golden 449.</li>
 * </ol>
 *
 * <p><b>Lifetime.</b> The generator holds its function (and through it the globals and closure), its frame's locals
 * and what its suspended statements hold ({@link GenState}), all counted, and reports them to the collector, so a
 * cycle through a suspended generator is collected. Its frame never borrows: the caller's lent {@code self} is
 * counted when the generator is made, and a for loop over a shared list takes counted items in it (Stmts.For), since
 * the collector may traverse a generator while another thread runs it. When the body ends (a return or an exception)
 * the frame's references are dropped at once, as CPython clears a finished generator's frame. A generator freed while
 * suspended is closed first, through the finalizer slot (PEP 442, as CPython's {@code _PyGen_Finalize}): GeneratorExit
 * is raised at its yield, so its finally clauses and with statements run; what that raises goes to the unraisable
 * hook. docs/refcount.md lists this lifetime edge.
 */
final class PyGenerator extends PyIter {
    static final PyType TYPE = PyType.staticType("generator", PyType.FLAG_GC | PyType.FLAG_HAS_FINALIZER);

    static final int CREATED = 0;
    static final int SUSPENDED = 1;
    static final int RUNNING = 2;
    static final int CLOSED = 3;

    private static final VarHandle STATUS;

    static {
        try {
            STATUS = MethodHandles.lookup().findVarHandle(PyGenerator.class, "status", int.class);
            WAITERS = MethodHandles.lookup().findVarHandle(PyGenerator.class, "waiters", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private volatile int status;
    /** [GEN5]: a resumer that finds it running in another thread waits instead of raising. Set before sharing. */
    private volatile boolean serial;
    /** The thread running a serial generator's body ([GEN5]; written after the CAS to RUNNING, cleared on leaving). */
    private volatile PyThread runner;
    /** How many resumers wait for a serial generator to stop running ([GEN5]). */
    private volatile int waiters;
    private static final VarHandle WAITERS;
    /** Counted until the generator is freed: it keeps the frame's globals and closure alive. */
    private volatile PyFunction func;
    private final Frame frame;
    /** {@code __name__} and {@code __qualname__}: the function's, assignable as CPython's. */
    volatile String name;
    volatile String qualname;

    /** Takes over the frame (its locals are counted references). */
    PyGenerator(PyThread t, PyFunction func, Frame frame) {
        super(TYPE, t.ts);
        RefCount.incref(t.ts, func);
        this.func = func;
        this.frame = frame;
        this.name = func.nameNow(t, "__name__");
        this.qualname = func.nameNow(t, "__qualname__");
        frame.gen = new GenState(func.code.genSlots);
    }

    boolean isRunning() {
        return status == RUNNING;
    }

    /** [GEN5]: makes this generator one that threads may share (before it is shared). */
    void makeSerial() {
        serial = true;
    }

    /** Leaves RUNNING for {@code s} and wakes the resumers waiting for that ([GEN5]). */
    private void leaveRunning(int s) {
        if (!serial) { // a plain generator (the common case) pays only its status write, as before [GEN5]
            status = s;
            return;
        }
        runner = null;
        status = s;
        if (waiters != 0) {
            synchronized (this) { // a leaf: notify only
                notifyAll();
            }
        }
    }

    /** [GEN5]: waits, detached, until the generator another thread runs stops running. */
    private void awaitNotRunning(PyThread t) {
        for (int i = 0; i < 128; i++) { // a short body (itertools' usual) ends within a few hundred nanoseconds
            if (status != RUNNING) {
                return;
            }
            Thread.onSpinWait();
        }
        WAITERS.getAndAdd(this, 1);
        try {
            ThreadObjects.waitDetached(t, -1, () -> {
                synchronized (this) {
                    while (status == RUNNING) {
                        wait();
                    }
                }
                return true;
            }, null);
        } finally {
            WAITERS.getAndAdd(this, -1);
        }
    }

    boolean isClosed() {
        return status == CLOSED;
    }

    /** The body's frame (for {@code gi_frame} and {@code gi_code}). */
    Frame frame() {
        return frame;
    }

    boolean isSuspended() {
        return status == SUSPENDED;
    }

    @Override
    PyObject next(PyThread t) {
        return resume(t, null, null, null);
    }

    /**
     * Runs the body to its next yield: the value yielded (a new reference), or null when the body ended, its return
     * value then in {@code ret[0]} (a new reference; dropped when {@code ret} is null). {@code sent} is a new reference
     * (dropped here; null for next), {@code thrown} an exception to raise at the yield (owned; raised as it is when
     * the generator has ended).
     */
    PyObject resume(PyThread t, PyObject sent, PyRaise thrown, PyObject[] ret) {
        ThreadState ts = t.ts;
        int s;
        while (true) {
            s = status;
            if (s == RUNNING && serial && runner != t) {
                try {
                    awaitNotRunning(t);
                } catch (RuntimeException e) { // KeyboardInterrupt while waiting: nothing was resumed
                    RefCount.xdecref(ts, sent);
                    if (thrown != null) {
                        thrown.release(ts);
                    }
                    throw e;
                }
                continue;
            }
            if (s == RUNNING) {
                RefCount.xdecref(ts, sent);
                if (thrown != null) {
                    thrown.release(ts);
                }
                throw Errors.valueError(t, "generator already executing");
            }
            if (s == CLOSED) {
                RefCount.xdecref(ts, sent);
                if (thrown != null) {
                    throw thrown;
                }
                return null;
            }
            if (s == CREATED && sent != null && sent != PyNone.NONE) {
                RefCount.decref(ts, sent);
                throw Errors.typeError(t, "can't send non-None value to a just-started generator");
            }
            if (STATUS.compareAndSet(this, s, RUNNING)) {
                if (serial) {
                    runner = t;
                }
                break;
            }
        }
        Frame f = frame;
        GenState g = f.gen;
        f.t = t;
        f.ts = ts;
        try {
            ts.poll(); // a resumption is a call: an eval-breaker point
            if (t.interp.interrupted) {
                t.interp.checkInterrupt(t);
            }
            ts.enterRecursiveCall("");
            if (ts.recursionDepth() > t.maxDepth) {
                ts.leaveRecursiveCall();
                throw Errors.raise(t, "RecursionError", "maximum recursion depth exceeded");
            }
        } catch (RuntimeException e) {
            leaveRunning(s);
            RefCount.xdecref(ts, sent);
            if (thrown != null) {
                thrown.release(ts);
            }
            throw e;
        }
        int r;
        try {
            if (s == CREATED) {
                RefCount.xdecref(ts, sent);
                if (thrown != null) { // thrown into a generator that has not started: raised at its first line
                    f.line = f.code.firstLine;
                    throw thrown;
                }
                g.resuming = false;
            } else {
                g.resuming = true;
                g.sent = sent;
                g.thrown = thrown;
            }
            f.back = t.current;
            t.current = f;
            r = f.code.body.exec(f);
        } catch (PyRaise e) {
            throw ended(t, f, e);
        } catch (PyException | StackOverflowError | dev.freethread.python.text.TextError e) {
            throw ended(t, f, Errors.fromJava(t, e));
        } finally {
            if (t.current == f) {
                t.current = f.back;
            }
            f.back = null; // a suspended generator's frame has no caller, as CPython's
            ts.leaveRecursiveCall();
        }
        if (r == Stmt.YIELD) {
            PyObject v = g.yielded;
            g.yielded = null;
            leaveRunning(SUSPENDED); // publishes the frame to the next resumer
            return v;
        }
        PyObject rv = r == Stmt.RETURN ? f.retval : null;
        f.retval = null;
        release(ts);
        leaveRunning(CLOSED);
        if (ret != null) {
            ret[0] = rv == null ? PyNone.NONE : rv;
        } else {
            RefCount.xdecref(ts, rv);
        }
        return null;
    }

    /**
     * The body raised {@code r}: the generator has ended. A StopIteration becomes RuntimeError (PEP 479), with it as
     * the cause, as CPython does.
     */
    private PyRaise ended(PyThread t, Frame f, PyRaise r) {
        ThreadState ts = t.ts;
        f.traceHere(r);
        GenState g = f.gen;
        g.resuming = false;
        if (g.thrown != null) { // a resumption whose yield was never reached again (it raised on the way)
            g.thrown.release(ts);
            g.thrown = null;
        }
        RefCount.xdecref(ts, g.sent);
        g.sent = null;
        release(ts);
        leaveRunning(CLOSED);
        if (r.exc.cls().isSubtypeOf(t.interp.exceptionClass("StopIteration"))) {
            return Errors.replacedByRuntimeError(t, r, "generator raised StopIteration");
        }
        return r;
    }

    /** Drops the frame's references (the body has ended, or never will run). */
    private void release(ThreadState ts) {
        Frame f = frame;
        f.done = true;
        PyObject[] locals = f.locals;
        for (int i = 0; i < locals.length; i++) {
            PyObject o = locals[i];
            if (o != null) {
                locals[i] = null;
                RefCount.decref(ts, o);
            }
        }
        f.gen.clear(o -> RefCount.decref(ts, o));
    }

    /** {@code next(g)} and {@code g.__next__()}: the next value, or StopIteration with the return value. */
    PyObject nextOrStop(PyThread t) {
        PyObject[] ret = new PyObject[1];
        PyObject r = resume(t, null, null, ret);
        if (r != null) {
            return r;
        }
        throw stop(t, ret[0]);
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

    /** {@code throw(exc)}: raises {@code thrown} (owned) at the yield; as send answers. */
    PyObject throwIn(PyThread t, PyRaise thrown) {
        PyObject[] ret = new PyObject[1];
        PyObject r = resume(t, null, thrown, ret);
        if (r != null) {
            return r;
        }
        throw stop(t, ret[0]);
    }

    /**
     * A StopIteration carrying {@code value} (a new reference, taken over; null or None: no argument). Also
     * {@link PyCoroutine}'s.
     */
    static PyRaise stop(PyThread t, PyObject value) {
        if (value == null || value == PyNone.NONE) {
            return Errors.raise(t, "StopIteration", null);
        }
        try {
            return Errors.raiseWith(t, "StopIteration", value);
        } finally {
            RefCount.decref(t.ts, value);
        }
    }

    /**
     * {@code close()}: raises GeneratorExit at the yield; answers the body's return value (3.13) or None. A body that
     * yields again gets RuntimeError, and one that raises something else passes it on.
     */
    PyObject close(PyThread t) {
        ThreadState ts = t.ts;
        int s = status;
        if (s == CREATED && STATUS.compareAndSet(this, CREATED, RUNNING)) {
            release(ts);
            leaveRunning(CLOSED);
            return PyNone.NONE;
        }
        if (s == CLOSED) {
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
            throw Errors.raise(t, "RuntimeError", "generator ignored GeneratorExit");
        }
        return ret[0] == null ? PyNone.NONE : ret[0];
    }

    @Override
    public void finalizeObject(ThreadState ts) {
        if (status == SUSPENDED) {
            RefCount.decref(ts, close(Interp.thread(ts)));
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
        GenState g = frame.gen;
        if (g != null) {
            g.traverse(v);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        status = CLOSED;
        PyObject[] locals = frame.locals;
        for (int i = 0; i < locals.length; i++) {
            PyObject o = locals[i];
            if (o != null) {
                locals[i] = null;
                v.visit(o);
            }
        }
        GenState g = frame.gen;
        if (g != null) {
            g.clear(v);
        }
        PyFunction fn = func;
        func = null;
        if (fn != null) {
            v.visit(fn);
        }
    }

    @Override
    public String repr() {
        return "<generator object " + qualname + " at 0x" + Long.toHexString(Ops.id(this)) + ">";
    }
}
