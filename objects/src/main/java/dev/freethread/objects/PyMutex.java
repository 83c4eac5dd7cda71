// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.internal.Debug;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.ThreadCore;

/**
 * The per-object mutex in the header's one-int word (CPython's {@code PyMutex}): blocking, not reentrant (as
 * CPython's is not: locking a mutex the thread holds deadlocks it; debug mode does not detect this), and
 * uninterruptible (an interrupt is kept, never acted on: see {@link #lock}).
 *
 * <pre>
 * Overview
 *
 * The word: bit 0 LOCKED, bit 1 HAS_PARKED (some thread waits in the parking lot for this object).
 * lock:   CAS 0 -> LOCKED (fast path); else spin briefly while nobody is parked; else set HAS_PARKED and park in the
 *         Runtime's parking lot, detached (so stops and handshakes proceed) with critical sections suspended.
 * unlock: CAS LOCKED -> 0 (fast path); else, under the parking-lot bucket's monitor, wake the first waiter: if it
 *         has waited longer than HANDOFF_NANOS (about a millisecond) the lock is handed to it (the word stays
 *         LOCKED), otherwise the word is released and the waiter competes again (barging keeps throughput).
 *
 * Each thread counts the mutexes it holds (ThreadCore.mutexesHeld, plain, owner-only): close() refuses to exit a
 * thread that holds one (it would stay locked for ever), and a suspended critical section is never resumed by a
 * blocking acquisition while the thread holds a mutex directly ("bare": locked with PyMutex.lock, not by a section).
 *
 * Races, with the tests that cover them:
 *  [M1] Two threads lock at once: one CAS wins; mutual exclusion. Covered by: MutexExclusionTest (jcstress),
 *       PyMutexLincheckTest.
 *  [M2] An unlock races a thread about to park: the parker validates LOCKED|HAS_PARKED under the bucket monitor,
 *       and the unlocker changes the word under the same monitor, so the parker either sees the release and retries
 *       or is enqueued before the unlocker looks. Covered by: MutexExclusionTest, PyMutexTest.noLostWakeups.
 *  [M3] Starvation: a waiter that waited longer than HANDOFF_NANOS gets the lock handed over, so barging threads
 *       cannot overtake it forever. Covered by: PyMutexTest.underConstantContention_everyWaiterGetsTheLock.
 *  [M4] A thread whose critical sections were suspended (it blocked) acquires a bare mutex M, by hand-off or by CAS,
 *       and then resumes its innermost section: taking the section's mutex while holding M, blocking, is a wait
 *       that no lock order covers (a thread holding a two-object section on that pair waits for M: deadlock, issue
 *       11 defect 4). So a section is resumed while the thread holds bare mutexes only if every mutex of the
 *       section can be taken without blocking (tryLock); otherwise the resumption is deferred to the unlock that
 *       releases the thread's last bare mutex, where it blocks holding nothing. Covered by:
 *       CriticalSectionTest.bareMutexAcquiredWhileSuspended_neverResumesTheSectionBlocking (fails with the resume
 *       taken blocking, as before).
 * </pre>
 */
public final class PyMutex {
    private PyMutex() {}

    static final int LOCKED = 1;
    static final int HAS_PARKED = 2;
    /** A waiter that has waited this long gets the lock handed over. */
    static final long HANDOFF_NANOS = 1_000_000;
    private static final int SPINS = 64;

    /**
     * Locks {@code o}'s mutex, blocking (detached, critical sections suspended) if it is held. When it blocked, the
     * innermost suspended section is resumed before it returns if that takes no blocking wait, else when this thread
     * releases its last bare mutex ([M4]).
     *
     * <p>Uninterruptible: an interrupt neither ends the wait nor makes it spin; the interrupt flag is still set when
     * this returns.
     *
     * <p>Calling thread: {@code ts}'s own, attached.
     */
    public static void lock(ThreadState ts, PyObject o) {
        if (Debug.ENABLED) {
            Debug.checkThread(ts, "lock the mutex of a '" + o.type().name() + "' object");
        }
        if (!Header.casMutex(o, 0, LOCKED)) {
            lockSlow(ts, o);
            ThreadCore.mutexAcquired(ts.core);
            CriticalSection.resumeInnermost(ts); // [M4]: only what needs no blocking wait, or deferred
            return;
        }
        ThreadCore.mutexAcquired(ts.core);
    }

    /** Locks for a critical section (its own acquisition or resumption): the section code resumes nothing. */
    static void lockForSection(ThreadState ts, PyObject o) {
        if (!Header.casMutex(o, 0, LOCKED)) {
            lockSlow(ts, o);
        }
        ThreadCore.mutexAcquired(ts.core);
    }

    /**
     * Locks if free, without blocking. Lock-free.
     *
     * <p>Calling thread: {@code ts}'s own (the thread then holds the mutex: {@link #unlock} it).
     */
    public static boolean tryLock(ThreadState ts, PyObject o) {
        int v = Header.mutexVolatile(o);
        if ((v & LOCKED) == 0 && Header.casMutex(o, v, v | LOCKED)) {
            ThreadCore.mutexAcquired(ts.core);
            return true;
        }
        return false;
    }

    /** Whether the mutex is held (a snapshot). */
    public static boolean isLocked(PyObject o) {
        return (Header.mutexVolatile(o) & LOCKED) != 0;
    }

    private static void lockSlow(ThreadState ts, PyObject o) {
        long since = 0;
        int spins = 0;
        ParkingLot lot = ts.runtime().parkingLot();
        for (;;) {
            int v = Header.mutexVolatile(o);
            if ((v & LOCKED) == 0) {
                if (Header.casMutex(o, v, v | LOCKED)) {
                    return;
                }
                continue;
            }
            if ((v & HAS_PARKED) == 0) {
                if (spins++ < SPINS) {
                    Thread.onSpinWait();
                    continue;
                }
                if (!Header.casMutex(o, v, v | HAS_PARKED)) {
                    continue;
                }
            }
            if (since == 0) {
                since = System.nanoTime();
            }
            int r = lot.park(ts, o, since, () -> Header.mutexVolatile(o) == (LOCKED | HAS_PARKED));
            if (r == ParkingLot.HANDED_OFF) {
                return;
            }
            spins = 0;
        }
    }

    /**
     * Unlocks {@code o}'s mutex. The caller must hold it. If this releases the thread's last bare mutex and a
     * critical section's resumption was deferred ([M4]), the section is resumed here (it may block).
     *
     * @throws IllegalStateException if the mutex is not locked (an unlock without lock)
     */
    public static void unlock(ThreadState ts, PyObject o) {
        unlockForSection(ts, o);
        if (ts.resumeDeferred && ts.core.mutexesHeld() == 0) {
            ts.resumeDeferred = false;
            CriticalSection.resumeInnermost(ts); // [M4]: now it may block, holding nothing
        }
    }

    /** Unlocks for a critical section (its release or suspension): resumes nothing. */
    static void unlockForSection(ThreadState ts, PyObject o) {
        if (!Header.casMutex(o, LOCKED, 0)) {
            unlockSlow(ts, o);
        }
        ThreadCore.mutexReleased(ts.core);
    }

    private static void unlockSlow(ThreadState ts, PyObject o) {
        int v = Header.mutexVolatile(o);
        if ((v & LOCKED) == 0) {
            throw new IllegalStateException("unlock of the mutex of " + o.repr() + ", which is not locked, on thread "
                    + Debug.currentThread());
        }
        if ((v & HAS_PARKED) == 0) {
            if (!Header.casMutex(o, v, 0)) {
                unlockSlow(ts, o); // somebody set HAS_PARKED meanwhile
            }
            return;
        }
        ts.runtime().parkingLot().unparkOne(o, (w, more) -> {
            boolean handoff = w != null && System.nanoTime() - w.since > HANDOFF_NANOS;
            int word = (handoff ? LOCKED : 0) | (more ? HAS_PARKED : 0);
            Header.setMutexRelease(o, word);
            return handoff;
        });
    }
}
