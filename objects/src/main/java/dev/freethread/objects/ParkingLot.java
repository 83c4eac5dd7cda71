// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Where threads wait for a per-object mutex: a fixed array of buckets keyed by object identity (striped, no
 * per-object allocation), each a short Java monitor over a queue of waiters, FIFO per key. One per Runtime
 * (WebKit's and CPython's parking lot, in spirit).
 *
 * <p>A parker validates the mutex word under its bucket's monitor before it enqueues, and the unparker changes the
 * word under the same monitor, so a wake-up is never lost. A thread that parks detaches from its Runtime for the
 * duration (it holds no stop or handshake up) after suspending its critical sections.
 */
final class ParkingLot {
    private static final int BUCKETS = 64; // a power of two

    /** What {@link #park} returns. */
    static final int NOT_PARKED = 0;
    static final int WOKEN = 1;
    static final int HANDED_OFF = 2;

    private final Bucket[] buckets = new Bucket[BUCKETS];

    ParkingLot() {
        for (int i = 0; i < BUCKETS; i++) {
            buckets[i] = new Bucket();
        }
    }

    static final class Waiter {
        final Thread thread = Thread.currentThread();
        final Object key;
        final long since;
        volatile boolean woken;
        boolean handedOff; // written before woken (volatile), read after it

        Waiter(Object key, long since) {
            this.key = key;
            this.since = since;
        }
    }

    private static final class Bucket {
        final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    }

    private Bucket bucket(Object key) {
        int h = System.identityHashCode(key);
        h ^= h >>> 16;
        h *= 0x9E3779B1;
        return buckets[(h >>> 26) & (BUCKETS - 1)];
    }

    /**
     * Parks the calling thread on {@code key} if {@code validate} still holds (checked under the bucket's monitor),
     * detached from {@code ts}'s Runtime while parked (its critical sections suspended; the caller resumes them when
     * it holds what it waited for).
     *
     * <p>Uninterruptible: an interrupt does not end the wait (a mutex has no "interrupted" outcome, as CPython's
     * {@code PyMutex_Lock} has none); the flag is cleared while parked, so {@code LockSupport.park} really blocks
     * (with the flag set it would return at once, and the loop would spin a core: issue 11, defect 9), and set again
     * before returning, so the caller still sees it.
     *
     * @param since when the caller started waiting (for hand-off after a long wait)
     * @return {@link #NOT_PARKED} if {@code validate} failed (nothing waited), {@link #HANDED_OFF} if the unparker
     *         handed the lock over, {@link #WOKEN} if it woke us to compete again
     */
    int park(ThreadState ts, Object key, long since, BooleanSupplier validate) {
        Waiter w = new Waiter(key, since);
        Bucket b = bucket(key);
        synchronized (b) {
            if (!validate.getAsBoolean()) {
                return NOT_PARKED;
            }
            b.waiters.add(w);
        }
        ts.detachQuietly();
        boolean interrupted = false;
        try {
            while (!w.woken) {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
        } finally {
            ts.attachQuietly();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return w.handedOff ? HANDED_OFF : WOKEN;
    }

    /** What an {@link Unparker} decides. */
    static final int LEAVE = 0;
    static final int WAKE = 1;
    static final int HAND_OFF = 2;

    /** What an unparker decides for the first waiter and the others, under the bucket's monitor. */
    interface Unparker {
        /**
         * Updates the lock word (under the bucket's monitor, so no parker validates meanwhile) and says what becomes
         * of the first waiter.
         *
         * @param first the first waiter for the key, or null if none
         * @param moreWaiters whether others wait behind it
         * @return {@link #LEAVE} (it stays queued), {@link #WAKE} (it is woken and competes again) or
         *         {@link #HAND_OFF} (it is woken holding the lock)
         */
        int onUnpark(Waiter first, boolean moreWaiters);
    }

    /**
     * Asks {@code decide} about the first waiter on {@code key}, then wakes it unless told to leave it. The decision
     * and the lock word's update happen under the bucket's monitor; the unpark itself after it.
     */
    void unparkOne(Object key, Unparker decide) {
        Bucket b = bucket(key);
        Waiter found = null;
        synchronized (b) {
            Waiter first = null;
            boolean more = false;
            for (Waiter w : b.waiters) {
                if (w.key == key) {
                    if (first == null) {
                        first = w;
                    } else {
                        more = true;
                        break;
                    }
                }
            }
            int d = decide.onUnpark(first, more);
            if (first != null && d != LEAVE) {
                b.waiters.remove(first);
                first.handedOff = d == HAND_OFF;
                first.woken = true;
                found = first;
            }
        }
        if (found != null) {
            LockSupport.unpark(found.thread);
        }
    }
}
