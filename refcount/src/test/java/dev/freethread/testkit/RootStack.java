package dev.freethread.testkit;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.List;

/**
 * A test thread's explicit root stack (the interpreter's stack slots, DummyVM-style): each slot owns one reference.
 * The collector's root scanning will read it; for reference counting it is where a test keeps its references.
 */
public final class RootStack implements AutoCloseable {
    private final ThreadState ts;
    private final ArrayList<PyObject> slots = new ArrayList<>();

    public RootStack(ThreadState ts) {
        this.ts = ts;
    }

    /** Pushes a new reference the caller hands over; returns the object. */
    public <T extends PyObject> T pushStealing(T newReference) {
        slots.add(newReference);
        return newReference;
    }

    /** Pushes a new reference to a borrowed object. */
    public <T extends PyObject> T push(T borrowed) {
        RefCount.incref(ts, borrowed);
        slots.add(borrowed);
        return borrowed;
    }

    /** Pops the top slot and drops its reference. */
    public void pop() {
        RefCount.decref(ts, slots.remove(slots.size() - 1));
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

    /** Pops every slot. */
    @Override
    public void close() {
        while (!slots.isEmpty()) {
            pop();
        }
    }
}
