// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

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

    @Override
    public boolean pyEquals(ThreadState ts, PyObject other) {
        eqCalls++;
        EqHook h = hook;
        if (h != null) {
            return h.eq(ts, this, other);
        }
        return other == this || other instanceof TestKey && ((TestKey) other).label == label;
    }

    @Override
    public String repr() {
        return "TestKey(" + label + ")";
    }
}
