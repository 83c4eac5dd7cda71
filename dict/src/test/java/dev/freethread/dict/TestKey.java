// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

/**
 * A key type for tests, with a chosen hash and an equality hook: the stand-in for a Python class with its own
 * {@code __hash__} and {@code __eq__} (which may raise, or mutate the dict). Without a hook, equal labels are equal.
 */
final class TestKey extends PyObject {
    static final PyType TYPE = PyType.staticType("TestKey", 0);

    /** What {@code __eq__} does; returns the comparison's result or throws. */
    @FunctionalInterface
    interface EqHook {
        boolean eq(ThreadState ts, TestKey self, PyObject other);
    }

    final int label;
    final long hash;
    volatile EqHook hook;
    volatile RuntimeException hashError;
    /** How many times {@code __eq__} ran (with or without a hook). */
    volatile int eqCalls;

    private TestKey(ThreadState ts, int label, long hash) {
        super(TYPE, ts);
        this.label = label;
        this.hash = hash;
    }

    static TestKey of(ThreadState ts, int label, long hash) {
        return new TestKey(ts, label, hash);
    }

    @Override
    public long pyHash(ThreadState ts) {
        RuntimeException e = hashError;
        if (e != null) {
            throw e;
        }
        return hash;
    }

    /**
     * {@code __eq__} (and {@code __ne__} as its inverse): the hook when set, else equal labels; NotImplemented for
     * anything but a TestKey when no hook is set, as a Python class whose {@code __eq__} checks its operand's type.
     */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        eqCalls++;
        EqHook h = hook;
        boolean eq;
        if (h != null) {
            eq = h.eq(ts, this, other);
        } else if (other instanceof TestKey) {
            eq = ((TestKey) other).label == label;
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    @Override
    public String repr() {
        return "TestKey(" + label + ")";
    }
}
