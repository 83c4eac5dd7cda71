// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.ThreadState;

/** Tuple construction with borrowed items (the tuple takes its own reference to each). */
public final class Tuples {
    private Tuples() {}

    /** A new reference to a tuple of {@code items} (borrowed). */
    public static PyTuple of(ThreadState ts, PyObject... items) {
        for (int i = 0; i < items.length; i++) {
            if (items[i] == null) {
                throw new NullPointerException("tuple item " + i + " is null");
            }
        }
        for (PyObject item : items) {
            RefCount.incref(ts, item);
        }
        return PyTuple.stealing(ts, items);
    }
}
