// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.list.PyList;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * {@code _heapq}: the heap operations over a list, each one atomic under the list's critical section, as CPython's
 * C module in the free-threaded build (so threads pushing and popping one heap keep its invariant:
 * test_free_threading's test_heapq). lib/heapq.py takes them from here and keeps nlargest, nsmallest and merge.
 *
 * <p>The element moves are CPython's: {@code siftUp} bubbles the smaller child up to a leaf and then sifts the
 * moved item down, so equal keys come out in CPython's order. A comparison may run user code: inside the section,
 * which that code suspends if it blocks (then another thread may change the list), so every comparison is followed
 * by CPython's check that the size did not change ("list changed size during iteration") and the items are read
 * again before they are moved. The {@code _max} variants (public in 3.14, private in 3.13) compare the other way.
 */
final class HeapqModule {
    private HeapqModule() {
    }

    static void install(PyThread t, PyModule m) {
        for (boolean max : new boolean[] {false, true}) {
            String sfx = max ? "_max" : "";
            Modules.define(t, m, "heappush" + sfx, (tt, a, kw) -> {
                Args.count(tt, "heappush" + sfx, a, kw, 2, 2);
                push(tt, heap(tt, a[0], "heappush" + sfx), a[1], max);
                return dev.freethread.objects.PyNone.NONE;
            });
            Modules.define(t, m, "heappop" + sfx, (tt, a, kw) -> {
                Args.count(tt, "heappop" + sfx, a, kw, 1, 1);
                return pop(tt, heap(tt, a[0], "heappop" + sfx), max);
            });
            Modules.define(t, m, "heapreplace" + sfx, (tt, a, kw) -> {
                Args.count(tt, "heapreplace" + sfx, a, kw, 2, 2);
                return replace(tt, heap(tt, a[0], "heapreplace" + sfx), a[1], max);
            });
            Modules.define(t, m, "heappushpop" + sfx, (tt, a, kw) -> {
                Args.count(tt, "heappushpop" + sfx, a, kw, 2, 2);
                return pushPop(tt, heap(tt, a[0], "heappushpop" + sfx), a[1], max);
            });
            Modules.define(t, m, "heapify" + sfx, (tt, a, kw) -> {
                Args.count(tt, "heapify" + sfx, a, kw, 1, 1);
                heapify(tt, heap(tt, a[0], "heapify" + sfx), max);
                return dev.freethread.objects.PyNone.NONE;
            });
        }
    }

    /** The list a heap function works on: a list, or the list part of an instance of a list subclass. */
    private static PyList heap(PyThread t, PyObject o, String fname) {
        if (o instanceof PyList) {
            return (PyList) o;
        }
        if (o instanceof PyInstance && ((PyInstance) o).base() instanceof PyList) {
            return (PyList) ((PyInstance) o).base();
        }
        throw Errors.typeError(t, fname + "() argument 1 must be list, not " + Ops.typeName(o));
    }

    /** {@code a < b} (for a max-heap {@code b < a}): the order a heap keeps. */
    private static boolean before(PyThread t, PyObject a, PyObject b, boolean max) {
        return max ? Ops.compareBool(t, b, a, CompareOp.LT) : Ops.compareBool(t, a, b, CompareOp.LT);
    }

    private static void checkSize(PyThread t, PyList h, int size) {
        if (h.size() != size) {
            throw Errors.raise(t, "RuntimeError", "list changed size during iteration");
        }
    }

    private static void push(PyThread t, PyList h, PyObject item, boolean max) {
        ThreadState ts = t.ts;
        try (CriticalSection cs = CriticalSection.of(ts, h)) {
            h.append(ts, item);
            siftDown(t, h, 0, h.size() - 1, max);
        }
    }

    private static PyObject pop(PyThread t, PyList h, boolean max) {
        ThreadState ts = t.ts;
        try (CriticalSection cs = CriticalSection.of(ts, h)) {
            if (h.size() == 0) {
                throw Errors.raise(t, "IndexError", "index out of range");
            }
            PyObject last = h.pop(ts);
            if (h.size() == 0) {
                return last;
            }
            try {
                return replaceTop(t, h, last, max);
            } finally {
                RefCount.decref(ts, last);
            }
        }
    }

    /**
     * Puts {@code item} (borrowed) at the top, sifts it to its place and answers the top it replaced (a new
     * reference). The caller holds the section and has checked the heap is not empty.
     */
    private static PyObject replaceTop(PyThread t, PyList h, PyObject item, boolean max) {
        ThreadState ts = t.ts;
        PyObject top = h.getItem(ts, 0);
        h.setItem(ts, 0, item);
        try {
            siftUp(t, h, 0, max);
        } catch (RuntimeException e) {
            RefCount.decref(ts, top);
            throw e;
        }
        return top;
    }

    private static PyObject replace(PyThread t, PyList h, PyObject item, boolean max) {
        ThreadState ts = t.ts;
        try (CriticalSection cs = CriticalSection.of(ts, h)) {
            if (h.size() == 0) {
                throw Errors.raise(t, "IndexError", "index out of range");
            }
            return replaceTop(t, h, item, max);
        }
    }

    private static PyObject pushPop(PyThread t, PyList h, PyObject item, boolean max) {
        ThreadState ts = t.ts;
        try (CriticalSection cs = CriticalSection.of(ts, h)) {
            if (h.size() == 0) {
                return RefCount.newRef(ts, item);
            }
            PyObject top = h.getItem(ts, 0);
            boolean swap;
            try {
                swap = before(t, top, item, max);
            } finally {
                RefCount.decref(ts, top);
            }
            if (!swap) {
                return RefCount.newRef(ts, item);
            }
            if (h.size() == 0) { // the comparison emptied it (CPython's check)
                throw Errors.raise(t, "IndexError", "index out of range");
            }
            return replaceTop(t, h, item, max);
        }
    }

    private static void heapify(PyThread t, PyList h, boolean max) {
        try (CriticalSection cs = CriticalSection.of(t.ts, h)) {
            for (int i = h.size() / 2 - 1; i >= 0; i--) {
                siftUp(t, h, i, max);
            }
        }
    }

    /**
     * Whether item {@code i} comes before item {@code j} (both read as references, since the comparison may run user
     * code), then CPython's check that the comparison left the list's size at {@code size}.
     */
    private static boolean itemBefore(PyThread t, PyList h, int i, int j, int size, boolean max) {
        ThreadState ts = t.ts;
        PyObject a = h.getItem(ts, i);
        PyObject b = h.getItem(ts, j);
        boolean r;
        try {
            r = before(t, a, b, max);
        } finally {
            RefCount.decref(ts, a);
            RefCount.decref(ts, b);
        }
        checkSize(t, h, size);
        return r;
    }

    /** Swaps items i and j (the caller holds the section; the list keeps one reference to each). */
    private static void swap(ThreadState ts, PyList h, int i, int j) {
        PyObject a = h.getItem(ts, i);
        PyObject b = h.getItem(ts, j);
        try {
            h.setItem(ts, i, b);
            h.setItem(ts, j, a);
        } finally {
            RefCount.decref(ts, a);
            RefCount.decref(ts, b);
        }
    }

    /** Moves the item at {@code pos} up towards {@code start} while it comes before its parent (CPython's siftdown). */
    private static void siftDown(PyThread t, PyList h, int start, int pos, boolean max) {
        ThreadState ts = t.ts;
        int size = h.size();
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            if (!itemBefore(t, h, pos, parentPos, size, max)) {
                break;
            }
            swap(ts, h, pos, parentPos);
            pos = parentPos;
        }
    }

    /**
     * Bubbles the smaller child of {@code pos} up until a leaf, then sifts the item that ends there down (CPython's
     * siftup, which makes the same moves as heapq.py's).
     */
    private static void siftUp(PyThread t, PyList h, int pos, boolean max) {
        ThreadState ts = t.ts;
        int end = h.size();
        int start = pos;
        int limit = end >> 1;
        while (pos < limit) {
            int child = 2 * pos + 1;
            if (child + 1 < end && !itemBefore(t, h, child, child + 1, end, max)) {
                child++;
            }
            swap(ts, h, child, pos);
            pos = child;
        }
        siftDown(t, h, start, pos, max);
    }
}
