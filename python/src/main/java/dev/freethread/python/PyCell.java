// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;

/** A closure cell: a variable captured by an inner function. Holds a counted reference, or null while unbound. */
final class PyCell extends PyObject {
    static final PyType TYPE = PyType.staticType("cell", PyType.FLAG_GC | PyType.FLAG_NO_WEAKREFS);

    /** A counted reference; written only by the threads running code that closes over it. */
    volatile PyObject value;

    PyCell(ThreadState ts) {
        super(TYPE, ts);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        PyObject v = value;
        if (v != null) {
            visitor.visit(v);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        PyObject v = value;
        value = null;
        if (v != null) {
            visitor.visit(v);
        }
    }
}
