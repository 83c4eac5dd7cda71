// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.demo;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A notice board every worker writes and reads: a {@link Node} whose slots are shared between threads, the way an
 * interpreter's module dict or a global list is. Writes are blocking (one lock); reads are lock-free, the read path
 * DESIGN.md prescribes for containers: load the slot, {@code tryIncref} the value, re-check that the slot still holds
 * it, and fall back to the lock when the read cannot be validated.
 *
 * <p>The board itself is created, owned and finally freed by the main thread, which holds its only reference for the
 * whole run; workers borrow it (they never count references to it), which is safe because the main thread drops its
 * reference only after every worker has exited.
 *
 * <p>The lock is a Java monitor for now; the toolkit's per-object mutex and critical sections will replace it when
 * they land, which is why no worker ever blocks on anything else while holding it.
 */
final class Board {
    private final Node node;

    /** Takes over the caller's (new) reference to {@code node}. */
    Board(Node node) {
        this.node = node;
    }

    /** The node, borrowed from the board. */
    Node node() {
        return node;
    }

    int size() {
        return node.size();
    }

    /**
     * Publishes {@code value} (borrowed) in slot {@code i}: the board takes a new reference to it, and the reference to
     * the value it replaces is dropped by the calling thread, outside the lock. Blocking (the board's lock).
     *
     * <p>{@code value} must be frozen: nobody writes its slots once other threads can read it.
     */
    void publish(CountingRc rc, int i, PyObject value) {
        rc.incref(value); // the board's reference
        // Announce that other threads may tryIncref it: from now on its owner frees it only through an atomic that a
        // racing tryIncref can beat (CPython's _PyObject_SetMaybeWeakref). Idempotent.
        RefCount.enableTryIncref(value);
        PyObject old;
        synchronized (this) {
            old = node.swapRelease(i, value);
        }
        rc.xdecref(old); // often another thread's object: a foreign decref, possibly the one that queues it
    }

    /**
     * Reads slot {@code i}: a new reference to its value, or null if it is empty. Lock-free when the read validates
     * ({@code RefCount.tryIncrefCompare}), blocking otherwise.
     *
     * @param counters where {@code [0]} counts validated lock-free reads and {@code [1]} reads that fell back to the lock
     */
    PyObject readNew(CountingRc rc, int i, long[] counters) {
        PyObject v = node.slotAcquire(i);
        if (v == null) {
            return null;
        }
        if (rc.tryIncrefCompare(v, node.slotArray(), i)) {
            counters[0]++;
            return v;
        }
        // The value was being replaced or freed, or it cannot be tryIncref'd from here: read under the lock, where the
        // board's own reference keeps the value alive, so a plain incref is safe.
        counters[1]++;
        synchronized (this) {
            v = node.getBorrowed(i);
            if (v != null) {
                rc.incref(v);
            }
        }
        return v;
    }

    /** Drops the main thread's reference: frees the board, and in cascade releases every value still on it. */
    void release(ThreadState ts) {
        RefCount.decref(ts, node);
    }
}
