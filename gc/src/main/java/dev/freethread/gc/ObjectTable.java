// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.internal.Header;

/**
 * The concurrent collector's side table: a dense index per object, with an {@code int} (gc_refs) and a {@code byte}
 * (state) per index. The collector cannot borrow a counting field of the header as scratch while mutators run (the
 * STW collector borrows the owner id), so the index lives in the header's 3-byte scratch field, which only the
 * collector writes and which fills what was alignment ({@link Header#gcScratch}), and is confirmed by this table's
 * object array: a stale index from an earlier collection names another object (or none) and is ignored. 9 bytes per
 * object (object, refs, state); objects past the 24-bit index range go to an identity map (slow, only for heaps
 * beyond 16M tracked objects). Collector thread only.
 */
final class ObjectTable {
    final PyObject[] objects;
    final int[] refs;
    final byte[] state;
    int size;
    private java.util.IdentityHashMap<PyObject, Integer> overflow;

    ObjectTable(int expected) {
        int cap = Math.max(1, expected);
        objects = new PyObject[cap];
        refs = new int[cap];
        state = new byte[cap];
    }

    /** The index of {@code o}, adding it if absent (the table must have room: at most {@code expected} objects). */
    int insert(PyObject o) {
        int found = find(o);
        if (found >= 0) {
            return found;
        }
        int index = size++;
        objects[index] = o;
        if (index < Header.GC_SCRATCH_LIMIT) {
            Header.setGcScratch(o, index);
        } else {
            if (overflow == null) {
                overflow = new java.util.IdentityHashMap<>();
            }
            overflow.put(o, index);
        }
        return index;
    }

    /** The index of {@code o}, or -1. */
    int find(PyObject o) {
        int i = Header.gcScratch(o);
        if (i < size && objects[i] == o) {
            return i;
        }
        if (overflow != null) {
            Integer j = overflow.get(o);
            return j == null ? -1 : j;
        }
        return -1;
    }

    /** Bytes this table holds (for the side-table figure in docs/benchmarks.md). */
    long bytes() {
        return (4L + 4L + 1L) * objects.length;
    }
}
