// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.demo;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The demo's own object type: a container with a fixed number of reference slots. It is the binding's side of the
 * contract in its smallest form — a static type, a constructor that makes a new reference, and the two slots a
 * container must implement ({@link #traverse} and {@link #clearReferences}).
 *
 * <p>Node does no reference counting itself: the methods that store into a slot take over ("steal") a reference the
 * caller already owns and hand the previous value back to the caller, who drops it. That keeps every
 * reference-count call in the worker code, where the demo classifies it ({@link CountingRc}).
 *
 * <p>Thread safety: a Node is private to the thread that builds it, or frozen once other threads can see it, with
 * one exception — the {@link Board}, whose slots are written under a lock with release stores and read lock-free
 * with acquire loads ({@link #slotAcquire}, {@link #swapRelease}).
 */
final class Node extends PyObject {
    /** A static type: immortal, never counted. {@code FLAG_GC}: instances hold references (a container). */
    static final PyType TYPE = PyType.staticType("Node", PyType.FLAG_GC);

    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(PyObject[].class);

    private final PyObject[] slots;

    private Node(ThreadState ts, int size) {
        super(TYPE, ts);
        this.slots = new PyObject[size];
    }

    /** A new reference to a node with {@code size} empty slots, owned by {@code ts}'s thread. */
    static Node create(ThreadState ts, int size) {
        return new Node(ts, size);
    }

    int size() {
        return slots.length;
    }

    /** The value in slot {@code i}, borrowed: valid while the caller holds a reference to this node. Plain load. */
    PyObject getBorrowed(int i) {
        return slots[i];
    }

    /**
     * Stores {@code value} (taking over the caller's reference; may be null) in slot {@code i} and returns the old
     * value, whose reference now belongs to the caller (null if the slot was empty). Plain accesses: for a node
     * private to the calling thread.
     */
    PyObject swapStealing(int i, PyObject value) {
        PyObject old = slots[i];
        slots[i] = value;
        return old;
    }

    /**
     * {@link #swapStealing} with a release store, for a slot that other threads read lock-free: a reader that loads
     * {@code value} with {@link #slotAcquire} sees it fully built. Callers serialise writers (the board's lock).
     */
    PyObject swapRelease(int i, PyObject value) {
        PyObject old = slots[i];
        SLOTS.setRelease(slots, i, value);
        return old;
    }

    /** The value in slot {@code i}, loaded with acquire: borrowed and unprotected (the lock-free read validates it). */
    PyObject slotAcquire(int i) {
        return (PyObject) SLOTS.getAcquire(slots, i);
    }

    /** The slots themselves, for {@code RefCount.tryIncrefCompare}'s re-validation of a lock-free read. */
    PyObject[] slotArray() {
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

    /** Called by the toolkit when the node is freed: hand every reference over (the toolkit drops it) and forget it. */
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
    public String repr() {
        return "<Node with " + slots.length + " slots at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
