// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyMutex;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyIterator;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Repr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code list}: CPython's list, safe to share between threads without a global lock. Reads of one item
 * ({@link #getItem}), {@link #size}, the item loads of {@link #contains}, {@link #index}, {@link #count} and every
 * iterator step are lock-free; every writer holds the list's critical section ({@link CriticalSection}), two lists'
 * when it reads another list ({@link #extend(ThreadState, PyList)}, {@link #richCompare}, {@link #concat}).
 *
 * <p>Every single operation is linearizable. Iteration is not one operation: as CPython's, an iterator is
 * index-based, never raises for a concurrent modification, and stops at the current end.
 *
 * <p>References: arguments are borrowed, results are new references (a method named {@code ...Borrowed} would say
 * otherwise; there is none). Every item stored is announced for lock-free readers
 * ({@link RefCount#enableTryIncref}). Operations that call user code ({@code pyEquals}, {@code pyLessThan}, a key
 * function, an iterator, a finalizer run by a decrement) may let other threads in between: the critical section is
 * suspended while such code blocks, and each operation re-reads the list's state after every such call.
 *
 * <p>Calling thread: {@code ts}'s own thread, attached.
 */
public class PyList extends PyObject implements Repr.Nested {
    /*
     * Overview
     *
     * Layout. The list holds one volatile reference, `items`, to an Items object: a slot array whose length is the
     * capacity (over-allocated as CPython's list_resize: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...; shrunk when the
     * size falls below half the capacity) and a volatile `state` word, (version << 32) | size. Slots at index >= size
     * are null. An Items object is in one of two states:
     *   current -> frozen
     * It is current while `items` points to it; writers (holding the critical section) may then change its size and
     * its slots, but only in these ways: store a slot below the size (setItem), append at the end (size first, then
     * the slot), remove at the end (the slot first, then the size). Every other change (insert, delete inside, slices,
     * reverse, clear, growth, shrinking, sort) builds a new Items and publishes it with one volatile write; the old
     * one is frozen from then on: no thread ever writes to it or to its slot array again (every publication brings a
     * new slot array, or the shared empty one; the sort sorts a copy), and `items` never points to it again (a new
     * Items object is allocated for every publication). Hence the invariants every lock-free read rests on:
     *
     *   (I1) for the current Items, slot k is non-null only if k < size, at every moment (the writer's two orders
     *        above keep it: a reader that sees a slot non-null also sees the size that covers it);
     *   (I2) an Items object that a reader finds current at two moments was current at every moment in between;
     *   (I3) a frozen Items is an exact snapshot of the list at the moment it was replaced: a read of its slot k that
     *        finds an item found the list's item k at a moment between the load of `items` and the read.
     *
     * The lock-free read of index k >= 0 (itemOrNull):
     *   1. it = items (volatile); n = it.size (volatile). If k >= n and `items` is still `it`, the answer is "out of
     *      range", linearized at the size read (it was current then, by I2).
     *   2. o = it.slots[k] (acquire). RefCount.tryIncrefCompare(ts, o, slots, k): a reference is taken only while o is
     *      alive, and the slot still holds o after it was taken (acquire re-read).
     *   3. Re-validate: `items` is still `it` (volatile). By I2 `it` was current at the re-read of step 2, and by I1
     *      k < size then: o was the list's item k at that moment, the linearization point.
     *   Any failure (null slot, tryIncref refused, slot changed, Items replaced) drops the reference taken, if any,
     *   and takes the locked path: the critical section, then a plain read and incref (the list's own reference keeps
     *   the item alive while the section is held). So the read is lock-free on the fast path and blocking only when
     *   it raced a writer.
     * A negative index is resolved against the size read in step 1, so step 3 also checks that the state word
     *   (version and size) is unchanged: the size was n at the linearization point, so index -j meant n - j then.
     * What step 3 is for: by I3 a read of a frozen Items is linearizable at the moment it was replaced anyway; the
     *   exception is a negative index ([L5]), resolved against a size that may have changed since. Step 3 keeps the
     *   counted read's argument simple at the price of one volatile load (plain on x86); the borrowed read, whose
     *   cost is the point, does without it (below).
     *
     * Writers: every writer holds the list's critical section, except that append takes the bare mutex when the thread
     * holds no section at all (CriticalSection.isHeld): the same mutex, so the same exclusion, and with no section
     * held there is nothing to suspend and no enclosing section on this list to nest into. (The section's record costs
     * more than a whole synchronized block: docs/benchmarks.md, "list".)
     *
     * Races, each with the test that covers it (jcstress tests in stress/src/main/java/dev/freethread/stress/list/,
     * Lincheck in stress/src/test/java/dev/freethread/stress/list/):
     *  [L1] getItem races the pop that removes the item and frees it (the popping thread drops the reference it was
     *       handed). The pop nulls the slot (release) before lowering the size. The reader's tryIncref either fails
     *       (the item is freed: its count is in the dead zone, tryIncref never revives it), or succeeds before the
     *       free and its re-read finds the slot null (it drops its reference again: that decrement may be the one
     *       that frees the item, never a second free), or succeeds and finds the item still there (linearized before
     *       the pop, and the item lives on with the reader's reference). Covered by: GetItemVsPopTest (jcstress),
     *       ListLincheckTest.
     *  [L2] getItem races an append that grows the array: the appender copies the slots into a new array and
     *       publishes a new Items; the reader may still read the old one, whose slots hold the same items (their
     *       references moved to the new array with the copy, none was dropped), so its tryIncref succeeds (and its
     *       re-validation sees the new Items and retries under the lock; without that, the snapshot it read would
     *       still be a linearizable answer). Never a read past the end (the old array is
     *       read only below its frozen size) and never a stale array after the append returned (the append's
     *       publication is a volatile write the reader's first read of `items` follows).
     *       Covered by: GetItemVsGrowingAppendTest (jcstress), ListLincheckTest.
     *  [L3] getItem at index n races an append into spare capacity: the size is raised before the slot is stored, so
     *       the reader may see size n + 1 and a null slot; it then takes the lock and waits for the append (I1: never
     *       the other way round, a slot visible beyond the size). Covered by: GetItemVsGrowingAppendTest (the second
     *       append of the two lands in spare capacity), ListLincheckTest.
     *  [L4] getItem races a change that moves items (insert, pop or delete inside, remove, slices, reverse): these
     *       never shift items inside the current array, which a reader could see half-moved (item k already
     *       replaced by item k - 1 while the size is unchanged: not linearizable); they publish a new Items.
     *       Covered by: ListLincheckTest (insert, pop, remove against getItem).
     *  [L5] getItem with a negative index races appends and pops: resolved against the size of step 1 and checked by
     *       the state word's version. Exercised by: ListLincheckTest (indices -2..2), which did not notice the check
     *       removed (the window needs a pop and an append between two loads of one read): the argument carries it.
     *  [L6] An iterator races clear: clear publishes an empty Items, then drops the old items outside the section; the
     *       iterator's read of the old Items fails tryIncref (freed) or re-validation, retries under the lock, finds
     *       the list empty and stops. It never returns a freed item, never drops a reference twice: the iterator's
     *       own reference to the list is released exactly once, by the thread whose CAS cleared its `seq` field.
     *       Covered by: IterationVsClearTest (jcstress), PyListIteratorTest (a shared iterator).
     *  [L7] A sort publishes an empty marker Items, then sorts a copy of the old slot array: the old Items stays
     *       the exact snapshot I3 promises (before issue 14 the sort permuted it in place, and readers depended on a
     *       fence and step 3 to never return a half-sorted view). A reader of the old Items sees the list before the
     *       sort; any later reader sees it empty, then sorted. Whoever modifies the list meanwhile replaces the marker
     *       (it has no capacity, so even an append publishes a new Items), which is how the sort detects it.
     *       Covered by: GetItemVsSortTest (jcstress, the counted read), GetItemBorrowedVsSortTest (jcstress, the
     *       borrowed read, which has no step 3: it fails when the sort permutes the old array in place),
     *       PyListSortTest (modification by key and comparison, concurrent readers during a sort, both reads).
     *  [L8] setItem races getItem on the same slot: the reader's re-read after tryIncref sees the new item (it drops
     *       the old one's reference and retries) or the old one (linearized before the store); the old item's list
     *       reference is dropped after the section ends. Covered by: ListLincheckTest.
     *
     * Why no QSBR: CPython frees a replaced item array only after every thread has passed a quiescent state, because a
     * lock-free reader may still be reading it. Here a reader's Java reference to the Items (and its array) keeps the
     * memory alive, so a stale array is always safe to read; what the protocol must guard is the items' logical
     * lifetime, which tryIncref (never reviving a freed object) and the re-validation do. docs/list.md has the story.
     *
     * The borrowed read (getItemBorrowed, issue 14) brings QSBR back for item lifetimes, not for arrays: it loads
     * `items`, then the slot (acquire), and takes no reference. If that Items was still current at the slot's load,
     * the item was item k then (I1); if it had been replaced, the item was item k when it was (I3). Either moment lies
     * between the two loads, so the read is linearizable with no re-check (COWAL's get has none either: its arrays
     * are immutable, ours are once frozen). A writer of a shared-read list defers every reference it removes until
     * every attached thread has passed a safepoint ([Q1] in refcount's DeferredDecrefs); the list is marked
     * shared-read by its first borrowed read, under its mutex ([Q2]), which append's bare-mutex path takes too.
     * Covered by: BorrowedReadVsRemoveTest.List and GetItemBorrowedVsSortTest (jcstress),
     * ListLincheckTest.getItemBorrowed, BorrowedReadsTest.
     */

    /** The {@code list} type: a container the collector tracks. */
    public static final PyType TYPE = PyType.staticType("list", PyType.FLAG_GC | PyType.FLAG_TRAVERSE_LOCKED);

    /** The largest size: Java arrays stop a little below {@code Integer.MAX_VALUE}. */
    static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private static final PyObject[] NO_SLOTS = new PyObject[0];
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(PyObject[].class);
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Items.class, "state", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A slot array and the size of the list in it. See the overview for the current -> frozen lifecycle. */
    static final class Items {
        final PyObject[] slots;
        /** (version << 32) | size; written only while current, by the section holder; the version counts changes. */
        volatile long state;

        Items(PyObject[] slots, int size) {
            this.slots = slots;
            this.state = size;
        }

        int sizeVolatile() {
            return (int) state;
        }

        /** Sets the size and advances the version (volatile). Caller holds the section; this Items is current. */
        void setSizeVolatile(int size) {
            state = (((state >>> 32) + 1) << 32) | size;
        }

        /**
         * Raises the size and advances the version with a release store, for appends into spare capacity ([L3]). A
         * release is all [L3] needs: the slot stores that follow are releases too, so a reader whose acquire finds a
         * new slot also finds the new size (I1), and the state's only writer is the section holder. The full fence a
         * volatile store adds orders nothing here (no load follows it before the mutex's unlock, itself a CAS); it
         * was a third of the uncontended append of an immortal item (docs/benchmarks.md, "Issue 16").
         */
        void raiseSizeRelease(int size) {
            STATE.setRelease(this, (((state >>> 32) + 1) << 32) | size);
        }
    }

    private volatile Items items;

    private PyList(ThreadState ts, Items items) {
        super(TYPE, ts);
        this.items = items;
    }

    /**
     * A new, empty list of a binding's subtype of list ({@code class L(list)}); a new reference. The subclass may
     * override the slots ({@link #richCompare}, {@code pyHash}, {@code repr}, {@code traverse} and
     * {@code clearReferences} calling these first, ...); the list's operations are final.
     *
     * @throws IllegalArgumentException unless {@code type} is a subtype of list
     */
    protected PyList(PyType type, ThreadState ts) {
        super(PyType.requireSubtype(type, TYPE), ts);
        this.items = new Items(NO_SLOTS, 0);
    }

    /** A new, empty list ({@code []}); a new reference. */
    public static PyList create(ThreadState ts) {
        return new PyList(ts, new Items(NO_SLOTS, 0));
    }

    /** A new list of {@code items} (borrowed: the list takes its own reference to each); a new reference. */
    public static PyList of(ThreadState ts, PyObject... items) {
        for (int i = 0; i < items.length; i++) {
            if (items[i] == null) {
                throw new NullPointerException("list item " + i + " is null");
            }
        }
        PyObject[] slots = new PyObject[capacityFor(0, 0, items.length)];
        for (int i = 0; i < items.length; i++) {
            slots[i] = adopt(ts, items[i]);
        }
        return new PyList(ts, new Items(slots, items.length));
    }

    /** A new list taking over one reference to each of {@code slots[0, n)}, already announced (see {@link #adopt}). */
    private static PyList stealing(ThreadState ts, PyObject[] slots, int n) {
        return new PyList(ts, new Items(slots, n));
    }

    /** Takes a new reference to a borrowed item and announces it for lock-free readers; returns it. */
    private static PyObject adopt(ThreadState ts, PyObject item) {
        RefCount.incref(ts, item);
        RefCount.enableTryIncref(item);
        return item;
    }

    // ---- capacity

    /**
     * CPython's list_resize policy: keep the capacity while {@code allocated / 2 <= newSize <= allocated}; otherwise
     * over-allocate by about an eighth plus 6, rounded down to a multiple of 4 (0, 4, 8, 16, 24, 32, 40, 52, ...),
     * or exactly (rounded up to 4) when one call grows by more than that over-allocation (a big extend).
     *
     * @throws PyException MemoryError beyond {@link #MAX_SIZE}
     */
    static int capacityFor(int allocated, int size, long newSize) {
        if (newSize > MAX_SIZE) {
            throw new PyException("MemoryError", "");
        }
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            return allocated;
        }
        if (newSize == 0) {
            return 0;
        }
        long c = (newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - size > c - newSize) {
            c = (newSize + 3) & ~3L;
        }
        return (int) Math.min(c, MAX_SIZE);
    }

    /** A new slot array of capacity for {@code newSize} holding {@code slots[0, n)}. */
    private static PyObject[] resized(PyObject[] slots, int n, int newSize) {
        PyObject[] ns = new PyObject[capacityFor(slots.length, n, newSize)];
        System.arraycopy(slots, 0, ns, 0, Math.min(n, newSize));
        return ns;
    }

    /** Publishes a new Items (volatile): the current one becomes frozen. Caller holds the section. */
    private void publishLocked(PyObject[] slots, int size) {
        items = new Items(slots, size);
    }

    // ---- lock-free reads

    /** The number of items ({@code len(list)}). Wait-free: one volatile read of the current size. */
    public final int size() {
        return items.sizeVolatile();
    }

    /**
     * {@code list[index]}: a new reference to the item. Lock-free unless it races a writer (then it takes the section).
     *
     * @throws PyException IndexError "list index out of range"
     */
    public final PyObject getItem(ThreadState ts, long index) {
        Items it = items;
        long state = it.state;
        int n = (int) state;
        long k = index < 0 ? index + n : index;
        if (k >= 0 && k < n) {
            PyObject[] slots = it.slots;
            int i = (int) k;
            PyObject o = (PyObject) SLOT.getAcquire(slots, i);
            if (o != null && RefCount.tryIncrefCompare(ts, o, slots, i)) {
                if (items == it && (index >= 0 || it.state == state)) {
                    return o; // [L5] a negative index: the size it was resolved against is still the size
                }
                RefCount.decref(ts, o);
            }
        } else if (items == it) {
            throw indexOutOfRange(); // out of range at the size read, when `it` was current (I2)
        }
        return getItemLocked(ts, index, true);
    }

    /**
     * {@code list[index]} as a <em>borrowed</em> reference: the item, with no reference taken and, in the steady state,
     * no atomic read-modify-write and no store to shared memory. Valid until the calling thread's next safepoint
     * ({@code poll}, {@code detach}, a blocking call, anything that may run user code, a decref included); to keep it
     * longer, {@link RefCount#incref} it before then (docs/architecture.md, "Borrowed references"). Linearizable as
     * {@link #getItem}. Reaches no safepoint when the list is already shared-read (its first borrowed read marks it,
     * without waiting when it can: {@link RefCount#tryEnableSharedReads}) unless it races a writer of the slot (then
     * it reads under the list's section).
     *
     * @throws PyException IndexError "list index out of range"
     */
    public final PyObject getItemBorrowed(ThreadState ts, long index) {
        if (RefCount.isSharedRead(this)) {
            // [Q1] A non-null slot of the current Items is below its size (I1), and a frozen Items is an exact snapshot
            // of the list when it was replaced (I3, [L7]): either way the item was the list's item `index` at a moment
            // between the load of `items` and the slot's, and a writer that removes it defers its reference. The
            // checks are on an int so that the JIT folds them into the array's own bounds check.
            PyObject[] slots = items.slots;
            int i = (int) index;
            if (i == index && i >= 0 && i < slots.length) {
                PyObject o = (PyObject) SLOT.getAcquire(slots, i);
                if (o != null) {
                    return o;
                }
            }
        }
        return getItemBorrowedSlow(ts, index);
    }

    /** {@link #getItemBorrowed} off its fast path: the first borrowed read, a negative index, out of range, a race. */
    private PyObject getItemBorrowedSlow(ThreadState ts, long index) {
        if (!RefCount.isSharedRead(this) && !RefCount.tryEnableSharedReads(ts, this)) {
            return RefCount.borrowFrom(ts, getItem(ts, index));
        }
        Items it = items;
        long state = it.state;
        int n = (int) state;
        long k = index < 0 ? index + n : index;
        if (k >= 0 && k < n) {
            PyObject o = (PyObject) SLOT.getAcquire(it.slots, (int) k);
            if (o != null && (index >= 0 || items == it && it.state == state)) {
                return o; // as the fast path; [L5] a negative index: the size it was resolved against is still the size
            }
        } else if (items == it) {
            throw indexOutOfRange(); // out of range at the size read, when `it` was current (I2); during a sort too
        }
        return getItemLocked(ts, index, false); // a race with a writer of the slot
    }

    /**
     * The item at {@code index >= 0} borrowed, or null if the list has no such index: the borrowed step of iterators
     * (the list is shared-read).
     */
    PyObject itemOrNullBorrowed(ThreadState ts, int index) {
        Items it = items;
        PyObject[] slots = it.slots;
        if (index < slots.length) {
            PyObject o = (PyObject) SLOT.getAcquire(slots, index);
            if (o != null) {
                return o; // as getItemBorrowed: current, or a frozen exact snapshot ([L7])
            }
        }
        if (index >= it.sizeVolatile() && items == it) {
            return null; // past the end while `it` was current (I2)
        }
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items cur = items;
            return index < cur.sizeVolatile() ? cur.slots[index] : null;
        }
    }

    /**
     * The read under the section: a new reference ({@code counted}, taken while the section keeps the item in the
     * list), or borrowed (a writer that removes it after the section defers its reference: [Q1]).
     */
    private PyObject getItemLocked(ThreadState ts, long index, boolean counted) {
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items it = items;
            int n = it.sizeVolatile();
            long k = index < 0 ? index + n : index;
            if (k < 0 || k >= n) {
                throw indexOutOfRange();
            }
            PyObject o = it.slots[(int) k];
            return counted ? RefCount.newRef(ts, o) : o;
        }
    }

    private static PyException indexOutOfRange() {
        return new PyException("IndexError", "list index out of range");
    }

    /**
     * The item at {@code index >= 0} as a new reference, or null if the list has no such index: the lock-free read of
     * the overview, used by iterators, contains, index and count.
     */
    PyObject itemOrNull(ThreadState ts, int index) {
        Items it = items;
        int n = it.sizeVolatile();
        if (index < n) {
            PyObject[] slots = it.slots;
            PyObject o = (PyObject) SLOT.getAcquire(slots, index);
            if (o != null && RefCount.tryIncrefCompare(ts, o, slots, index)) {
                if (items == it) {
                    return o;
                }
                RefCount.decref(ts, o);
            }
        } else if (items == it) {
            return null;
        }
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items cur = items;
            return index < cur.sizeVolatile() ? RefCount.newRef(ts, cur.slots[index]) : null;
        }
    }

    /**
     * {@code item in list}: lock-free item loads, each compared ({@code is}, then {@code pyEquals}) while the reader
     * holds its own reference; stops at the current end.
     */
    public final boolean contains(ThreadState ts, PyObject item) {
        for (int i = 0; ; i++) {
            PyObject o = itemOrNull(ts, i);
            if (o == null) {
                return false;
            }
            try {
                if (Compare.richCompareBool(ts, o, item, CompareOp.EQ)) { // the list's item on the left
                    return true;
                }
            } finally {
                RefCount.decref(ts, o);
            }
        }
    }

    /** {@code list.count(item)}: lock-free item loads, as {@link #contains}. */
    public final int count(ThreadState ts, PyObject item) {
        int c = 0;
        for (int i = 0; ; i++) {
            PyObject o = itemOrNull(ts, i);
            if (o == null) {
                return c;
            }
            try {
                if (Compare.richCompareBool(ts, o, item, CompareOp.EQ)) { // the list's item on the left
                    c++;
                }
            } finally {
                RefCount.decref(ts, o);
            }
        }
    }

    /** {@code list.index(item)}. */
    public final int index(ThreadState ts, PyObject item) {
        return index(ts, item, 0, Long.MAX_VALUE);
    }

    /**
     * {@code list.index(item, start, stop)}: negative bounds count from the end (then clamp at 0), as CPython; the
     * search stops at {@code stop} or the current end, whichever comes first.
     *
     * @throws PyException ValueError "{repr} is not in list" (the message of 3.11 and 3.13.0: {@code [1, 2].index(3)}
     *         raises {@code ValueError: 3 is not in list}; the repr is recursion-safe, {@code [[...]] is not in list})
     */
    public final int index(ThreadState ts, PyObject item, long start, long stop) {
        int n = size();
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (long i = start; i < stop && i < MAX_SIZE; i++) {
            PyObject o = itemOrNull(ts, (int) i);
            if (o == null) {
                break;
            }
            try {
                if (Compare.richCompareBool(ts, o, item, CompareOp.EQ)) { // the list's item on the left
                    return (int) i;
                }
            } finally {
                RefCount.decref(ts, o);
            }
        }
        throw new PyException("ValueError", Repr.of(ts, item) + " is not in list");
    }

    // ---- single-item writers

    /**
     * {@code list[index] = value}. Blocking (the section).
     *
     * @throws PyException IndexError "list assignment index out of range"
     */
    public final void setItem(ThreadState ts, long index, PyObject value) {
        Objects.requireNonNull(value, "value");
        adopt(ts, value);
        PyObject old;
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items it = items;
            int n = it.sizeVolatile();
            long k = index < 0 ? index + n : index;
            if (k < 0 || k >= n) {
                RefCount.decref(ts, value); // ours; the caller still holds its own
                throw new PyException("IndexError", "list assignment index out of range");
            }
            old = it.slots[(int) k];
            SLOT.setRelease(it.slots, (int) k, value); // [L8] one slot, non-null to non-null: I1 holds
        }
        RefCount.releaseRemoved(ts, this, old); // after the section: a finalizer it runs may use this list [Q1]
    }

    /** {@code list.append(value)}. Blocking (the section); amortised O(1). */
    public final void append(ThreadState ts, PyObject value) {
        Objects.requireNonNull(value, "value");
        adopt(ts, value);
        try {
            if (!CriticalSection.isHeld(ts)) {
                // This thread holds no section: the list's bare mutex is the one-object section without its record
                // (nothing to suspend if it blocks, which PyMutex.lock handles anyway; no enclosing section on this
                // list to nest into). Same mutex, so the same exclusion against every other writer.
                PyMutex.lock(ts, this);
                try {
                    appendStolenLocked(value);
                } finally {
                    PyMutex.unlock(ts, this);
                }
                return;
            }
            try (CriticalSection cs = CriticalSection.of(ts, this)) {
                appendStolenLocked(value);
            }
        } catch (PyException e) { // MemoryError: the list did not take the reference
            RefCount.decref(ts, value);
            throw e;
        }
    }

    /** Appends, taking over the caller's (announced) reference. Caller holds the section. */
    private void appendStolenLocked(PyObject value) {
        Items it = items;
        int n = it.sizeVolatile();
        PyObject[] slots = it.slots;
        if (n < slots.length) {
            it.raiseSizeRelease(n + 1);       // [L3] size first ...
            SLOT.setRelease(slots, n, value); // ... then the slot: never a slot beyond the size (I1)
        } else {
            PyObject[] ns = resized(slots, n, n + 1);
            ns[n] = value;
            publishLocked(ns, n + 1); // [L2]
        }
    }

    /**
     * {@code list.insert(index, value)}: a negative index counts from the end; indices beyond either end clamp.
     * Blocking; O(n) unless at the end (a new array is published: items never shift in a readable array, [L4]).
     */
    public final void insert(ThreadState ts, long index, PyObject value) {
        Objects.requireNonNull(value, "value");
        adopt(ts, value);
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items it = items;
            int n = it.sizeVolatile();
            long w = index;
            if (w < 0) {
                w = Math.max(0, w + n);
            }
            if (w >= n) {
                appendStolenLocked(value);
                return;
            }
            int where = (int) w;
            PyObject[] slots = it.slots;
            PyObject[] ns = new PyObject[capacityFor(slots.length, n, n + 1L)];
            System.arraycopy(slots, 0, ns, 0, where);
            ns[where] = value;
            System.arraycopy(slots, where, ns, where + 1, n - where);
            publishLocked(ns, n + 1);
        } catch (PyException e) {
            RefCount.decref(ts, value);
            throw e;
        }
    }

    /**
     * {@code list.pop()}: removes and returns the last item (the list's reference passes to the caller).
     *
     * @throws PyException IndexError "pop from empty list"
     */
    public final PyObject pop(ThreadState ts) {
        return pop(ts, -1);
    }

    /**
     * {@code list.pop(index)}: removes and returns the item at {@code index} (a new reference: the list's).
     *
     * @throws PyException IndexError "pop from empty list", "pop index out of range"
     */
    public final PyObject pop(ThreadState ts, long index) {
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items it = items;
            int n = it.sizeVolatile();
            if (n == 0) {
                throw new PyException("IndexError", "pop from empty list");
            }
            long k = index < 0 ? index + n : index;
            if (k < 0 || k >= n) {
                throw new PyException("IndexError", "pop index out of range");
            }
            return RefCount.handOverRemoved(ts, this, removeAtLocked(it, n, (int) k)); // [Q1]
        }
    }

    /**
     * {@code del list[index]}.
     *
     * @throws PyException IndexError "list assignment index out of range"
     */
    public final void delItem(ThreadState ts, long index) {
        PyObject removed;
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items it = items;
            int n = it.sizeVolatile();
            long k = index < 0 ? index + n : index;
            if (k < 0 || k >= n) {
                throw new PyException("IndexError", "list assignment index out of range");
            }
            removed = removeAtLocked(it, n, (int) k);
        }
        RefCount.releaseRemoved(ts, this, removed);
    }

    /**
     * Removes item {@code k} of the current Items {@code it} of size {@code n}; returns the list's reference to it.
     * At the end: in place, slot first, then the size ([L1], I1), unless the capacity shrinks. Elsewhere: a new array.
     */
    private PyObject removeAtLocked(Items it, int n, int k) {
        PyObject[] slots = it.slots;
        PyObject o = slots[k];
        int cap = capacityFor(slots.length, n, n - 1);
        if (k == n - 1 && cap == slots.length) {
            SLOT.setRelease(slots, k, null); // [L1] the slot first ...
            it.setSizeVolatile(n - 1);       // ... then the size
            return o;
        }
        PyObject[] ns = new PyObject[cap];
        System.arraycopy(slots, 0, ns, 0, k);
        System.arraycopy(slots, k + 1, ns, k, n - k - 1);
        publishLocked(ns, n - 1); // [L4]
        return o;
    }

    /**
     * {@code list.remove(value)}: removes the first item equal to {@code value} ({@code is}, then {@code pyEquals},
     * each item held by a reference of ours while compared). Blocking.
     *
     * @throws PyException ValueError "list.remove(x): x not in list"
     */
    public final void remove(ThreadState ts, PyObject value) {
        PyObject removed = null;
        boolean found = false;
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            for (int i = 0; i < items.sizeVolatile(); i++) {
                PyObject o = RefCount.newRef(ts, items.slots[i]);
                boolean equal;
                try {
                    equal = Compare.richCompareBool(ts, o, value, CompareOp.EQ); // the list's item on the left
                } finally {
                    RefCount.decref(ts, o);
                }
                if (equal) {
                    found = true;
                    // the comparison may have let other threads in (or changed the list itself): CPython deletes index i of
                    // the list as it is now, and nothing if the list has become shorter.
                    Items it = items;
                    int n = it.sizeVolatile();
                    if (i < n) {
                        removed = removeAtLocked(it, n, i);
                    }
                    break;
                }
            }
            if (!found) {
                throw new PyException("ValueError", "list.remove(x): x not in list");
            }
        }
        if (removed != null) {
            RefCount.releaseRemoved(ts, this, removed);
        }
    }

    /** {@code list.clear()}: publishes an empty list, then drops the old items outside the section ([L6]). */
    public final void clear(ThreadState ts) {
        Items old;
        int n;
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            old = items;
            n = old.sizeVolatile();
            if (n == 0) {
                return; // nothing changes (a clear during a sort of this list is no modification, as CPython's)
            }
            publishLocked(NO_SLOTS, 0);
        }
        releaseAllRemoved(ts, old.slots, 0, n);
    }

    /**
     * Drops the references in {@code slots[from, to)} that a writer took out of this list: after a grace period if
     * the list is shared-read ([Q1]), else at once.
     */
    private void releaseAllRemoved(ThreadState ts, PyObject[] slots, int from, int to) {
        if (!RefCount.isSharedRead(this)) {
            releaseAll(ts, slots, from, to);
            return;
        }
        for (int i = to - 1; i >= from; i--) {
            if (slots[i] != null) {
                RefCount.decrefAfterGracePeriod(ts, slots[i]);
            }
        }
    }

    /** As {@link #releaseAllRemoved}, first to last: what an extended slice removed (CPython's order there). */
    private void releaseAllRemovedForward(ThreadState ts, PyObject[] removed, int n) {
        PyObject[] reversed = new PyObject[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = removed[n - 1 - i];
        }
        releaseAllRemoved(ts, reversed, 0, n);
    }

    /**
     * Drops the references in {@code slots[from, to)} (a frozen Items' slots, or a private array), last to first as
     * CPython's {@code list_clear} and {@code list_ass_slice} do, so finalizers run in CPython's order.
     */
    private static void releaseAll(ThreadState ts, PyObject[] slots, int from, int to) {
        Throwable first = null;
        for (int i = to - 1; i >= from; i--) {
            try {
                RefCount.xdecref(ts, slots[i]);
            } catch (RuntimeException | Error e) { // keep releasing: every reference is dropped once
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first instanceof RuntimeException) {
            throw (RuntimeException) first;
        }
        if (first != null) {
            throw (Error) first;
        }
    }

    // ---- bulk writers

    /**
     * {@code list.extend(other)} for a list ({@code list += other}); {@code other} may be this list (its items are
     * appended once: {@code a.extend(a)} doubles it). Holds both sections.
     */
    public final void extend(ThreadState ts, PyList other) {
        try (CriticalSection cs = CriticalSection.of(ts, this, other)) {
            Items src = other.items;
            int m = src.sizeVolatile();
            if (m == 0) {
                return;
            }
            PyObject[] add = new PyObject[m];
            for (int i = 0; i < m; i++) {
                add[i] = RefCount.newRef(ts, src.slots[i]); // already announced: they are in a list
            }
            addAllStolenLocked(ts, add, m);
        }
    }

    /**
     * {@code list.extend(iterator)}: appends each item the iterator yields, one append at a time (the iterator runs
     * outside the section; if it throws, the items appended so far stay, as in CPython).
     */
    public final void extend(ThreadState ts, PyIterator iterator) {
        for (;;) {
            PyObject o = iterator.next(ts);
            if (o == null) {
                return;
            }
            RefCount.enableTryIncref(o);
            try (CriticalSection cs = CriticalSection.of(ts, this)) {
                appendStolenLocked(o);
            }
        }
    }

    /** Appends {@code add[0, m)}, taking over those references. Caller holds the section. */
    private void addAllStolenLocked(ThreadState ts, PyObject[] add, int m) {
        Items it = items;
        int n = it.sizeVolatile();
        PyObject[] slots = it.slots;
        if ((long) n + m > MAX_SIZE) {
            releaseAll(ts, add, 0, m);
            throw new PyException("MemoryError", "");
        }
        if (n + (long) m <= slots.length) {
            it.raiseSizeRelease(n + m); // [L3] the size first, then the slots
            for (int i = 0; i < m; i++) {
                SLOT.setRelease(slots, n + i, add[i]);
            }
        } else {
            PyObject[] ns = resized(slots, n, n + m);
            System.arraycopy(add, 0, ns, n, m);
            publishLocked(ns, n + m);
        }
    }

    /** {@code list[slice]}: a new list of the selected items (a new reference). */
    public final PyList getSlice(ThreadState ts, Slice slice) {
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items it = items;
            Slice.Bounds b = slice.indices(it.sizeVolatile());
            PyObject[] ns = new PyObject[capacityFor(0, 0, b.length())];
            for (int k = 0; k < b.length(); k++) {
                ns[k] = RefCount.newRef(ts, it.slots[b.index(k)]);
            }
            return stealing(ts, ns, b.length());
        }
    }

    /**
     * {@code list[slice] = value}. With step 1 the selected range is replaced by value's items (any length; a range
     * with stop before start inserts at start); with another step value must have exactly as many items as the slice
     * selects. {@code value} may be this list: its items are read before anything changes ({@code a[1:2] = a}).
     * Holds both sections; publishes a new array ([L4]); the replaced items are dropped after the section.
     *
     * @throws PyException ValueError "attempt to assign sequence of size m to extended slice of size k",
     *         "slice step cannot be zero"
     */
    public final void setSlice(ThreadState ts, Slice slice, PyList value) {
        Objects.requireNonNull(value, "value");
        PyObject[] dropped;
        int droppedCount;
        boolean extended;
        try (CriticalSection cs = CriticalSection.of(ts, this, value)) {
            Items it = items;
            int n = it.sizeVolatile();
            Slice.Bounds b = slice.indices(n);
            Items src = value.items;
            int m = src.sizeVolatile();
            if (b.step() != 1 && m != b.length()) {
                throw new PyException("ValueError", "attempt to assign sequence of size " + m
                        + " to extended slice of size " + b.length());
            }
            PyObject[] add = Arrays.copyOf(src.slots, m); // a snapshot first: value may be this list
            for (int i = 0; i < m; i++) {
                RefCount.incref(ts, add[i]);
            }
            PyObject[] slots = it.slots;
            extended = b.step() != 1;
            if (b.step() == 1) {
                int lo = b.start();
                int hi = Math.max(lo, b.stop());
                int newSize = n - (hi - lo) + m;
                if (hi == lo && m == 0) {
                    return; // nothing changes
                }
                PyObject[] ns = new PyObject[capacityFor(slots.length, n, newSize)];
                System.arraycopy(slots, 0, ns, 0, lo);
                System.arraycopy(add, 0, ns, lo, m);
                System.arraycopy(slots, hi, ns, lo + m, n - hi);
                dropped = Arrays.copyOfRange(slots, lo, hi);
                droppedCount = hi - lo;
                publishLocked(ns, newSize);
            } else {
                if (m == 0) {
                    return;
                }
                PyObject[] ns = slots.clone();
                dropped = new PyObject[m];
                for (int k = 0; k < m; k++) {
                    int i = b.index(k);
                    dropped[k] = ns[i];
                    ns[i] = add[k];
                }
                droppedCount = m;
                publishLocked(ns, n);
            }
        }
        if (extended) {
            releaseAllRemovedForward(ts, dropped, droppedCount); // CPython: list_ass_subscript's garbage, in order
        } else {
            releaseAllRemoved(ts, dropped, 0, droppedCount); // CPython: list_ass_slice's recycle, last first
        }
    }

    /** {@code del list[slice]}. Publishes a new array; the removed items are dropped after the section. */
    public final void delSlice(ThreadState ts, Slice slice) {
        PyObject[] dropped;
        boolean extended;
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items it = items;
            int n = it.sizeVolatile();
            Slice.Bounds b = slice.indices(n);
            int d = b.length();
            if (d == 0) {
                return;
            }
            PyObject[] slots = it.slots;
            dropped = new PyObject[d];
            boolean[] gone = new boolean[n];
            for (int k = 0; k < d; k++) {
                int i = b.index(k);
                // ascending index order whatever the step's sign, as CPython's list_ass_subscript normalises it
                dropped[b.step() < 0 ? d - 1 - k : k] = slots[i];
                gone[i] = true;
            }
            extended = b.step() != 1;
            PyObject[] ns = new PyObject[capacityFor(slots.length, n, n - d)];
            int j = 0;
            for (int i = 0; i < n; i++) {
                if (!gone[i]) {
                    ns[j++] = slots[i];
                }
            }
            publishLocked(ns, n - d);
        }
        if (extended) {
            releaseAllRemovedForward(ts, dropped, dropped.length); // CPython: in index order
        } else {
            releaseAllRemoved(ts, dropped, 0, dropped.length); // CPython: list_ass_slice, last first
        }
    }

    /** {@code list.reverse()}: in place as Python sees it; a new array is published ([L4]). */
    public final void reverse(ThreadState ts) {
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items it = items;
            int n = it.sizeVolatile();
            if (n < 2) {
                return;
            }
            PyObject[] ns = new PyObject[it.slots.length];
            for (int i = 0; i < n; i++) {
                ns[i] = it.slots[n - 1 - i];
            }
            publishLocked(ns, n);
        }
    }

    /** {@code list.copy()} ({@code list[:]}): a new list holding the same items; a new reference. */
    public final PyList copy(ThreadState ts) {
        return getSlice(ts, Slice.ALL);
    }

    /** {@code list + other}: a new list; a new reference. Holds both sections. */
    public final PyList concat(ThreadState ts, PyList other) {
        try (CriticalSection cs = CriticalSection.of(ts, this, other)) {
            Items a = items;
            Items b = other.items;
            int n = a.sizeVolatile();
            int m = b.sizeVolatile();
            PyObject[] ns = new PyObject[capacityFor(0, 0, (long) n + m)];
            for (int i = 0; i < n; i++) {
                ns[i] = RefCount.newRef(ts, a.slots[i]);
            }
            for (int i = 0; i < m; i++) {
                ns[n + i] = RefCount.newRef(ts, b.slots[i]);
            }
            return stealing(ts, ns, n + m);
        }
    }

    /**
     * {@code list * count}: a new list; a count of zero or less gives an empty list.
     *
     * @throws PyException MemoryError when the result could not be held
     */
    public final PyList repeat(ThreadState ts, long count) {
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items a = items;
            int n = a.sizeVolatile();
            if (count <= 0 || n == 0) {
                return create(ts);
            }
            if (count > MAX_SIZE / n) {
                throw new PyException("MemoryError", "");
            }
            int total = (int) (n * count);
            PyObject[] ns = new PyObject[capacityFor(0, 0, total)];
            for (int i = 0; i < total; i++) {
                ns[i] = RefCount.newRef(ts, a.slots[i % n]);
            }
            return stealing(ts, ns, total);
        }
    }

    /** {@code list *= count}: repeats in place; a count of zero or less clears. */
    public final void inplaceRepeat(ThreadState ts, long count) {
        if (count <= 0) {
            clear(ts);
            return;
        }
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items a = items;
            int n = a.sizeVolatile();
            if (count == 1 || n == 0) {
                return;
            }
            if (count > MAX_SIZE / n) {
                throw new PyException("MemoryError", "");
            }
            int total = (int) (n * count);
            PyObject[] ns = new PyObject[capacityFor(a.slots.length, n, total)];
            System.arraycopy(a.slots, 0, ns, 0, n);
            for (int i = n; i < total; i++) {
                ns[i] = RefCount.newRef(ts, a.slots[i % n]);
            }
            publishLocked(ns, total);
        }
    }

    // ---- comparisons

    /**
     * list's comparisons, as CPython's {@code list_richcompare}: NotImplemented unless both are lists (a binding's
     * subclasses included). Lists of different lengths are unequal at once; otherwise the first index whose items
     * differ ({@link Compare#richCompareBool} with {@code ==}, identity first) decides, compared again with the proper
     * operator ({@link Compare#richCompare}: its result object, not a boolean, exactly as CPython, so {@code [1] <
     * [1.5]} asks the float through int's NotImplemented); with no differing item the lengths decide. Both sizes are
     * re-read after every item comparison (which may run user code and change either list): an {@code __eq__} that
     * empties both lists makes {@code list1 == list2} True, as CPython ({@code test_list.
     * test_equal_operator_modifying_operand}). Holds both sections; items are held by a reference of ours while
     * compared. The recursion level is the dispatcher's.
     *
     * @throws PyException what the items' comparisons raise
     */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject w, CompareOp op) {
        if (!(w instanceof PyList)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyList other = (PyList) w;
        try (CriticalSection cs = CriticalSection.of(ts, this, other)) {
            if ((op == CompareOp.EQ || op == CompareOp.NE) && size() != other.size()) {
                return PyBool.of(op == CompareOp.NE); // CPython's shortcut: no item is compared
            }
            int i = 0;
            for (; i < size() && i < other.size(); i++) {
                PyObject a = items.slots[i];
                PyObject b = other.items.slots[i];
                if (a == b) {
                    continue;
                }
                RefCount.incref(ts, a);
                RefCount.incref(ts, b);
                boolean equal;
                try {
                    equal = Compare.richCompareBool(ts, a, b, CompareOp.EQ);
                } finally {
                    RefCount.decref(ts, a);
                    RefCount.decref(ts, b);
                }
                if (!equal) {
                    break;
                }
            }
            int n = size();
            int m = other.size();
            if (i >= n || i >= m) { // no more items to compare (sizes as they are now): the lengths decide
                return PyBool.of(op.compare(n, m));
            }
            if (op == CompareOp.EQ) {
                return PyBool.FALSE;
            }
            if (op == CompareOp.NE) {
                return PyBool.TRUE;
            }
            PyObject a = RefCount.newRef(ts, items.slots[i]);
            PyObject b = RefCount.newRef(ts, other.items.slots[i]);
            try {
                return Compare.richCompare(ts, a, b, op);
            } finally {
                RefCount.decref(ts, a);
                RefCount.decref(ts, b);
            }
        }
    }

    /** {@code bool(l)}: not empty. */
    @Override
    public boolean pyBool(ThreadState ts) {
        return size() != 0;
    }

    /** Lists are unhashable: {@code TypeError: unhashable type: 'list'}. */
    @Override
    public long pyHash(ThreadState ts) {
        throw new PyException("TypeError", "unhashable type: 'list'");
    }

    // ---- iteration

    /** {@code iter(list)}: a new reference to a forward iterator (index-based, stops at the current end). */
    public final PyListIterator iter(ThreadState ts) {
        return new PyListIterator(ts, this, false);
    }

    /** {@code reversed(list)}: a new reference to a reverse iterator, starting at the last index. */
    public final PyListIterator reversed(ThreadState ts) {
        return new PyListIterator(ts, this, true);
    }

    // ---- sort

    /** {@code list.sort()}. */
    public final long sort(ThreadState ts) {
        return sort(ts, null, false);
    }

    /**
     * {@code list.sort(key=key, reverse=reverse)}: a stable, adaptive timsort ({@link TimSort}) by
     * {@code pyLessThan} of the items, or of their keys when {@code key} is not null ({@code key} is called once per
     * item, before any comparison). With {@code reverse}, the order is descending and still stable (the items are
     * reversed, sorted, and reversed back, as CPython does).
     *
     * <p>While the sort runs the list looks empty ([L7]). If anybody modifies it meanwhile (a key function, a
     * comparison, another thread), the sort raises {@code ValueError: list modified during sort} after putting its
     * sorted items back and dropping whatever had been put into the list; if a key function or a comparison raises,
     * that exception propagates, every item is back in the list (in some order) and every key is released.
     *
     * <p>Python's sort returns None; this returns the number of {@code pyLessThan} calls made (n - 1 for sorted and
     * for strictly descending input), for tests and benchmarks.
     *
     * @throws PyException ValueError "list modified during sort", or what a key function or comparison raises
     */
    public final long sort(ThreadState ts, KeyFunction key, boolean reverse) {
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items saved = items;
            int n = saved.sizeVolatile();
            if (n == 0) {
                return 0; // nothing to sort and nothing published: a sort nested in a sort of this list is a no-op
            }
            Items marker = new Items(NO_SLOTS, 0);
            items = marker;
            // [L7] the sort permutes a copy: `saved` stays an exact snapshot for readers that still hold it
            PyObject[] values = Arrays.copyOf(saved.slots, saved.slots.length);
            PyObject[] keys = null;
            int keyCount = 0;
            long comparisons = 0;
            boolean failed = true;
            try {
                if (key != null) {
                    keys = new PyObject[n];
                    for (; keyCount < n; keyCount++) {
                        ts.enterRecursiveCall(""); // the key is user code: CPython's call guard, its message
                        try {
                            keys[keyCount] = Objects.requireNonNull(key.call(ts, values[keyCount]), "key result");
                        } finally {
                            ts.leaveRecursiveCall();
                        }
                    }
                }
                if (reverse) {
                    TimSort.reverseRange(values, 0, n);
                    if (keys != null) {
                        TimSort.reverseRange(keys, 0, n);
                    }
                }
                comparisons = keys == null ? TimSort.sort(ts, values, null, 0, n) : TimSort.sort(ts, keys, values, 0, n);
                if (reverse) {
                    TimSort.reverseRange(values, 0, n);
                }
                failed = false;
            } finally {
                // The section is held again here (user code may have suspended it). The keys are released first,
                // while the list still looks empty, as CPython does: a key's __del__ that changes the list is then a
                // modification during the sort (ValueError, and the sorted items win), not a change to the sorted
                // list (test_sort.test_key_with_mutating_del). Then the items go back, and what was put into the list
                // meanwhile is released with the list whole again.
                if (keys != null) {
                    releaseAll(ts, keys, 0, keyCount);
                }
                Items meanwhile = items;
                items = new Items(values, n);
                if (meanwhile != marker) {
                    // frozen now: nobody else drops these; readers may have borrowed them ([Q1])
                    releaseAllRemoved(ts, meanwhile.slots, 0, meanwhile.sizeVolatile());
                    if (!failed) {
                        throw new PyException("ValueError", "list modified during sort");
                    }
                }
            }
            return comparisons;
        }
    }

    // ---- collector slots

    /** The header and the slot array: what a deferred decref of this list keeps alive by itself. */
    @Override
    public long retainedSizeHint() {
        return 32 + 4L * items.slots.length;
    }

    /** Reports every item (the current Items; none while a sort runs: the sort holds them). */
    @Override
    public void traverse(ReferenceVisitor visitor) {
        Items it = items;
        int n = it.sizeVolatile();
        PyObject[] slots = it.slots;
        for (int i = 0; i < n && i < slots.length; i++) {
            PyObject o = (PyObject) SLOT.getAcquire(slots, i);
            if (o != null) {
                visitor.visit(o);
            }
        }
    }

    /**
     * Empties the list and hands every item's reference to {@code visitor} (deallocation, or the collector breaking a
     * cycle: nobody else uses the list then). Takes no lock and runs no user code.
     */
    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        Items it = items;
        int n = it.sizeVolatile();
        items = new Items(NO_SLOTS, 0);
        for (int i = n - 1; i >= 0; i--) { // last to first, as CPython's list_dealloc
            PyObject o = it.slots[i];
            if (o != null) {
                visitor.visit(o);
            }
        }
    }

    // ---- printing

    /**
     * {@code repr(list)}: {@code [1, 'a', [...]]} (a list met again inside its own repr, through any containers,
     * prints as {@code [...]}); nested deeper than the recursion limit it raises RecursionError ({@link Repr}).
     */
    @Override
    public String repr() {
        return Repr.of(null, this);
    }

    /** {@code repr(list)} with the calling thread's recursion limit, items printed with {@code repr(ts)}. */
    @Override
    public String repr(ThreadState ts) {
        return Repr.of(ts, this);
    }

    /**
     * Prints the items. With a thread state, each as a new reference (user code runs in their reprs, and another thread
     * may remove and free an item meanwhile: lifetime edge E19, jcstress ReprVsPopTest); without one (no user code),
     * of a lock-free snapshot, where an item being written shows as such.
     */
    @Override
    public void reprInto(StringBuilder b, Repr ctx) {
        ThreadState ts = ctx.threadState();
        if (ts != null) {
            // Each item as a new reference, the size read again at every index (CPython's list_repr): an item's repr
            // may be user code, during which another thread may remove that item and drop its last reference.
            b.append('[');
            for (int i = 0; ; i++) {
                PyObject o = itemOrNull(ts, i);
                if (o == null) {
                    break;
                }
                try {
                    if (i > 0) {
                        b.append(", ");
                    }
                    ctx.item(b, o);
                } finally {
                    RefCount.decref(ts, o);
                }
            }
            b.append(']');
            return;
        }
        Items it = items;
        int n = it.sizeVolatile();
        b.append('[');
        for (int i = 0; i < n; i++) {
            PyObject o = (PyObject) SLOT.getAcquire(it.slots, i);
            if (i > 0) {
                b.append(", ");
            }
            if (o == null) {
                b.append("<being written>");
            } else {
                ctx.item(b, o);
            }
        }
        b.append(']');
    }

    @Override
    public String recursiveRepr() {
        return "[...]";
    }

    // ---- for tests in this package

    /** The current capacity (slot array length). */
    int capacity() {
        return items.slots.length;
    }

    /** Checks the structural invariants under the section (tests call it after every operation). */
    void checkInvariants(ThreadState ts) {
        try (CriticalSection cs = CriticalSection.of(ts, this)) {
            Items it = items;
            int n = it.sizeVolatile();
            if (n < 0 || n > it.slots.length) {
                throw new AssertionError("size " + n + " outside capacity " + it.slots.length);
            }
            for (int i = 0; i < it.slots.length; i++) {
                if ((it.slots[i] == null) != (i >= n)) {
                    throw new AssertionError("slot " + i + (i < n ? " is null below" : " is set beyond") + " size " + n);
                }
                if (i < n && RefCount.isFreed(it.slots[i])) {
                    throw new AssertionError("slot " + i + " holds a freed object");
                }
            }
        }
    }
}
