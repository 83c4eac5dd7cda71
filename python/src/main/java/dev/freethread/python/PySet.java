// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * {@code set}: the keys of a toolkit {@link PyDict} (values None), so it inherits the dict's thread safety, hashing
 * and equality. Iterates in insertion order (CPython's order differs; tests print sorted sets).
 */
final class PySet extends PyObject {
    static final PyType TYPE = PyType.staticType("set", PyType.FLAG_GC);
    private volatile PyDict items;

    PySet(ThreadState ts) {
        super(TYPE, ts);
        this.items = new InstanceDict(ts); // a part of the set: not counted apart by the collector
    }

    PyDict items() {
        return items;
    }

    void add(ThreadState ts, PyObject o) {
        items.setItem(ts, o, PyNone.NONE);
    }

    static PySet of(PyThread t, PyObject iterable) {
        PySet s = new PySet(t.ts);
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
        PySet r = new PySet(ts);
        try {
            switch (op) {
                case OR:
                    for (PyObject k : keys(t, this)) {
                        r.add(ts, k);
                    }
                    for (PyObject k : keys(t, other)) {
                        r.add(ts, k);
                    }
                    return r;
                case AND:
                    for (PyObject k : keys(t, this)) {
                        if (other.items.contains(ts, k)) {
                            r.add(ts, k);
                        }
                    }
                    return r;
                case SUB:
                    for (PyObject k : keys(t, this)) {
                        if (!other.items.contains(ts, k)) {
                            r.add(ts, k);
                        }
                    }
                    return r;
                case XOR:
                    for (PyObject k : keys(t, this)) {
                        if (!other.items.contains(ts, k)) {
                            r.add(ts, k);
                        }
                    }
                    for (PyObject k : keys(t, other)) {
                        if (!items.contains(ts, k)) {
                            r.add(ts, k);
                        }
                    }
                    return r;
                default:
                    RefCount.decref(ts, r);
                    return null;
            }
        } catch (RuntimeException e) {
            RefCount.decref(ts, r);
            throw e;
        }
    }

    void inplace(PyThread t, Arith.Op op, PySet other) {
        ThreadState ts = t.ts;
        PyObject r = binary(t, op, other);
        PySet rs = (PySet) r;
        PyDict old = items;
        items = rs.items;
        rs.items = old;
        RefCount.decref(ts, rs);
    }

    /** The keys (borrowed: the caller holds the set) in a Java list, a snapshot. */
    static java.util.List<PyObject> keys(PyThread t, PySet s) {
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        PyObject it = s.items.iter(t.ts);
        try {
            for (PyObject k = Ops.next(t, it); k != null; k = Ops.next(t, it)) {
                out.add(k);
                RefCount.decref(t.ts, k); // still held by the set's dict
            }
        } finally {
            RefCount.decref(t.ts, it);
        }
        return out;
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
        for (PyObject k : keys(t, a)) {
            if (!b.items.contains(t.ts, k)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long pyHash(ThreadState ts) {
        throw new dev.freethread.objects.PyException("TypeError", "unhashable type: 'set'");
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return items.size() > 0;
    }

    @Override
    public String repr(ThreadState ts) {
        PyThread t = Interp.thread(ts);
        if (items.size() == 0) {
            return "set()";
        }
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (PyObject k : keys(t, this)) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(Ops.reprString(t, k));
        }
        return b.append('}').toString();
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
