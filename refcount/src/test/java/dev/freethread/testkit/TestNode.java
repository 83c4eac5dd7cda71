// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.function.BiConsumer;

/**
 * The test binding's container (MMTk's DummyVM in spirit): an object with a fixed number of reference slots, and
 * an optional finalizer. Not thread-safe by itself: tests that share one across threads synchronise around it or
 * only read it.
 */
public class TestNode extends PyObject {
    public static final PyType TYPE = PyType.staticType("TestNode", PyType.FLAG_GC);
    public static final PyType FINALIZING_TYPE =
            PyType.staticType("FinalizingTestNode", PyType.FLAG_GC | PyType.FLAG_HAS_FINALIZER);

    private final PyObject[] slots;
    private final BiConsumer<ThreadState, TestNode> finalizer;
    /** A label for messages and model checks. */
    public final int label;

    private TestNode(ThreadState ts, PyType type, int slots, int label, BiConsumer<ThreadState, TestNode> finalizer) {
        super(type, ts);
        this.slots = new PyObject[slots];
        this.label = label;
        this.finalizer = finalizer;
    }

    /** A new reference to a node with {@code slots} empty reference slots. */
    public static TestNode create(ThreadState ts, int slots) {
        return new TestNode(ts, TYPE, slots, 0, null);
    }

    public static TestNode create(ThreadState ts, int slots, int label) {
        return new TestNode(ts, TYPE, slots, label, null);
    }

    /** A new reference to a node whose finalizer runs {@code finalizer}. */
    public static TestNode withFinalizer(ThreadState ts, int slots, BiConsumer<ThreadState, TestNode> finalizer) {
        return new TestNode(ts, FINALIZING_TYPE, slots, 0, finalizer);
    }

    public int size() {
        return slots.length;
    }

    /** Stores a new reference to {@code value} (borrowed; may be null) in slot {@code i}, dropping the old one. */
    public void set(ThreadState ts, int i, PyObject value) {
        if (value != null) {
            RefCount.incref(ts, value);
        }
        PyObject old = slots[i];
        slots[i] = value;
        RefCount.xdecref(ts, old);
    }

    /** Stores {@code value} in slot {@code i}, taking over the caller's reference. */
    public void setStealing(ThreadState ts, int i, PyObject value) {
        PyObject old = slots[i];
        slots[i] = value;
        RefCount.xdecref(ts, old);
    }

    /** The slot's value, borrowed. */
    public PyObject getBorrowed(int i) {
        return slots[i];
    }

    /** The slots array itself, for lock-free-read tests ({@link RefCount#tryIncrefCompare}). */
    public PyObject[] slots() {
        return slots;
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (PyObject s : slots) {
            if (s != null) {
                visitor.visit(s);
            }
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        for (int i = 0; i < slots.length; i++) {
            PyObject s = slots[i];
            if (s != null) {
                slots[i] = null;
                visitor.visit(s);
            }
        }
    }

    @Override
    public void finalizeObject(ThreadState ts) {
        if (finalizer != null) {
            finalizer.accept(ts, this);
        }
    }

    @Override
    public String repr() {
        return "<TestNode #" + label + " with " + slots.length + " slots>";
    }
}
