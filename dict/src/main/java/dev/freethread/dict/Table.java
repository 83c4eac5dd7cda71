// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.PyObject;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One generation of a dict's storage (CPython's {@code PyDictKeysObject}, combined form): an index table over an
 * entries array. Lock-free readers use it; only the thread holding the owning dict's critical section writes it, and
 * only while it is the dict's current table.
 *
 * <pre>
 *   indices  int[size]        0 = EMPTY, -1 = DUMMY (deleted), e &gt; 0 = entry (e &amp; entryMask) - 1 and, in
 *                             the bits above entryMask, a tag of the entry's hash; size a power of two
 *   hashes   long[usable]     the key's hash, written once per entry
 *   keys     PyObject[usable] the key: written once, nulled at deletion (never reused within this table)
 *   values   PyObject[usable] the value: replaced by setItem, nulled at deletion
 *   nentries                  entries [0, nentries) are published (live or deleted)
 * </pre>
 *
 * <p>Invariants every lock-free read relies on (see the overview in {@link PyDict}):
 * <ol>
 *   <li>An entry slot is used for one key only: once published it is never rewritten with another key (popItem does
 *       not give its entry back as CPython's does); a resize builds a new table instead.</li>
 *   <li>Within a table, an index slot never goes back to EMPTY; a DUMMY slot may take a new entry. So a probe that
 *       meets EMPTY proves the key is absent from this table at the moment the EMPTY was read.</li>
 *   <li>At most {@code usable = size * 2 / 3} slots are ever non-EMPTY, so every probe meets an EMPTY slot and ends.</li>
 *   <li>An entry's hash, key and value are written before its index (and {@code nentries}) are published with release
 *       stores: a reader that acquires the index sees the whole entry.</li>
 * </ol>
 *
 * <p>Accessor names say their memory ordering (see {@code package-info.java}).
 */
final class Table {
    static final int EMPTY = 0;
    static final int DUMMY = -1;
    /** CPython's {@code PyDict_MINSIZE}. */
    static final int MIN_SIZE = 8;

    /** The shared table of a dict that never held anything: no entry can ever be added to it (usable is 0). */
    static final Table EMPTY_TABLE = new Table(1, 0);

    private static final VarHandle INDEX = MethodHandles.arrayElementVarHandle(int[].class);
    private static final VarHandle ENTRY = MethodHandles.arrayElementVarHandle(PyObject[].class);
    private static final VarHandle NENTRIES;

    static {
        try {
            NENTRIES = MethodHandles.lookup().findVarHandle(Table.class, "nentries", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final int[] indices;
    final long[] hashes;
    /**
     * Entry {@code ix}'s key at {@code [2 ix]} and its value at {@code [2 ix + 1]} ({@link #k}, {@link #v}): one array,
     * as CPython's entry struct, so a lookup's key check and value load touch one cache line (two separate arrays
     * cost a third cache miss per lookup in a large dict: docs/benchmarks.md, "Issue 14").
     */
    final PyObject[] entries;
    final int mask;
    /**
     * The low bits of a live index slot: the entry's number + 1 (at most {@code usable}). The bits above them, below
     * the sign, hold a tag: bits of the entry's hash above those that chose its first slot. A probe that meets another
     * key's slot usually tells it apart by the tag, without loading that entry's key and hash (two cache lines in a
     * large dict; CPython loads the entry). Equal keys have equal hashes, so equal tags: a tag only ever rules out.
     */
    final int entryMask;
    private final int entryBits;
    private final int tagShift;
    private final int tagMask;
    /** Published entries; written with release by the writer, read with acquire by iterators. */
    @SuppressWarnings("unused") // through NENTRIES and nentriesPlain
    private int nentries;
    /** Writer only: entries at or above this index are all deleted (popItem's LIFO scan starts below it). */
    int liveEnd;

    private Table(int size, int usable) {
        this.indices = new int[size];
        this.hashes = new long[usable];
        this.entries = new PyObject[2 * usable];
        this.mask = size - 1;
        this.entryBits = 32 - Integer.numberOfLeadingZeros(usable);
        this.entryMask = (1 << entryBits) - 1;
        this.tagShift = Integer.numberOfTrailingZeros(size);
        this.tagMask = (int) ((1L << (31 - entryBits)) - 1);
    }

    /** The live index slot for entry {@code ix} of hash {@code hash}: positive (the sign bit stays clear). */
    int indexFor(int ix, long hash) {
        return (tagOf(hash) << entryBits) | (ix + 1);
    }

    /** The entry a live index slot {@code e > 0} names. */
    int entryOf(int e) {
        return (e & entryMask) - 1;
    }

    /** Whether a live index slot {@code e > 0} may hold a key of hash {@code hash} (false: it certainly does not). */
    boolean tagMatches(int e, long hash) {
        return (e >>> entryBits) == tagOf(hash);
    }

    private int tagOf(long hash) {
        return (int) (hash >>> tagShift) & tagMask;
    }

    /** A new table of {@code size} index slots (a power of two, at least {@link #MIN_SIZE}). */
    static Table ofSize(int size) {
        return new Table(size, usableFor(size));
    }

    /** CPython's {@code USABLE_FRACTION}: entries a table of {@code size} slots may hold. */
    static int usableFor(int size) {
        return (size << 1) / 3;
    }

    /** The smallest power-of-two size, at least {@link #MIN_SIZE}, that holds {@code n} entries after a resize. */
    static int sizeFor(long minSize) {
        long size = MIN_SIZE;
        while (size < minSize) {
            size <<= 1;
        }
        if (size > (1 << 30)) {
            throw new OutOfMemoryError("dict too large: a table of " + size + " slots");
        }
        return (int) size;
    }

    int size() {
        return indices.length;
    }

    int usable() {
        return hashes.length;
    }

    /** The position of entry {@code ix}'s key in {@link #entries}. */
    static int k(int ix) {
        return ix << 1;
    }

    /** The position of entry {@code ix}'s value in {@link #entries}. */
    static int v(int ix) {
        return (ix << 1) | 1;
    }

    /** Entry {@code ix}'s key (plain). */
    PyObject key(int ix) {
        return entries[ix << 1];
    }

    /** Entry {@code ix}'s value (plain: a writer, or a reader of a frozen table). */
    PyObject value(int ix) {
        return entries[(ix << 1) | 1];
    }

    // ---- accessors, named by access mode

    int indexAcquire(int slot) {
        return (int) INDEX.getAcquire(indices, slot);
    }

    void setIndexRelease(int slot, int value) {
        INDEX.setRelease(indices, slot, value);
    }

    PyObject valueAcquire(int ix) {
        return (PyObject) ENTRY.getAcquire(entries, (ix << 1) | 1);
    }

    void setValueRelease(int ix, PyObject v) {
        ENTRY.setRelease(entries, (ix << 1) | 1, v);
    }

    PyObject keyPlain(int ix) {
        return entries[ix << 1];
    }

    PyObject keyAcquire(int ix) {
        return (PyObject) ENTRY.getAcquire(entries, ix << 1);
    }

    void setKeyRelease(int ix, PyObject k) {
        ENTRY.setRelease(entries, ix << 1, k);
    }

    int nentriesAcquire() {
        return (int) NENTRIES.getAcquire(this);
    }

    /** Writer only (holds the dict's critical section). */
    int nentriesPlain() {
        return (int) NENTRIES.get(this);
    }

    private void setNentriesRelease(int n) {
        NENTRIES.setRelease(this, n);
    }

    // ---- probing (CPython's open addressing with perturbation)

    /** The first slot of {@code hash}'s probe sequence. */
    int firstSlot(long hash) {
        return (int) hash & mask;
    }

    /** The slot after {@code slot} in the probe sequence; {@code perturb} is shifted by the caller. */
    int nextSlot(int slot, long perturb) {
        return (int) ((slot * 5L + perturb + 1) & mask);
    }

    /** Writer only: the index slot that holds entry {@code ix} (CPython's {@code lookdict_index}). */
    int slotOfEntry(long hash, int ix) {
        int want = ix + 1;
        long perturb = hash;
        int slot = firstSlot(hash);
        for (;;) {
            int e = indices[slot];
            if (e > 0 && (e & entryMask) == want) {
                return slot;
            }
            if (e == EMPTY) {
                throw new IllegalStateException("dict table corrupt: entry " + ix + " has no index slot");
            }
            perturb >>>= 5;
            slot = nextSlot(slot, perturb);
        }
    }

    /** Writer only: the first EMPTY or DUMMY slot of {@code hash}'s probe sequence (CPython's find_empty_slot). */
    int freeSlot(long hash) {
        long perturb = hash;
        int slot = firstSlot(hash);
        while (indices[slot] > 0) {
            perturb >>>= 5;
            slot = nextSlot(slot, perturb);
        }
        return slot;
    }

    /** Writer only: whether another entry fits without a resize. */
    boolean hasRoom() {
        return nentriesPlain() < hashes.length;
    }

    /**
     * Writer only: writes a new entry after the last one, unpublished: lookups find it once {@link #publishIndex} has
     * run, iterators once {@link #publishEntries} has. The caller has checked {@link #hasRoom()} and transfers one
     * reference to each of {@code key} and {@code value} to the table. Returns the entry's index.
     */
    int writeEntry(long hash, PyObject key, PyObject value) {
        int ix = nentriesPlain();
        hashes[ix] = hash;
        entries[ix << 1] = key;
        entries[(ix << 1) | 1] = value;
        liveEnd = ix + 1;
        return ix;
    }

    /**
     * Writer only: shows entry {@code ix} to iterators ({@code nentries}, release). The dict calls it after it has
     * updated its size, so an iterator that sees the new entry sees the new size too and reports a size change rather
     * than a change of keys ([D5]).
     */
    void publishEntries(int ix) {
        setNentriesRelease(ix + 1);
    }

    /**
     * Writer only: makes entry {@code ix} findable at index slot {@code slot} (from {@link #freeSlot}): the insertion's
     * linearization point. A release store after the entry's fields: a reader that acquires it sees the whole entry
     * ([D2]).
     */
    void publishIndex(int slot, int ix) {
        setIndexRelease(slot, indexFor(ix, hashes[ix]));
    }

    /**
     * Writer only: removes entry {@code ix}, found at index slot {@code slot}; the caller has read the key and value and
     * takes over the table's references to them. The value is nulled first — the deletion's linearization point: a
     * reader that finds the entry without a value treats the key as gone (and re-reads) — then the index becomes DUMMY
     * and the key is nulled.
     */
    void remove(int slot, int ix) {
        setValueRelease(ix, null);
        setIndexRelease(slot, DUMMY);
        setKeyRelease(ix, null);
    }

    /**
     * Writer only: a new table of {@code size} slots holding this table's live entries in order, compacted; the
     * references move to the new table (nothing is counted). This table is left as it was, for readers still in it.
     */
    Table copyLive(int size) {
        Table t = ofSize(size);
        int n = nentriesPlain();
        int j = 0;
        for (int i = 0; i < n; i++) {
            PyObject v = entries[(i << 1) | 1];
            if (v != null) {
                long h = hashes[i];
                t.hashes[j] = h;
                t.entries[j << 1] = entries[i << 1];
                t.entries[(j << 1) | 1] = v;
                t.indices[t.freeSlot(h)] = t.indexFor(j, h);
                j++;
            }
        }
        t.setNentriesRelease(j);
        t.liveEnd = j;
        return t; // published by the dict's volatile table store
    }
}
