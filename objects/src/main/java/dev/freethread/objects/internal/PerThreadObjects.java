// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.internal;

import dev.freethread.objects.PyObject;

import java.util.Arrays;

/**
 * The objects of one Runtime whose reference counts are kept per thread (refcount's {@code makePerThread}), by index:
 * each thread counts such an object in slot {@code index} of its own {@link ThreadCore#perThreadCounts} array. The
 * index lives in the object's local-count field ({@link Header#perThreadIndex}). An index is reused only after the
 * collector, with the world stopped, has folded and zeroed every thread's slot for it. Synchronized: registration and
 * release are rare (creation of a type, a function, a module; a collection).
 */
public final class PerThreadObjects {
    private PyObject[] byIndex = new PyObject[16];
    private int[] free = new int[16];
    private int freeCount;
    private int next;

    public PerThreadObjects() {}

    /** Registers an object and returns its new index. */
    public synchronized int register(PyObject o) {
        int i;
        if (freeCount > 0) {
            i = free[--freeCount];
        } else {
            i = next++;
            if (i == byIndex.length) {
                byIndex = Arrays.copyOf(byIndex, i * 2);
            }
        }
        byIndex[i] = o;
        return i;
    }

    /** The object registered at {@code index}, or null. */
    public synchronized PyObject get(int index) {
        return index < next ? byIndex[index] : null;
    }

    /** Releases an index (world stopped, every thread's slot for it zeroed). */
    public synchronized void release(int index) {
        byIndex[index] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = index;
    }

    /** How many indices are in use. */
    public synchronized int registered() {
        return next - freeCount;
    }
}
