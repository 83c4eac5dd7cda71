// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

/** {@code range(start, stop, step)} over Java longs. A {@code for} over a literal range call makes none. */
final class PyRange extends PyObject {
    static final PyType TYPE = PyType.staticType("range", PyType.FLAG_NO_WEAKREFS);
    final long start;
    final long stop;
    final long step;

    PyRange(ThreadState ts, long start, long stop, long step) {
        super(TYPE, ts);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    long length() {
        return length(start, stop, step);
    }

    static long length(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        return step > 0 ? (stop - start - 1) / step + 1 : (start - stop - 1) / (-step) + 1;
    }

    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PyRange) || op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyRange o = (PyRange) other;
        long n = length();
        boolean eq = n == o.length() && (n == 0 || start == o.start && (n == 1 || step == o.step));
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    @Override
    public boolean pyBool(ThreadState ts) {
        return length() > 0;
    }

    @Override
    public String repr() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
