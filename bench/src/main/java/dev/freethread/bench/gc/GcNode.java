// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * The benchmark's container: two reference fields stored in the object itself, as the {@code __slots__ = ('a', 'b')}
 * class of {@code bench/python/gc_bench.py} stores its slots inline in the CPython object (TestNode keeps its slots in
 * a separate array: one more cache line per object for the collector to touch).
 */
final class GcNode extends PyObject {
    static final PyType TYPE = PyType.staticType("GcNode", PyType.FLAG_GC);

    PyObject a;
    PyObject b;

    GcNode(ThreadState ts) {
        super(TYPE, ts);
    }

    /** Stores {@code value} in slot a, taking over the caller's reference. */
    void setAStealing(ThreadState ts, PyObject value) {
        PyObject old = a;
        a = value;
        RefCount.xdecref(ts, old);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        PyObject x = a;
        if (x != null) {
            visitor.visit(x);
        }
        x = b;
        if (x != null) {
            visitor.visit(x);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        PyObject x = a;
        PyObject y = b;
        a = null;
        b = null;
        if (x != null) {
            visitor.visit(x);
        }
        if (y != null) {
            visitor.visit(y);
        }
    }
}
