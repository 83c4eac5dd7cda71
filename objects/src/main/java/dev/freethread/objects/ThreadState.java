package dev.freethread.objects;

import dev.freethread.objects.internal.Debug;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.spi.RuntimeExtension;

/**
 * One interpreter thread's state in a {@link Runtime} (CPython's {@code PyThreadState}); issued by
 * {@link Runtime#attachCurrentThread()}, used only by the thread it was issued to, and passed explicitly to every
 * toolkit call, as an interpreter passes its {@code tstate}.
 *
 * <h2>States</h2>
 * <pre>
 *   attachCurrentThread()        detach()              close()
 *        ──────────────▶ ATTACHED ─────────▶ DETACHED ─────────▶ EXITED
 *                           ▲   │  ◀───────── attach()              ▲
 *                           │   └──────────────────────────────────┘ close()
 * </pre>
 * An attached thread may touch objects and must call {@link #poll()} at its eval-breaker points (loop back-edges,
 * calls). A detached thread (around blocking work) touches no object; work other threads hand it (merge requests)
 * waits until it attaches again or exits. Exit services everything pending; objects the thread owned stay valid
 * (docs/refcount.md, "Owner exit").
 *
 * <h2>Ids</h2>
 * Each thread state has an id issued by its Runtime: positive, unique, never reused, even after the thread exits.
 * Objects record their owner by this id.
 */
public final class ThreadState extends ThreadStatePad1 implements AutoCloseable {

    /** The life-cycle states of a thread state. */
    public enum Status { ATTACHED, DETACHED, EXITED }

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

    /** The current status (exact on the owning thread; a snapshot elsewhere). */
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
     * The safepoint: services requests other threads have made of this thread (merging the reference counts they
     * queued to it). Wait-free when nothing is pending: one load and one branch.
     *
     * <p>Calling thread: this state's own thread, attached.
     */
    public void poll() {
        if (pending != 0) {
            pollSlow();
        }
    }

    private void pollSlow() {
        if (Debug.ENABLED) {
            Debug.checkThread(this, "poll");
        }
        service();
    }

    /** Clears the request bits, then runs every extension's safepoint work: a request made after the clear stays set. */
    private void service() {
        clearPending();
        for (RuntimeExtension e : runtime.extensions()) {
            e.atSafepoint(this);
        }
    }

    /**
     * Detaches the thread around blocking work: services pending work first (so nothing waits on a detached thread
     * that it could have done), then stops touching objects until {@link #attach()}.
     *
     * @throws IllegalStateException if called from another thread or when not attached
     */
    public void detach() {
        checkOwnThread("detach");
        if (status != ATTACHED) {
            throw new IllegalStateException("cannot detach thread state #" + id + ": it is " + status().name().toLowerCase());
        }
        service();
        status = DETACHED;
    }

    /**
     * Attaches the thread again after {@link #detach()}, then polls.
     *
     * @throws IllegalStateException if called from another thread or when not detached
     */
    public void attach() {
        checkOwnThread("attach");
        if (status != DETACHED) {
            throw new IllegalStateException("cannot attach thread state #" + id + ": it is " + status().name().toLowerCase());
        }
        status = ATTACHED;
        service();
    }

    /**
     * Exits: services everything pending, marks the state exited, lets every extension finish (reference counting
     * merges what was queued meanwhile) and removes the state from its Runtime. Objects this thread owned are neither
     * freed nor leaked: other threads merge them when they need to. Idempotent.
     *
     * @throws IllegalStateException if called from another thread
     */
    @Override
    public void close() {
        if (status == EXITED) {
            return;
        }
        checkOwnThread("exit");
        service();
        status = EXITED; // volatile store: ordered before the extensions' final drain (docs/refcount.md, R6)
        for (RuntimeExtension e : runtime.extensions()) {
            e.atExit(this);
        }
        runtime.unregister(this);
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

    @Override
    public String toString() {
        return "ThreadState#" + id + "[" + thread.getName() + ", " + status().name().toLowerCase() + "]";
    }
}

abstract class ThreadStatePad0 {
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The fields, between the two pads. {@code id} is read on every reference-count operation by the owner. */
abstract class ThreadStateFields extends ThreadStatePad0 {
    static final int ATTACHED = 0;
    static final int DETACHED = 1;
    static final int EXITED = 2;
    static final ThreadState.Status[] STATUSES = ThreadState.Status.values();

    final int id;
    final Runtime runtime;
    final Thread thread;
    final ThreadCore core = new ThreadCore();
    /** Written by the owner only; volatile because other threads read it (exit against a foreign enqueue: R6). */
    volatile int status;
    /** Request bits set by other threads (a merge is wanted); cleared by the owner at a safepoint. */
    volatile int pending;

    ThreadStateFields(Runtime runtime, int id, Thread thread) {
        this.runtime = runtime;
        this.id = id;
        this.thread = thread;
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
