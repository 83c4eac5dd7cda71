// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import java.util.ArrayDeque;
import java.util.Iterator;
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
    static final int RETRY = 0;
    static final int HANDED_OFF = 1;

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
     * @return {@link #HANDED_OFF} if the unparker handed the lock over, {@link #RETRY} otherwise
     */
    int park(ThreadState ts, Object key, long since, BooleanSupplier validate) {
        Waiter w = new Waiter(key, since);
        Bucket b = bucket(key);
        synchronized (b) {
            if (!validate.getAsBoolean()) {
                return RETRY;
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
        return w.handedOff ? HANDED_OFF : RETRY;
    }

    /** What an unparker decides for the woken waiter and the remaining ones, under the bucket's monitor. */
    interface Unparker {
        /**
         * @param w the first waiter for the key, or null if none
         * @param moreWaiters whether others remain
         * @return whether to hand over to {@code w}
         */
        boolean onUnpark(Waiter w, boolean moreWaiters);
    }

    /** Wakes the first waiter on {@code key}; {@code decide} updates the lock word under the bucket's monitor. */
    void unparkOne(Object key, Unparker decide) {
        Bucket b = bucket(key);
        Waiter found = null;
        synchronized (b) {
            for (Iterator<Waiter> it = b.waiters.iterator(); it.hasNext(); ) {
                Waiter w = it.next();
                if (w.key == key) {
                    it.remove();
                    found = w;
                    break;
                }
            }
            boolean more = false;
            if (found != null) {
                for (Waiter w : b.waiters) {
                    if (w.key == key) {
                        more = true;
                        break;
                    }
                }
            }
            boolean handoff = decide.onUnpark(found, more);
            if (found != null) {
                found.handedOff = handoff;
                found.woken = true;
            }
        }
        if (found != null) {
            LockSupport.unpark(found.thread);
        }
    }
}
