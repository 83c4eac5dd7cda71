// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of new references (what {@code gc.get_objects()} and friends return as a Python list): each element holds
 * one reference until {@link #close()} drops them all, so try-with-resources cannot leak. Reading an element
 * borrows it from the list. Not thread-safe: one thread uses it.
 */
public final class RefList extends AbstractList<PyObject> implements AutoCloseable {
    private final ThreadState ts;
    private final ArrayList<PyObject> items;
    private boolean closed;

    RefList(ThreadState ts, ArrayList<PyObject> newReferences) {
        this.ts = ts;
        this.items = newReferences;
    }

    @Override
    public PyObject get(int index) {
        checkOpen();
        return items.get(index);
    }

    @Override
    public int size() {
        checkOpen();
        return items.size();
    }

    /** The elements as a plain list, borrowed (valid until {@link #close()}). */
    public List<PyObject> borrowed() {
        checkOpen();
        return java.util.Collections.unmodifiableList(items);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the list's references were released (close() was called)");
        }
    }

    /** Drops every reference the list holds. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (PyObject o : items) {
            RefCount.decref(ts, o);
        }
        items.clear();
    }
}
