// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;

/**
 * The concurrent collector's side table: an open-addressing identity map from object to a dense index, with an
 * {@code int} (gc_refs) and a {@code byte} (state) per index. The collector cannot borrow a header field as scratch
 * while mutators run (the STW collector borrows the owner id), so the per-object working state lives here: 4 bytes
 * of key slot and 4 of index slot per slot at a load factor of at most 1/2, plus 4 + 4 + 1 bytes per object (key,
 * refs, state): at most 25 bytes per object, 17-21 on average (docs/benchmarks.md measures it). Collector thread only.
 */
final class ObjectTable {
    final PyObject[] objects;
    final int[] refs;
    final byte[] state;
    private final int[] slots; // index + 1, 0 = empty
    private final int mask;
    int size;

    ObjectTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        slots = new int[cap];
        mask = cap - 1;
        objects = new PyObject[Math.max(1, expected)];
        refs = new int[objects.length];
        state = new byte[objects.length];
    }

    private static int hash(PyObject o) {
        int h = System.identityHashCode(o);
        return h ^ (h >>> 16) * 0x45d9f3b;
    }

    /** The index of {@code o}, adding it if absent (the table must have room: at most {@code expected} objects). */
    int insert(PyObject o) {
        int i = hash(o) & mask;
        for (;;) {
            int s = slots[i];
            if (s == 0) {
                int index = size++;
                objects[index] = o;
                slots[i] = index + 1;
                return index;
            }
            if (objects[s - 1] == o) {
                return s - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The index of {@code o}, or -1. */
    int find(PyObject o) {
        int i = hash(o) & mask;
        for (;;) {
            int s = slots[i];
            if (s == 0) {
                return -1;
            }
            if (objects[s - 1] == o) {
                return s - 1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Bytes this table holds (for the side-table figure in docs/benchmarks.md). */
    long bytes() {
        return 4L * slots.length + (4L + 4L + 1L) * objects.length;
    }
}
