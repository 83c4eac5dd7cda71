// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyIterator;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * {@code list_iterator} and {@code list_reverseiterator}: CPython's index-based list iterators. Each step is one
 * lock-free read of the list ({@link PyList}'s overview); the iterator never raises for a concurrent modification and
 * stops at the list's current end (forward) or when its index leaves the current range (reverse). Once exhausted it
 * stays exhausted and releases its reference to the list.
 *
 * <p>Sharing one iterator between threads is legal (DESIGN.md, containers): the index is read and written without a
 * lock, so two threads may be handed the same item or skip one, but each gets its own new reference, never a freed
 * object, and the list reference is released exactly once (a CAS on {@code seq}, [L6]).
 */
public final class PyListIterator extends PyObject implements PyIterator {
    public static final PyType TYPE = PyType.staticType("list_iterator", PyType.FLAG_GC);
    public static final PyType REVERSE_TYPE = PyType.staticType("list_reverseiterator", PyType.FLAG_GC);

    private static final VarHandle SEQ;

    static {
        try {
            SEQ = MethodHandles.lookup().findVarHandle(PyListIterator.class, "seq", PyList.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The list (our reference), or null once exhausted or cleared. Cleared only by a CAS ({@link #release}). */
    private volatile PyList seq;
    /** The next index; racy by design between threads sharing the iterator (see the class comment). */
    private volatile int index;
    private final boolean reverse;

    PyListIterator(ThreadState ts, PyList list, boolean reverse) {
        super(reverse ? REVERSE_TYPE : TYPE, ts);
        this.reverse = reverse;
        this.index = reverse ? list.size() - 1 : 0;
        this.seq = RefCount.newRef(ts, list);
    }

    /** The next item as a new reference, or null when exhausted. Lock-free unless it races a writer of the list. */
    @Override
    public PyObject next(ThreadState ts) {
        PyList list = seq;
        if (list == null) {
            return null;
        }
        int i = index;
        if (i >= 0) {
            PyObject o = list.itemOrNull(ts, i);
            if (o != null) {
                index = reverse ? i - 1 : i + 1;
                return o;
            }
        }
        release(ts, list);
        return null;
    }

    /**
     * The next item as a <em>borrowed</em> reference (valid until the calling thread's next safepoint, as
     * {@link PyList#getItemBorrowed}), or null when exhausted. The first borrowed step marks the list shared-read (or,
     * if a writer holds it then, that one step reads with a new reference, dropped after a grace period). The step
     * that finds the end releases the iterator's reference to the list, a decref: it may reach a safepoint.
     */
    public PyObject nextBorrowed(ThreadState ts) {
        PyList list = seq;
        if (list == null) {
            return null;
        }
        if (!RefCount.isSharedRead(list) && !RefCount.tryEnableSharedReads(ts, list)) {
            return RefCount.borrowFrom(ts, next(ts));
        }
        int i = index;
        if (i >= 0) {
            PyObject o = list.itemOrNullBorrowed(ts, i);
            if (o != null) {
                index = reverse ? i - 1 : i + 1;
                return o;
            }
        }
        release(ts, list);
        return null;
    }

    /**
     * CPython's {@code __length_hint__}: the items left if nothing changes (0 once exhausted).
     */
    public int lengthHint() {
        PyList list = seq;
        if (list == null) {
            return 0;
        }
        int i = index;
        int n = list.size();
        return reverse ? (i >= 0 && i < n ? i + 1 : 0) : Math.max(0, n - i);
    }

    /**
     * The list this iterator reads, borrowed (valid while the caller holds the iterator and before its next
     * safepoint), or null once exhausted: what {@code __reduce__} pickles it as, with {@link #position()}.
     */
    public PyList seqBorrowed() {
        return seq;
    }

    /** The index of the next item (CPython's {@code it_index}); -1 for a reverse iterator past the front. */
    public int position() {
        return index;
    }

    /** Whether this iterator walks the list backwards ({@code reversed(list)}). */
    public boolean isReverse() {
        return reverse;
    }

    /**
     * CPython's {@code __setstate__}: moves to {@code i}, clamped to the list's current bounds (up to size forward,
     * where a negative index exhausts it; -1..size-1 reverse); nothing once exhausted.
     */
    public void setPosition(long i) {
        PyList list = seq;
        if (list == null) {
            return;
        }
        int n = list.size();
        if (reverse) {
            index = (int) Math.max(-1, Math.min(i, n - 1));
        } else {
            index = i < 0 ? -1 : (int) Math.min(i, n); // a negative index exhausts it, as CPython's listiter
        }
    }

    private void release(ThreadState ts, PyList list) {
        if (SEQ.compareAndSet(this, list, null)) {
            RefCount.decref(ts, list);
        }
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        PyList list = seq;
        if (list != null) {
            visitor.visit(list);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        PyList list = (PyList) SEQ.getAndSet(this, (PyList) null);
        if (list != null) {
            visitor.visit(list);
        }
    }

    @Override
    public String repr() {
        return "<" + type().name() + " object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
