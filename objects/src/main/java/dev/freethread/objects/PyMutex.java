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
 * The word: bit 0 LOCKED; bit 1 HAS_PARKED (some thread may wait in the parking lot for this object); bit 2 WAKER
 * (a thread that will try to acquire is running: a spinner that announced itself, or a waiter an unlock woke and that
 * has not run yet; Go's sync.Mutex calls it mutexWoken).
 * lock:   read the word and, if LOCKED is clear, set it by one CAS that keeps the other bits (fast path; the read
 *         costs nothing while the line is this core's, and a holder that re-locks while others are parked pays no
 *         failed CAS for HAS_PARKED); else poll up to SPINS times, whether or not others are parked, the pause
 *         between polls (onSpinWait) doubling up to MAX_PAUSES (a poll pulls the line from the holder's core, so
 *         tight polling slows the holder it waits for), announcing itself with WAKER if waiters are parked and
 *         nobody else has; else, under the parking-lot bucket's monitor, one CAS sets HAS_PARKED and gives up its
 *         WAKER role, and it parks, detached (so stops and handshakes proceed) with critical sections suspended.
 *         Woken, it holds the WAKER role the unlock set for it and polls again before it would park again.
 * unlock: read the word; if nobody is parked or a waker is running, one CAS clears LOCKED and wakes nobody (fast
 *         path); else, under the bucket's monitor: a first waiter that has waited longer than HANDOFF_NANOS (about a
 *         millisecond) gets the lock handed over (the word stays LOCKED); otherwise the word is released with WAKER
 *         set and that waiter woken to compete (barging keeps throughput), unless a spinner set WAKER meanwhile.
 * WAKER invariant: the bit is set only by a CAS that finds it clear, and cleared only by the thread that holds the
 * role, when it acquires the lock (its acquiring CAS) or before it parks (the parking CAS), so a set bit always has
 * exactly one running thread behind it, which will either take the lock or clear the bit under the monitor and park.
 * An unlock that skips the wake-up therefore never strands a parked waiter: the waker that made it skip takes the
 * lock and, at its own unlock, wakes one (HAS_PARKED without WAKER), or parks and becomes a waiter the next unlock
 * wakes.
 *
 * Each thread counts the mutexes it holds directly ("bare": locked with PyMutex.lock or tryLock, not by a critical
 * section, whose record says what it holds; ThreadState.mutexesHeld, plain, owner-only): close() refuses to exit a
 * thread that holds one (it would stay locked for ever), and a suspended critical section is never resumed by a
 * blocking acquisition while the thread holds one.
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
 *  [M5] The WAKER bit races: (a) an unlock that saw WAKER releases by CAS while the waker, out of spins, parks: the
 *       waker's parking CAS (LOCKED|HAS_PARKED|WAKER -> LOCKED|HAS_PARKED, under the monitor) and the unlock's
 *       releasing CAS cannot both succeed, so either the waker sees the mutex free and takes it, or the unlock sees
 *       WAKER gone and wakes a waiter; (b) a spinner sets WAKER while an unlock is deciding under the monitor: the
 *       unlock's CAS fails, it re-reads, sees WAKER and wakes nobody; (c) a waker that parked without clearing the
 *       bit would leave every later unlock waking nobody: parked threads never woken while the mutex is free.
 *       Covered by: UnlockVsSpinnerTest (jcstress: the holder's unlocks race a woken waiter that spins and may park
 *       again; its watchdog reports a stranded waiter as outcome 1, 0, 4, seen in every configuration with (c)
 *       planted), PyMutexWakerLincheckTest (model checking, three threads, one spin: reports the planted (c) as a
 *       hang), MutexExclusionTest, PyMutexTest.
 *  [M6] The fast paths read the word before their CAS: the CAS expects exactly what was read, so a parker that sets
 *       HAS_PARKED (or a spinner that sets WAKER) between the read and the CAS makes the CAS fail, and the slow path
 *       decides on the new word; an unlock's fast path releases without waking only when the word it CASes from
 *       shows nobody parked or a waker running, the same rule as the slow path. Covered by: PyMutexLincheckTest
 *       (a planted fast path that releases whatever the word shows is reported as a hang: the parked reader is
 *       never woken), MutexExclusionTest. UnlockVsSpinnerTest hangs on that mutant instead of reporting it: its
 *       watchdog's rescue relies on unlock's wake-up, which the mutant removes.
 * </pre>
 */
public final class PyMutex {
    private PyMutex() {}

    static final int LOCKED = 1;
    static final int HAS_PARKED = 2;
    /** A thread that will try to acquire is running (spinning, or woken and not yet run): unlock wakes nobody. */
    static final int WAKER = 4;
    /** A waiter that has waited this long gets the lock handed over. */
    static final long HANDOFF_NANOS = 1_000_000;
    /**
     * Spins before parking, whether or not others are parked ([M5]). {@code -Dfreethread.mutex.spins=N} sets it (0
     * parks at once: for a single core, where spinning only delays the holder); the stress suite's model checking runs
     * with 1, so that its interleavings reach the parking lot within a few steps.
     */
    private static final int SPINS = Math.max(0, Integer.getInteger("freethread.mutex.spins", 8));
    /**
     * The most {@code onSpinWait} pauses between two polls: the pause doubles from 1 (1, 2, 4, ... 64, 64), so the
     * default 8 polls spin about 190 pauses (a few microseconds, about a park and wake) in all.
     */
    private static final int MAX_PAUSES = 64;

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
        int v = Header.mutexVolatile(o);
        if ((v & LOCKED) != 0 || !Header.casMutex(o, v, v | LOCKED)) {
            lockSlow(ts, o);
            ts.mutexesHeld++;
            CriticalSection.resumeInnermost(ts); // [M4]: only what needs no blocking wait, or deferred
            return;
        }
        ts.mutexesHeld++;
    }

    /**
     * Locks for a critical section (its own acquisition or resumption): the section code resumes nothing, and the
     * mutex is not counted in {@code mutexesHeld}, which counts bare mutexes only (the section's record says what it
     * holds).
     */
    static void lockForSection(ThreadState ts, PyObject o) {
        int v = Header.mutexVolatile(o);
        if ((v & LOCKED) != 0 || !Header.casMutex(o, v, v | LOCKED)) {
            lockSlow(ts, o);
        }
    }

    /** {@link #tryLock} for a critical section's resumption: not counted, as {@link #lockForSection}. */
    static boolean tryLockForSection(PyObject o) {
        int v = Header.mutexVolatile(o);
        return (v & LOCKED) == 0 && Header.casMutex(o, v, v | LOCKED);
    }

    /**
     * Locks if free, without blocking. Lock-free.
     *
     * <p>Calling thread: {@code ts}'s own (the thread then holds the mutex: {@link #unlock} it).
     */
    public static boolean tryLock(ThreadState ts, PyObject o) {
        int v = Header.mutexVolatile(o);
        if ((v & LOCKED) == 0 && Header.casMutex(o, v, v | LOCKED)) {
            ts.mutexesHeld++;
            return true;
        }
        return false;
    }

    /**
     * How many mutexes {@code ts}'s thread holds now that it locked directly ({@link #lock}, {@link #tryLock}), not
     * counting those of its critical sections (its own count; call on that thread).
     */
    public static int heldBy(ThreadState ts) {
        return ts.mutexesHeld;
    }

    /** Whether the mutex is held (a snapshot). */
    public static boolean isLocked(PyObject o) {
        return (Header.mutexVolatile(o) & LOCKED) != 0;
    }

    private static void lockSlow(ThreadState ts, PyObject o) {
        long since = 0;
        int spins = 0;
        boolean waker = false; // this thread holds the WAKER role: it must clear the bit when it acquires or parks
        for (;;) {
            int v = Header.mutexVolatile(o);
            if ((v & LOCKED) == 0) {
                if (Header.casMutex(o, v, waker ? (v | LOCKED) & ~WAKER : v | LOCKED)) {
                    return;
                }
                continue;
            }
            if (spins < SPINS) {
                // Spin even while others are parked ([M5]): a thread that is running takes the lock sooner than one
                // that must be woken. Announce ourselves, so the unlock wakes nobody for us to race.
                if (!waker && (v & (HAS_PARKED | WAKER)) == HAS_PARKED && Header.casMutex(o, v, v | WAKER)) {
                    waker = true;
                }
                // Back off between polls: a poll pulls the line from the holder's core, so polling tight makes the
                // holder's next CAS a miss (measured: 2 threads on 2 cores ran at half the throughput).
                int pauses = Math.min(1 << Math.min(spins, 30), MAX_PAUSES);
                spins++;
                for (int i = 0; i < pauses; i++) {
                    Thread.onSpinWait();
                }
                continue;
            }
            if (since == 0) {
                since = System.nanoTime();
            }
            int r = park(ts, o, since, waker);
            if (r == PARKED_HANDED_OFF) {
                return; // the unlocker kept the word LOCKED for us (a waker's bit is someone else's now)
            }
            // Woken (we hold the WAKER role the unlocker set for us), or the word changed before we could park (we
            // still hold whatever role we held).
            waker = r == PARKED_WOKEN || waker;
            spins = 0;
        }
    }

    private static final int PARKED_NOT = 0;
    private static final int PARKED_WOKEN = 1;
    private static final int PARKED_HANDED_OFF = 2;

    /**
     * Parks until an unlock wakes us, if the mutex is still held ([M2]): under the parking-lot bucket's monitor, one
     * CAS sets HAS_PARKED and gives up our WAKER role ([M5]: a waker must never sleep holding the bit, or no unlock
     * would wake anyone again); if the word shows the mutex free, nothing is changed and we do not park.
     */
    private static int park(ThreadState ts, PyObject o, long since, boolean waker) {
        int r = ts.runtime().parkingLot().park(ts, o, since, () -> {
            for (;;) {
                int v = Header.mutexVolatile(o);
                if ((v & LOCKED) == 0) {
                    return false;
                }
                int nv = v | HAS_PARKED;
                if (waker) {
                    nv &= ~WAKER;
                }
                if (Header.casMutex(o, v, nv)) {
                    return true;
                }
            }
        });
        if (r == ParkingLot.NOT_PARKED) {
            return PARKED_NOT;
        }
        return r == ParkingLot.HANDED_OFF ? PARKED_HANDED_OFF : PARKED_WOKEN;
    }

    /**
     * Unlocks {@code o}'s mutex. The caller must hold it. If this releases the thread's last bare mutex and a
     * critical section's resumption was deferred ([M4]), the section is resumed here (it may block).
     *
     * @throws IllegalStateException if the mutex is not locked (an unlock without lock)
     */
    public static void unlock(ThreadState ts, PyObject o) {
        unlockForSection(ts, o);
        if (--ts.mutexesHeld == 0 && ts.resumeDeferred) {
            ts.resumeDeferred = false;
            CriticalSection.resumeInnermost(ts); // [M4]: now it may block, holding nothing
        }
    }

    /** Unlocks for a critical section (its release or suspension): resumes nothing. */
    static void unlockForSection(ThreadState ts, PyObject o) {
        int v = Header.mutexVolatile(o);
        if ((v & (LOCKED | HAS_PARKED | WAKER)) == (LOCKED | HAS_PARKED) || (v & LOCKED) == 0
                || !Header.casMutex(o, v, v & ~LOCKED)) {
            unlockSlow(ts, o);
        }
    }

    private static void unlockSlow(ThreadState ts, PyObject o) {
        for (;;) {
            int v = Header.mutexVolatile(o);
            if ((v & LOCKED) == 0) {
                throw new IllegalStateException("unlock of the mutex of " + o.repr() + ", which is not locked, on thread "
                        + Debug.currentThread());
            }
            if ((v & (HAS_PARKED | WAKER)) != HAS_PARKED) {
                // Nobody parked, or a waker (spinning, or woken and not yet run) will take the lock: release only.
                if (Header.casMutex(o, v, v & ~LOCKED)) {
                    return;
                }
                continue; // a parker or a spinner changed the word
            }
            break;
        }
        ts.runtime().parkingLot().unparkOne(o, (first, more) -> {
            for (;;) {
                int v = Header.mutexVolatile(o); // LOCKED (ours); only HAS_PARKED and WAKER change meanwhile
                int decision;
                int nv;
                if (first == null) {
                    decision = ParkingLot.LEAVE;
                    nv = v & WAKER; // nobody parked after all
                } else if (System.nanoTime() - first.since > HANDOFF_NANOS) {
                    decision = ParkingLot.HAND_OFF; // [M3]: it has waited long enough; barging threads lose
                    nv = LOCKED | (more ? HAS_PARKED : 0) | (v & WAKER);
                } else if ((v & WAKER) != 0) {
                    decision = ParkingLot.LEAVE; // a spinner announced itself since we looked: it takes the lock
                    nv = v & ~LOCKED;
                } else {
                    decision = ParkingLot.WAKE; // [M5]: the woken thread holds the WAKER role until it runs
                    nv = (more ? HAS_PARKED : 0) | WAKER;
                }
                if (Header.casMutex(o, v, nv)) {
                    return decision;
                }
            }
        });
    }
}
