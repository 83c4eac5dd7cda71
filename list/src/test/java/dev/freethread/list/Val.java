// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A test value: reference counted (not immortal, unlike small ints), ordered by {@code value}, equal by {@code value},
 * with a {@code label} that tells equal values apart (stability checks). An optional hook runs inside every
 * comparison (user code: it may raise or modify a list).
 */
final class Val extends PyObject {
    static final PyType TYPE = PyType.staticType("Val", PyType.FLAG_NO_WEAKREFS);

    final int value;
    final int label;
    BiConsumer<ThreadState, Val> onCompare;

    private Val(ThreadState ts, int value, int label) {
        super(TYPE, ts);
        this.value = value;
        this.label = label;
    }

    /** A new reference. */
    static Val of(ThreadState ts, int value) {
        return new Val(ts, value, 0);
    }

    static Val of(ThreadState ts, int value, int label) {
        return new Val(ts, value, label);
    }

    /** Ordered and equal by value, with Vals only (NotImplemented otherwise, as a Python class checking its operand). */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        hook(ts);
        if (!(other instanceof Val)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(op.compare(value, ((Val) other).value));
    }

    private void hook(ThreadState ts) {
        BiConsumer<ThreadState, Val> h = onCompare;
        if (h != null) {
            h.accept(ts, this);
        }
    }

    @Override
    public String repr() {
        return Integer.toString(value);
    }

    static PyException typeError() {
        return new PyException("TypeError", "planted");
    }

    // ---- helpers for tests on lists of Vals

    /** A new list of new Vals with these values (the list holds the only references). */
    static PyList listOf(ThreadState ts, int... values) {
        PyList l = PyList.create(ts);
        for (int v : values) {
            Val x = of(ts, v);
            l.append(ts, x);
            RefCount.decref(ts, x);
        }
        return l;
    }

    /** The values of the list's items, read with getItem (references released). */
    static List<Integer> values(ThreadState ts, PyList l) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            PyObject o = l.getItem(ts, i);
            out.add(((Val) o).value);
            RefCount.decref(ts, o);
        }
        return out;
    }

    /** The labels of the list's items. */
    static List<Integer> labels(ThreadState ts, PyList l) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            PyObject o = l.getItem(ts, i);
            out.add(((Val) o).label);
            RefCount.decref(ts, o);
        }
        return out;
    }
}
