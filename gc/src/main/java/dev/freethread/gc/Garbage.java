// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;

/**
 * {@code gc.garbage}: the unreachable objects a collection found while {@link Gc#DEBUG_SAVEALL} was set, kept
 * alive (one reference each) instead of freed. Thread-safe (its own monitor); {@link #clear} drops the references,
 * as {@code gc.garbage.clear()} (or {@code del gc.garbage[:]}) does.
 */
public final class Garbage {
    private final ArrayList<PyObject> items = new ArrayList<>();

    Garbage() {}

    synchronized void addStealing(PyObject o) {
        items.add(o);
    }

    public synchronized int size() {
        return items.size();
    }

    /** The item at {@code index}, borrowed: valid while it stays in the list. */
    public synchronized PyObject get(int index) {
        return items.get(index);
    }

    public synchronized boolean contains(PyObject o) {
        for (PyObject x : items) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    /** Empties the list, dropping its references (which may free the objects, on this thread). */
    public void clear(ThreadState ts) {
        ArrayList<PyObject> out;
        synchronized (this) {
            out = new ArrayList<>(items);
            items.clear();
        }
        for (PyObject o : out) {
            RefCount.decref(ts, o);
        }
    }
}
