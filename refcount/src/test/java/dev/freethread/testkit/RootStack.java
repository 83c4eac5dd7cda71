// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.RootScanner;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.List;

/**
 * A test thread's explicit root stack (the interpreter's stack slots, DummyVM-style). A slot either owns one
 * reference (push, pushStealing) or holds an uncounted one (pushUncounted: a deferred reference to a deferred object,
 * or a borrowed one), as an interpreter's stack does. The stack registers itself as its thread's
 * {@link RootScanner}: the cycle collector learns the uncounted slots from it (the counted ones are in the counts).
 */
public final class RootStack implements AutoCloseable {
    private final ThreadState ts;
    private final ArrayList<PyObject> slots = new ArrayList<>();
    private final ArrayList<Boolean> counted = new ArrayList<>();
    private final RootScanner scanner = this::scanUncounted;

    public RootStack(ThreadState ts) {
        this.ts = ts;
        ts.setRootScanner(scanner);
    }

    /** Pushes a new reference the caller hands over; returns the object. */
    public <T extends PyObject> T pushStealing(T newReference) {
        slots.add(newReference);
        counted.add(Boolean.TRUE);
        return newReference;
    }

    /** Pushes a new reference to a borrowed object. */
    public <T extends PyObject> T push(T borrowed) {
        RefCount.incref(ts, borrowed);
        slots.add(borrowed);
        counted.add(Boolean.TRUE);
        return borrowed;
    }

    /**
     * Pushes an uncounted reference: a deferred stack reference (CPython's {@code PyStackRef} to a deferred object)
     * or a borrowed one. Reported to the collector as a root; popping it drops nothing.
     */
    public <T extends PyObject> T pushUncounted(T o) {
        slots.add(o);
        counted.add(Boolean.FALSE);
        return o;
    }

    /** Pops the top slot and drops its reference (if it owns one). */
    public void pop() {
        PyObject o = slots.remove(slots.size() - 1);
        if (counted.remove(counted.size() - 1)) {
            RefCount.decref(ts, o);
        }
    }

    public PyObject peek(int fromTop) {
        return slots.get(slots.size() - 1 - fromTop);
    }

    public int depth() {
        return slots.size();
    }

    /** The slots, read-only, for root scanning. */
    public List<PyObject> roots() {
        return List.copyOf(slots);
    }

    private void scanUncounted(ReferenceVisitor visitor) {
        for (int i = 0; i < slots.size(); i++) {
            if (!counted.get(i)) {
                visitor.visit(slots.get(i));
            }
        }
    }

    /** Pops every slot, and stops reporting roots. */
    @Override
    public void close() {
        while (!slots.isEmpty()) {
            pop();
        }
        if (ts.rootScanner() == scanner && ts.thread() == Thread.currentThread()) {
            ts.setRootScanner(null);
        }
    }
}
