// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.internal.ThreadStates;

import java.util.ArrayList;
import java.util.List;
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
 *       suspended, for the stop. A target detached when the handshake is requested is held and served at once and
 *       never queued to (a queue is drained only by its own thread: one that stays detached kept every handshake).
 *       Covered by: HandshakeTest.detachedTargets_runOnTheirBehalf_whileKeptFromAttaching,
 *       HandshakeTest.aThreadThatStaysDetached_keepsNoHandshakes.
 *  [W5] Two handshakes at once: each requester waits detached, so each can run the other's action on its behalf.
 *       Covered by: HandshakeTest.concurrentHandshakes_doNotDeadlock.
 *  [W6] A handshake queued to a thread that exits: exit runs what is queued after EXITED; a requester seeing EXITED
 *       skips what is still unclaimed (one claim CAS decides). Covered by:
 *       HandshakeTest.exitingTargets_areSkipped_neverWaitedForever.
 *  [W7] A thread exits while the world is being stopped: its exit drain runs attached (before EXITED), so a stop
 *       waits for it as for any attached thread, and its finalizers may block (they detach) without holding the stop
 *       up; after EXITED it only hands its heap of tracked objects to the orphan heaps (no user code, no count), and a
 *       stop waits for that, until it has left the thread table, so that a stopped world really runs nothing (the
 *       collector reads every count and every heap). Covered by: gc's CollectorConcurrencyTest
 *       (collect_whileThreadsExit), refcount's ExitEdgesTest (a finalizer in the exit drain that blocks on a mutex
 *       held by a thread parked for a stop).
 *  [W8] A thread ends without close() (its Java thread dies attached, or while it has stopped the world): every
 *       coordinator that waits for a thread checks, each time its timed wait returns, whether the thread it waits for
 *       is alive; a dead one's state is reclaimed (Runtime.reclaim: merge gate closed, pending work adopted, section
 *       mutexes released, unregistered, reported), and a dead stopper's stop is ended on its behalf. Never a silent
 *       hang. Covered by: DeadThreadTest (objects: a dead attached thread during a stop and a handshake; a dead
 *       stopper, seen by parked threads and by a waiting stopper).
 *  [W9] A collection against a thread's exit: requesters skip an EXITED thread's handshake ([W6]), so a thread hands
 *       its heap to the orphan heaps before it becomes EXITED, while still attached (ThreadState.close); a collection
 *       whose snapshot handshake skips it finds the heap there. Its owned objects are merged as an exited owner's by
 *       the collection's fence once it is EXITED (it touches no count after its merge gate closed). Before, the heap
 *       moved only in unregister, after EXITED, and a collection in between freed none of the thread's garbage.
 *       Covered by: gc's CollectorConcurrencyTest (aCollectionDuringAThreadsExit_seesTheExitingThreadsHeap, which
 *       holds the window open through the orphan heaps' monitor; it fails with either half of the fix removed). A
 *       JUnit test, not jcstress: the window is a few instructions between two steps of one thread's exit, which a
 *       jcstress actor cannot stop at, and "the collection missed it" is also a correct outcome of a collection that
 *       merely started too early; holding the monitor makes the interleaving certain.
 *
 * Interrupts: every wait here is uninterruptible (a stop, a restart and a handshake must complete); an interrupt is
 * remembered, the wait goes on without spinning, and the flag is set again when the wait ends.
 * </pre>
 */
final class World {
    /** How long (ms, or 1 ms rounds) a coordinator waits before it checks that the threads it waits for are alive [W8]. */
    private static final int LIVENESS_CHECK_MILLIS = 50;

    private final Runtime runtime;
    /**
     * The thread that holds the right to stop the world (it is stopping it, has stopped it, or is about to), or null:
     * serialises stoppers [W3]. A field under {@link #monitor} rather than a lock object, so that another thread can
     * take it over from a stopper that died [W8].
     */
    private ThreadState stopOwner;
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

    /** Whether {@code ts} has stopped (or is stopping) the world. */
    boolean isStoppedBy(ThreadState ts) {
        return stopper == ts;
    }

    /** The monitor every coordinator's change is made under (Runtime's reclaim runs under it). */
    Object monitor() {
        return monitor;
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
            interrupted |= timedWait(LIVENESS_CHECK_MILLIS);
            recoverFromDeadStopper(ts); // [W8] a stopper that died would hold us for ever
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits on the monitor (held); returns whether the wait was interrupted (the flag is cleared then). */
    private boolean timedWait(long millis) {
        try {
            monitor.wait(millis);
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }

    /**
     * [W8] Holding the monitor: if the owner of the stop has ended without restarting the world (or releasing its
     * claim), restart on its behalf and reclaim its state, adopting its work into {@code reclaimer}'s.
     */
    private void recoverFromDeadStopper(ThreadState reclaimer) {
        ThreadState owner = stopOwner;
        if (owner == null || owner.thread.isAlive()) {
            return;
        }
        if (stopper == owner) {
            releaseStopped();
            stopper = null;
            stopDepth = 0;
        }
        stopOwner = null;
        runtime.reclaim(owner, reclaimer);
        monitor.notifyAll();
    }

    /** Holding the monitor: releases every thread the current stop suspended (the restart's hand-off, [W2]). */
    private void releaseStopped() {
        for (ThreadState t : runtime.threadStatesView()) {
            if (t.status == SUSPENDED && t.suspendedByStop) {
                t.suspendedByStop = false;
                // [W2]: a thread that was attached, or is waiting to attach, comes back ATTACHED.
                t.status = t.resumeTo == ATTACHED || t.waitingToAttach ? ATTACHED : DETACHED;
            }
        }
    }

    // ---- stop-the-world

    void stop(ThreadState ts) {
        if (stopper == ts) {
            stopDepth++;
            return;
        }
        if (!tryClaimStop(ts)) {
            ts.detachQuietly(); // [W3]: the current stopper must not wait for us
            try {
                awaitClaimStop(ts);
            } finally {
                ts.attachQuietly();
            }
            CriticalSection.resumeInnermost(ts);
        }
        boolean interrupted = false;
        synchronized (monitor) {
            stopDepth = 1;
            stopper = ts;
            for (int round = 0; ; round++) {
                boolean all = true;
                // A stop normally completes within a round or two; only one that has waited a while looks for threads
                // that ended without exiting (Thread.isAlive is a native call) [W8].
                boolean checkLiveness = round > 0 && round % LIVENESS_CHECK_MILLIS == 0;
                for (ThreadState t : runtime.threadStatesView()) {
                    if (t == ts) {
                        continue;
                    }
                    int s = t.status;
                    if (checkLiveness && s != SUSPENDED && !t.thread.isAlive()) {
                        runtime.reclaim(t, ts); // [W8] it will never park, detach or unregister by itself
                        continue;
                    }
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
                        // Still in the table: it is handing its heap of tracked objects over (no user code, no
                        // count). A stopped world means nothing else runs, so wait until it has unregistered
                        // (Runtime.unregister notifies). [W7]
                        all = false;
                    }
                    // SUSPENDED (parked for us, or held by a handshake: it cannot run either): done
                }
                if (all) {
                    break;
                }
                interrupted |= timedWait(1); // the stop must complete; the interrupt is kept for the caller
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean tryClaimStop(ThreadState ts) {
        synchronized (monitor) {
            if (stopOwner == null) {
                stopOwner = ts;
                return true;
            }
            return false;
        }
    }

    /** Detached: waits until the stop claim is free and takes it ([W3]); a dead owner's claim is recovered [W8]. */
    private void awaitClaimStop(ThreadState ts) {
        boolean interrupted = false;
        synchronized (monitor) {
            while (stopOwner != null) {
                interrupted |= timedWait(LIVENESS_CHECK_MILLIS);
                recoverFromDeadStopper(ts);
            }
            stopOwner = ts;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
            releaseStopped();
            stopOwner = null;
            monitor.notifyAll();
        }
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
        // A detached target is held (DETACHED -> SUSPENDED, as awaitHandshakes does [W4]) and served at once, never
        // queued: a queue is drained only by its own thread, so a thread that stays detached (or ended detached)
        // would keep every handshake ever queued to it.
        List<ThreadState> held = new ArrayList<>();
        synchronized (monitor) {
            for (ThreadState t : runtime.threadStatesView()) {
                if (t == ts || t.status == EXITED) {
                    continue;
                }
                if (t.status == DETACHED && t.casStatus(DETACHED, SUSPENDED)) {
                    t.suspendedByStop = false;
                    held.add(t);
                    continue;
                }
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
        for (ThreadState t : held) {
            try {
                action.accept(t);
            } catch (Throwable e) {
                if (failure == null) {
                    failure = e;
                }
            } finally {
                synchronized (monitor) {
                    release(t);
                }
            }
        }
        ts.detachQuietly(); // [W5]: while we wait, others may act on our behalf and stops may proceed
        try {
            awaitHandshakes(ts, ops);
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

    private void awaitHandshakes(ThreadState ts, List<Handshake> ops) {
        boolean[] interrupted = new boolean[1];
        try {
            awaitHandshakes(ts, ops, interrupted);
        } finally {
            if (interrupted[0]) {
                Thread.currentThread().interrupt(); // kept for the caller; the wait itself did not spin on it
            }
        }
    }

    /**
     * How long a handshake waits for a thread that stays attached without polling before the watchdog names it (to
     * the unraisable hook, once per handshake; the wait goes on: a thread that never polls holds the handshake, as it
     * would hold a stop). {@code -Dfreethread.handshake.watchdogMillis}, default 10 s; 0 turns it off.
     */
    private static long watchdogMillis() {
        return Long.getLong("freethread.handshake.watchdogMillis", 10_000);
    }

    private void awaitHandshakes(ThreadState ts, List<Handshake> ops, boolean[] interrupted) {
        long started = System.nanoTime();
        long watchdog = watchdogMillis();
        boolean named = false;
        for (int round = 0; ; round++) {
            Handshake onBehalf = null;
            List<ThreadState> silent = null;
            synchronized (monitor) {
                boolean all = true;
                boolean checkLiveness = round > 0 && round % LIVENESS_CHECK_MILLIS == 0; // [W8], as in stop
                if (checkLiveness && !named && watchdog > 0 && System.nanoTime() - started > watchdog * 1_000_000L) {
                    named = true;
                    silent = new ArrayList<>();
                    for (Handshake op : ops) {
                        if (!op.isDone() && op.target.status == ATTACHED) {
                            silent.add(op.target);
                        }
                    }
                }
                for (Handshake op : ops) {
                    if (op.isDone()) {
                        continue;
                    }
                    ThreadState t = op.target;
                    int s = t.status;
                    // [W8] only for a thread that ended attached: one that ended detached is handled on its behalf
                    // below, as a live detached one is (as a stop suspends it), whatever the number of such threads.
                    if (checkLiveness && s != SUSPENDED && s != EXITED && s != DETACHED && !t.thread.isAlive()) {
                        runtime.reclaim(t, ts); // [W8]
                        s = t.status;
                    }
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
                if (onBehalf == null && silent == null) {
                    interrupted[0] |= timedWait(1);
                    continue;
                }
            }
            if (silent != null) {
                for (ThreadState t : silent) { // outside the monitor: the hook is the binding's code
                    runtime.reportUnraisable(new IllegalStateException("a handshake requested by thread '"
                            + ts.thread.getName() + "' has waited " + watchdog + " ms for thread '" + t.thread.getName()
                            + "' (thread state #" + t.id() + "), which is attached and has not polled: the handshake"
                            + " goes on waiting until it polls, detaches or exits (docs/threads.md, handshakes)"),
                            "handshake watchdog", null);
                }
                if (onBehalf == null) {
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
