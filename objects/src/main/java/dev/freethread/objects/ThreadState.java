// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.internal.Debug;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;
import dev.freethread.objects.spi.RuntimeExtension;
import org.jctools.queues.MpscUnboundedXaddArrayQueue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One interpreter thread's state in a {@link Runtime} (CPython's {@code PyThreadState}); issued by
 * {@link Runtime#attachCurrentThread()}, used only by the thread it was issued to, and passed explicitly to every
 * toolkit call, as an interpreter passes its {@code tstate}.
 *
 * <h2>States</h2>
 * <pre>
 *                      detach() / blocking in the toolkit
 *          ┌──────────────────────────────────────────────────┐
 *          │                                                  ▼
 *      ATTACHED ◀──────────── attach() ─────────────────── DETACHED ─── close() ──▶ EXITED
 *       │    ▲                                               │   ▲
 *  poll() at │ restart (hand-off: a thread that was attached │   │ handshake done /
 *  a stop    │ or was waiting to attach comes back ATTACHED) │   │ restart
 *       ▼    │                                               ▼   │
 *      SUSPENDED ◀──────── stopper or handshaker CASes DETACHED to SUSPENDED
 * </pre>
 * An attached thread may touch objects and must call {@link #poll()} at its eval-breaker points. A detached thread
 * touches no object. A suspended thread is held by a stop-the-world or by a handshake running on its behalf;
 * it cannot (re-)attach until released. Only the owner moves its state out of ATTACHED; other threads only move
 * DETACHED to SUSPENDED and back (a CAS), so the owner and the coordinators never overwrite each other
 * (docs/threads.md).
 *
 * <h2>Ids</h2>
 * Each thread state has an id issued by its Runtime: positive, unique, never reused, even after the thread exits.
 * Objects record their owner by this id.
 */
public final class ThreadState extends ThreadStatePad1 implements AutoCloseable {

    /** The life-cycle states of a thread state. */
    public enum Status { ATTACHED, DETACHED, SUSPENDED, EXITED }

    ThreadState(Runtime runtime, int id, Thread thread) {
        super(runtime, id, thread);
    }

    /** This thread state's id: positive, never reused within its Runtime. */
    public int id() {
        return id;
    }

    /** The Runtime that issued this thread state. */
    public Runtime runtime() {
        return runtime;
    }

    /** The Java thread this state belongs to. */
    public Thread thread() {
        return thread;
    }

    /** The current status (exact on the owning thread while attached; a snapshot elsewhere). */
    public Status status() {
        return STATUSES[status];
    }

    /** Whether the thread is attached. */
    public boolean isAttached() {
        return status == ATTACHED;
    }

    /** Whether the thread has exited. */
    public boolean isExited() {
        return status == EXITED;
    }

    /**
     * The safepoint: services requests other threads have made of this thread — merging the reference counts they
     * queued to it, running handshakes, parking for a stop-the-world. Wait-free when nothing is pending: one load and
     * one branch.
     *
     * <p>Calling thread: this state's own thread, attached.
     */
    public void poll() {
        if (Debug.ENABLED && readScopeDepth != 0) {
            throw ReadScope.safepointInside(this, "poll");
        }
        if (pending != 0) {
            pollSlow();
        }
    }

    private void pollSlow() {
        if (Debug.ENABLED) {
            Debug.checkThread(this, "poll");
        }
        service(true);
    }

    /**
     * Services everything pending. The request bits are cleared first, so a request made meanwhile stays set.
     * Order: merges (extensions), handshakes, then — only at a poll — parking for a stop. attach() does not park
     * (a thread handed back ATTACHED by a restart runs until its next poll [W2]); detach() and exit satisfy a stopper
     * by leaving ATTACHED.
     */
    void service(boolean mayParkForStop) {
        clearPending();
        promoteBorrowed(); // first: no borrowed reference the binding keeps may outlive the report below
        // QSBR: a serviced safepoint is a quiescent state (no borrowed reference survives it); every report wakes the
        // threads waiting for one (objects' Qsbr, "Wake-ups"; refcount's DeferredDecrefs).
        runtime.qsbr().reportQuiescent(core);
        wakeQsbrWaitersIfAny();
        for (RuntimeExtension e : runtime.extensions()) {
            e.atSafepoint(this);
        }
        deliverReports();
        runHandshakes();
        if (mayParkForStop) {
            World w = runtime.world();
            if (w.stopRequestedFor(this)) {
                w.parkForStop(this);
            }
        }
    }

    /** After a report or going offline (Qsbr's wake-ups): asks every waiting thread to look at the reports again. */
    private void wakeQsbrWaitersIfAny() {
        if (!runtime.qsbr().hasWaiters()) {
            return;
        }
        for (ThreadState t : runtime.threadStatesView()) {
            if (t != this && t.core.isQsbrWaiting()) {
                ThreadStates.request(t, ThreadStates.REQUEST_QSBR);
            }
        }
    }

    /** Reports queued while a monitor was held (a reclaimed dead thread) go to the unraisable hook here. */
    private void deliverReports() {
        java.util.List<RuntimeException> reports = core.takeReports();
        if (reports != null) {
            for (RuntimeException r : reports) {
                runtime.reportUnraisable(r, "thread state reclaimed", null);
            }
        }
    }

    private void runHandshakes() {
        Handshake op;
        while ((op = handshakes.poll()) != null) {
            op.runBy(this);
        }
    }

    /**
     * Detaches the thread around blocking work: services pending work first (so nothing waits on a detached thread
     * that it could have done), suspends its critical sections (releases their locks), then stops touching objects
     * until {@link #attach()}.
     *
     * @throws IllegalStateException if called from another thread or when not attached
     */
    public void detach() {
        checkOwnThread("detach");
        ReadScope.checkNoScope(this, "detach");
        if (status != ATTACHED) {
            throw new IllegalStateException("cannot detach thread state #" + id + ": it is " + status().name().toLowerCase());
        }
        service(false);
        for (RuntimeExtension e : runtime.extensions()) {
            e.beforeDetach(this);
        }
        detachQuietly();
    }

    /** Detaches without servicing (the toolkit's blocking paths, already at a safepoint). */
    void detachQuietly() {
        CriticalSection.suspendAll(this);
        promoteBorrowed(); // before going offline, as before a report (BorrowedReferences)
        runtime.qsbr().offline(core); // after its last touch of an object (Qsbr)
        wakeQsbrWaitersIfAny();
        status = DETACHED; // only the owner leaves ATTACHED: a plain volatile store
        runtime.world().threadDetached(this);
    }

    /**
     * Attaches the thread again after {@link #detach()}: waits while a stop-the-world or a handshake holds it, then
     * services pending work and resumes its innermost critical section.
     *
     * @throws IllegalStateException if called from another thread or when not detached
     */
    public void attach() {
        checkOwnThread("attach");
        ReadScope.checkNoScope(this, "attach");
        int s = status;
        if (s == ATTACHED || s == EXITED) {
            throw new IllegalStateException("cannot attach thread state #" + id + ": it is " + status().name().toLowerCase());
        }
        attachQuietly();
        service(false);
        CriticalSection.resumeInnermost(this);
    }

    /** Moves DETACHED to ATTACHED, waiting while suspended (a restart may hand the thread over ATTACHED directly). */
    void attachQuietly() {
        World w = runtime.world();
        for (;;) {
            int s = status;
            if (s == ATTACHED) {
                runtime.qsbr().online(core);
                return; // handed over by a restart
            }
            if (s == DETACHED && casStatus(DETACHED, ATTACHED)) {
                runtime.qsbr().online(core); // before its first touch of an object (Qsbr)
                return;
            }
            if (s == SUSPENDED) {
                w.awaitRelease(this);
            }
        }
    }

    /**
     * Exits: finishes, attached, everything that may touch a reference count (merges queued to it, deallocations and
     * their finalizers, which may block, detach, collect or hand objects to other threads), closes its merge gate once
     * its queue is drained, then marks the state exited and removes it from its Runtime. Objects this thread owned
     * are neither freed nor leaked: other threads merge them when they need to. Idempotent.
     *
     * <p>Refused, with the state left as it was, when the thread would leave something held for ever: inside a
     * critical section, while it has stopped the world, or while it holds a {@link PyMutex}.
     *
     * @throws IllegalStateException if called from another thread, inside a critical section, while this thread has
     *         stopped the world, or while it holds a mutex
     */
    @Override
    public void close() {
        if (status == EXITED) {
            return;
        }
        checkOwnThread("exit");
        ReadScope.checkNoScope(this, "exit");
        checkNothingHeld();
        if (status != ATTACHED) {
            attachQuietly();
        }
        // The exit drain ([R6], docs/refcount.md "Lifetime edges"): while attached, so a finalizer it runs may block,
        // detach and attach like any code; until the merge gate closes on an empty queue, atomically with respect to
        // every producer (ThreadCore.offerToMerge). After that no thread hands this one work, and it touches no count.
        do {
            service(false);
            for (RuntimeExtension e : runtime.extensions()) {
                e.beforeExit(this);
            }
            deliverReports();
            checkNothingHeld(); // a finalizer run here must not leave a section or a mutex behind either
        } while (!core.closeMergeGateIfDrained());
        promoteBorrowed();
        runtime.qsbr().offline(core);
        wakeQsbrWaitersIfAny();
        // [W9] The heap goes to the orphan heaps while this thread is still attached and registered: once it is EXITED
        // a collection's snapshot handshake skips it, and until unregister ran its heap would be in neither place, so
        // a collection in between missed the thread's last objects. Unregister hands over again: an empty heap here,
        // or the whole heap of a thread reclaimed without close().
        dev.freethread.objects.internal.OrphanHeaps.adopt(runtime, core, id);
        status = EXITED; // handshakes queued from now on are skipped by their requesters [W6]
        runtime.world().threadDetached(this);
        runtime.unregister(this);
    }

    private void checkNothingHeld() {
        if (criticalSection != null) {
            throw new IllegalStateException("cannot exit thread state #" + id + " of thread '" + thread.getName()
                    + "' inside a critical section on " + criticalSection.describe());
        }
        if (runtime.world().isStoppedBy(this)) {
            throw new IllegalStateException("cannot exit thread state #" + id + " of thread '" + thread.getName()
                    + "': it has stopped the world (call startTheWorld first; every other thread would wait for ever)");
        }
        int held = mutexesHeld;
        if (held > 0) {
            throw new IllegalStateException("cannot exit thread state #" + id + " of thread '" + thread.getName()
                    + "': it holds " + held + " PyMutex" + (held == 1 ? "" : "es") + " (unlock "
                    + (held == 1 ? "it" : "them") + " first; a mutex left locked would block every later locker)");
        }
    }

    // ---- recursion (CPython's Py_EnterRecursiveCall)

    /**
     * Enters one level of a recursive toolkit path that may run user code or recurse into nested objects
     * (comparisons, hashes, reprs, calls into the binding), as CPython's {@code Py_EnterRecursiveCall}. Every call
     * that returns normally must be paired with {@link #leaveRecursiveCall()} (try/finally). Owner only.
     *
     * @param where what the level is for, appended to the message, e.g. {@code " in comparison"}
     * @throws PyException {@code RecursionError: maximum recursion depth exceeded<where>} when the depth would pass the
     *         Runtime's recursion limit ({@link Runtime#setRecursionLimit}); the depth is unchanged then
     */
    public void enterRecursiveCall(String where) {
        int d = core.recursionDepth() + 1;
        if (d > runtime.recursionLimit()) {
            throw new PyException("RecursionError", "maximum recursion depth exceeded" + where);
        }
        core.setRecursionDepth(d);
    }

    /** Leaves a level entered by {@link #enterRecursiveCall}. Owner only. */
    public void leaveRecursiveCall() {
        core.setRecursionDepth(core.recursionDepth() - 1);
    }

    /** The current depth of recursive toolkit calls on this thread (owner only; for tests and the binding). */
    public int recursionDepth() {
        return core.recursionDepth();
    }

    // ---- a thread that ended without close()

    /**
     * Whether this state's thread ended without exiting it: its state can never change again by itself, and whoever
     * waits for it would wait for ever. Coordinators (stop-the-world, handshakes, a waiting stopper) check this while
     * they wait, and reclaim such a state ({@link Runtime}'s reclaim).
     */
    boolean isAbandoned() {
        return status != EXITED && !thread.isAlive();
    }

    private void checkOwnThread(String what) {
        if (thread != Thread.currentThread()) {
            throw new IllegalStateException("cannot " + what + " thread state #" + id + " of thread '" + thread.getName()
                    + "' from thread '" + Thread.currentThread().getName() + "'");
        }
    }

    ThreadCore core() {
        return core;
    }

    /**
     * Registers the binding's root scanner for this thread (replacing any previous one; null removes it): the cycle
     * collector calls it, with the world stopped and this thread parked, to learn the references this thread's
     * stack holds without counting them (deferred and borrowed references). References the thread counts need not
     * be reported. See {@link RootScanner}.
     *
     * <p>Calling thread: this state's own thread.
     */
    public void setRootScanner(RootScanner scanner) {
        checkOwnThread("set the root scanner of");
        rootScanner = scanner;
    }

    /**
     * Registers the binding's hook for the borrowed references it keeps on this thread (replacing any previous one;
     * null removes it): called before every quiescent state this thread reports. See {@link BorrowedReferences}.
     *
     * <p>Calling thread: this state's own thread.
     */
    public void setBorrowedReferences(BorrowedReferences hook) {
        checkOwnThread("set the borrowed-reference hook of");
        borrowedReferences = hook;
    }

    private void promoteBorrowed() {
        BorrowedReferences hook = borrowedReferences;
        if (hook != null) {
            hook.promoteBorrowed(this);
        }
    }

    /** The registered root scanner, or null. Read by the collector with the world stopped. */
    public RootScanner rootScanner() {
        return rootScanner;
    }

    @Override
    public String toString() {
        return "ThreadState#" + id + "[" + thread.getName() + ", " + status().name().toLowerCase() + "]";
    }
}

abstract class ThreadStatePad0 {
    // Fills the 4-byte gap after the object header: otherwise the JVM (15+) packs a subclass int (id) into it,
    // outside the padding (seen with JOL: bench's HeaderLayout).
    int p0;
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The fields, between the two pads. {@code id} is read on every reference-count operation by the owner. */
abstract class ThreadStateFields extends ThreadStatePad0 {
    static final int ATTACHED = 0;
    static final int DETACHED = 1;
    static final int SUSPENDED = 2;
    static final int EXITED = 3;
    static final ThreadState.Status[] STATUSES = ThreadState.Status.values();

    private static final VarHandle STATUS;

    static {
        try {
            STATUS = MethodHandles.lookup().findVarHandle(ThreadStateFields.class, "status", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int id;
    final Runtime runtime;
    final Thread thread;
    final ThreadCore core;
    /**
     * ATTACHED, DETACHED, SUSPENDED or EXITED. The owner leaves ATTACHED with a volatile store; coordinators move
     * DETACHED to SUSPENDED and back by CAS; a restart moves SUSPENDED to ATTACHED or DETACHED.
     */
    volatile int status = DETACHED;
    /** Request bits set by other threads (merge, handshake, stop); cleared by the owner at a safepoint. */
    volatile int pending;
    /** Handshakes requested of this thread: any requester offers, the owner polls (claims decide who runs each). */
    final MpscUnboundedXaddArrayQueue<Handshake> handshakes = new MpscUnboundedXaddArrayQueue<>(16);
    /** Set (under the Runtime's accounting lock) when the state has left the Runtime: its exit or a reclaim. */
    boolean unregistered;
    /** The binding's root scanner (ThreadState.setRootScanner); volatile: the collector reads it from its thread. */
    volatile RootScanner rootScanner;
    /** Owner: the binding's hook for the borrowed references it keeps (ThreadState.setBorrowedReferences). */
    BorrowedReferences borrowedReferences;
    /** Owner: the innermost active critical section, or null. */
    CriticalSection criticalSection;
    /** Owner: the section records this thread reuses, by depth from 1 (CriticalSection: no allocation per section). */
    CriticalSection[] sectionRecords;
    /**
     * Owner: the reusable record of depth 0, the common case, kept apart from {@link #sectionRecords} so that an
     * outermost section loads one field instead of an array and its element (measured: 0.9 ns of 9.4 per section).
     */
    CriticalSection outermostSectionRecord;
    /**
     * Owner: how many PyMutexes this thread holds now that it locked directly (PyMutex.lock and tryLock; a critical
     * section's mutexes are not counted: its record says what it holds, and not counting them saves a section two
     * stores). Here rather than in the ThreadCore so that lock and unlock load one field of the thread state instead
     * of the core and then its field (the dependent load cost 0.9 ns per critical section for its record).
     */
    int mutexesHeld;
    /** Owner: the containers whose repr is being printed on this thread ({@link Repr}), made on first use. */
    private java.util.IdentityHashMap<PyObject, Boolean> reprInProgress;

    java.util.IdentityHashMap<PyObject, Boolean> reprInProgress() {
        java.util.IdentityHashMap<PyObject, Boolean> m = reprInProgress;
        if (m == null) {
            m = reprInProgress = new java.util.IdentityHashMap<>();
        }
        return m;
    }
    /**
     * Owner: this thread's counts of per-thread counted objects, by index (refcount's makePerThread). In the thread
     * state rather than its core so that a count change loads one field less (an incref/decref pair from two threads:
     * 2.72 ns with it in the core, 2.30 here; docs/benchmarks.md, "Issue 14"). The owner writes plain; the collector
     * reads and zeroes it with the world stopped; sys.getrefcount reads it racily, as CPython's does.
     */
    int[] perThreadCounts = new int[0];
    /** Owner: how many {@link ReadScope}s are open on this thread (debug mode checks safepoints against it). */
    int readScopeDepth;
    /** Owner: this thread's reusable read scope. */
    ReadScope readScope;
    /** Owner: the innermost section's resumption waits for the unlock of the thread's last bare mutex ([M4]). */
    boolean resumeDeferred;
    /** Set by a thread parked in attach() while suspended: a restart hands it over ATTACHED (fairness). */
    volatile boolean waitingToAttach;
    /** What a restart returns a thread suspended by a stop to: ATTACHED if it parked at a poll, else DETACHED. */
    volatile int resumeTo = DETACHED;
    /** Whether the current suspension is a stop's (a handshake's suspension is released by its handshaker). */
    volatile boolean suspendedByStop;

    ThreadStateFields(Runtime runtime, int id, Thread thread) {
        this.runtime = runtime;
        this.id = id;
        this.thread = thread;
        this.core = new ThreadCore(runtime.qsbr(), runtime.perThreadObjects());
    }

    final boolean casStatus(int expect, int update) {
        return STATUS.compareAndSet(this, expect, update);
    }

    final void clearPending() {
        if (pending != 0) {
            pending = 0;
        }
    }
}

abstract class ThreadStatePad1 extends ThreadStateFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;

    ThreadStatePad1(Runtime runtime, int id, Thread thread) {
        super(runtime, id, thread);
    }
}
