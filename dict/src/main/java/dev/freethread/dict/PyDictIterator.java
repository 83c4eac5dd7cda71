// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An iterator over a dict's keys, values or items ({@code dict_keyiterator} and friends). Each step is lock-free
 * (it falls back to the dict's critical section only when an entry keeps changing under it) and returns a new
 * reference, or null at the end ({@code StopIteration}).
 *
 * <p>CPython 3.13's checks: a step that finds the dict's size changed since the iterator was created raises
 * {@code RuntimeError: dictionary changed size during iteration}, and keeps raising it (sticky); a step that finds more
 * entries than the dict had when the iterator was created raises
 * {@code RuntimeError: dictionary keys changed during iteration} and ends the iteration.
 *
 * <p>Thread safety: an iterator may be shared between threads. Its position advances by CAS, so threads sharing it
 * claim each entry once (more than the contract asks: it allows an item twice or a skipped one); it never returns a
 * freed object, and the dict stays referenced by the iterator until the iterator itself is freed ([D6] in
 * {@link PyDict}): CPython drops it at exhaustion, which is where two racing steps could drop it twice.
 */
public final class PyDictIterator extends PyObject {
    /** What an iterator hands out. */
    public enum Kind {
        KEYS(PyType.staticType("dict_keyiterator", PyType.FLAG_GC)),
        VALUES(PyType.staticType("dict_valueiterator", PyType.FLAG_GC)),
        ITEMS(PyType.staticType("dict_itemiterator", PyType.FLAG_GC));

        final PyType iteratorType;

        Kind(PyType iteratorType) {
            this.iteratorType = iteratorType;
        }

        /** The type of this kind's iterators ({@code dict_keyiterator}...), for a binding's method tables. */
        public PyType iteratorType() {
            return iteratorType;
        }
    }

    private static final int OPTIMISTIC_ATTEMPTS = 4;
    /** {@link #expectedUsed} once a size change was seen: every later step raises again (CPython's di_used = -1). */
    private static final int SIZE_CHANGED = -1;
    /** {@link #state} once the iteration has ended (no real state has a negative position). */
    private static final long EXHAUSTED = -1L;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(PyDictIterator.class, "state", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Kind kind;
    /** The dict, referenced until this iterator is freed (set to null only by {@link #clearReferences}). */
    private PyDict dict;
    /** The size the dict had at creation, or {@link #SIZE_CHANGED} (sticky; a benign race: set-once). */
    private volatile int expectedUsed;
    /**
     * The position (next entry index, high 32 bits) and the items still expected (CPython's {@code di->len}, low 32
     * bits: finding one more item means the keys changed), or {@link #EXHAUSTED}. Advanced by CAS, so that threads
     * sharing the iterator claim each entry once and count it once.
     */
    @SuppressWarnings("unused") // through STATE
    private volatile long state;

    private PyDictIterator(ThreadState ts, PyDict dict, Kind kind) {
        super(kind.iteratorType, ts);
        this.kind = kind;
        this.dict = RefCount.newRef(ts, dict);
        int n = dict.usedAcquire();
        this.expectedUsed = n;
        this.state = pack(0, n);
    }

    /** A copy's constructor: the same dict (null once cleared: an ended iteration), position and expectations. */
    private PyDictIterator(ThreadState ts, PyDict dict, Kind kind, int expectedUsed, long state) {
        super(kind.iteratorType, ts);
        this.kind = kind;
        this.dict = dict == null ? null : RefCount.newRef(ts, dict);
        this.expectedUsed = expectedUsed;
        this.state = state;
    }

    /**
     * A new iterator over the same dict from where this one stands (its position, the items it still expects, and
     * a size change it saw): what a binding lists for {@code __reduce__} (CPython's dictiter_reduce copies the
     * iterator and exhausts the copy), so that pickling an iterator does not advance it. A snapshot: a step another
     * thread takes meanwhile is either in the copy's position or not ([D9] in PyDict). Any thread.
     */
    public PyDictIterator copy(ThreadState ts) {
        long s = (long) STATE.getVolatile(this);
        return new PyDictIterator(ts, dict, kind, expectedUsed, s);
    }

    private static long pack(int pos, int remaining) {
        return ((long) pos << 32) | (remaining & 0xFFFF_FFFFL);
    }

    static PyDictIterator create(ThreadState ts, PyDict dict, Kind kind) {
        return new PyDictIterator(ts, dict, kind);
    }

    public Kind kind() {
        return kind;
    }

    /**
     * {@code next(it)}: a new reference to the next key, value or {@code (key, value)} tuple, or null when the
     * iteration has ended. Lock-free.
     *
     * @throws PyException RuntimeError when the dict changed size or keys during the iteration (see the class Javadoc)
     */
    public PyObject next(ThreadState ts) {
        return step(ts, false);
    }

    /**
     * {@code next(it)} as a <em>borrowed</em> reference (keys and values iterators): the next key or value with no
     * reference taken, valid until the calling thread's next safepoint, as {@link PyDict#getBorrowed}; null at the
     * end. The same checks and the same claim of each entry as {@link #next}; the first borrowed step marks the dict
     * shared-read (or, if a writer holds it then, that one step reads with a new reference, dropped after a grace
     * period). Reaches no safepoint unless an entry keeps changing under it (then it reads under the dict's section).
     *
     * @throws IllegalStateException for an items iterator: each of its items is a new tuple, so use {@link #next}
     * @throws PyException RuntimeError when the dict changed size or keys during the iteration
     */
    public PyObject nextBorrowed(ThreadState ts) {
        if (kind == Kind.ITEMS) {
            throw new IllegalStateException("a dict_itemiterator has no borrowed step: each item is a new (key, value)"
                    + " tuple; call next");
        }
        PyDict d = dict;
        if (d != null && !RefCount.isSharedRead(d) && !RefCount.tryEnableSharedReads(ts, d)) {
            return RefCount.borrowFrom(ts, step(ts, false));
        }
        return step(ts, true);
    }

    private PyObject step(ThreadState ts, boolean borrowed) {
        PyDict d = dict;
        if (d == null) {
            return null;
        }
        for (int attempt = 0; ; attempt++) {
            // [D5] size first: a step never reports an entry of a dict whose size it has not checked
            if (expectedUsed != d.usedAcquire()) {
                expectedUsed = SIZE_CHANGED;
                throw new PyException("RuntimeError", "dictionary changed size during iteration");
            }
            long s = (long) STATE.getVolatile(this);
            if (s == EXHAUSTED) {
                return null;
            }
            int pos = (int) (s >>> 32);
            int remaining = (int) s;
            Table t = d.tableVolatile();
            int n = t.nentriesAcquire();
            int i = pos;
            while (i < n && t.valueAcquire(i) == null) {
                i++;
            }
            if (i >= n) {
                if (d.tableVolatile() != t) {
                    continue; // a resize moved the entries: look again in the new table
                }
                if (STATE.compareAndSet(this, s, EXHAUSTED)) {
                    return null;
                }
                continue; // another thread stepped meanwhile
            }
            PyObject item = attempt < OPTIMISTIC_ATTEMPTS ? takeLockFree(ts, d, t, i, borrowed)
                    : takeLocked(ts, d, i, borrowed);
            if (item == null) {
                continue; // the entry changed under the step: read it again
            }
            if (expectedUsed != d.usedAcquire()) {
                // [D5] the entry may be one a concurrent insertion just added: report the size change it comes with
                drop(ts, item, borrowed);
                continue;
            }
            if (remaining == 0) {
                drop(ts, item, borrowed);
                if (STATE.compareAndSet(this, s, EXHAUSTED)) {
                    throw new PyException("RuntimeError", "dictionary keys changed during iteration");
                }
                continue;
            }
            if (!STATE.compareAndSet(this, s, pack(i + 1, remaining - 1))) {
                drop(ts, item, borrowed); // [D6] another thread claimed a step first: read again from its state
                continue;
            }
            return item;
        }
    }

    private static void drop(ThreadState ts, PyObject item, boolean borrowed) {
        if (!borrowed) {
            RefCount.decref(ts, item);
        }
    }

    /**
     * The item of entry {@code i} of {@code t} (new reference, or borrowed when {@code borrowed}), or null if it
     * changed or {@code t} was replaced.
     */
    private PyObject takeLockFree(ThreadState ts, PyDict d, Table t, int i, boolean borrowed) {
        PyObject k = t.keyPlain(i);
        PyObject v = t.valueAcquire(i);
        if (k == null || v == null) {
            return null;
        }
        if (borrowed) {
            // [Q1] the dict is shared-read: a writer that removes the entry defers its references; the same checks as
            // the counted step, none of its reference traffic
            if (d.tableVolatile() != t || t.valueAcquire(i) == null) {
                return null;
            }
            return kind == Kind.KEYS ? k : v;
        }
        switch (kind) {
            case KEYS:
                if (!RefCount.tryIncrefCompare(ts, k, t.entries, Table.k(i))) {
                    return null;
                }
                if (d.tableVolatile() != t || t.valueAcquire(i) == null) {
                    RefCount.decref(ts, k);
                    return null;
                }
                return k;
            case VALUES:
                if (!RefCount.tryIncrefCompare(ts, v, t.entries, Table.v(i))) {
                    return null;
                }
                if (d.tableVolatile() != t) {
                    RefCount.decref(ts, v);
                    return null;
                }
                return v;
            default:
                if (!RefCount.tryIncrefCompare(ts, k, t.entries, Table.k(i))) {
                    return null;
                }
                if (!RefCount.tryIncrefCompare(ts, v, t.entries, Table.v(i))) { // drops its own reference on failure
                    RefCount.decref(ts, k);
                    return null;
                }
                if (d.tableVolatile() != t) {
                    RefCount.decref(ts, v);
                    RefCount.decref(ts, k);
                    return null;
                }
                return PyTuple.stealing(ts, k, v); // [D5] key and value of the same entry, both still in it
        }
    }

    /** The item at entry {@code i} or the next live one after it, read under the dict's critical section. */
    private PyObject takeLocked(ThreadState ts, PyDict d, int i, boolean borrowed) {
        try (CriticalSection cs = CriticalSection.of(ts, d)) {
            Table t = d.tableVolatile();
            int n = t.nentriesPlain();
            if (i >= n || t.value(i) == null) {
                return null; // the caller looks again from the size check
            }
            PyObject k = t.key(i);
            PyObject v = t.value(i);
            if (borrowed) {
                return kind == Kind.KEYS ? k : v; // removed after the section: deferred ([Q1])
            }
            switch (kind) {
                case KEYS:
                    return RefCount.newRef(ts, k);
                case VALUES:
                    return RefCount.newRef(ts, v);
                default:
                    RefCount.incref(ts, k);
                    RefCount.incref(ts, v);
                    return PyTuple.stealing(ts, k, v);
            }
        }
    }

    /** How many items are still expected (CPython's {@code __length_hint__}). */
    public int lengthHint() {
        long s = (long) STATE.getVolatile(this);
        return s == EXHAUSTED || expectedUsed == SIZE_CHANGED ? 0 : (int) s;
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        PyDict d = dict;
        if (d != null) {
            visitor.visit(d);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        PyDict d = dict;
        dict = null;
        if (d != null) {
            visitor.visit(d);
        }
    }

    @Override
    public String repr() {
        return "<" + type().name() + " object>";
    }
}
