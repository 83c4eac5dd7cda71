// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;

/**
 * The order in which CPython iterates a set of numbers. ftpython's sets are the keys of a toolkit dict and keep
 * insertion order; CPython's follow its hash table (Objects/setobject.c), and for ints and floats, whose hashes are
 * the same in every CPython process, programs see that order ({@code print({3, 1, 2})} shows {@code {1, 2, 3}}). So a
 * set whose elements are all ints or floats iterates and prints in the order CPython's table would hold them after
 * the same elements were added in the same order: the table is replayed here (its size from 8, linear probing of up
 * to 9 slots then perturbed jumps, growth to 4 times the used count when 3/5 full, rehashing in table order). Sets
 * built by adding (literals, comprehensions, {@code set(list)}, {@code add}) get exactly CPython's order; one whose
 * history included removals or a presized copy may differ where elements collide. Sets of other values (whose
 * hashes CPython randomizes, or which are identities) keep insertion order. {@code set.pop} uses this order only for
 * sets of at most 256 elements ({@code Methods.POP_ORDER_LIMIT}): each pop replays the table.
 */
final class SetOrder {
    private SetOrder() {
    }

    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    /** Whether CPython's order applies: every element an int (bool included) or a float. */
    static boolean applies(PyObject[] keys) {
        if (keys.length < 2) {
            return false;
        }
        for (PyObject k : keys) {
            if (!(k instanceof PyInt) && !(k instanceof PyFloat)) {
                return false;
            }
        }
        return true;
    }

    /** {@code keys} (insertion order) in CPython's table order; the same array when the order does not apply. */
    static PyObject[] order(PyThread t, PyObject[] keys) {
        return order(t, keys, null);
    }

    /**
     * As {@link #order(PyThread, PyObject[])}, for a set that a display of three or more constants made
     * ({@code literal}: its elements then, in order; null otherwise). CPython compiles such a display to a frozenset
     * constant merged into a new set (set_merge): the frozenset is built by adding the display's elements and rebuilt
     * from its own table order when the code's constants are merged; the set's table is presized for twice the count
     * and filled from the frozenset's table (its very layout when the sizes agree). Elements added
     * later continue from there; if the set no longer starts with those elements (one was removed), the plain replay
     * is used.
     */
    static PyObject[] order(PyThread t, PyObject[] keys, Object[] literal) {
        if (!applies(keys)) {
            return keys;
        }
        long[] hashes = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            hashes[i] = Ops.hash(t, keys[i]);
        }
        boolean merged = literal != null && startsWith(keys, literal);
        int prefix = merged ? literal.length : 0; // (a display of 3 constants may hold fewer: {1, 1.0, 2})
        Table table = new Table(8);
        if (merged) {
            // The compiler's frozenset: built from the display's tuple, then rebuilt from its own table order when
            // the code's constants are merged (merge_consts_recursive).
            Table built = new Table(8);
            for (int i = 0; i < prefix; i++) {
                built.add(i, hashes);
            }
            Table frozen = new Table(8);
            for (int slot : built.slots.clone()) {
                if (slot >= 0) {
                    frozen.add(slot, hashes);
                }
            }
            if (prefix * 5 >= 7 * 3) {
                table = new Table(sizeFor(prefix * 2L));
            }
            if (table.mask == frozen.mask) {
                table = frozen; // set_merge copies the pointers: the frozenset's very layout
            } else {
                for (int slot : frozen.slots) {
                    if (slot >= 0) {
                        place(table.slots, table.mask, hashes[slot], slot);
                    }
                }
                table.fill = prefix;
            }
        }
        for (int i = prefix; i < keys.length; i++) {
            table.add(i, hashes);
        }
        PyObject[] out = new PyObject[keys.length];
        int n = 0;
        for (int slot : table.slots) {
            if (slot >= 0) {
                out[n++] = keys[slot];
            }
        }
        return out;
    }

    private static boolean startsWith(PyObject[] keys, Object[] literal) {
        if (keys.length < literal.length) {
            return false;
        }
        for (int i = 0; i < literal.length; i++) {
            if (keys[i] != literal[i]) {
                return false;
            }
        }
        return true;
    }

    /** CPython's table size for a resize to hold {@code minused}: the least power of two above it, from 8. */
    private static int sizeFor(long minused) {
        int size = 8;
        while (size <= minused) {
            size <<= 1;
        }
        return size;
    }

    /** A replayed table: slots hold element indexes (-1 empty); no removals, so fill is the used count. */
    private static final class Table {
        int[] slots;
        int mask;
        int fill;

        Table(int size) {
            slots = newTable(size);
            mask = size - 1;
        }

        /** set_add_entry of a new element, then CPython's growth when 3/5 full (rehashing in table order). */
        void add(int index, long[] hashes) {
            place(slots, mask, hashes[index], index);
            fill++;
            if ((long) fill * 5 >= (long) mask * 3) {
                int size = sizeFor(fill > 50000 ? (long) fill * 2 : (long) fill * 4);
                int[] bigger = newTable(size);
                for (int slot : slots) {
                    if (slot >= 0) {
                        place(bigger, size - 1, hashes[slot], slot);
                    }
                }
                slots = bigger;
                mask = size - 1;
            }
        }
    }

    private static int[] newTable(int size) {
        int[] table = new int[size];
        java.util.Arrays.fill(table, -1);
        return table;
    }

    /** Puts element {@code index} in the first free slot of its probe sequence (the elements are distinct). */
    private static void place(int[] table, int mask, long hash, int index) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] < 0) {
                table[i] = index;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] < 0) {
                        table[i + j] = index;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
