// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictIterator;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * {@code set} and {@code frozenset}: the keys of a toolkit {@link PyDict} (values None), so it inherits the dict's
 * thread safety, hashing and equality. Iterates in insertion order, except a set of numbers, which iterates and
 * prints in CPython's table order ({@link SetOrder}). A frozenset is never changed after it is filled (its type's method table has no mutators, and the in-place
 * operators make a new one), so it is hashable.
 */
final class PySet extends PyObject implements dev.freethread.objects.Repr.Nested {
    static final PyType TYPE = PyType.staticType("set", PyType.FLAG_GC);
    static final PyType FROZEN = PyType.staticType("frozenset", PyType.FLAG_GC);
    private volatile PyDict items;
    final boolean frozen;
    /**
     * The elements a display of three or more constants made it with, in order (identities only, never
     * dereferenced), or null: CPython builds such a set by merging a frozenset, which places them differently
     * ({@link SetOrder}).
     */
    volatile Object[] literal;

    PySet(ThreadState ts) {
        this(ts, false);
    }

    PySet(ThreadState ts, boolean frozen) {
        super(frozen ? FROZEN : TYPE, ts);
        this.frozen = frozen;
        this.items = new InstanceDict(ts); // a part of the set: not counted apart by the collector
    }

    PyDict items() {
        return items;
    }

    void add(ThreadState ts, PyObject o) {
        items.setItem(ts, o, PyNone.NONE);
    }

    static PySet of(PyThread t, PyObject iterable) {
        return of(t, iterable, false);
    }

    /** {@code frozenset(iterable)}: a frozenset is its own copy. */
    static PySet frozenOf(PyThread t, PyObject iterable) {
        if (iterable instanceof PySet && ((PySet) iterable).frozen) {
            return (PySet) RefCount.newRef(t.ts, iterable);
        }
        return of(t, iterable, true);
    }

    static PySet of(PyThread t, PyObject iterable, boolean frozen) {
        PySet s = new PySet(t.ts, frozen);
        if (iterable != null && Builtins.snapshotSource(iterable) != null) {
            // set(d), set(other_set): one state of it, as CPython's set_update_dict / set_merge under its section
            PyObject[] ks = Builtins.snapshotItems(t, iterable);
            try {
                for (PyObject k : ks) {
                    s.add(t.ts, k);
                }
            } catch (RuntimeException e) {
                RefCount.decref(t.ts, s);
                throw e;
            } finally {
                release(t.ts, ks);
            }
            return s;
        }
        if (iterable != null) {
            try {
                PyObject it = Ops.iter(t, iterable);
                try {
                    for (PyObject v = Ops.next(t, it); v != null; v = Ops.next(t, it)) {
                        try {
                            s.add(t.ts, v);
                        } finally {
                            RefCount.decref(t.ts, v);
                        }
                    }
                } finally {
                    RefCount.decref(t.ts, it);
                }
            } catch (RuntimeException e) {
                RefCount.decref(t.ts, s);
                throw e;
            }
        }
        return s;
    }

    PyObject binary(PyThread t, Arith.Op op, PySet other) {
        ThreadState ts = t.ts;
        if (op != Arith.Op.OR && op != Arith.Op.AND && op != Arith.Op.SUB && op != Arith.Op.XOR) {
            return null;
        }
        PySet r = new PySet(ts, frozen); // the left operand's type, as CPython's
        PyObject[] mine = keys(t, this);
        try {
            switch (op) {
                case OR:
                    for (PyObject k : mine) {
                        r.add(ts, k);
                    }
                    addAll(t, r, other);
                    return r;
                case AND:
                    for (PyObject k : mine) {
                        if (other.items.contains(ts, k)) {
                            r.add(ts, k);
                        }
                    }
                    return r;
                case SUB:
                    for (PyObject k : mine) {
                        if (!other.items.contains(ts, k)) {
                            r.add(ts, k);
                        }
                    }
                    return r;
                default: // XOR
                    for (PyObject k : mine) {
                        if (!other.items.contains(ts, k)) {
                            r.add(ts, k);
                        }
                    }
                    PyObject[] theirs = keys(t, other);
                    try {
                        for (PyObject k : theirs) {
                            if (!items.contains(ts, k)) {
                                r.add(ts, k);
                            }
                        }
                    } finally {
                        release(ts, theirs);
                    }
                    return r;
            }
        } catch (RuntimeException e) {
            RefCount.decref(ts, r);
            throw e;
        } finally {
            release(ts, mine);
        }
    }

    private static void addAll(PyThread t, PySet r, PySet from) {
        PyObject[] ks = keys(t, from);
        try {
            for (PyObject k : ks) {
                r.add(t.ts, k);
            }
        } finally {
            release(t.ts, ks);
        }
    }

    /**
     * {@code s |= o} and the like: changes this set's own dict, under its critical section (CPython's set_ior holds
     * the set's), so an {@code add} another thread makes meanwhile is never lost to a swap of dicts.
     */
    void inplace(PyThread t, Arith.Op op, PySet other) {
        ThreadState ts = t.ts;
        PyDict d = items;
        PyObject[] theirs = keys(t, other);
        try (dev.freethread.objects.CriticalSection cs = dev.freethread.objects.CriticalSection.of(ts, d)) {
            switch (op) {
                case OR:
                    for (PyObject k : theirs) {
                        d.setItem(ts, k, PyNone.NONE);
                    }
                    return;
                case SUB:
                    for (PyObject k : theirs) {
                        discard(ts, d, k);
                    }
                    return;
                case XOR:
                    for (PyObject k : theirs) {
                        if (d.contains(ts, k)) {
                            discard(ts, d, k);
                        } else {
                            d.setItem(ts, k, PyNone.NONE);
                        }
                    }
                    return;
                case AND:
                    PyObject[] mine = keys(t, this);
                    try {
                        for (PyObject k : mine) {
                            if (!other.items.contains(ts, k)) {
                                discard(ts, d, k);
                            }
                        }
                    } finally {
                        release(ts, mine);
                    }
                    return;
                default:
                    throw new IllegalArgumentException("no in-place set operation " + op);
            }
        } finally {
            release(ts, theirs);
        }
    }

    private static void discard(ThreadState ts, PyDict d, PyObject k) {
        PyObject v = Ops.popOrNull(ts, d, k);
        if (v != null) {
            RefCount.decref(ts, v);
        }
    }

    /**
     * The keys, as new references, copied under the set's critical section (one state of a set other threads
     * change, as CPython's set operations see it): a borrowed key could be freed by another thread's
     * {@code discard} while the caller still used it. Release them with {@link #release}.
     */
    static PyObject[] keys(PyThread t, PySet s) {
        return Builtins.snapshotItems(t, s.items);
    }

    /**
     * Whether the first element (insertion order) is a number: an O(1) test that spares a set of other values the
     * snapshot {@link SetOrder} needs (it applies only when every element is a number).
     */
    boolean firstIsNumber(ThreadState ts) {
        PyDictIterator it = items.iter(ts);
        try {
            PyObject k = it.next(ts);
            if (k == null) {
                return false;
            }
            boolean number = k instanceof PyInt || k instanceof PyFloat;
            RefCount.decref(ts, k);
            return number;
        } finally {
            RefCount.decref(ts, it);
        }
    }

    /** {@code keys} (this set's, insertion order) in the order CPython iterates them ({@link SetOrder}). */
    PyObject[] cpythonOrder(PyThread t, PyObject[] keys) {
        return SetOrder.order(t, keys, literal);
    }

    static void release(ThreadState ts, PyObject[] keys) {
        for (PyObject k : keys) {
            RefCount.decref(ts, k);
        }
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyThread t = Interp.thread(ts);
        PySet o = (PySet) other;
        boolean sub = isSubset(t, this, o);
        boolean sup = isSubset(t, o, this);
        switch (op) {
            case EQ: return PyBool.of(sub && sup);
            case NE: return PyBool.of(!(sub && sup));
            case LE: return PyBool.of(sub);
            case GE: return PyBool.of(sup);
            case LT: return PyBool.of(sub && !sup);
            default: return PyBool.of(sup && !sub);
        }
    }

    static boolean isSubset(PyThread t, PySet a, PySet b) {
        if (a.items.size() > b.items.size()) {
            return false;
        }
        PyObject[] ks = keys(t, a);
        try {
            for (PyObject k : ks) {
                if (!b.items.contains(t.ts, k)) {
                    return false;
                }
            }
            return true;
        } finally {
            release(t.ts, ks);
        }
    }

    /**
     * A frozenset's hash once computed (-1: not yet), as CPython caches it: the hash of a frozenset of frozensets
     * would otherwise walk every nested set at every lookup. Racy on purpose: threads that compute it together store
     * the same value (a frozenset's elements never change after it is made).
     */
    private volatile long hashCache = -1;

    @Override
    public long pyHash(ThreadState ts) {
        if (!frozen) {
            throw new dev.freethread.objects.PyException("TypeError", "unhashable type: 'set'");
        }
        long cached = hashCache;
        if (cached != -1) {
            return cached;
        }
        long h = computeHash(ts);
        hashCache = h;
        return h;
    }

    private long computeHash(ThreadState ts) {
        // CPython's frozenset hash without its table-layout terms: each element's hash shuffled and xor-ed (so the
        // order does not matter), the size mixed in, then dispersed
        PyThread t = Interp.thread(ts);
        long h = 0;
        PyObject[] ks = keys(t, this);
        try {
            for (PyObject k : ks) {
                long e = k.pyHash(ts);
                h ^= ((e ^ 89869747L) ^ (e << 16)) * 3644798167L;
            }
        } finally {
            release(ts, ks);
        }
        h ^= (ks.length + 1L) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return items.size() > 0;
    }

    @Override
    public String repr(ThreadState ts) {
        if (items.size() == 0) {
            return frozen ? "frozenset()" : "set()";
        }
        return dev.freethread.objects.Repr.of(ts, this); // a set met again inside its own repr prints set(...)
    }

    @Override
    public void reprInto(StringBuilder b, dev.freethread.objects.Repr ctx) {
        ThreadState ts = ctx.threadState();
        PyThread t = Interp.thread(ts);
        if (items.size() == 0) {
            b.append(frozen ? "frozenset()" : "set()");
            return;
        }
        b.append(frozen ? "frozenset({" : "{");
        boolean first = true;
        PyObject[] ks = keys(t, this);
        try {
            for (PyObject k : cpythonOrder(t, ks)) { // numbers in CPython's order
                if (!first) {
                    b.append(", ");
                }
                first = false;
                ctx.item(b, k);
            }
        } finally {
            release(ts, ks);
        }
        b.append(frozen ? "})" : "}");
    }

    @Override
    public String recursiveRepr() {
        return frozen ? "frozenset(...)" : "set(...)";
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        PyDict d = items;
        if (d != null) {
            v.visit(d);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        PyDict d = items;
        items = null;
        if (d != null) {
            v.visit(d);
        }
    }
}
