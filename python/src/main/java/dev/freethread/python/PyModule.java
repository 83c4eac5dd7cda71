// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/** A module: a name and its globals dict (counted). Per-thread counted: every thread reads them. */
final class PyModule extends PyDictHolder {
    static final PyType TYPE = PyType.staticType("module", PyType.FLAG_GC);
    final String name;

    PyModule(ThreadState ts, String name, PyDict dict) {
        super(TYPE, ts, dict);
        this.name = name;
    }

    @Override
    public String repr() {
        return "<module '" + name + "'>";
    }
}

/** An object whose attributes are a dict it holds (modules). */
abstract class PyDictHolder extends dev.freethread.objects.PyObject {
    private volatile PyDict dict;

    PyDictHolder(PyType type, ThreadState ts, PyDict dict) {
        super(type, ts);
        RefCount.incref(ts, dict);
        this.dict = dict;
    }

    final PyDict dict() {
        return dict;
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        PyDict d = dict;
        if (d != null) {
            v.visit(d);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        PyDict d = dict;
        dict = null;
        if (d != null) {
            v.visit(d);
        }
    }
}
