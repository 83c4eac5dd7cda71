// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.demo;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * One thread's reference-count calls, each classified <em>before</em> it is made by the path it takes:
 * <ul>
 *   <li><b>biased</b> — the calling thread owns the object ({@link RefCount#isOwnedBy}): plain, non-atomic updates
 *       of the owner's local count;</li>
 *   <li><b>shared</b> (the report's "atomic" column) — any other mortal object: an atomic update of the shared count
 *       (every call under {@code ATOMIC}, where objects are born merged and owned by nobody);</li>
 *   <li><b>immortal</b> — no count traffic at all (small ints, static types).</li>
 * </ul>
 * The classification is exact: only the owner thread can give up ownership (by merging), so "owned by me" cannot
 * change between the check and the call. What is counted is the calls the demo's worker code makes; the decrefs a
 * deallocation makes on the freed object's contents happen inside the toolkit and are not seen here.
 *
 * <p>Not thread-safe: one instance per thread, used only by that thread; its totals are read after the thread has
 * exited (the progress display reads the worker's own published figures instead).
 */
final class CountingRc {
    private final ThreadState ts;
    private long biased;
    private long shared;
    private long immortal;

    CountingRc(ThreadState ts) {
        this.ts = ts;
    }

    ThreadState ts() {
        return ts;
    }

    private void classify(PyObject o) {
        if (RefCount.isOwnedBy(ts, o)) {
            biased++;
        } else if (RefCount.isImmortal(o)) {
            immortal++;
        } else {
            shared++;
        }
    }

    /** {@code Py_INCREF}: the caller holds a reference to {@code o} already. */
    void incref(PyObject o) {
        classify(o);
        RefCount.incref(ts, o);
    }

    /** {@code Py_DECREF}: may free {@code o} (and, in cascade, what it held) on this thread. */
    void decref(PyObject o) {
        classify(o);
        RefCount.decref(ts, o);
    }

    /** {@code Py_XDECREF}: null is no call at all. */
    void xdecref(PyObject o) {
        if (o != null) {
            decref(o);
        }
    }

    /**
     * The lock-free read of {@code expected}, loaded from {@code array[index]}: {@code tryIncref} then a re-check that
     * the slot still holds it. Counted as one call, also when the re-check fails and the toolkit drops the reference
     * again (that decref is not seen from outside).
     */
    boolean tryIncrefCompare(PyObject expected, PyObject[] array, int index) {
        classify(expected);
        return RefCount.tryIncrefCompare(ts, expected, array, index);
    }

    /** Counts the increfs {@code Tuples.of} makes on its items (it borrows them and takes a reference to each). */
    void countTupleItems(PyObject... items) {
        for (PyObject item : items) {
            classify(item);
        }
    }

    long biased() {
        return biased;
    }

    long shared() {
        return shared;
    }

    long immortal() {
        return immortal;
    }

    long total() {
        return biased + shared + immortal;
    }
}
