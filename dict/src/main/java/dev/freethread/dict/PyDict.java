// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyIterator;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Repr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * {@code dict}: an insertion-ordered hash table with CPython's semantics, safe to share between threads. Lookups
 * ({@link #getItem}, {@link #get}, {@link #contains}, {@link #size}) and iterator steps are lock-free; every other
 * operation holds the dict's critical section (two dicts' for {@link #update(ThreadState, PyDict)},
 * {@link #richCompare} and {@link #or}).
 *
 * <h2>Contract</h2>
 * Each operation is linearizable. Arguments are borrowed; results are new references (the caller releases them).
 * The dict holds one reference to each key and value. A lookup never returns a freed object, never sees a
 * half-written entry and never misses a key that was present for the whole of its call. Keys use
 * {@link PyObject#pyHash} and Python's {@code ==} ({@link Compare}); their errors propagate with the dict unchanged. Iterators
 * ({@link PyDictIterator}) may be shared between threads: they may then hand out an item twice or skip one, but never
 * a freed object.
 *
 * <p>Equality of keys: identity, then {@code stored == key} through {@link Compare#richCompareBool}, CPython's
 * {@code PyObject_RichCompare(startkey, key, Py_EQ)} with its dispatch rules: a key whose type is a proper Python
 * subtype of the stored key's is asked first, then the stored key, then the reflection (NotImplemented moves on). So a
 * binding's float key {@code 1.0} finds the int key {@code 1} as in Python ({@code {1: 'a'}[1.0] == 'a'}: int answers
 * NotImplemented, float's {@code ==} answers True), whichever Java classes implement the types. Exact str and int keys
 * compare without dispatching (no user code can run there: the lock-free fast path).
 */
public class PyDict extends PyObject implements Repr.Nested {
    /*
     * Overview
     *
     * Layout (Table): CPython's compact dict. An int index table (power-of-two size, open addressing, CPython's
     * perturbation probe: slot = slot*5 + perturb + 1, perturb >>>= 5) over the entries in insertion order: a hash
     * array and one array holding each entry's key and value side by side (Table.entries: CPython's entry struct, one
     * cache line per entry). A deletion nulls the value (its linearization point), marks the index
     * DUMMY and nulls the key; an entry slot is never reused within a table (popItem does not hand its entry back,
     * unlike CPython's), so an entry read by a reader can only be the key it was or null. When the entries are used
     * up, a resize builds a new table from the live entries (new size: the power of two >= 3 * used, CPython's
     * GROWTH_RATE) and publishes it with a volatile store to `table`; a deletion that leaves fewer than 1/8 of the
     * usable entries live shrinks the same way (CPython only shrinks at its next growth). `used` is the live count.
     *
     * Writers hold CriticalSection.of(ts, this): one writer at a time changes the current table. A key's hash is
     * computed before the section is entered (it may run user code); equality runs inside it and may run user code
     * that blocks (the section is then suspended and another writer may run) or mutates this dict on the same thread
     * (a nested section on the same object is a no-op). So every locked lookup re-validates after equality: same
     * table, same key in the entry; otherwise it restarts, as CPython's lookdict does (DKIX_KEY_CHANGED).
     *
     * Lock-free read (lookup = findLockFree + takeValue): t = table (volatile); probe t's indices (acquire); an index
     * slot whose tag (bits of its entry's hash, written with the slot in one release store: Table) differs from the
     * key's hash's is another key's, passed over without reading its entry; for an entry whose hash matches, compare
     * the key: identity first; str and int keys (pure equality, no user code) compared directly;
     * any other key is first pinned with tryIncrefCompare on the entry's key slot, compared, released, and the
     * comparison counts only if `table` is still t and the entry still holds that key (else: fall back to the
     * locked lookup, as CPython's compare_generic_threadsafe does). A hit then takes the value with
     * tryIncrefCompare on the entry's value slot and re-checks `table == t`; a miss (an EMPTY slot) re-checks
     * `table == t`. A failed check retries (a few times) and then falls back to the locked lookup. Keys and values
     * are announced with RefCount.enableTryIncref when inserted, so a non-owner's tryIncref succeeds on any live one.
     *
     * The table re-check is not what makes a lookup linearizable: a replaced table is never written again, so a reader
     * still in it sees the dict as it was at the swap, inside its call (Lincheck passes with the hit path's check
     * removed, checked by hand). It keeps the stated invariant (a returned value was in the current table after its
     * reference was taken) and would be needed by a writer that touched replaced tables; tryIncref is what keeps a
     * freed value from being returned.
     *
     * Why no QSBR: CPython frees an old key table only after every thread has passed a quiescent state, because a
     * lock-free reader may still be reading that memory. On the JVM the reader's reference to the old Table keeps its
     * arrays alive, so reading a replaced table is always memory-safe; it is only stale, and the `table == t` check
     * catches that. What still needs protecting is the logical lifetime of the keys and values a stale or current
     * table points to, and that is tryIncref's job: it never revives an object whose free has begun ([R4]).
     *
     * The borrowed read (getBorrowed, issue 14): the same probe with pureOnly (an exact str/int/bool key; a stored key
     * of the same hash that is not pure answers CHANGED instead of running user code), then the value with acquire,
     * no reference and no re-check. A value read from a replaced table is the dict's value at the replacement (inside
     * the call); a null value is a deletion during the call (absent then). What keeps the value alive is that a writer
     * of a shared-read dict defers the references it removes until every attached thread has passed a safepoint
     * ([Q1] in refcount's DeferredDecrefs); the dict is marked shared-read by its first borrowed read, under its mutex
     * ([Q2]). Covered by: BorrowedReadVsRemoveTest.Dict, SharedReadFlagVsWriterTest (jcstress),
     * BorrowedDictLincheckTest, BorrowedReadsTest.
     *
     * Races, each with the test that covers it:
     *  [D1] A lookup races the deletion (or replacement) that frees the value it found: the writer nulls the entry
     *       and then drops the dict's reference; the reader's tryIncref either lands first (the value lives on with
     *       the reader's reference) or fails on the dead object, or lands on a live one whose slot has changed, which
     *       the compare step sees and undoes. Covered by: DictLookupVsDeleteTest (jcstress), DictLincheckTest.
     *  [D2] A lookup races an insertion: it sees either the index slot still EMPTY/DUMMY (a miss, linearized before
     *       the insertion) or the published index, and then, through the acquire, the whole entry — never a key
     *       without its hash or value. Covered by: DictLookupVsResizeTest (jcstress; every insertion there is one),
     *       DictIterationVsInsertTest (jcstress), DictLincheckTest.
     *  [D3] A lookup races a resize: the reader may finish its probe in the old table, whose entries are intact
     *       (nothing is nulled in a replaced table), so it finds what was there; its `table == t` check fails and it
     *       retries in the new table, so a key present throughout is never missed and a value the writer freed after
     *       the resize is never returned (its tryIncref fails, or the table check undoes it).
     *       Covered by: DictLookupVsResizeTest (jcstress), DictLincheckTest.
     *  [D4] A key's equality runs user code that mutates the dict (or blocks, letting another writer in): the
     *       comparison is used only if the table and the entry's key are unchanged afterwards; else the lookup
     *       restarts (locked) or falls back to the lock (lock-free). The key is pinned by a reference meanwhile, so a
     *       deletion cannot free it under the comparison. Covered by: PyDictTest.equalityThatClearsTheDict_restarts,
     *       equalityThatInsertsWithoutResize_keepsTheMatch, equalityThatResizes_restarts.
     *  [D5] An iterator step races insertion or deletion: the step reads `used` (acquire) before the entries and
     *       again after taking an item, and a writer publishes a new entry to iterators (nentries) only after the new
     *       size, so a concurrent insertion is reported as CPython's "changed size" RuntimeError, never as "keys
     *       changed" (which an entry seen before its size would cause); it pins key and value with tryIncrefCompare and
     *       re-checks the table, so it never returns a freed object or a torn (key, value) pair, and within one table
     *       positions are stable, so a key present throughout is not skipped. Covered by: DictIterationVsInsertTest
     *       (jcstress), PyDictTest iterator tests.
     *  [D6] Two threads share one iterator: its position and remaining count advance together by one CAS, so each
     *       entry is claimed by one step (a step that loses the CAS releases what it took and reads again) and the
     *       "keys changed" count is never driven down twice for one item; the iterator keeps its reference to the dict
     *       until it is itself freed (CPython drops it at exhaustion, where two racing steps could drop it twice), so
     *       no step ever reads a freed dict.
     *       Covered by: DictSharedIteratorTest (jcstress; fails with an unguarded CPython-style drop at exhaustion),
     *       PyDictConcurrencyTest.sharedIterator_neverReturnsFreedObjects.
     *  [D7] Writers on two dicts (update, equals, |) hold both dicts' critical sections (a stable order; no deadlock
     *       with a writer taking them the other way). Covered by: PyDictConcurrencyTest.crossUpdates_doNotDeadlock.
     *  [D8] size() races an insertion or deletion: `used` and the store that makes the key present or absent are two
     *       variables, so a reader could see the key present and the old size (CPython's len has this gap). The writer
     *       opens a window (a seqlock-style odd version with a description of the change) around the two stores, and
     *       size() inside a window reads the linearization store itself. Found by DictLincheckTest (model checking:
     *       "contains(3): true, size(): 0" while setDefault(3, 1) ran) before the window existed.
     *       Covered by: DictLincheckTest.
     *  [D9] A copy of an iterator (PyDictIterator.copy, for a binding's __reduce__) races a step of the original:
     *       the copy reads the packed (position, remaining) word once, so it lists what the original had left at one
     *       instant, and it has its own word, so listing it never advances the original. Covered by:
     *       DictIteratorCopyVsStepTest (jcstress; a copy that shares the original's state fails it).
     */

    public static final PyType TYPE = PyType.staticType("dict", PyType.FLAG_GC | PyType.FLAG_TRAVERSE_LOCKED);

    private static final VarHandle USED;
    private static final VarHandle VERSION;

    static {
        try {
            USED = MethodHandles.lookup().findVarHandle(PyDict.class, "used", int.class);
            VERSION = MethodHandles.lookup().findVarHandle(PyDict.class, "version", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Lock-free lookups try this many times before they take the critical section. */
    private static final int OPTIMISTIC_ATTEMPTS = 4;
    /** findLockFree's answers besides an entry index. */
    static final int MISS = -1;
    /** The comparison ran user code and the dict changed meanwhile (CPython's DKIX_KEY_CHANGED). */
    static final int CHANGED = -2;

    /** The current table: replaced (volatile store) by resize and clear; its contents change only under the lock. */
    private volatile Table table = Table.EMPTY_TABLE;
    /** Live entries; written with release under the lock, read with acquire. */
    @SuppressWarnings("unused") // through USED
    private int used;

    /*
     * The size window ([D8]): `used` cannot change in the same store as the index or value that makes a key present
     * or absent, so a writer announces the change first. It writes the window's description (plain), makes `version`
     * odd (release), makes the one store that changes membership (the linearization point), updates `used`, and makes
     * `version` even again (release). size() reads a consistent `used` when the version is even and unchanged around
     * its read, and inside a window it looks at the linearization store itself to decide whether the change has
     * happened. A window has no user code and no blocking call in it.
     */
    private static final int WINDOW_INSERT = 1;
    private static final int WINDOW_DELETE = 2;
    private static final int WINDOW_CLEAR = 3;
    @SuppressWarnings("unused") // through VERSION
    private int version;
    private int windowKind;
    private Table windowTable;
    private int windowSlot;
    private int windowEntry;
    private int windowUsedBefore;
    private int windowUsedAfter;

    private PyDict(ThreadState ts) {
        super(TYPE, ts);
    }

    /**
     * A new, empty dict of a binding's subtype of dict ({@code class D(dict)}); a new reference. The subclass may
     * override the slots ({@link #richCompare}, {@code repr}, {@code traverse} and {@code clearReferences} calling these
     * first, ...); the dict's operations are final. Its keys are compared by the dispatcher, so a binding's key types
     * with their own {@code __eq__} work in it as in any dict.
     *
     * @throws IllegalArgumentException unless {@code type} is a subtype of dict
     */
    protected PyDict(PyType type, ThreadState ts) {
        super(PyType.requireSubtype(type, TYPE), ts);
    }

    /** A new reference to a new, empty dict. */
    public static PyDict create(ThreadState ts) {
        return new PyDict(ts);
    }

    /**
     * {@code dict.fromkeys(iterable, value)}: a new dict mapping each key the iterator yields (new references, taken
     * over: CPython's convention) to {@code value} (borrowed; null means None), in order. If the iterator or a key's
     * hash raises, the keys taken so far are released and the error propagates.
     */
    public static PyDict fromKeys(ThreadState ts, PyIterator keys, PyObject value) {
        Objects.requireNonNull(keys, "keys");
        PyObject v = value == null ? PyNone.NONE : value;
        PyDict d = new PyDict(ts);
        try {
            for (PyObject k = keys.next(ts); k != null; k = keys.next(ts)) {
                try {
                    d.setItem(ts, k, v);
                } finally {
                    RefCount.decref(ts, k);
                }
            }
        } catch (RuntimeException | Error e) {
            RefCount.decref(ts, d);
            throw e;
        }
        return d;
    }

    /**
     * {@link #fromKeys(ThreadState, PyIterator, PyObject)} over Java objects the caller holds references to
     * (borrowed): a Java convenience.
     */
    public static PyDict fromKeys(ThreadState ts, Iterable<? extends PyObject> keys, PyObject value) {
        return fromKeys(ts, RefCount.iterate(keys), value);
    }

    // ---- accessors, named by access mode

    int usedAcquire() {
        return (int) USED.getAcquire(this);
    }

    private int usedPlain() {
        return (int) USED.get(this);
    }

    private void setUsedRelease(int n) {
        USED.setRelease(this, n);
    }

    /** The current table (volatile). For this package's iterators and views. */
    Table tableVolatile() {
        return table;
    }

    // ---- lock-free reads

    /**
     * {@code len(d)}. Lock-free: it retries only when a writer completed a change meanwhile. Linearizable with the
     * lookups ([D8]): a size never disagrees with a membership another thread has already observed.
     */
    public final int size() {
        for (;;) {
            int v1 = (int) VERSION.getAcquire(this);
            int n;
            if ((v1 & 1) == 0) {
                n = usedAcquire();
            } else {
                n = windowLinearized() ? windowUsedAfter : windowUsedBefore;
            }
            VarHandle.loadLoadFence(); // the reads above happen before the version is read again (a seqlock's validate)
            if ((int) VERSION.getAcquire(this) == v1) {
                return n;
            }
        }
    }

    /** Inside a window (read after an odd version): whether its linearization store has been made. */
    private boolean windowLinearized() {
        // Racy reads: a writer may have moved on to another window; then the version check fails and size() retries,
        // so the answer only has to be computed without an exception.
        Table t = windowTable;
        int kind = windowKind;
        int slot = windowSlot;
        int e = windowEntry;
        if (t == null) {
            return false;
        }
        switch (kind) {
            case WINDOW_INSERT:
                if (slot >= t.size() || e >= t.usable()) {
                    return false;
                }
                int idx = t.indexAcquire(slot);
                return idx > 0 && t.entryOf(idx) == e;
            case WINDOW_DELETE:
                return e < t.usable() && t.valueAcquire(e) == null;
            default:
                return table != t;
        }
    }

    /** Writer: opens a size window (see [D8]); the next store the caller makes is its linearization point. */
    private void openWindow(int kind, Table t, int slot, int entry, int usedAfter) {
        windowKind = kind;
        windowTable = t;
        windowSlot = slot;
        windowEntry = entry;
        windowUsedBefore = usedPlain();
        windowUsedAfter = usedAfter;
        VERSION.setRelease(this, (int) VERSION.get(this) + 1); // odd; then the linearization store (release)
    }

    /** Writer: publishes the new size and closes the window. */
    private void closeWindow(int usedAfter) {
        setUsedRelease(usedAfter);
        VERSION.setRelease(this, (int) VERSION.get(this) + 1); // even
        windowTable = null;
    }

    /**
     * {@code d[key]}: a new reference to the value. Lock-free unless a key's equality runs user code that changes the
     * dict or the value keeps changing under the read (then it takes the critical section).
     *
     * @throws PyException KeyError if absent; whatever the key's hash or equality raises
     */
    public final PyObject getItem(ThreadState ts, PyObject key) {
        PyObject v = lookup(ts, key, hashOf(ts, key));
        if (v == null) {
            throw keyError(ts, key);
        }
        return v;
    }

    /** {@code d.get(key)}: a new reference to the value, or to None if absent. Lock-free as {@link #getItem}. */
    public final PyObject get(ThreadState ts, PyObject key) {
        return get(ts, key, PyNone.NONE);
    }

    /** {@code d.get(key, default)}: a new reference to the value, or to {@code dflt} (borrowed) if absent. */
    public final PyObject get(ThreadState ts, PyObject key, PyObject dflt) {
        PyObject v = lookup(ts, key, hashOf(ts, key));
        return v != null ? v : RefCount.newRef(ts, Objects.requireNonNull(dflt, "default"));
    }

    /**
     * {@code d.get(key)} as a <em>borrowed</em> reference: the value, or null if absent, with no reference taken and,
     * in the steady state, no atomic read-modify-write and no store to shared memory. The reference is valid until the
     * calling thread's next safepoint ({@code poll}, {@code detach}, a blocking call, anything that may run user code, a
     * decref included); to keep it longer, {@link RefCount#incref} it before then (docs/architecture.md, "Borrowed
     * references"). Linearizable as {@link #get}.
     *
     * <p>Reaches no safepoint itself when {@code key} is an exact str, int or bool and the dict is already shared-read
     * (its first borrowed read marks it, without waiting when it can: {@link RefCount#tryEnableSharedReads}). Any other
     * key's hash and equality may run user code, and a first read that finds a writer in the dict reads with a new
     * reference: these fall back to {@link #get}'s path, and may reach a safepoint.
     *
     * @throws PyException whatever the key's hash or equality raises
     */
    public final PyObject getBorrowed(ThreadState ts, PyObject key) {
        Objects.requireNonNull(key, "dict key is null");
        if ((RefCount.isSharedRead(this) || RefCount.tryEnableSharedReads(ts, this)) && pureKey(key)) {
            long h = key.pyHash(ts); // exact str, int, bool: no user code
            Table t = table;
            // The first probe, peeled: most hits are there, and C2 compiles this straight line far better than the
            // first turn of findLockFree's loop (docs/benchmarks.md, "Issue 14"). It is findLockFree's first step.
            int e = t.indexAcquire(t.firstSlot(h));
            if (e > 0 && t.tagMatches(e, h)) {
                int ix = t.entryOf(e);
                if (t.keyPlain(ix) == key) {
                    return t.valueAcquire(ix); // [Q1] as below
                }
            } else if (e == Table.EMPTY) {
                return null; // a miss in t, as below
            }
            int ix = findLockFree(ts, t, key, h, true);
            if (ix >= 0) {
                // [Q1] a null value: the entry was deleted during the call (absent at that moment); a value read from a
                // table replaced meanwhile is the dict's value at the replacement (nothing is nulled in a replaced
                // table), and a writer that removes it defers its reference: no re-check, no reference taken.
                return t.valueAcquire(ix);
            }
            if (ix == MISS) {
                return null; // a miss in t: linearized when t was current (the replacement, if any, came later)
            }
        }
        return RefCount.borrowFrom(ts, lookup(ts, key, hashOf(ts, key)));
    }

    /** Whether {@code key}'s hash and equality with a pure stored key run no user code (exact str, int, bool). */
    private static boolean pureKey(PyObject key) {
        Class<?> c = key.getClass();
        return c == PyStr.class || c == PyInt.class || c == PyBool.class;
    }

    /** {@code key in d}. Lock-free as {@link #getItem}. */
    public final boolean contains(ThreadState ts, PyObject key) {
        long h = hashOf(ts, key);
        for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
            Table t = table;
            int ix = findLockFree(ts, t, key, h, false);
            if (ix == CHANGED) {
                break;
            }
            // A hit counts if the entry was still live after it was found, in a table that was current throughout.
            boolean found = ix >= 0 && t.valueAcquire(ix) != null;
            if ((found || ix == MISS) && table == t) {
                return found;
            }
        }
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            return findLocked(ts, key, h) >= 0;
        }
    }

    /** A new reference to the value of {@code key} (hash {@code h}), or null if absent. */
    private PyObject lookup(ThreadState ts, PyObject key, long h) {
        for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
            Table t = table;
            int ix = findLockFree(ts, t, key, h, false);
            if (ix == CHANGED) {
                break;
            }
            if (ix == MISS) {
                if (table == t) {
                    return null; // [D2][D3] a miss in a table that was current throughout
                }
                continue;
            }
            PyObject v = takeValue(ts, t, ix);
            if (v != null) {
                return v;
            }
        }
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            int ix = findLocked(ts, key, h);
            return ix >= 0 ? RefCount.newRef(ts, table.value(ix)) : null;
        }
    }

    /**
     * The reference-taking half of a lock-free read: a new reference to entry {@code ix}'s value in {@code t}, or
     * null if the entry was deleted, the value changed under the read, or {@code t} is no longer current ([D1][D3]).
     * A borrowed read would replace this step (see the overview).
     */
    private PyObject takeValue(ThreadState ts, Table t, int ix) {
        PyObject v = t.valueAcquire(ix);
        if (v == null || !RefCount.tryIncrefCompare(ts, v, t.entries, Table.v(ix))) {
            return null;
        }
        if (table != t) {
            RefCount.decref(ts, v);
            return null;
        }
        return v;
    }

    /**
     * The lock-free probe: the index of {@code key}'s entry in {@code t}, {@link #MISS}, or {@link #CHANGED} when a
     * comparison that ran user code cannot be trusted (or, with {@code pureOnly}, the borrowed read's probe of a pure
     * key, when a stored key of the same hash is not pure: its equality would run user code). The caller re-validates
     * {@code t} against {@link #table}.
     */
    int findLockFree(ThreadState ts, Table t, PyObject key, long h, boolean pureOnly) {
        long perturb = h;
        int slot = t.firstSlot(h);
        for (;;) {
            int e = t.indexAcquire(slot);
            if (e == Table.EMPTY) {
                return MISS;
            }
            if (e > 0 && t.tagMatches(e, h)) {
                int ix = t.entryOf(e);
                PyObject k = t.keyPlain(ix); // published before the index: never a torn entry ([D2])
                if (k == key) {
                    return ix;
                }
                if (k != null && t.hashes[ix] == h) {
                    if (pureEquality(k, key)) {
                        if (pureEquals(k, key)) {
                            return ix;
                        }
                    } else {
                        if (pureOnly) {
                            return CHANGED; // the borrowed read runs no user code: the caller falls back
                        }
                        // [D4] pin the stored key: a writer may delete and free it while its equality runs.
                        if (!RefCount.tryIncrefCompare(ts, k, t.entries, Table.k(ix))) {
                            return CHANGED;
                        }
                        boolean eq;
                        try {
                            eq = keysEqual(ts, k, key);
                        } finally {
                            RefCount.decref(ts, k);
                        }
                        if (table != t || t.keyAcquire(ix) != k) {
                            return CHANGED;
                        }
                        if (eq) {
                            return ix;
                        }
                    }
                }
            }
            perturb >>>= 5;
            slot = t.nextSlot(slot, perturb);
        }
    }

    /**
     * The locked probe (the caller holds this dict's critical section): the index of {@code key}'s entry in the
     * current table, or {@link #MISS}. Restarts when user code run by a comparison changed the dict ([D4]); the
     * table it answers for is the current {@link #table} when it returns (no user code runs after its last check).
     */
    private int findLocked(ThreadState ts, PyObject key, long h) {
        for (;;) {
            Table t = table;
            int ix = findInTableLocked(ts, t, key, h);
            if (ix != CHANGED) {
                return ix;
            }
        }
    }

    private int findInTableLocked(ThreadState ts, Table t, PyObject key, long h) {
        long perturb = h;
        int slot = t.firstSlot(h);
        for (;;) {
            int e = t.indices[slot];
            if (e == Table.EMPTY) {
                return MISS;
            }
            if (e > 0 && t.tagMatches(e, h)) {
                int ix = t.entryOf(e);
                PyObject k = t.key(ix);
                if (k == key) {
                    return ix;
                }
                if (k != null && t.hashes[ix] == h) {
                    if (pureEquality(k, key)) {
                        if (pureEquals(k, key)) {
                            return ix;
                        }
                    } else {
                        RefCount.incref(ts, k); // [D4] alive while its equality runs, whatever that does
                        boolean eq;
                        try {
                            eq = keysEqual(ts, k, key);
                        } finally {
                            RefCount.decref(ts, k);
                        }
                        if (table != t || t.key(ix) != k) {
                            return CHANGED;
                        }
                        if (eq) {
                            return ix;
                        }
                    }
                }
            }
            perturb >>>= 5;
            slot = t.nextSlot(slot, perturb);
        }
    }

    /** Whether both keys' equality is known to run no user code and to need no reference (immutable values). */
    private static boolean pureEquality(PyObject a, PyObject b) {
        Class<?> ca = a.getClass();
        Class<?> cb = b.getClass();
        return (ca == PyStr.class || ca == PyInt.class || ca == PyBool.class)
                && (cb == PyStr.class || cb == PyInt.class || cb == PyBool.class);
    }

    /** Equality of two pure keys: str with str by value; int and bool by value; str never equals an int. */
    private static boolean pureEquals(PyObject a, PyObject b) {
        if (a instanceof PyStr) {
            return b instanceof PyStr && ((PyStr) a).value().equals(((PyStr) b).value());
        }
        return b instanceof PyInt && ((PyInt) a).compareTo((PyInt) b) == 0;
    }

    /** Python's {@code stored == key} for dict keys and values ({@link Compare}'s rules; see the class Javadoc). */
    static boolean keysEqual(ThreadState ts, PyObject stored, PyObject key) {
        return Compare.richCompareBool(ts, stored, key, CompareOp.EQ);
    }

    private static long hashOf(ThreadState ts, PyObject key) {
        Objects.requireNonNull(key, "dict key is null");
        return key.pyHash(ts);
    }

    private static PyException keyError(ThreadState ts, PyObject key) {
        return new PyException("KeyError", Repr.of(ts, key));
    }

    // ---- writes (the caller's thread holds the critical section)

    /**
     * {@code d[key] = value}. An existing equal key keeps its identity (the first inserted key stays; the value is
     * replaced). Blocking (critical section).
     *
     * @throws PyException whatever the key's hash or equality raises; the dict is then unchanged
     */
    public final void setItem(ThreadState ts, PyObject key, PyObject value) {
        long h = hashOf(ts, key);
        Objects.requireNonNull(value, "dict value is null");
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            insertLocked(ts, key, h, value);
        }
    }

    /**
     * {@code d[key] = value} by a caller that already holds this dict's critical section
     * ({@code CriticalSection.of(ts, d)} is its innermost section), so that a check of the caller's own and the store
     * are one atomic step: ftpython's attribute store checks, under the section, that the dict is still its instance's
     * (CPython's gh-149816: no store lands in a dict that {@code o.__dict__ = ...} detached). As {@link #setItem}
     * otherwise; it saves the nested section {@code setItem} would push. As inside any section, a key whose hash or
     * equality runs user code that blocks suspends the section meanwhile, so the caller's check holds only for keys
     * that run none (an exact str).
     *
     * @throws IllegalStateException if the calling thread's innermost section does not hold this dict (the dict is
     *     then unchanged)
     */
    public final void setItemLockHeld(ThreadState ts, PyObject key, PyObject value) {
        if (!CriticalSection.holds(ts, this)) {
            throw new IllegalStateException("setItemLockHeld: the calling thread's innermost critical section does "
                    + "not hold this dict");
        }
        long h = hashOf(ts, key);
        Objects.requireNonNull(value, "dict value is null");
        insertLocked(ts, key, h, value);
    }

    /** Inserts or replaces; borrows {@code key} and {@code value}. Caller holds the section. */
    private void insertLocked(ThreadState ts, PyObject key, long h, PyObject value) {
        storeLocked(ts, findLocked(ts, key, h), key, h, value);
    }

    /**
     * Stores {@code value} at entry {@code ix} of the current table (found by {@link #findLocked}, no user code run
     * since), or, for {@link #MISS}, appends {@code key}. Borrows both. Caller holds the section.
     */
    private void storeLocked(ThreadState ts, int ix, PyObject key, long h, PyObject value) {
        RefCount.incref(ts, value);
        RefCount.enableTryIncref(value);
        if (ix >= 0) {
            Table t = table;
            PyObject old = t.value(ix);
            t.setValueRelease(ix, value); // a replacement's linearization point
            RefCount.releaseRemoved(ts, this, old); // last: it may free the old value and run its finalizer [Q1]
            return;
        }
        RefCount.incref(ts, key);
        RefCount.enableTryIncref(key);
        Table t = table;
        if (!t.hasRoom()) {
            t = resizeLocked(Table.sizeFor(3L * (usedPlain() + 1)));
        }
        int e = t.writeEntry(h, key, value);
        int slot = t.freeSlot(h);
        int n = usedPlain() + 1;
        openWindow(WINDOW_INSERT, t, slot, e, n);
        t.publishIndex(slot, e); // [D8] the insertion's linearization point
        closeWindow(n);
        t.publishEntries(e); // [D5] after the size: iterators see the new size with the new entry
    }

    /** Replaces the table by a compacted copy of {@code size} slots; returns it. Caller holds the section. */
    private Table resizeLocked(int size) {
        Table t = table.copyLive(size);
        table = t; // [D3] volatile: publishes the new table whole; the old one stays intact for readers in it
        return t;
    }

    /**
     * Removes entry {@code ix} of the current table and returns nothing; the caller takes over the table's
     * references to the key and value, which it has read before. Shrinks the table when it is mostly empty.
     */
    private void removeLocked(int ix) {
        Table t = table;
        int slot = t.slotOfEntry(t.hashes[ix], ix);
        int n = usedPlain() - 1;
        openWindow(WINDOW_DELETE, t, slot, ix, n);
        t.remove(slot, ix); // its first store, the value's null, is the deletion's linearization point
        closeWindow(n);
        if (t.size() > 64 && n < t.usable() / 8) {
            resizeLocked(Table.sizeFor(3L * n));
        }
    }

    /**
     * {@code del d[key]}. Blocking.
     *
     * @throws PyException KeyError if absent; whatever the key's hash or equality raises
     */
    public final void delItem(ThreadState ts, PyObject key) {
        long h = hashOf(ts, key);
        PyObject k;
        PyObject v;
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            int ix = findLocked(ts, key, h);
            if (ix < 0) {
                throw keyError(ts, key);
            }
            Table t = table;
            k = t.key(ix);
            v = t.value(ix);
            removeLocked(ix);
            releaseRemoved(ts, k, v);
        }
    }

    /** Drops the references a removed entry held (value first, then key), deferred if this dict is shared-read. */
    private void releaseRemoved(ThreadState ts, PyObject k, PyObject v) {
        try {
            RefCount.releaseRemoved(ts, this, v);
        } finally {
            RefCount.releaseRemoved(ts, this, k);
        }
    }

    /** Drops the references a removed entry held: value first, then key (CPython's order). */
    private static void release(ThreadState ts, PyObject k, PyObject v) {
        try {
            RefCount.decref(ts, v);
        } finally {
            RefCount.decref(ts, k);
        }
    }

    /**
     * {@code d.pop(key)}: removes the key and returns a new reference to its value. Blocking.
     *
     * @throws PyException KeyError if absent
     */
    public final PyObject pop(ThreadState ts, PyObject key) {
        PyObject v = popOrNull(ts, key);
        if (v == null) {
            throw keyError(ts, key);
        }
        return v;
    }

    /** {@code d.pop(key, default)}: the value (new reference), or {@code dflt} (borrowed, new reference) if absent. */
    public final PyObject pop(ThreadState ts, PyObject key, PyObject dflt) {
        Objects.requireNonNull(dflt, "default");
        PyObject v = popOrNull(ts, key);
        return v != null ? v : RefCount.newRef(ts, dflt);
    }

    private PyObject popOrNull(ThreadState ts, PyObject key) {
        long h = hashOf(ts, key);
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            int ix = findLocked(ts, key, h);
            if (ix < 0) {
                return null;
            }
            Table t = table;
            PyObject k = t.key(ix);
            PyObject v = t.value(ix);
            removeLocked(ix);
            RefCount.releaseRemoved(ts, this, k);
            return RefCount.handOverRemoved(ts, this, v); // the table's reference to the value passes to the caller
        }
    }

    /**
     * {@code d.popitem()}: removes the last inserted item (LIFO) and returns a new reference to a {@code (key, value)}
     * tuple. Blocking.
     *
     * @throws PyException KeyError {@code 'popitem(): dictionary is empty'}
     */
    public final PyTuple popItem(ThreadState ts) {
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            if (usedPlain() == 0) {
                throw new PyException("KeyError", "'popitem(): dictionary is empty'");
            }
            Table t = table;
            int i = t.liveEnd - 1;
            while (t.value(i) == null) {
                i--;
            }
            PyObject k = t.key(i);
            PyObject v = t.value(i);
            t.liveEnd = i; // entries from i up are all deleted: the next popItem scans from below
            removeLocked(i);
            // the table's references pass to the tuple
            return PyTuple.stealing(ts, RefCount.handOverRemoved(ts, this, k), RefCount.handOverRemoved(ts, this, v));
        }
    }

    /**
     * {@code d.setdefault(key, default)}: the value of {@code key} (new reference); if absent, inserts
     * {@code dflt} (borrowed; null means None) first. Blocking.
     */
    public final PyObject setDefault(ThreadState ts, PyObject key, PyObject dflt) {
        PyObject d = dflt == null ? PyNone.NONE : dflt;
        long h = hashOf(ts, key);
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            int ix = findLocked(ts, key, h);
            if (ix >= 0) {
                return RefCount.newRef(ts, table.value(ix));
            }
            storeLocked(ts, MISS, key, h, d); // no user code ran since the miss
            return RefCount.newRef(ts, d);
        }
    }

    /** {@code d.setdefault(key)}: {@link #setDefault(ThreadState, PyObject, PyObject)} with None. */
    public final PyObject setDefault(ThreadState ts, PyObject key) {
        return setDefault(ts, key, null);
    }

    /** {@code d.clear()}: drops every key and value. Blocking. */
    public final void clear(ThreadState ts) {
        Table old;
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            old = table;
            if (usedPlain() == 0) {
                return;
            }
            openWindow(WINDOW_CLEAR, old, 0, 0, 0);
            table = Table.EMPTY_TABLE; // [D3][D8] readers in the old table fail their table check
            closeWindow(0);
            // Release under the section, as CPython does; a finalizer that runs here sees the dict already empty.
            releaseAll(ts, old, RefCount.isSharedRead(this));
        }
    }

    /** Drops the references held by every live entry of a table no longer current. */
    private static void releaseAll(ThreadState ts, Table old, boolean deferred) {
        int n = old.nentriesPlain();
        Throwable first = null;
        for (int i = 0; i < n; i++) {
            PyObject v = old.value(i);
            if (v != null) {
                try {
                    if (deferred) { // [Q1] a borrowed reader may still hold them
                        RefCount.decrefAfterGracePeriod(ts, v);
                        RefCount.decrefAfterGracePeriod(ts, old.key(i));
                    } else {
                        release(ts, old.key(i), v);
                    }
                } catch (RuntimeException | Error e) {
                    if (first == null) {
                        first = e;
                    }
                }
            }
        }
        if (first instanceof RuntimeException) {
            throw (RuntimeException) first;
        } else if (first != null) {
            throw (Error) first;
        }
    }

    /** {@code d.copy()}: a new reference to a shallow copy, in the same order. Blocking. */
    public final PyDict copy(ThreadState ts) {
        PyDict c = new PyDict(ts);
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Table t = table;
            int n = usedPlain();
            if (n > 0) {
                Table ct = t.copyLive(Table.sizeFor((3L * n + 1) / 2 + 1));
                int m = ct.nentriesPlain();
                for (int i = 0; i < m; i++) {
                    RefCount.incref(ts, ct.key(i));
                    RefCount.incref(ts, ct.value(i));
                }
                c.table = ct;
                c.setUsedRelease(m);
            }
        }
        return c;
    }

    /**
     * {@code d.update(other)}: inserts every item of {@code other} in its order; both dicts' sections are held.
     * Blocking.
     *
     * @throws PyException RuntimeError {@code 'dict mutated during update'} if a key's equality changed
     *                     {@code other}; whatever a key's equality raises (items before it are inserted)
     */
    public final void update(ThreadState ts, PyDict other) {
        Objects.requireNonNull(other, "other");
        if (other == this) {
            return; // d.update(d) changes nothing
        }
        try (CriticalSection cs = CriticalSection.of(ts, this, other)) {
            Table ot = other.table;
            int oused = other.usedPlain();
            int n = ot.nentriesPlain();
            for (int i = 0; i < n; i++) {
                PyObject v = ot.value(i);
                if (v == null) {
                    continue;
                }
                PyObject k = ot.key(i);
                RefCount.incref(ts, k); // pinned: a key's equality may run user code that changes other
                RefCount.incref(ts, v);
                try {
                    insertLocked(ts, k, ot.hashes[i], v);
                } finally {
                    release(ts, k, v);
                }
                if (other.table != ot || other.usedPlain() != oused) {
                    throw new PyException("RuntimeError", "dict mutated during update");
                }
            }
        }
    }

    /**
     * {@code d.update(pairs)}: inserts each {@code (key, value)} pair the iterator yields (new references, taken over:
     * CPython's convention), in order; the section is held throughout (the iterator runs inside it, suspending it if
     * it blocks), as CPython's {@code PyDict_MergeFromSeq2}. Blocking.
     *
     * @throws PyException TypeError for an element that is not a tuple, ValueError for one whose length is not 2
     *                     (CPython's messages); items before it are inserted
     */
    public final void update(ThreadState ts, PyIterator pairs) {
        Objects.requireNonNull(pairs, "pairs");
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            int i = 0;
            for (PyObject p = pairs.next(ts); p != null; p = pairs.next(ts)) {
                try {
                    if (!(p instanceof PyTuple)) {
                        throw new PyException("TypeError",
                                "cannot convert dictionary update sequence element #" + i + " to a sequence");
                    }
                    PyTuple pair = (PyTuple) p;
                    if (pair.size() != 2) {
                        throw new PyException("ValueError", "dictionary update sequence element #" + i
                                + " has length " + pair.size() + "; 2 is required");
                    }
                    PyObject k = pair.getItemBorrowed(0);
                    insertLocked(ts, k, hashOf(ts, k), pair.getItemBorrowed(1));
                } finally {
                    RefCount.decref(ts, p);
                }
                i++;
            }
        }
    }

    /** {@link #update(ThreadState, PyIterator)} over Java pairs the caller holds references to: a Java convenience. */
    public final void update(ThreadState ts, Iterable<? extends PyObject> pairs) {
        update(ts, RefCount.iterate(Objects.requireNonNull(pairs, "pairs")));
    }

    /** {@code d | other}: a new reference to a new dict, {@code d}'s items updated by {@code other}'s. Blocking. */
    public final PyDict or(ThreadState ts, PyDict other) {
        Objects.requireNonNull(other, "other");
        PyDict r = copy(ts);
        try {
            r.update(ts, other);
        } catch (RuntimeException | Error e) {
            RefCount.decref(ts, r);
            throw e;
        }
        return r;
    }

    /** {@code d |= other}: {@link #update(ThreadState, PyDict)}; returns a new reference to this dict. */
    public final PyDict inPlaceOr(ThreadState ts, PyDict other) {
        update(ts, other);
        return RefCount.newRef(ts, this);
    }

    /** {@code d |= pairs}: {@link #update(ThreadState, Iterable)}; returns a new reference to this dict. */
    public final PyDict inPlaceOr(ThreadState ts, Iterable<? extends PyObject> pairs) {
        update(ts, pairs);
        return RefCount.newRef(ts, this);
    }

    /**
     * dict's comparisons, as CPython's {@code dict_richcompare}: {@code ==} and {@code !=} with another dict (a
     * binding's subclass included); NotImplemented otherwise (so {@code d < e} raises TypeError through
     * {@link Compare}). Equal: same size and, for every key of {@code d}, an equal key in {@code other} with an equal
     * value ({@link Compare#richCompareBool}, the dict's value on the left). Both sections are held; entries are
     * re-read after every comparison (which may run user code). Blocking. The recursion level is the dispatcher's
     * ({@code d1 = {0: d1}; d2 = {0: d2}; d1 == d2} raises RecursionError, with both sections released).
     */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject w, CompareOp op) {
        if (!(w instanceof PyDict) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(dictEqual(ts, (PyDict) w) == (op == CompareOp.EQ));
    }

    /** {@code bool(d)}: not empty. */
    @Override
    public boolean pyBool(ThreadState ts) {
        return usedAcquire() != 0;
    }

    private boolean dictEqual(ThreadState ts, PyDict other) {
        if (other == this) {
            return true;
        }
        try (CriticalSection cs = CriticalSection.of(ts, this, other)) {
            if (usedPlain() != other.usedPlain()) {
                return false;
            }
            for (int i = 0; ; i++) {
                Table t = table; // re-read: a comparison may have changed this dict
                if (i >= t.nentriesPlain()) {
                    return true;
                }
                PyObject v = t.value(i);
                if (v == null) {
                    continue;
                }
                PyObject k = t.key(i);
                long h = t.hashes[i];
                RefCount.incref(ts, k);
                RefCount.incref(ts, v);
                try {
                    int oix = other.findLocked(ts, k, h);
                    if (oix < 0) {
                        return false;
                    }
                    PyObject ov = RefCount.newRef(ts, other.table.value(oix));
                    try {
                        if (ov != v && !keysEqual(ts, v, ov)) {
                            return false;
                        }
                    } finally {
                        RefCount.decref(ts, ov);
                    }
                } finally {
                    release(ts, k, v);
                }
            }
        }
    }

    /** {@code hash(d)}: dicts are unhashable ({@code hash({})} raises {@code TypeError: unhashable type: 'dict'}). */
    @Override
    public long pyHash(ThreadState ts) {
        throw new PyException("TypeError", "unhashable type: 'dict'");
    }

    // ---- views and iteration

    /** {@code iter(d)}: a new reference to an iterator over the keys. */
    public final PyDictIterator iter(ThreadState ts) {
        return PyDictIterator.create(ts, this, PyDictIterator.Kind.KEYS);
    }

    /** {@code d.keys()}: a new reference to a live view of the keys. */
    public final PyDictView keys(ThreadState ts) {
        return PyDictView.create(ts, this, PyDictIterator.Kind.KEYS);
    }

    /** {@code d.values()}: a new reference to a live view of the values. */
    public final PyDictView values(ThreadState ts) {
        return PyDictView.create(ts, this, PyDictIterator.Kind.VALUES);
    }

    /** {@code d.items()}: a new reference to a live view of the {@code (key, value)} pairs. */
    public final PyDictView items(ThreadState ts) {
        return PyDictView.create(ts, this, PyDictIterator.Kind.ITEMS);
    }

    /** The index array, the hash and entry arrays and the header: what a deferred decref keeps alive. */
    @Override
    public long retainedSizeHint() {
        Table t = table;
        return 64 + 4L * t.indices.length + 16L * t.hashes.length;
    }

    // ---- the collector's slots

    /** Reports every key and value of the current table. No user code. */
    @Override
    public void traverse(ReferenceVisitor visitor) {
        Table t = table;
        int n = t.nentriesAcquire();
        for (int i = 0; i < n; i++) {
            PyObject v = t.valueAcquire(i);
            if (v != null) {
                PyObject k = t.keyAcquire(i);
                if (k != null) {
                    visitor.visit(k);
                }
                visitor.visit(v);
            }
        }
    }

    /**
     * Hands over every key and value and forgets them: the dict is empty afterwards (deallocation, and the collector
     * breaking a cycle). No user code.
     */
    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        Table t = table;
        table = Table.EMPTY_TABLE;
        setUsedRelease(0);
        int n = t.nentriesPlain();
        for (int i = 0; i < n; i++) {
            PyObject v = t.value(i);
            if (v != null) {
                visitor.visit(v);
                visitor.visit(t.key(i));
            }
        }
    }

    /**
     * {@code repr(d)}: <code>{1: 'a', 2: {...}}</code> (a dict met again inside its own repr, through any containers,
     * prints as <code>{...}</code>); nested deeper than the recursion limit it raises RecursionError ({@link Repr}).
     */
    @Override
    public String repr() {
        return Repr.of(null, this);
    }

    /** {@code repr(d)} with the calling thread's recursion limit, keys and values printed with {@code repr(ts)}. */
    @Override
    public String repr(ThreadState ts) {
        return Repr.of(ts, this);
    }

    /**
     * Prints the entries. With a thread state, entry by entry by index, each key and value read under the dict's
     * section as a new reference and printed outside it (CPython's dict_repr holds them too: a key's or value's repr
     * is user code, during which another thread, or that code, may remove the entry and drop its last reference; a
     * dict emptied meanwhile ends the repr, as in CPython; lifetime edge E19, jcstress ReprVsDeleteTest); without one
     * (no user code), the current table read lock-free, entries being written skipped.
     */
    @Override
    public void reprInto(StringBuilder b, Repr ctx) {
        ThreadState ts = ctx.threadState();
        if (ts != null) {
            b.append('{');
            boolean first = true;
            for (int i = 0; ; i++) {
                PyObject k;
                PyObject v;
                try (CriticalSection cs = CriticalSection.of(ts, this)) {
                    Table t = table;
                    int n = t.nentriesAcquire();
                    while (i < n && (t.valueAcquire(i) == null || t.keyAcquire(i) == null)) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    k = RefCount.newRef(ts, t.keyAcquire(i));
                    v = RefCount.newRef(ts, t.valueAcquire(i));
                }
                try {
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    ctx.item(b, k);
                    b.append(": ");
                    ctx.item(b, v);
                } finally {
                    RefCount.decref(ts, k);
                    RefCount.decref(ts, v);
                }
            }
            b.append('}');
            return;
        }
        Table t = table;
        int n = t.nentriesAcquire();
        b.append('{');
        boolean first = true;
        for (int i = 0; i < n; i++) {
            PyObject v = t.valueAcquire(i);
            PyObject k = t.keyAcquire(i);
            if (v != null && k != null) {
                if (!first) {
                    b.append(", ");
                }
                ctx.item(b, k);
                b.append(": ");
                ctx.item(b, v);
                first = false;
            }
        }
        b.append('}');
    }

    @Override
    public String recursiveRepr() {
        return "{...}";
    }
}
