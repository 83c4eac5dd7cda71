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
 * object (object, refs, state), and the recorded edges (4 bytes per object and per edge); objects past the 24-bit
 * index range go to an identity map (slow, only for heaps beyond 16M tracked objects). Collector thread only.
 *
 * <p>One table serves collection after collection ({@link #forCollection}, kept by {@link Gc} between them): a table
 * of a million objects is 9 MB of arrays, each larger than a G1 region's half, so a new one per collection was a
 * humongous allocation every few tens of milliseconds with collections back to back, and the JVM's collector threads
 * it woke took the CPU from the mutators on a small machine (docs/benchmarks.md, "Issue 13"). A table is
 * {@link #clear cleared} at the end of each collection (it keeps no object that collection freed), and it is replaced
 * when the heap has shrunk, so its memory follows the heap.
 */
final class ObjectTable {
    final PyObject[] objects;
    final int[] refs;
    final byte[] state;
    int size;
    private java.util.IdentityHashMap<PyObject, Integer> overflow;

    /**
     * Recorded edges (table indices), P1's and then V's: those of index j are {@code edges[edgeStart[j] ..
     * edgeStart[j + 1])}. Kept with the table for the same reason (8 MB of new arrays per collection at 1M objects
     * were humongous allocations, whose young collections showed as millisecond pauses of polling mutators).
     */
    int[] edgeStart;
    int[] edges;

    private ObjectTable(int capacity) {
        objects = new PyObject[capacity];
        refs = new int[capacity];
        state = new byte[capacity];
        edgeStart = new int[capacity + 1];
        edges = new int[Math.max(16, capacity)];
    }

    /**
     * A cleared table with room for {@code expected} objects: {@code spare} when it has room and is at most a quarter
     * (plus 64 entries) larger than needed, else a new one with an eighth of headroom, so that a heap that grows a
     * little between collections keeps its table.
     */
    static ObjectTable forCollection(ObjectTable spare, int expected) {
        if (spare != null && spare.size == 0 && spare.overflow == null && fits(spare.objects.length, expected)) {
            return spare;
        }
        return new ObjectTable(capacityFor(expected));
    }

    /** Whether a kept array of {@code capacity} serves {@code n} entries: room, and at most a quarter (+64) more. */
    static boolean fits(int capacity, int n) {
        return capacity >= n && capacity <= n + (n >> 2) + 64;
    }

    /** The capacity of a new array for {@code n} entries: an eighth of headroom, for a heap that grows a little. */
    static int capacityFor(int n) {
        return Math.max(1, n + (n >> 3));
    }

    /**
     * Empties the table for the next collection (the header scratch fields name no entry once size is 0). The
     * objects this collection freed ({@code freedA}, {@code freedB} states) are dropped; the others stay in their
     * slots, so that the next collection of an unchanged heap finds each one already in place and stores no
     * reference: a million reference stores into an old array per collection were a million card marks for the
     * JVM's collector to refine beside the mutators (docs/benchmarks.md, "Issue 13"). A slot past the next
     * collection's size keeps its object (a shell if a mutator frees it meanwhile) until a collection overwrites it
     * or the table is replaced: at most the table's capacity, never an object the collection freed.
     */
    void clear(byte freedA, byte freedB) {
        for (int i = 0; i < size; i++) {
            byte s = state[i];
            if (s == freedA || s == freedB) {
                objects[i] = null;
            }
        }
        java.util.Arrays.fill(state, 0, size, (byte) 0);
        size = 0;
        overflow = null;
    }

    /** The index of {@code o}, adding it if absent (the table must have room: at most {@code expected} objects). */
    int insert(PyObject o) {
        int scratch = Header.gcScratch(o);
        if (scratch < size && objects[scratch] == o) {
            return scratch;
        }
        if (overflow != null) {
            Integer j = overflow.get(o);
            if (j != null) {
                return j;
            }
        }
        int index = size++;
        if (objects[index] != o) {
            objects[index] = o;
        }
        if (index < Header.GC_SCRATCH_LIMIT) {
            if (scratch != index) {
                // A heap that did not change since the last collection gets the same indices: its headers are not
                // written again, so the collection dirties no cache line of theirs (it shares the memory bus with the
                // mutators: GcBench's throughput mode).
                Header.setGcScratch(o, index);
            }
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

    /** Bytes this table holds, edges included (for the side-table figure in docs/benchmarks.md). */
    long bytes() {
        return (4L + 4L + 1L) * objects.length + 4L * (edgeStart.length + edges.length);
    }
}
