// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Debug;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.ThreadStates;

import java.lang.invoke.VarHandle;

import static dev.freethread.objects.internal.Header.IMMORTAL_LOCAL;
import static dev.freethread.objects.internal.Header.MERGED;
import static dev.freethread.objects.internal.Header.SHARED_ONE;

/**
 * Reference-count operations, the C API's {@code Py_INCREF}/{@code Py_DECREF} family, for both schemes
 * ({@link dev.freethread.objects.RcScheme}). Every method takes the calling thread's {@link ThreadState}, borrows
 * its object argument, and is wait-free unless it frees an object (then it runs the finalizer, weak-reference
 * callbacks and the release of everything the object held, on the calling thread).
 *
 * <p>Calling thread: the owner of {@code ts}, attached. In debug mode ({@code -Dfreethread.debug=true}) every call
 * checks this; without it, the misuse the slow paths can see at no cost is still reported
 * ({@link RcMisuseException}): a freed object reached again, a count driven below zero.
 */
public final class RefCount {
    private RefCount() {}

    /*
     * Overview
     *
     * The protocol is biased reference counting (Choi et al., PACT 2018) as PEP 703 uses it; the header encoding is
     * defined once in objects' Header. An object is owned by the thread that created it. The owner changes its
     * local count with plain accesses; every other thread changes the shared word atomically. The shared count may
     * go negative: then the thread that drove it negative marks it QUEUED and hands it to the owner's merge queue
     * (Merges.queueToOwner); the owner merges local and shared counts at its next safepoint and frees the object if
     * the sum is zero. When the owner's local count reaches zero it merges at once (mergeZeroLocal): the object
     * becomes MERGED, ownerless, and from then on every thread uses the shared count, so its last decrement frees
     * it. The ATOMIC scheme is the same code with every object born MERGED.
     *
     * Lifecycle of an object (shared-word states, docs/refcount.md has the diagram):
     *   owned/INIT -> owned/MAYBE_WEAKREF -> owned/QUEUED -> MERGED -> DEAD
     *   (any upward jump is possible; nothing ever moves down; DEAD is MERGED with a count in the dead zone)
     *
     * Races, each with the test that covers it (stress/ module unless named otherwise):
     *  [R1] The owner's plain local increment races a foreign atomic decrement: they touch different fields, so
     *       neither update is lost. Covered by: OwnerIncrefForeignDecrefTest (jcstress), RcLincheckTest.
     *  [R2] A foreign decrement drives the shared count negative while the owner still holds references: exactly one
     *       thread (the CAS winner that moved INIT/MAYBE_WEAKREF to QUEUED) enqueues the object; the owner merges it
     *       at its next poll and frees it exactly once, only if the merged total is zero.
     *       Covered by: ForeignDecrefQueueMergeTest (jcstress).
     *  [R3] Two threads drop the last two references: the owner's local count reaching zero merges through a CAS,
     *       and the foreign decrement is a CAS on the same word, so exactly one of them sees the merged count reach
     *       zero and frees. Covered by: LastTwoReferencesTest (jcstress), RcLincheckTest.
     *  [R4] tryIncref races the last decrement: tryIncref refuses a shared word of exactly INIT/0 (the owner may free
     *       it without an atomic) and a MERGED count of zero; otherwise it CASes the count up. Each CAS either lands
     *       before the freeing transition (the object lives: the freeing CAS fails and sees a count of one) or after
     *       it (tryIncref fails). Covered by: TryIncrefVsLastDecrefTest (jcstress).
     *  [R5] The owner merges (at poll or when its local count reaches zero) while foreign threads increment and
     *       decrement: the merge is one CAS from the word it read to the merged word; a foreign update in between
     *       fails the CAS and the merge retries with the new count. Covered by: ForeignDecrefQueueMergeTest,
     *       OwnerExitTest (jcstress).
     *  [R6] The owner exits while a foreign thread queues an object to it: the foreign thread offers to the queue
     *       (a volatile read-modify-write of its producer index) and then reads the owner's status; the owner
     *       writes EXITED (volatile) and then drains. By sequential consistency of volatile accesses at least one of
     *       them sees the other: the owner drains the object, or the foreign thread merges it itself
     *       (Merges.mergeAbandoned); both may, and the QUEUED->MERGED CAS lets only one win: the owner's drain merges
     *       only a word still QUEUED (re-checked after every failed CAS, or it would add its local count twice),
     *       both move the owner id by CAS (never over a free's OWNER_DEAD), and a foreign merger that read the local
     *       count after the owner's merge zeroed it re-reads the word rather than report an underflow.
     *       Covered by: OwnerExitTest (jcstress), OwnerExitTest (refcount unit tests).
     *  [R7] A weak reference's get races the referent's last decrement: get is a tryIncref plus a re-check of the
     *       referent slot, so [R4] applies; dealloc clears the slot before running callbacks.
     *       Covered by: WeakRefGetVsLastDecrefTest (jcstress).
     *  [R8] A merge of an object whose owner exited: the local count is read by another thread. The owner's last
     *       plain write to it happens before its volatile EXITED store, which the merging thread has read (or the
     *       removal from the Runtime's thread table, a happens-before edge of ConcurrentHashMap).
     *       Covered by: OwnerExitTest (jcstress).
     *  [R9] A foreign thread queues an object while its live owner merges it at local zero: the owner stores
     *       OWNER_NONE before its merge CAS, so the foreign thread may read OWNER_NONE right after setting QUEUED. It
     *       must then leave the object alone: the owner's CAS loop re-reads the word and merges our decrement. (It must
     *       never merge on the owner's behalf: the owner's plain local count is not published to it.)
     *       Not covered by a test that fails without it: checked by hand (2026-11-25), RcLincheckTest and the
     *       jcstress suite pass with this guard removed, because the hazard is a stale read of a plain field, which
     *       neither x86 (stores become visible in order) nor Lincheck's sequentially consistent model produces. The
     *       argument rests on the Java memory model; a jcstress run on a weakly ordered CPU (ARM) is the test to add.
     */

    /**
     * Adds a reference ({@code Py_INCREF}). The caller must hold a reference already (or be the object's creator).
     * Wait-free; on the owner thread, plain loads and one plain store.
     */
    public static void incref(ThreadState ts, PyObject o) {
        if (Debug.ENABLED) {
            Checks.operation(ts, o, "incref");
        }
        if (Header.ownerIdPlain(o) == ts.id()) {
            if (RcStats.COUNTING) {
                RcStats.count(ts, RcStats.BIASED);
            }
            int n = Header.refLocal(o) + 1;
            if (n <= 0) { // overflow of the local count
                Merges.saturateLocal(o);
                return;
            }
            Header.setRefLocal(o, n);
        } else {
            int local = Header.refLocal(o);
            if (local >= 0) {
                if (RcStats.COUNTING) {
                    RcStats.count(ts, RcStats.SHARED);
                }
                int old = Header.getAndAddRefShared(o, SHARED_ONE);
                if (!Header.isLiveShared(old)) {
                    Merges.sharedIncrefOutOfRange(o, old);
                }
            } else if (local > Header.WATCH_LIMIT) {
                if (local != IMMORTAL_LOCAL) {
                    if (RcStats.COUNTING) {
                        RcStats.count(ts, RcStats.PER_THREAD);
                    }
                    perThreadAdd(ts, local, 1);
                } else if (RcStats.COUNTING) {
                    RcStats.count(ts, RcStats.IMMORTAL);
                }
            } else {
                if (RcStats.COUNTING) {
                    RcStats.count(ts, RcStats.SHARED);
                }
                Watched.incref(o, local); // a candidate of the running concurrent collection
            }
        }
    }

    /** A per-thread counted object's count change: this thread's own slot, plain (no atomic, no shared line). */
    private static void perThreadAdd(ThreadState ts, int local, int delta) {
        int i = Header.perThreadIndex(local);
        int[] c = ThreadStates.perThreadCounts(ts);
        if (i >= c.length) {
            c = ThreadStates.perThreadCountsFor(ts, i);
        }
        c[i] += delta;
    }

    /** {@link #incref} returning {@code o}: a new reference ({@code Py_NewRef}). */
    public static <T extends PyObject> T newRef(ThreadState ts, T o) {
        incref(ts, o);
        return o;
    }

    /**
     * Drops a reference ({@code Py_DECREF}); frees the object, on this thread, if it was the last. Wait-free unless
     * it frees. Never call it twice for one reference: the count may reach zero and the object be freed.
     */
    public static void decref(ThreadState ts, PyObject o) {
        if (Debug.ENABLED) {
            Checks.operation(ts, o, "decref");
        }
        if (Header.ownerIdPlain(o) == ts.id()) {
            if (RcStats.COUNTING) {
                RcStats.count(ts, RcStats.BIASED);
            }
            int n = Header.refLocal(o) - 1;
            Header.setRefLocal(o, n);
            if (n <= 0) {
                Merges.localReachedZero(ts, o, n);
            }
        } else {
            int local = Header.refLocal(o);
            if (local >= 0) {
                if (RcStats.COUNTING) {
                    RcStats.count(ts, RcStats.SHARED);
                }
                sharedDecref(ts, o);
            } else if (local > Header.WATCH_LIMIT) {
                if (local != IMMORTAL_LOCAL) {
                    if (RcStats.COUNTING) {
                        RcStats.count(ts, RcStats.PER_THREAD);
                    }
                    perThreadAdd(ts, local, -1); // never frees: only the collector frees a per-thread counted object
                } else if (RcStats.COUNTING) {
                    RcStats.count(ts, RcStats.IMMORTAL);
                }
            } else {
                if (RcStats.COUNTING) {
                    RcStats.count(ts, RcStats.SHARED);
                }
                Watched.decref(ts, o, local); // a candidate of the running concurrent collection
            }
        }
    }

    /** {@link #decref} that accepts null ({@code Py_XDECREF}). */
    public static void xdecref(ThreadState ts, PyObject o) {
        if (o != null) {
            decref(ts, o);
        }
    }

    static void sharedDecref(ThreadState ts, PyObject o) {
        int s = Header.refSharedPlain(o); // a hint: MERGED is final, anything else is re-read by the CAS loop
        if (Header.sharedState(s) == MERGED) {
            int old = Header.getAndAddRefShared(o, -SHARED_ONE);
            int count = Header.sharedCount(old);
            // count in [2, SATURATED): nothing else to do; one unsigned compare.
            if (Integer.compareUnsigned(count - 2, Header.SATURATED_COUNT - 2) >= 0) {
                Merges.mergedDecrefSpecial(ts, o, old);
            }
            return;
        }
        Merges.unmergedSharedDecref(ts, o);
    }

    /**
     * Tries to add a reference to an object the caller does not hold a reference to, but read from a place that may
     * (a container slot, a weak reference). Succeeds only while the object is alive: it never revives an object whose
     * free has begun. Lock-free.
     *
     * <p>From a non-owner thread it may also fail for a live object that nobody has announced as shared
     * ({@link #enableTryIncref}): weak references and the containers announce the objects they hand out. A caller
     * that fails falls back to a locked path. A success alone does not prove the object is still where it was read
     * from; {@link #tryIncrefCompare} re-validates.
     *
     * @return true if a reference was added (the caller now owns it)
     */
    public static boolean tryIncref(ThreadState ts, PyObject o) {
        if (Debug.ENABLED) {
            Checks.thread(ts, "tryIncref");
        }
        if (Header.ownerIdPlain(o) == ts.id()) {
            int n = Header.refLocal(o) + 1;
            if (n <= 0) {
                Merges.saturateLocal(o);
                return true;
            }
            Header.setRefLocal(o, n);
            return true;
        }
        int local = Header.refLocal(o);
        if (local < 0) {
            if (local <= Header.WATCH_LIMIT) {
                return Watched.tryIncref(ts, o, local); // a door into a candidate of the running collection
            }
            if (local != IMMORTAL_LOCAL) {
                perThreadAdd(ts, local, 1); // alive while anybody can read it: only a collection frees it
            }
            return true;
        }
        return Merges.tryIncrefShared(o);
    }

    /**
     * The lock-free read: {@link #tryIncref} on {@code expected}, read from {@code array[index]}, then a re-check
     * (acquire) that the slot still holds it. On a failed re-check the reference is dropped again.
     *
     * @return true if the caller now owns a reference to {@code expected}, which was in the slot after it was taken
     */
    public static boolean tryIncrefCompare(ThreadState ts, PyObject expected, PyObject[] array, int index) {
        if (!tryIncref(ts, expected)) {
            return false;
        }
        if (ARRAY.getAcquire(array, index) != expected) {
            decref(ts, expected);
            return false;
        }
        return true;
    }

    /**
     * The lock-free read for a field: {@link #tryIncref} on {@code expected}, read from the field {@code slot} of
     * {@code holder} (a VarHandle the caller owns), then a re-check (acquire) that the field still holds it.
     */
    public static boolean tryIncrefCompare(ThreadState ts, PyObject expected, VarHandle slot, Object holder) {
        if (!tryIncref(ts, expected)) {
            return false;
        }
        if (slot.getAcquire(holder) != expected) {
            decref(ts, expected);
            return false;
        }
        return true;
    }

    private static final VarHandle ARRAY = java.lang.invoke.MethodHandles.arrayElementVarHandle(PyObject[].class);

    /**
     * Announces that non-owner threads may {@link #tryIncref} this object (CPython's {@code _PyObject_SetMaybeWeakref}):
     * from now on its owner frees it only through an atomic that a racing tryIncref can beat. Idempotent, lock-free;
     * the caller holds a reference.
     */
    public static void enableTryIncref(PyObject o) {
        Merges.enableTryIncref(o);
    }

    /** Whether the object is immortal (never counted, never freed). */
    public static boolean isImmortal(PyObject o) {
        return Header.refLocal(o) == IMMORTAL_LOCAL || Header.isSaturatedShared(Header.refSharedVolatile(o));
    }

    /** Whether the object is deferred (stack references not counted; freed only by the cycle collector). */
    public static boolean isDeferred(PyObject o) {
        return Header.hasGcBits(o, Header.GC_DEFERRED);
    }

    /**
     * Whether {@code ts}'s thread owns the object (biased and not merged): its increments and decrements of it take
     * the non-atomic path. A snapshot for statistics and tests; exact on the owner thread.
     */
    public static boolean isOwnedBy(ThreadState ts, PyObject o) {
        return Header.ownerIdOpaque(o) == ts.id();
    }

    /** Whether the object has been freed. Meant for tests and assertions; a live answer may be stale at once. */
    public static boolean isFreed(PyObject o) {
        return Header.ownerIdOpaque(o) == Header.OWNER_DEAD;
    }

    /**
     * The reference count, as {@code sys.getrefcount} would report it without its own argument: exact on the owner
     * thread or when no other thread touches the object, a snapshot otherwise. Immortal objects report 2^32 - 1
     * (CPython 3.13t: {@code sys.getrefcount(None) == 4294967295}); deferred objects report their count without the
     * bias, so stack references are not in it.
     */
    public static long refCount(ThreadState ts, PyObject o) {
        if (isImmortal(o)) {
            return 0xFFFF_FFFFL;
        }
        int s = Header.refSharedVolatile(o);
        int local = Header.refLocal(o);
        long n = Header.sharedCount(s);
        if (Header.isPerThreadLocal(local)) {
            n += ThreadStates.perThreadSum(ts.runtime(), Header.perThreadIndex(local)); // racy, as CPython's
        } else if (Header.sharedState(s) != MERGED) {
            n += local;
        }
        if (isDeferred(o)) {
            n -= Header.DEFERRED_BIAS;
        }
        return n;
    }

    /**
     * Makes a new object immortal (CPython's {@code _Py_SetImmortal}): no reference-count traffic from now on, never
     * freed, no longer counted as live. For objects created at startup and shared for the Runtime's lifetime.
     *
     * @throws IllegalStateException unless {@code ts} owns the object and holds its only reference
     */
    public static void makeImmortal(ThreadState ts, PyObject o) {
        Merges.makeImmortal(ts, o);
    }

    /**
     * Makes a new object deferred (CPython's {@code _PyObject_SetDeferredRefcount}): it is merged, and its shared
     * count carries a bias so reference counting never frees it; stack references to it need not be counted (the
     * interpreter reports them as roots); only the cycle collector frees it. For functions, code, modules and types.
     *
     * @throws IllegalStateException unless {@code ts} owns the object (call it right after creation)
     */
    public static void makeDeferred(ThreadState ts, PyObject o) {
        Merges.makeDeferred(ts, o);
    }

    /**
     * Makes a new object per-thread counted (CPython 3.14's scheme for heap types, code objects and module globals,
     * {@code Python/uniqueid.c}): every thread counts its references to it in a slot of its own array, with plain
     * accesses (no atomic, no shared cache line), so that an object all threads use (a type, a function, a module's
     * dict) does not make its count the hottest line of the machine. Implies {@link #makeDeferred}: reference counting
     * never frees it; the cycle collector, which sums the slots with the world stopped, frees it when it is
     * unreachable. The owner's and foreign increments then cost the same few plain instructions; an idempotent call.
     *
     * @throws IllegalArgumentException unless the object is tracked by the collector (only the collector frees it)
     * @throws IllegalStateException unless {@code ts} owns the object (call it right after creation)
     */
    public static void makePerThread(ThreadState ts, PyObject o) {
        PerThreadCounts.make(ts, o);
    }

    /** Whether the object's references are counted per thread ({@link #makePerThread}). */
    public static boolean isPerThread(PyObject o) {
        return Header.isPerThreadLocal(Header.refLocal(o));
    }

    /**
     * Drops a reference after a grace period: once every attached thread has passed a safepoint
     * (docs/refcount.md, "Borrowed reads and deferred decrefs"). For a binding's own container whose borrowed readers
     * may still hold the object: the toolkit's containers call it through {@link #releaseRemoved}. Takes over the
     * caller's reference. It may wait (a safepoint) when the thread has too much pending (its cap).
     */
    public static void decrefAfterGracePeriod(ThreadState ts, PyObject o) {
        if (Debug.ENABLED) {
            Checks.operation(ts, o, "decrefAfterGracePeriod");
        }
        if (Header.refLocal(o) == IMMORTAL_LOCAL) {
            return;
        }
        DeferredDecrefs.defer(ts, o);
    }

    /**
     * Marks a container as read with borrowed reads ({@code GC_SHARED_READ}): from now on its writers release what
     * they remove through {@link #releaseRemoved}, which defers it. The caller holds the container's critical section
     * (a writer must see the flag before, or finish its removal entirely before, the first borrowed read: [Q2]).
     * Idempotent.
     */
    public static void enableSharedReads(PyObject container) {
        if ((Header.gcBitsAcquire(container) & Header.GC_SHARED_READ) == 0) {
            Header.setGcBits(container, Header.GC_SHARED_READ);
        }
    }

    /**
     * A container's first borrowed read: marks it shared-read ({@link #enableSharedReads}) if that needs no waiting
     * (the thread's innermost section already holds the container, or its mutex is free), and answers whether the
     * container is shared-read now. Never blocks, so a borrowed read stays free of safepoints; a caller told false
     * reads with a new reference and drops it with {@link #decrefAfterGracePeriod} instead.
     */
    public static boolean tryEnableSharedReads(ThreadState ts, PyObject container) {
        if (isSharedRead(container)) {
            return true;
        }
        if (dev.freethread.objects.CriticalSection.holds(ts, container)) {
            enableSharedReads(container);
            return true;
        }
        if (dev.freethread.objects.PyMutex.tryLock(ts, container)) {
            try {
                enableSharedReads(container);
            } finally {
                dev.freethread.objects.PyMutex.unlock(ts, container);
            }
            return true;
        }
        return false;
    }

    /**
     * A borrowed reference to {@code newReference} (taken over): valid until the thread's next safepoint, because
     * the reference is dropped only after a grace period. The fallback of borrowed reads that had to take a
     * reference (a key whose equality runs user code, a first read racing a writer). Returns its argument.
     */
    public static <T extends PyObject> T borrowFrom(ThreadState ts, T newReference) {
        if (newReference != null) {
            decrefAfterGracePeriod(ts, newReference);
        }
        return newReference;
    }

    /** How many references {@code ts}'s thread will drop after a grace period (owner thread; for tests and stats). */
    public static int deferredDecrefs(ThreadState ts) {
        return ThreadStates.core(ts).deferred().size();
    }

    /** The size estimates of {@code ts}'s pending deferred decrefs, in bytes (owner thread; the cap's measure). */
    public static long deferredBytes(ThreadState ts) {
        return ThreadStates.core(ts).deferred().bytes();
    }

    /** The cap on one thread's pending deferred decrefs, in entries and in estimated bytes: {entries, bytes}. */
    public static long[] deferredCaps() {
        return new long[] {DeferredDecrefs.CAP_OBJECTS, DeferredDecrefs.CAP_BYTES};
    }

    /** Whether {@link #enableSharedReads} has marked the container (one acquire load of a header byte). */
    public static boolean isSharedRead(PyObject container) {
        return (Header.gcBitsAcquire(container) & Header.GC_SHARED_READ) != 0;
    }

    /**
     * A container's writer drops the reference to {@code removed} it took out of {@code container}: at once, or, if
     * the container is shared-read, after a grace period ([Q1]). The writer has locked the container at least since
     * before the removal (so it sees the flag of any borrowed read that could have found the object).
     */
    public static void releaseRemoved(ThreadState ts, PyObject container, PyObject removed) {
        if (isSharedRead(container)) {
            decrefAfterGracePeriod(ts, removed);
        } else {
            decref(ts, removed);
        }
    }

    /**
     * A container's writer hands {@code removed}, taken out of {@code container}, to its caller ({@code pop}): the
     * container's reference becomes the caller's; if the container is shared-read, the caller gets a new reference
     * and the container's is dropped after a grace period, so that the caller's quick decref cannot free an object a
     * borrowed reader still holds.
     */
    public static <T extends PyObject> T handOverRemoved(ThreadState ts, PyObject container, T removed) {
        if (isSharedRead(container)) {
            incref(ts, removed);
            decrefAfterGracePeriod(ts, removed);
        }
        return removed;
    }

    /**
     * A {@link dev.freethread.objects.PyIterator} over Java objects the caller holds references to (borrowed): each
     * item it yields is a new reference, as the toolkit's operations that consume an iterable expect ({@code
     * PyList.extend}, {@code PyDict.update}, {@code PyDict.fromKeys}). The Java convenience on top of CPython's
     * convention. Not thread-safe (an iterator belongs to its thread).
     */
    public static dev.freethread.objects.PyIterator iterate(Iterable<? extends PyObject> borrowed) {
        java.util.Iterator<? extends PyObject> it = borrowed.iterator();
        return ts -> {
            if (!it.hasNext()) {
                return null;
            }
            PyObject o = java.util.Objects.requireNonNull(it.next(), "null item in an iterable of objects");
            incref(ts, o);
            return o;
        };
    }

    /**
     * An owned reference for try-with-resources: {@code try (OwnedRef<PyStr> s = RefCount.own(ts, PyStr.of(ts, "x")))}
     * drops the reference when the block ends. Takes over the caller's reference.
     */
    public static <T extends PyObject> OwnedRef<T> own(ThreadState ts, T newReference) {
        return new OwnedRef<>(ts, newReference);
    }
}
