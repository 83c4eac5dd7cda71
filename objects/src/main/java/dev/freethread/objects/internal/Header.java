// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.internal;

import dev.freethread.objects.PyObject;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The object header's encoding, defined in one place, and its accessors named by access mode.
 *
 * <h2>Fields (declared in {@link PyObject})</h2>
 * <pre>
 *   type      PyType  the object's type (mutable, as __class__ assignment allows)
 *   ownerId   int     &gt; 0: id of the owning thread (biased, not merged)
 *                     OWNER_NONE (0): no owner; merged, ATOMIC-scheme, immortal or deferred
 *                     OWNER_DEAD (-1): freed
 *   refLocal  int     the owner's count, written only by the owner with plain accesses;
 *                     IMMORTAL_LOCAL (-1) marks an immortal object; PER_THREAD_BASE - i (&lt;= -2) marks an object
 *                     counted per thread in slot i of every thread's array; at or below WATCH_LIMIT a watch
 *                     word: a candidate of the running concurrent collection (merged, no owner)
 *   refShared int     (count &lt;&lt; SHARED_SHIFT) | state, changed atomically by every non-owner
 *   mutex     int     the per-object lock word (objects' mutex protocol)
 *   gcBits    byte    collector and lifecycle flags (GC_*)
 * </pre>
 *
 * <h2>States of the shared word</h2> (low two bits; transitions only ever go upward)
 * <pre>
 *   SHARED_INIT (0)    owner alive, no weak reference or lock-free reader has been announced: when the owner's local
 *                      count reaches zero with a shared word of exactly 0 it may free without an atomic operation,
 *                      so a foreign tryIncref refuses a shared word of exactly 0.
 *   MAYBE_WEAKREF (1)  somebody may tryIncref the object (weak references, lock-free container reads): the owner
 *                      frees only through a CAS, which a racing tryIncref can beat.
 *   QUEUED (2)         the shared count went negative and the object sits in its owner's merge queue.
 *   MERGED (3)         local and shared counts are merged; every thread uses the shared count only.
 * </pre>
 *
 * <h2>Ranges of the shared count</h2> (30 signed bits)
 * <pre>
 *   [-2^28, 2^28)       live counts
 *   [2^28, 2^29)        saturated: the object has become immortal by overflow (a leak, never an early free)
 *   [-2^29, -2^28)      dead zone; a freed object's word is DEAD_SHARED, in its middle, so that stray
 *                       increments or decrements by a buggy caller stay recognisable
 * </pre>
 */
public final class Header {
    private Header() {}

    // ---- ownerId
    public static final int OWNER_NONE = 0;
    public static final int OWNER_DEAD = -1;

    // ---- refLocal
    public static final int IMMORTAL_LOCAL = -1;

    // ---- refShared
    public static final int SHARED_SHIFT = 2;
    public static final int STATE_MASK = (1 << SHARED_SHIFT) - 1;
    public static final int SHARED_INIT = 0;
    public static final int MAYBE_WEAKREF = 1;
    public static final int QUEUED = 2;
    public static final int MERGED = 3;
    /** One reference in the shared word. */
    public static final int SHARED_ONE = 1 << SHARED_SHIFT;
    /** Counts at or above this are saturated (immortal by overflow). */
    public static final int SATURATED_COUNT = 1 << 28;
    /** Counts below this are dead. */
    public static final int MIN_LIVE_COUNT = -(1 << 28);
    /** The shared word of a freed object. */
    public static final int DEAD_SHARED = ((-3 << 27) << SHARED_SHIFT) | MERGED;
    /** Shared word of an immortal object (never read on the fast paths; kept recognisable for debugging). */
    public static final int IMMORTAL_SHARED = ((SATURATED_COUNT + (1 << 27)) << SHARED_SHIFT) | MERGED;
    /**
     * The bias a deferred object carries in its shared count so that reference counting never sees it reach
     * zero: stack references to it are not counted, so only the collector, which scans thread roots, may free it.
     */
    public static final int DEFERRED_BIAS = 1 << 26;

    // ---- gcBits
    public static final byte GC_TRACKED = 1;
    public static final byte GC_FINALIZED = 1 << 1;
    public static final byte GC_DEFERRED = 1 << 2;
    public static final byte GC_HAS_WEAKREFS = 1 << 3;
    public static final byte GC_UNREACHABLE = 1 << 4;
    public static final byte GC_FROZEN = 1 << 5;
    /**
     * A container that has been read with borrowed reads ({@code getBorrowed}, {@code getItemBorrowed},
     * {@code nextBorrowed}): set once, under the container's critical section, by its first borrowed read; from then on
     * its writers drop the references they remove only after a grace period (refcount's deferred decrefs). Sticky.
     */
    public static final byte GC_SHARED_READ = 1 << 6;

    // ---- refLocal, per-thread counted objects
    /**
     * A per-thread counted object (refcount's {@code makePerThread}) has no owner, a MERGED shared word carrying the
     * deferred bias, and in its local-count field {@code PER_THREAD_BASE - index}: below {@link #IMMORTAL_LOCAL}, so
     * the non-owner paths, which already test for immortality, reach it with the same one comparison.
     */
    public static final int PER_THREAD_BASE = -2;

    /** Whether a local-count value marks a per-thread counted object. */
    public static boolean isPerThreadLocal(int local) {
        return local < IMMORTAL_LOCAL && local > WATCH_LIMIT;
    }

    // ---- refLocal, watched objects (the concurrent collector's candidates; docs/gc.md, "The concurrent collector")
    /**
     * A candidate of a concurrent collection is merged (no owner, its whole count in the shared word) and carries a
     * <em>watch word</em> in its local-count field: {@code WATCH_BASE - payload}, at or below {@link #WATCH_LIMIT}, so
     * the non-owner paths, which already branch on a negative local count, reach it with no new test on their fast
     * paths. Payload bits: {@link #WATCH_TOUCHED} (some reference-count operation ran on it since it was watched: set
     * by CAS <em>before</em> the operation changes the count), {@link #WATCH_CLOSED} (the collector has committed its
     * component: doors refuse while the component's verdict is final), three bits of the collection's epoch, and the
     * component number. Per-thread indices stay above the limit (below 2^30 - 2).
     */
    public static final int WATCH_BASE = -(1 << 30);
    /** Every watch word is at or below this value; everything above is an owner count, immortal or per-thread. */
    public static final int WATCH_LIMIT = WATCH_BASE;
    public static final int WATCH_TOUCHED = 1;
    public static final int WATCH_CLOSED = 2;
    private static final int WATCH_EPOCH_SHIFT = 2;
    public static final int WATCH_EPOCH_MASK = 7;
    private static final int WATCH_COMPONENT_SHIFT = 5;
    /** Components are numbered below this (2^25). */
    public static final int WATCH_MAX_COMPONENTS = 1 << 25;

    /** Whether a local-count value is a watch word. */
    public static boolean isWatchLocal(int local) {
        return local <= WATCH_LIMIT;
    }

    /** A watch word: untouched, open, of collection epoch {@code epoch} (low three bits) and component {@code comp}. */
    public static int watchWord(int epoch, int comp) {
        return WATCH_BASE - ((comp << WATCH_COMPONENT_SHIFT) | ((epoch & WATCH_EPOCH_MASK) << WATCH_EPOCH_SHIFT));
    }

    /** The payload bits of a watch word. */
    private static int watchPayload(int word) {
        return WATCH_BASE - word;
    }

    public static boolean isWatchTouched(int word) {
        return (watchPayload(word) & WATCH_TOUCHED) != 0;
    }

    public static boolean isWatchClosed(int word) {
        return (watchPayload(word) & WATCH_CLOSED) != 0;
    }

    public static int watchEpoch(int word) {
        return (watchPayload(word) >>> WATCH_EPOCH_SHIFT) & WATCH_EPOCH_MASK;
    }

    public static int watchComponent(int word) {
        return watchPayload(word) >>> WATCH_COMPONENT_SHIFT;
    }

    /** The same watch word with its touched bit set. */
    public static int watchTouch(int word) {
        return word - WATCH_TOUCHED;
    }

    /** The same watch word with its closed bit set ({@code word} must not have it). */
    public static int watchClose(int word) {
        return word - WATCH_CLOSED;
    }

    /** The same watch word with its touched and closed bits cleared. */
    public static int watchOpen(int word) {
        return WATCH_BASE - (watchPayload(word) & ~(WATCH_TOUCHED | WATCH_CLOSED));
    }

    /** The per-thread index encoded in a per-thread counted object's local-count field. */
    public static int perThreadIndex(int local) {
        return PER_THREAD_BASE - local;
    }

    /** The local-count value that encodes a per-thread index. */
    public static int perThreadLocal(int index) {
        return PER_THREAD_BASE - index;
    }

    /** The count held in a shared word. */
    public static int sharedCount(int shared) {
        return shared >> SHARED_SHIFT;
    }

    /** The state bits of a shared word. */
    public static int sharedState(int shared) {
        return shared & STATE_MASK;
    }

    /** A shared word with the given count and state. */
    public static int shared(int count, int state) {
        return (count << SHARED_SHIFT) | state;
    }

    /**
     * Whether a shared word holds a live count, i.e. {@code MIN_LIVE_COUNT <= count < SATURATED_COUNT}: one add and
     * a sign test, so the foreign fast paths can check the value their atomic returned at no measurable cost.
     */
    public static boolean isLiveShared(int shared) {
        return shared + (1 << 30) >= 0;
    }

    /** Whether a shared word is in the saturated range. */
    public static boolean isSaturatedShared(int shared) {
        return sharedCount(shared) >= SATURATED_COUNT;
    }

    // ---- accessors

    private static final VarHandle TYPE;
    private static final VarHandle OWNER_ID;
    private static final VarHandle REF_LOCAL;
    private static final VarHandle REF_SHARED;
    private static final VarHandle MUTEX;
    private static final VarHandle GC_BITS;
    private static final VarHandle GC_SCRATCH_LO;
    private static final VarHandle GC_SCRATCH_HI;

    static {
        try {
            // Same module: privateLookupIn is allowed without opening the package to anybody else.
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(PyObject.class, MethodHandles.lookup());
            TYPE = l.findVarHandle(PyObject.class, "type", dev.freethread.objects.PyType.class);
            OWNER_ID = l.findVarHandle(PyObject.class, "ownerId", int.class);
            REF_LOCAL = l.findVarHandle(PyObject.class, "refLocal", int.class);
            REF_SHARED = l.findVarHandle(PyObject.class, "refShared", int.class);
            MUTEX = l.findVarHandle(PyObject.class, "mutex", int.class);
            GC_BITS = l.findVarHandle(PyObject.class, "gcBits", byte.class);
            GC_SCRATCH_LO = l.findVarHandle(PyObject.class, "gcScratchLo", short.class);
            GC_SCRATCH_HI = l.findVarHandle(PyObject.class, "gcScratchHi", byte.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Release store of the type ({@link PyObject#changeType}): a thread that reads the new type with the plain read of
     * {@link PyObject#type()} sees the type as it was published; a reference field never tears, so a racing reader
     * sees the old type or the new one.
     */
    public static void setTypeRelease(PyObject o, dev.freethread.objects.PyType type) {
        TYPE.setRelease(o, type);
    }

    /** Plain read; exact only on the owner thread or for an immutable value. */
    public static int ownerIdPlain(PyObject o) {
        return (int) OWNER_ID.get(o);
    }

    /**
     * Opaque read. A non-owner may read a stale value, but never its own id by mistake: ids are never reused,
     * and only the owner can have stored the owner's id.
     */
    public static int ownerIdOpaque(PyObject o) {
        return (int) OWNER_ID.getOpaque(o);
    }

    public static void setOwnerIdOpaque(PyObject o, int id) {
        OWNER_ID.setOpaque(o, id);
    }

    public static void setOwnerIdRelease(PyObject o, int id) {
        OWNER_ID.setRelease(o, id);
    }

    /**
     * CAS of the owner id, for a thread that may race another thread's free of the object (which stores
     * OWNER_DEAD): unlike a store, it never overwrites OWNER_DEAD.
     */
    public static boolean casOwnerId(PyObject o, int expect, int update) {
        return OWNER_ID.compareAndSet(o, expect, update);
    }

    /** Plain read of the local count: exact on the owner thread (or after the owner has exited, under a happens-before). */
    public static int refLocal(PyObject o) {
        return (int) REF_LOCAL.get(o);
    }

    /**
     * Volatile read of the local count: for a watch word (the concurrent collector and the watched paths, which
     * change it only by CAS).
     */
    public static int refLocalVolatile(PyObject o) {
        return (int) REF_LOCAL.getVolatile(o);
    }

    /**
     * CAS of the local count: only for watch words (the concurrent collector sets one on a merged object whose local
     * count is 0, mutators set its touched bit). A racing plain write (a merge writing 0, a finalizer's revival) can
     * only erase a watch word, which the collector treats as a touch.
     */
    public static boolean casRefLocal(PyObject o, int expect, int update) {
        return REF_LOCAL.compareAndSet(o, expect, update);
    }

    /** Plain write of the local count: owner thread only. */
    public static void setRefLocal(PyObject o, int v) {
        REF_LOCAL.set(o, v);
    }

    public static int refSharedPlain(PyObject o) {
        return (int) REF_SHARED.get(o);
    }

    public static int refSharedAcquire(PyObject o) {
        return (int) REF_SHARED.getAcquire(o);
    }

    public static int refSharedVolatile(PyObject o) {
        return (int) REF_SHARED.getVolatile(o);
    }

    public static void setRefSharedRelease(PyObject o, int v) {
        REF_SHARED.setRelease(o, v);
    }

    public static void setRefSharedPlain(PyObject o, int v) {
        REF_SHARED.set(o, v);
    }

    public static boolean casRefShared(PyObject o, int expect, int update) {
        return REF_SHARED.compareAndSet(o, expect, update);
    }

    public static int getAndAddRefShared(PyObject o, int delta) {
        return (int) REF_SHARED.getAndAdd(o, delta);
    }

    public static int mutexVolatile(PyObject o) {
        return (int) MUTEX.getVolatile(o);
    }

    public static boolean casMutex(PyObject o, int expect, int update) {
        return MUTEX.compareAndSet(o, expect, update);
    }

    public static void setMutexRelease(PyObject o, int v) {
        MUTEX.setRelease(o, v);
    }

    public static byte gcBitsAcquire(PyObject o) {
        return (byte) GC_BITS.getAcquire(o);
    }

    /** Atomically sets bits; returns the previous bits. */
    public static byte setGcBits(PyObject o, byte bits) {
        return (byte) GC_BITS.getAndBitwiseOr(o, bits);
    }

    /** Atomically clears bits; returns the previous bits. */
    public static byte clearGcBits(PyObject o, byte bits) {
        return (byte) GC_BITS.getAndBitwiseAnd(o, (byte) ~bits);
    }

    /** Plain read of the collector's bits: exact on the thread that last wrote them, or with the world stopped. */
    public static byte gcBitsPlain(PyObject o) {
        return (byte) GC_BITS.get(o);
    }

    /** Plain write of the whole byte: only the collector with the world stopped (nothing else runs). */
    public static void setGcBitsPlain(PyObject o, byte bits) {
        GC_BITS.set(o, bits);
    }

    /** Plain write of the owner id: only the collector with the world stopped (nothing else runs). */
    public static void setOwnerIdPlain(PyObject o, int id) {
        OWNER_ID.set(o, id);
    }

    /** The largest scratch index plus one (24 bits). */
    public static final int GC_SCRATCH_LIMIT = 1 << 24;

    /**
     * The concurrent collector's scratch index (24 bits, plain): written and read by the collecting thread only, and
     * valid only when its own table confirms it (a stale value from an earlier collection names another object).
     */
    public static int gcScratch(PyObject o) {
        return ((short) GC_SCRATCH_LO.get(o) & 0xFFFF) | (((byte) GC_SCRATCH_HI.get(o) & 0xFF) << 16);
    }

    public static void setGcScratch(PyObject o, int index) {
        GC_SCRATCH_LO.set(o, (short) index);
        GC_SCRATCH_HI.set(o, (byte) (index >>> 16));
    }

    /** Whether every bit of {@code bits} is set. */
    public static boolean hasGcBits(PyObject o, byte bits) {
        return (gcBitsAcquire(o) & bits) == bits;
    }
}
