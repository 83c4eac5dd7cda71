package dev.freethread.objects;

import dev.freethread.objects.internal.Debug;
import dev.freethread.objects.internal.Header;

/**
 * The per-object mutex in the header's one-int word (CPython's {@code PyMutex}): blocking, not reentrant (as
 * CPython's is not: locking a mutex the thread holds deadlocks it; debug mode does not detect this).
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
 * Races, with the tests that cover them:
 *  [M1] Two threads lock at once: one CAS wins; mutual exclusion. Covered by: MutexExclusionTest (jcstress),
 *       PyMutexLincheckTest.
 *  [M2] An unlock races a thread about to park: the parker validates LOCKED|HAS_PARKED under the bucket monitor,
 *       and the unlocker changes the word under the same monitor, so the parker either sees the release and retries
 *       or is enqueued before the unlocker looks. Covered by: MutexExclusionTest, PyMutexTest.noLostWakeups.
 *  [M3] Starvation: a waiter that waited longer than HANDOFF_NANOS gets the lock handed over, so barging threads
 *       cannot overtake it forever. Covered by: PyMutexTest.underConstantContention_everyWaiterGetsTheLock.
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
     * Locks {@code o}'s mutex, blocking (detached, critical sections suspended) if it is held.
     *
     * <p>Calling thread: {@code ts}'s own, attached.
     */
    public static void lock(ThreadState ts, PyObject o) {
        if (Debug.ENABLED) {
            Debug.checkThread(ts, "lock the mutex of a '" + o.type().name() + "' object");
        }
        if (!Header.casMutex(o, 0, LOCKED)) {
            lockSlow(ts, o, true);
        }
    }

    /** Locks without resuming critical sections after a park: for resuming a critical section itself. */
    static void lockForResume(ThreadState ts, PyObject o) {
        if (!Header.casMutex(o, 0, LOCKED)) {
            lockSlow(ts, o, false);
        }
    }

    /** Locks if free, without blocking. Lock-free. */
    public static boolean tryLock(PyObject o) {
        int v = Header.mutexVolatile(o);
        return (v & LOCKED) == 0 && Header.casMutex(o, v, v | LOCKED);
    }

    /** Whether the mutex is held (a snapshot). */
    public static boolean isLocked(PyObject o) {
        return (Header.mutexVolatile(o) & LOCKED) != 0;
    }

    private static void lockSlow(ThreadState ts, PyObject o, boolean resumeSections) {
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
            int r = lot.park(ts, o, since,
                    () -> Header.mutexVolatile(o) == (LOCKED | HAS_PARKED), resumeSections);
            if (r == ParkingLot.HANDED_OFF) {
                return;
            }
            spins = 0;
        }
    }

    /**
     * Unlocks {@code o}'s mutex. The caller must hold it.
     *
     * @throws IllegalStateException if the mutex is not locked (an unlock without lock)
     */
    public static void unlock(ThreadState ts, PyObject o) {
        if (!Header.casMutex(o, LOCKED, 0)) {
            unlockSlow(ts, o);
        }
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
