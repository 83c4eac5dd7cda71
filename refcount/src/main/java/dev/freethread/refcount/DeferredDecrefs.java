// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ReadScope;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Debug;
import dev.freethread.objects.internal.DeferredQueue;
import dev.freethread.objects.internal.Qsbr;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;

/**
 * Deferred decrefs: the references a writer removes from a container that has been read with borrowed reads are
 * dropped only after a grace period, once every attached thread has passed a safepoint (QSBR on logical lifetimes).
 *
 * <pre>
 * Overview
 *
 * A borrowed read (PyDict.getBorrowed, PyList.getItemBorrowed, nextBorrowed) returns an object without taking a
 * reference; the reference stays valid until the reading thread's next safepoint. What could end the object's life
 * meanwhile is a writer that removes it from the container and drops the container's reference, the last one. So a
 * container's first borrowed read marks it GC_SHARED_READ, under its critical section; from then on its writers hand
 * every reference they remove (delete, pop, replace, clear, slice assignment) to defer() instead of decref(). The
 * object stays alive, with that one counted reference, until every attached thread has reported a quiescent state
 * after the removal; then the reference is dropped on the writer's thread, and the object is freed there if it was
 * the last. Objects that never leave a shared-read container this way keep CPython's immediate destruction.
 *
 * Deferring the decref instead of the free keeps the object an ordinary live object throughout: a borrower may
 * incref it (its count is at least one), tryIncref and weak references see it alive, the collector sees a counted
 * reference from outside the heap (so it is reachable), and no header state or revival protocol is needed. The
 * price: an object removed from a shared-read container lives (and its __del__ waits) one grace period longer.
 *
 * Grace periods (objects' Qsbr): entries get goals in batches (one increment of the write sequence per BATCH entries
 * or BATCH_BYTES of size estimates, or when processing finds entries without one); a thread reports at every serviced
 * safepoint, and goes OFFLINE while detached. An entry whose goal is at most every thread's report is processed.
 * Processing happens on the deferring thread, at its own serviced safepoints: its first deferral after an empty queue
 * requests one of itself; a thread whose report is behind the oldest goal is asked for one (REQUEST_QSBR); the
 * deferring thread then counts itself as a waiter and scans once more, and every thread that reports or goes offline
 * while there are waiters wakes them (REQUEST_QSBR): no wake-up is lost (objects' Qsbr, "Wake-ups").
 *
 * Bound (CPython's gh-132519: QSBR held 6.7 GB where 135 MB was live): a thread whose queue passes CAP_OBJECTS entries
 * or CAP_BYTES of estimates waits, detached, for a handshake (every other attached thread passes a safepoint; a
 * detached one is OFFLINE) and then processes. So a thread's deferred memory is at most the cap plus what one
 * processing step's finalizers defer; a thread that never polls blocks the waiting thread instead of letting its
 * memory grow (as it would block a stop-the-world).
 *
 * Races, each with the test that covers it (stress/ unless named):
 *  [Q1] a borrowed read races the removal that drops the container's last reference: the writer's reference is
 *       deferred, so the object is alive until the reader has passed a safepoint. Covered by:
 *       BorrowedReadVsRemoveTest (jcstress, dict and list; fails with the writer's deferral replaced by a decref).
 *  [Q2] the first borrowed read races a writer: the flag is set under the container's critical section, so a writer
 *       either finished its removal before (the reader cannot find the object) or sees the flag and defers.
 *       Covered by: SharedReadFlagVsWriterTest (jcstress; fails with the flag set outside the section).
 *  [Q3] the grace period: an entry is processed only when every attached thread's report is at or past its goal;
 *       a thread attaching reads the write sequence again after storing its report (Qsbr). Covered by:
 *       QsbrGraceTest (jcstress; fails when the processor ignores other threads' reports).
 *  [Q4] a thread exits, or dies, with entries pending: exit drains them (waiting for grace periods by handshake)
 *       before its merge gate closes, and the Runtime's orphans too; a dead thread's entries move, with their goals,
 *       to its reclaimer.
 *       Covered by: DeferredDecrefsTest (refcount: exitWithPendingDeferrals_dropsThemAll,
 *       runtimeClosedAfterDeferrals_leaksNothing).
 *  [Q5] a waiter's wake-up races a thread going offline: the waiter counts itself and scans once more, every report
 *       or offline transition wakes the counted waiters (objects' Qsbr, "Wake-ups"). Covered by: QsbrWakeUpTest (list;
 *       stalled within about 1,300 rounds before), BorrowedReadVsRemoveTest.List (jcstress, which found it).
 *  [Q6] a thread detaches with entries pending: detach() hands them, goals kept, to the Runtime's orphan queue (a
 *       leaf monitor) and asks the threads behind; any thread's serviced safepoint drops the due ones, and exit waits
 *       for the rest. The orphans get one new goal, advanced after their count is published, and the detaching
 *       thread reports past it (else its own older report is the laggard nobody wakes), then processes the orphans
 *       itself: another thread that reported past the goal before that report found the detaching thread the only
 *       laggard, and nobody would ask it again (its fast polls never look at orphans). Covered by: QsbrHandOffTest
 *       (jcstress: hangs, and so fails, with that report removed; it hung once in CI before the final processing was
 *       added), DeferredDecrefsTest.aDetachingThreadsEntries_areDroppedByOthers.
 * </pre>
 */
final class DeferredDecrefs {
    private DeferredDecrefs() {}

    /** Entries per goal (one increment of the shared write sequence per batch). */
    static final int BATCH = 16;
    /** Estimated bytes per goal. */
    static final long BATCH_BYTES = 1L << 20;
    /** Entries a thread may have pending before it waits for a grace period. */
    static final int CAP_OBJECTS = Integer.getInteger("freethread.qsbr.capObjects", 64 * 1024);
    /** Estimated bytes a thread may have pending before it waits for a grace period. */
    static final long CAP_BYTES = Long.getLong("freethread.qsbr.capBytes", 64L << 20);

    /**
     * Takes over one counted reference to {@code o} and drops it after a grace period. May wait (a safepoint) when
     * the thread's queue is over its cap.
     */
    static void defer(ThreadState ts, PyObject o) {
        ThreadCore core = ThreadStates.core(ts);
        DeferredQueue q = core.deferred();
        boolean wasEmpty = q.isEmpty();
        q.add(o, o.retainedSizeHint());
        if (q.unassigned() >= BATCH || q.unassignedBytes() >= BATCH_BYTES) {
            q.assign(core.qsbr().advance());
        }
        if (Debug.ENABLED) {
            // Debug mode frees as early as the protocol allows, so that a borrowed reference kept past its safepoint
            // meets a freed object (and its use-after-free check) as soon as possible.
            q.assign(core.qsbr().advance());
            askLaggards(ts, core, q.headGoal());
            ThreadStates.request(ts, ThreadStates.REQUEST_QSBR);
        } else if (wasEmpty) {
            ThreadStates.request(ts, ThreadStates.REQUEST_QSBR);
        }
        if ((q.size() >= CAP_OBJECTS || q.bytes() >= CAP_BYTES) && !q.isBusy()) {
            waitForGracePeriod(ts, "deferred-decref cap");
        }
    }

    /** At a serviced safepoint of {@code ts} (attached): drops the references whose grace period has passed. */
    static void process(ThreadState ts) {
        ThreadCore core = ThreadStates.core(ts);
        if (core.qsbr().orphans() > 0) {
            processOrphans(ts, core);
        }
        DeferredQueue q = core.deferred();
        if (q.isEmpty()) {
            core.setQsbrWaiting(false);
            return;
        }
        if (q.isBusy()) {
            return; // a finalizer run by our own processing polled: the outer loop goes on
        }
        Qsbr qsbr = core.qsbr();
        if (q.unassigned() > 0) {
            q.assign(qsbr.advance());
        }
        qsbr.reportQuiescent(core); // we are at a safepoint, after the advance: our own report covers every goal
        long min = minReadSeq(ts);
        q.setBusy(true);
        try {
            while (!q.isEmpty()) {
                long g = q.headGoal();
                if (g == DeferredQueue.UNASSIGNED || g > min) {
                    break;
                }
                PyObject o = q.poll();
                try {
                    RefCount.decref(ts, o);
                } catch (RuntimeException | Error e) {
                    ts.runtime().reportUnraisable(e, "a deferred decref", o);
                }
            }
        } finally {
            q.setBusy(false);
        }
        if (q.isEmpty()) {
            core.setQsbrWaiting(false);
            return;
        }
        if (q.headGoal() == DeferredQueue.UNASSIGNED) {
            ThreadStates.request(ts, ThreadStates.REQUEST_QSBR); // finalizers deferred more: next safepoint
            return;
        }
        long goal = q.headGoal();
        core.setQsbrWaiting(true); // counted before the last scan: a reporter after it sees us (objects' Qsbr)
        askLaggards(ts, core, goal);
        if (minReadSeq(ts) >= goal) {
            ThreadStates.request(ts, ThreadStates.REQUEST_QSBR); // a report landed meanwhile: look again soon
        }
    }

    // ---- a detaching thread's pending entries ([Q6])

    private static final Object ORPHANS_KEY = new Object();

    /** The Runtime's queue of entries handed over by detaching threads (guarded by itself). */
    private static DeferredQueue orphans(ThreadState ts) {
        return ts.runtime().attachment(ORPHANS_KEY, DeferredQueue::new);
    }

    /**
     * {@code detach()}, still attached, after its safepoint processed what was due: what is still pending goes, with
     * its goals, to the Runtime's orphan queue, and the threads behind the goals are asked for reports; whichever
     * thread's serviced safepoint then finds the goals passed drops the references. Without it, a thread that blocks
     * detached (a sleep, a join) would keep what it deferred alive until it attaches again. Never blocks (a leaf
     * monitor around a queue transfer).
     */
    static void handOff(ThreadState ts) {
        ThreadCore core = ThreadStates.core(ts);
        DeferredQueue q = core.deferred();
        if (q.isEmpty() || q.isBusy()) {
            return;
        }
        DeferredQueue o = orphans(ts);
        long goal;
        synchronized (o) {
            o.takeOver(q); // every orphan loses its goal ...
            // ... and gets one new goal, advanced after the orphan count is published: a thread whose report reads
            // the write sequence at or past it sees the count (and processes the orphans at that safepoint), and
            // every thread whose report is behind it is asked below. With an older goal, a thread that reported
            // between our safepoint and this hand-off would be asked by nobody, and the orphans would wait for
            // whichever safepoint came next.
            core.qsbr().setOrphans(o.size());
            goal = core.qsbr().advance();
            o.assign(goal);
        }
        // We are at a safepoint (detach, serviced): report past the new goal, or our own report (taken before it)
        // would make us the laggard the orphans wait for, and our going offline wakes only threads waiting for their
        // own queues, not the ones holding orphans. QsbrHandOffTest hung on exactly that.
        core.qsbr().reportQuiescent(core);
        core.setQsbrWaiting(false);
        // Then look at the orphans ourselves, as any serviced safepoint does: another thread may have reported past the
        // goal *before* our report, found us the laggard and asked only us; past our report nobody else is behind, so
        // nobody would be asked again, and that thread's fast polls never look at the orphans. processOrphans drops
        // what is due now and asks the threads still behind for the rest. (A CI run hung on exactly this: the reader
        // of QsbrHandOffTest reported between our advance and our report.)
        processOrphans(ts, core);
    }

    /** At a serviced safepoint: drops the orphaned references whose grace period has passed. */
    private static void processOrphans(ThreadState ts, ThreadCore core) {
        core.qsbr().reportQuiescent(core);
        long min = minReadSeq(ts);
        DeferredQueue o = orphans(ts);
        java.util.ArrayList<PyObject> due = null;
        long pendingGoal = 0;
        synchronized (o) {
            while (!o.isEmpty() && o.headGoal() != DeferredQueue.UNASSIGNED && o.headGoal() <= min) {
                if (due == null) {
                    due = new java.util.ArrayList<>();
                }
                due.add(o.poll());
            }
            if (!o.isEmpty()) {
                pendingGoal = o.headGoal();
            }
            core.qsbr().setOrphans(o.size());
        }
        if (pendingGoal != 0) {
            askLaggards(ts, core, pendingGoal);
        }
        if (due != null) {
            for (PyObject x : due) { // outside the monitor: a decref may run a finalizer
                try {
                    RefCount.decref(ts, x);
                } catch (RuntimeException | Error e) {
                    ts.runtime().reportUnraisable(e, "a deferred decref", x);
                }
            }
        }
    }

    /** Asks every attached thread whose report is behind {@code goal} for a new one. */
    private static void askLaggards(ThreadState ts, ThreadCore core, long goal) {
        for (ThreadState t : ThreadStates.threadsView(ts.runtime())) {
            if (t != ts && ThreadStates.core(t).readSeq() < goal) {
                ThreadStates.request(t, ThreadStates.REQUEST_QSBR);
            }
        }
    }

    /** The smallest report of the Runtime's threads (OFFLINE ones count as infinitely far ahead). */
    static long minReadSeq(ThreadState ts) {
        long min = Qsbr.OFFLINE;
        for (ThreadState t : ThreadStates.threadsView(ts.runtime())) {
            long r = ThreadStates.core(t).readSeq();
            if (r < min) {
                min = r;
            }
        }
        return min;
    }

    /**
     * Waits, detached, until every other attached thread has passed a safepoint (a handshake), then processes: every
     * entry given a goal before the wait is due. A safepoint of {@code ts}.
     */
    static void waitForGracePeriod(ThreadState ts, String why) {
        ReadScope.checkSafepoint(ts, why);
        ThreadCore core = ThreadStates.core(ts);
        DeferredQueue q = core.deferred();
        if (q.unassigned() > 0) {
            q.assign(core.qsbr().advance());
        }
        ts.runtime().handshake(ts, t -> { });
        process(ts);
    }

    /**
     * While {@code ts} exits (attached): drops every pending reference, waiting for grace periods as needed, so that
     * nothing outlives the thread in its queue ([Q4]).
     */
    static void drainAtExit(ThreadState ts) {
        ThreadCore core = ThreadStates.core(ts);
        DeferredQueue q = core.deferred();
        // Its own entries, and the orphans detached threads handed over: the last thread to exit leaves none behind.
        while ((!q.isEmpty() && !q.isBusy()) || core.qsbr().orphans() > 0) {
            process(ts);
            if ((!q.isEmpty() && !q.isBusy()) || core.qsbr().orphans() > 0) {
                waitForGracePeriod(ts, "exit");
            }
        }
    }
}
