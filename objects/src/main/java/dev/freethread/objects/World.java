package dev.freethread.objects;

import dev.freethread.objects.internal.ThreadStates;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import static dev.freethread.objects.ThreadStateFields.ATTACHED;
import static dev.freethread.objects.ThreadStateFields.DETACHED;
import static dev.freethread.objects.ThreadStateFields.EXITED;
import static dev.freethread.objects.ThreadStateFields.SUSPENDED;

/**
 * Stop-the-world and handshakes for one Runtime. Blocking.
 *
 * <pre>
 * Overview
 *
 * A coordinator (a stopper, or a handshake's requester) needs something from every other thread: that it be parked
 * (stop), or that an action run for it (handshake). An attached thread does it at its next safepoint (poll); a
 * detached thread cannot be asked, so the coordinator CASes it from DETACHED to SUSPENDED, which keeps it from
 * attaching, and acts on its behalf. Only the owner moves a state out of ATTACHED; coordinators only move
 * DETACHED to SUSPENDED and release SUSPENDED; so no two parties ever overwrite each other's transition.
 *
 * Every change a waiter waits for (a thread parking, detaching, being released) is made while holding the
 * monitor, and every wait re-checks its condition under it: no wake-up is lost.
 *
 * Races, with the tests that cover them:
 *  [W1] A detached thread attaches while a stopper suspends it: both CAS from DETACHED; if the attach wins, the
 *       thread is attached and the stop waits for its next poll; if the stopper wins, attach() waits for the
 *       restart. A thread registering during a stop may be missed by the stopper's (weakly consistent) scan of the
 *       thread table: after its CAS to ATTACHED it reads the stopper and parks (Dekker: one of the two sees the other).
 *       Covered by: StopTheWorldTest.detachedThreadsCannotAttachUntilRestart, StopVsAttachTest (jcstress: a new
 *       actor thread attaching while the stopper scans; it found the registration hole once in 127 sanity samples).
 *  [W2] Stops keep coming while a thread waits to attach: a restart hands every thread that was attached, or was
 *       waiting in attach(), back ATTACHED, so the next stop must wait for that thread's next poll: it runs
 *       between stops and is never starved (free-threaded CPython had this starvation bug). attach() itself does not
 *       park for a stop. Covered by:
 *       StopTheWorldTest.restart_handsAWaitingAttacherBackAttached_soItRunsBeforeTheNextStop (fails without the
 *       hand-off), StopTheWorldTest.aThreadAttachingWhileStopsKeepComing_getsToRun (liveness).
 *  [W3] Two threads stop the world at once: stoppers are serialised by a lock that a would-be stopper waits for
 *       while detached, so the current stopper never waits for it. Covered by: StopTheWorldTest.concurrentStops_serialise.
 *  [W4] A handshake's requester runs the action for a detached target while the target tries to attach: the
 *       target is SUSPENDED for the duration, and attach() waits. A release during a stop keeps the target
 *       suspended, for the stop. Covered by: HandshakeTest.detachedTargets_runOnTheirBehalf_whileKeptFromAttaching.
 *  [W5] Two handshakes at once: each requester waits detached, so each can run the other's action on its behalf.
 *       Covered by: HandshakeTest.concurrentHandshakes_doNotDeadlock.
 *  [W6] A handshake queued to a thread that exits: exit runs what is queued after EXITED; a requester seeing EXITED
 *       skips what is still unclaimed (one claim CAS decides). Covered by:
 *       HandshakeTest.exitingTargets_areSkipped_neverWaitedForever.
 *  [W7] A thread exits while the world is being stopped: after writing EXITED it still runs its final merge drain
 *       (which may free objects) and hands its heap of tracked objects to the orphan heaps; a stop therefore waits
 *       for an EXITED thread until it has left the thread table, so that a stopped world really runs nothing (the
 *       collector reads every count and every heap). Covered by: gc's CollectorConcurrencyTest
 *       (collect_whileThreadsExit).
 * </pre>
 */
final class World {
    private final Runtime runtime;
    /** Serialises stoppers [W3]. */
    private final ReentrantLock stopLock = new ReentrantLock();
    /** The thread that has stopped (or is stopping) the world, or null. Written under {@link #monitor}. */
    private volatile ThreadState stopper;
    /** Nesting depth of the current stopper's stops; the stopper's own. */
    private int stopDepth;
    private final Object monitor = new Object();

    World(Runtime runtime) {
        this.runtime = runtime;
    }

    boolean stopRequestedFor(ThreadState ts) {
        ThreadState s = stopper;
        return s != null && s != ts;
    }

    /** Whether a stop is in progress or complete. */
    boolean isStopped() {
        return stopper != null;
    }

    // ---- mutator side

    /** At a poll during a stop: suspend the thread's critical sections and park until the restart. */
    void parkForStop(ThreadState ts) {
        CriticalSection.suspendAll(ts);
        synchronized (monitor) {
            if (stopRequestedFor(ts)) {
                ts.resumeTo = ATTACHED;
                ts.suspendedByStop = true;
                ts.status = SUSPENDED;
                monitor.notifyAll();
                awaitReleaseLocked(ts);
            }
        }
        CriticalSection.resumeInnermost(ts);
    }

    /** The thread has left ATTACHED: a coordinator may be waiting for exactly that. */
    void threadDetached(ThreadState ts) {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** Waits while {@code ts} is suspended (attach). */
    void awaitRelease(ThreadState ts) {
        synchronized (monitor) {
            ts.waitingToAttach = true;
            try {
                awaitReleaseLocked(ts);
            } finally {
                ts.waitingToAttach = false;
            }
        }
    }

    private void awaitReleaseLocked(ThreadState ts) {
        boolean interrupted = false;
        while (ts.status == SUSPENDED) {
            try {
                monitor.wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- stop-the-world

    void stop(ThreadState ts) {
        if (stopper == ts) {
            stopDepth++;
            return;
        }
        if (!stopLock.tryLock()) {
            ts.detachQuietly(); // [W3]: the current stopper must not wait for us
            stopLock.lock();
            ts.attachQuietly();
            CriticalSection.resumeInnermost(ts);
        }
        synchronized (monitor) {
            stopDepth = 1;
            stopper = ts;
            for (;;) {
                boolean all = true;
                for (ThreadState t : runtime.threadStatesView()) {
                    if (t == ts) {
                        continue;
                    }
                    int s = t.status;
                    if (s == ATTACHED) {
                        ThreadStates.request(t, ThreadStates.REQUEST_STOP);
                        all = false;
                    } else if (s == DETACHED) {
                        if (t.casStatus(DETACHED, SUSPENDED)) {
                            t.resumeTo = DETACHED;
                            t.suspendedByStop = true;
                        } else {
                            all = false;
                        }
                    } else if (s == EXITED) {
                        // Still in the table: it is running its exit work (a final merge drain, which may free
                        // objects and run finalizers). A stopped world means nothing else runs, so wait until it
                        // has unregistered (Runtime.unregister notifies). [W7]
                        all = false;
                    }
                    // SUSPENDED (parked for us, or held by a handshake: it cannot run either): done
                }
                if (all) {
                    return;
                }
                try {
                    monitor.wait(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the stop must complete; keep the interrupt for the caller
                }
            }
        }
    }

    void start(ThreadState ts) {
        if (stopper != ts) {
            throw new IllegalStateException("thread state #" + ts.id() + " cannot restart the world: "
                    + (stopper == null ? "the world is not stopped" : "it was stopped by thread state #" + stopper.id()));
        }
        if (--stopDepth > 0) {
            return;
        }
        synchronized (monitor) {
            stopper = null;
            for (ThreadState t : runtime.threadStatesView()) {
                if (t.status == SUSPENDED && t.suspendedByStop) {
                    t.suspendedByStop = false;
                    // [W2]: a thread that was attached, or is waiting to attach, comes back ATTACHED.
                    t.status = t.resumeTo == ATTACHED || t.waitingToAttach ? ATTACHED : DETACHED;
                }
            }
            monitor.notifyAll();
        }
        stopLock.unlock();
    }

    // ---- handshakes

    void handshake(ThreadState ts, Consumer<ThreadState> action) {
        if (stopper == ts) {
            // Everybody else is parked: run it for each on their behalf, here.
            for (ThreadState t : runtime.threadStatesView()) {
                if (t.status != EXITED) {
                    action.accept(t);
                }
            }
            return;
        }
        List<Handshake> ops = new ArrayList<>();
        for (ThreadState t : runtime.threadStatesView()) {
            if (t != ts && t.status != EXITED) {
                Handshake op = new Handshake(action, t);
                t.handshakes.offer(op);
                ThreadStates.request(t, ThreadStates.REQUEST_HANDSHAKE);
                ops.add(op);
            }
        }
        Throwable failure = null;
        try {
            action.accept(ts);
        } catch (Throwable t) {
            failure = t;
        }
        ts.detachQuietly(); // [W5]: while we wait, others may act on our behalf and stops may proceed
        try {
            awaitHandshakes(ops);
        } finally {
            ts.attachQuietly();
            CriticalSection.resumeInnermost(ts);
        }
        for (Handshake op : ops) {
            if (failure == null && op.error() != null) {
                failure = op.error();
            }
        }
        if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        }
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        if (failure != null) {
            throw new IllegalStateException("handshake action failed", failure);
        }
    }

    private void awaitHandshakes(List<Handshake> ops) {
        for (;;) {
            Handshake onBehalf = null;
            synchronized (monitor) {
                boolean all = true;
                for (Handshake op : ops) {
                    if (op.isDone()) {
                        continue;
                    }
                    ThreadState t = op.target;
                    int s = t.status;
                    if (s == EXITED) {
                        op.skip(); // [W6]
                        continue;
                    }
                    if (s == DETACHED && onBehalf == null && t.casStatus(DETACHED, SUSPENDED)) {
                        t.suspendedByStop = false;
                        onBehalf = op;
                    }
                    all = false;
                }
                if (all) {
                    return;
                }
                if (onBehalf == null) {
                    try {
                        monitor.wait(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    continue;
                }
            }
            try {
                onBehalf.runBy(onBehalf.target); // [W4]: outside the monitor, while the target cannot attach
            } finally {
                synchronized (monitor) {
                    release(onBehalf.target);
                }
            }
        }
    }

    /** Releases a thread a handshake held; during a stop it stays suspended, for the stop [W4]. Holds the monitor. */
    private void release(ThreadState t) {
        if (stopper != null) {
            t.resumeTo = DETACHED;
            t.suspendedByStop = true;
        } else {
            t.status = DETACHED;
        }
        monitor.notifyAll();
    }
}
