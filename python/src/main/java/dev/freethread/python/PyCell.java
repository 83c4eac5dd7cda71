// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A closure cell: a variable captured by an inner function. Holds a counted reference, or null while unbound.
 *
 * <p><b>Threads</b> (CPython 3.14's cell protocol, {@code _PyCell_GetStackRef}). Any thread running code that
 * closes over the variable may read or rebind it at once. The races and what covers them:
 * <ol>
 *   <li>[CELL1] A read against a rebinding that drops the old value: the reader must never take a reference to a
 *       value the writer has just freed. A writer swaps under the cell's monitor and drops the old value after it; a
 *       reader takes its reference with {@link RefCount#tryIncrefCompare} (which never revives an object whose free
 *       began, and re-checks that the cell still holds it), falling back to an increment under the monitor, where
 *       the value read is the cell's own and no writer can drop it meanwhile. A stored value is not announced
 *       ({@code enableTryIncref} costs a rebinding, {@code nonlocal n; n += 1}, an atomic: 12 ns each): another
 *       thread's first read of a value the owner alone has counted fails its tryIncref and takes the monitor path,
 *       whose increment makes the value shared, so its later reads are lock-free. Test:
 *       InterpreterTest.closureVariableRebindWhileOtherThreadsRead_noValueUsedAfterItsFree (fails with the plain read
 *       and incref this class had until 2026-11-30: "incref of freed 'list'").</li>
 *   <li>[CELL2] Two writers: each swaps under the monitor and drops the value it replaced, so none is dropped twice
 *       and none leaks. Test: the same (the leak check, and no decref of a freed object).</li>
 * </ol>
 */
final class PyCell extends PyObject {
    static final PyType TYPE = PyType.staticType("cell", PyType.FLAG_GC | PyType.FLAG_NO_WEAKREFS);
    private static final VarHandle VALUE;

    static {
        try {
            VALUE = MethodHandles.lookup().findVarHandle(PyCell.class, "value", PyObject.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * A counted reference, or null while unbound. Read it with {@link #getRef} (or as a borrowed identity only);
     * written by {@link #swap}, or directly before the cell is published (a call's new cells).
     */
    volatile PyObject value;

    PyCell(ThreadState ts) {
        super(TYPE, ts);
    }

    /** A new reference to the value, or null while unbound ([CELL1]). Lock-free for an announced value. */
    PyObject getRef(ThreadState ts) {
        PyObject v = (PyObject) VALUE.getAcquire(this);
        if (v == null) {
            return null;
        }
        if (RefCount.tryIncrefCompare(ts, v, VALUE, this)) {
            return v;
        }
        synchronized (this) { // a leaf: an increment only
            v = value;
            if (v != null) {
                RefCount.incref(ts, v);
            }
            return v;
        }
    }

    /**
     * Rebinds the variable to {@code v} (borrowed: a reference is taken) or unbinds it ({@code v} null), and answers
     * the value replaced, whose reference goes to the caller, who drops it after this returns ([CELL1], [CELL2]).
     */
    PyObject swap(ThreadState ts, PyObject v) {
        if (v != null) {
            RefCount.incref(ts, v);
        }
        synchronized (this) {
            PyObject old = value;
            value = v;
            return old;
        }
    }

    /**
     * Cells compare by their contents, an empty cell before any full one (CPython's cell_richcompare); other operands
     * are NotImplemented. The contents are taken as references ([CELL1]), so another thread's rebinding meanwhile
     * frees neither.
     */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PyCell)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = getRef(ts);
        PyObject b = ((PyCell) other).getRef(ts);
        try {
            if (a == null || b == null) {
                return PyBool.of(op.ofSign(Boolean.compare(a != null, b != null)));
            }
            return Compare.richCompare(ts, a, b, op);
        } finally {
            RefCount.xdecref(ts, a);
            RefCount.xdecref(ts, b);
        }
    }

    /** Cells are unhashable, as CPython's (rich comparison without a hash). */
    @Override
    public long pyHash(ThreadState ts) {
        throw new PyException("TypeError", "unhashable type: 'cell'");
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
