// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Quiescent-state-based reclamation for one Runtime: the global write sequence, and the per-thread read sequences'
 * protocol (each thread's {@code rdSeq} lives in its {@link ThreadCore}). refcount's deferred decrefs use it to drop a
 * reference only after every attached thread has passed a safepoint (docs/refcount.md, "Borrowed reads and deferred
 * decrefs"; CPython's {@code Python/qsbr.c} and FreeBSD's GUS are the models).
 *
 * <pre>
 * Protocol
 *   wrSeq      advanced (an atomic increment) by a thread that needs a new goal for a batch of deferred decrefs
 *   rdSeq(T)   T's last report: the wrSeq value T read at a safepoint, or OFFLINE while T is detached or exited
 *   goal       a batch whose goal is g may be processed once every thread's rdSeq is at least g
 *
 * Why a report at or above g proves T holds no borrowed reference to an object removed before the advance to g:
 *   T's borrows end at its safepoint, before its report (program order; the report is a volatile store, the
 *   processor's read of it a volatile load). A borrow T takes after the report reads the container after a
 *   volatile read of wrSeq that saw g or later, so it happens after the increment that wrote g, which the remover
 *   made after its removal: T cannot find the removed object.
 * Wake-ups: a thread waiting for reports counts itself in `waiters` (volatile) and then scans the reports once
 *   more; a thread that reports or goes offline stores its report and then reads `waiters`, and wakes the waiters
 *   (REQUEST_QSBR) if there are any. Dekker: either the waiter's last scan sees the report, or the reporter sees
 *   the waiter.
 * Online: a thread that attaches stores its rdSeq and then reads wrSeq again. A processor whose scan saw it
 *   OFFLINE scanned before that store (in the synchronization order), so after its own advance; the second read
 *   then synchronizes with the advance, and the removal is visible to every borrow the thread takes.
 * </pre>
 */
public final class Qsbr extends QsbrPad1 {
    /** The read sequence of a detached, exited or never-attached thread: never waited for. */
    public static final long OFFLINE = Long.MAX_VALUE;

    private static final VarHandle WR_SEQ;
    private static final VarHandle WAITERS;

    static {
        try {
            WR_SEQ = MethodHandles.lookup().findVarHandle(QsbrFields.class, "wrSeq", long.class);
            WAITERS = MethodHandles.lookup().findVarHandle(QsbrFields.class, "waiters", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public Qsbr() {}

    /** The current write sequence (volatile). */
    public long writeSeq() {
        return (long) WR_SEQ.getVolatile(this);
    }

    /** Advances the write sequence (an atomic increment) and returns the new value: the goal of a new batch. */
    public long advance() {
        return (long) WR_SEQ.getAndAdd(this, 1L) + 1;
    }

    /**
     * Whether some thread waits for reports (then a thread that reports or goes offline wakes the waiters: a waiter
     * counts itself before its last scan of the reports, and a reporter stores its report before it reads this, so one
     * of the two always sees the other, and no wake-up is lost).
     */
    public boolean hasWaiters() {
        return (int) WAITERS.getVolatile(this) != 0;
    }

    /** How many deferred decrefs detached threads handed to the Runtime (refcount's orphans); a hint, read often. */
    public int orphans() {
        return orphanCount;
    }

    public void setOrphans(int n) {
        orphanCount = n;
    }

    void addWaiter(int delta) {
        WAITERS.getAndAdd(this, delta);
    }

    /** The owner, at a safepoint: reports that it holds no borrowed reference taken before now. */
    public void reportQuiescent(ThreadCore core) {
        core.setReadSeq(writeSeq());
    }

    /** The owner, attaching: online again (see the class comment for the second read). */
    public void online(ThreadCore core) {
        core.setReadSeq(writeSeq());
        writeSeq();
    }

    /** The owner, detaching or exiting, after its last touch of an object. */
    public void offline(ThreadCore core) {
        core.setReadSeq(OFFLINE);
    }
}

abstract class QsbrPad0 {
    int p0;
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The write sequence, alone on its cache lines: every thread reads it at each report. */
abstract class QsbrFields extends QsbrPad0 {
    volatile long wrSeq;
    /** How many threads wait for other threads' reports (see Qsbr.hasWaiters). */
    volatile int waiters;
    /** See Qsbr.orphans. */
    volatile int orphanCount;
}

abstract class QsbrPad1 extends QsbrFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}
