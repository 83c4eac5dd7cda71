// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.internal;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import org.jctools.queues.MpscUnboundedXaddArrayQueue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The toolkit-internal part of a thread state: its merge queue, its deallocation stack and its live-object
 * accounting. Fields marked "owner" are touched by the owning thread only (plain accesses); the merge queue is the
 * one structure other threads write.
 *
 * <p>Padded on both sides (JCTools' class-hierarchy padding): thread states are allocated next to each other, and
 * the owner writes its counters on every allocation and free; unpadded, two threads' cores could share a cache line.
 */
public final class ThreadCore extends ThreadCorePad1 {
    private static final VarHandle RD_SEQ;

    static {
        try {
            RD_SEQ = MethodHandles.privateLookupIn(ThreadCoreFields.class, MethodHandles.lookup())
                    .findVarHandle(ThreadCoreFields.class, "rdSeq", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public ThreadCore(Qsbr qsbr, PerThreadObjects perThreadObjects) {
        super(qsbr, perThreadObjects);
    }

    // ---- QSBR (Qsbr) and deferred decrefs (refcount's DeferredDecrefs)

    /** The Runtime's QSBR sequences. */
    public Qsbr qsbr() {
        return qsbr;
    }

    /** This thread's read sequence: its last report, or {@link Qsbr#OFFLINE} (volatile; any thread reads it). */
    public long readSeq() {
        return (long) RD_SEQ.getVolatile(this);
    }

    void setReadSeq(long seq) {
        RD_SEQ.setVolatile(this, seq);
    }

    /** Owner (or a reclaimer of a dead thread): the references this thread drops after a grace period. */
    public DeferredQueue deferred() {
        return deferred;
    }

    /** Whether this thread waits for others' reports to process its deferred decrefs (any thread reads it). */
    public boolean isQsbrWaiting() {
        return qsbrWaiting;
    }

    /** Owner. */
    public void setQsbrWaiting(boolean waiting) {
        if (qsbrWaiting != waiting) {
            qsbrWaiting = waiting;
            qsbr.addWaiter(waiting ? 1 : -1); // a volatile read-modify-write before the waiter's last scan
        }
    }

    // ---- per-thread reference counts (refcount's makePerThread)

    /** The Runtime's registry of per-thread counted objects. */
    public PerThreadObjects perThreadObjects() {
        return perThreadObjects;
    }

    /** The merge queue: any thread offers, the owner polls. */
    public MpscUnboundedXaddArrayQueue<PyObject> mergeQueue() {
        return mergeQueue;
    }

    /** Owner: the current deallocation nesting depth. */
    public int deallocDepth() {
        return deallocDepth;
    }

    /** Owner: sets the deallocation nesting depth. */
    public void setDeallocDepth(int depth) {
        deallocDepth = depth;
    }

    /** Owner: the stack of postponed deallocations, created on first use. */
    public ArrayDeque<PyObject> postponedDeallocs() {
        ArrayDeque<PyObject> q = postponedDeallocs;
        if (q == null) {
            postponedDeallocs = q = new ArrayDeque<>();
        }
        return q;
    }

    /** Owner: a cached visitor of the toolkit's (refcount's reference releaser), or null. */
    public Object releaser() {
        return releaser;
    }

    public void setReleaser(Object releaser) {
        this.releaser = releaser;
    }

    /** Whether any deallocation is postponed. */
    public boolean hasPostponedDeallocs() {
        return postponedDeallocs != null && !postponedDeallocs.isEmpty();
    }

    /**
     * The postponed deallocations, or null if none were ever postponed. Read by the collector with the world stopped
     * (the thread is parked or detached: its last writes are published by its status change): these objects have a
     * count of zero and are committed to deallocation, so the collector must treat them as roots, never as garbage.
     */
    public ArrayDeque<PyObject> postponedDeallocsOrNull() {
        return postponedDeallocs;
    }

    // ---- objects whose finalizer runs in a deallocation on this thread

    /**
     * Owner: an object whose finalizer this thread is about to run from a deallocation. The object is revived as
     * owned by this thread (which need not be its creator) until the finalizer returns; the collector, which borrows
     * owner ids as scratch and gives them back from the heaps, must give this one back to this thread instead.
     */
    public static void pushFinalizing(ThreadCore core, PyObject o) {
        PyObject[] f = core.finalizing;
        int n = core.finalizingDepth;
        if (n == f.length) {
            core.finalizing = f = java.util.Arrays.copyOf(f, n * 2);
        }
        f[n] = o;
        core.finalizingDepth = n + 1;
    }

    /** Owner: the finalizer pushed last has returned. */
    public static void popFinalizing(ThreadCore core) {
        int n = core.finalizingDepth - 1;
        core.finalizing[n] = null;
        core.finalizingDepth = n;
    }

    /** How many finalizers of deallocations are running on this thread (owner, or the collector, world stopped). */
    public int finalizingDepth() {
        return finalizingDepth;
    }

    /** The object of the i-th running finalizer (owner, or the collector, world stopped). */
    public PyObject finalizingAt(int i) {
        return finalizing[i];
    }

    // ---- the merge gate (docs/refcount.md, [R6]; ThreadState.close)

    /**
     * Offers {@code o} to this thread's merge queue unless its gate is closed (the thread has finished its last
     * merge and is exiting). Any thread; blocking only for the length of an offer (a leaf monitor: nothing else is
     * taken inside, and no user code runs). Returns false when the gate is closed: the caller merges the object
     * itself, as its owner will never touch a count again.
     */
    public boolean offerToMerge(PyObject o) {
        synchronized (gate) {
            if (gateClosed) {
                return false;
            }
            mergeQueue.offer(o);
            return true;
        }
    }

    /**
     * Owner, at exit: closes the merge gate if the merge queue is empty, atomically with respect to
     * {@link #offerToMerge}. Returns false (gate still open) when something was queued meanwhile: drain and retry.
     * Once closed, the thread must not touch any reference count again.
     */
    public boolean closeMergeGateIfDrained() {
        synchronized (gate) {
            if (!mergeQueue.isEmpty()) {
                return false;
            }
            gateClosed = true;
            return true;
        }
    }

    /**
     * Closes the merge gate whatever the queue holds and returns what it held: a coordinator reclaiming the state of
     * a thread that died without exiting (the thread runs no more, so the queue has one consumer: the caller).
     */
    public java.util.List<PyObject> closeMergeGateAndTake() {
        java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
        synchronized (gate) {
            gateClosed = true;
            PyObject o;
            while ((o = mergeQueue.poll()) != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** Whether the merge gate is closed (a snapshot). */
    public boolean isMergeGateClosed() {
        synchronized (gate) {
            return gateClosed;
        }
    }

    // ---- work adopted from a thread that died without exiting (Runtime's reclaim); owner-only

    /**
     * Owner: objects that were queued to a thread that died without exiting, for this thread to merge as abandoned at
     * its next safepoint (refcount). The dead thread's postponed deallocations go onto this thread's postponed stack.
     */
    public void adoptMerges(java.util.List<PyObject> objects) {
        if (objects.isEmpty()) {
            return;
        }
        if (adoptedMerges == null) {
            adoptedMerges = new java.util.ArrayList<>();
        }
        adoptedMerges.addAll(objects);
    }

    /** Owner: takes the adopted merges (null if none). */
    public java.util.List<PyObject> takeAdoptedMerges() {
        java.util.List<PyObject> m = adoptedMerges;
        adoptedMerges = null;
        return m;
    }

    /** Owner: reports to deliver to the unraisable hook at the next safepoint (outside every monitor). */
    public void addReport(RuntimeException report) {
        if (reports == null) {
            reports = new java.util.ArrayList<>();
        }
        reports.add(report);
    }

    /** Owner: takes the pending reports (null if none). */
    public java.util.List<RuntimeException> takeReports() {
        java.util.List<RuntimeException> r = reports;
        reports = null;
        return r;
    }

    // ---- the recursion depth; owner-only (the held-mutex count is ThreadState.mutexesHeld)

    /** Owner: the nesting depth of recursive toolkit calls (comparisons, hashes, reprs, calls into user code). */
    public int recursionDepth() {
        return recursionDepth;
    }

    public void setRecursionDepth(int depth) {
        recursionDepth = depth;
    }

    /** This thread's per-type counts (safe to read from any thread). */
    /**
     * Reference-count operations by path, counted by the owner thread only when refcount's statistics mode is on
     * ({@code -Dfreethread.rcstats=true}; refcount's {@code RcStats.COUNTING}): [owner's biased path, shared atomic
     * path, per-thread counted, immortal]. Plain increments; read exactly once the thread has exited or is quiescent.
     */
    public final long[] rcOperations = new long[4];

    public ConcurrentHashMap<PyType, TypeCount> typeCounts() {
        return typeCounts;
    }

    /** Owner: counts a creation. */
    public static void recordCreated(ThreadCore core, PyType type) {
        core.countFor(type).addCreated();
    }

    /** Owner: counts a free. */
    public static void recordFreed(ThreadCore core, PyType type) {
        core.countFor(type).addFreed();
    }

    // ---- the heap of tracked objects (the collector's; docs/gc.md, "Heaps")

    /**
     * How many tracked allocations (net of tracked frees) a thread buffers before it asks its safepoint to report
     * them to the collector: CPython's {@code LOCAL_ALLOC_COUNT_THRESHOLD}.
     */
    public static final int ALLOC_COUNT_FLUSH = 512;

    /**
     * Owner: registers a new tracked object in this thread's heap (an append; the array is compacted, or grown, when
     * full, amortised O(1)) and counts the allocation. Returns true when the buffered count has reached
     * {@link #ALLOC_COUNT_FLUSH}: the caller then asks for a safepoint, where the collector may run.
     */
    public static boolean track(ThreadCore core, PyObject o) {
        PyObject[] h = core.heap;
        int n = core.heapSize;
        if (n == h.length) {
            h = core.makeRoom();
            n = core.heapSize;
        }
        h[n] = o;
        core.heapSize = n + 1;
        return ++core.gcAllocCount >= ALLOC_COUNT_FLUSH;
    }

    /** Owner: a tracked object was freed on this thread (its heap entry is dropped at the next compaction). */
    public static void recordTrackedFreed(ThreadCore core) {
        core.gcAllocCount--;
    }

    /** Owner (or the collector, with the world stopped): the buffered allocation count. */
    public int gcAllocCount() {
        return gcAllocCount;
    }

    /** Owner (or the collector, with the world stopped): takes the buffered allocation count, leaving zero. */
    public int takeGcAllocCount() {
        int n = gcAllocCount;
        gcAllocCount = 0;
        return n;
    }

    /**
     * The heap array; entries {@code [0, heapSize())} are objects created by this thread, tracked when created, some
     * of them freed since. Read by the owner, or by the collector while the world is stopped.
     */
    public PyObject[] heap() {
        return heap;
    }

    public int heapSize() {
        return heapSize;
    }

    /** The collector, world stopped: replaces the heap after compacting it. */
    public void setHeap(PyObject[] heap, int size) {
        this.heap = heap;
        this.heapSize = size;
    }

    /** Drops freed objects from a heap array in place; returns the new size. Owner, or world stopped. */
    public static int compact(PyObject[] h, int size) {
        int j = 0;
        for (int i = 0; i < size; i++) {
            PyObject o = h[i];
            if (Header.ownerIdOpaque(o) != Header.OWNER_DEAD) {
                h[j++] = o;
            }
        }
        java.util.Arrays.fill(h, j, size, null);
        return j;
    }

    /**
     * A heap array for {@code live} entries: {@code h} itself unless it is less than a quarter full, else a copy of
     * twice the live entries (at least the initial 64), so that a heap's memory follows its live objects.
     */
    public static PyObject[] rightSized(PyObject[] h, int live) {
        int want = Math.max(INITIAL_HEAP, live * 2);
        return h.length > INITIAL_HEAP && live < h.length / 4 && want < h.length ? java.util.Arrays.copyOf(h, want) : h;
    }

    static final int INITIAL_HEAP = 64;

    /**
     * The heap is full: drop freed entries, and grow if it is still more than half full (amortised O(1)). While a
     * concurrent collection reads the array ({@link #pinHeap}), the live entries go to a new array instead: the
     * collector's snapshot must not see entries move under it.
     */
    private PyObject[] makeRoom() {
        if (heapPinned) {
            PyObject[] h = heap;
            int live = 0;
            for (int i = 0; i < heapSize; i++) {
                if (Header.ownerIdOpaque(h[i]) != Header.OWNER_DEAD) {
                    live++;
                }
            }
            PyObject[] copy = new PyObject[live > h.length / 2 ? h.length * 2 : h.length];
            int j = 0;
            for (int i = 0; i < heapSize; i++) {
                if (Header.ownerIdOpaque(h[i]) != Header.OWNER_DEAD) {
                    copy[j++] = h[i];
                }
            }
            heap = copy;
            heapSize = j;
            return copy;
        }
        int live = compact(heap, heapSize);
        heapSize = live;
        if (live > heap.length / 2) {
            heap = java.util.Arrays.copyOf(heap, heap.length * 2);
        }
        return heap;
    }

    /**
     * The concurrent collector: from now on (until {@link #unpinHeap}) the owner never moves entries of its heap array
     * in place, so a snapshot of (array, size) taken at the owner's safepoint stays valid (the owner only appends, or
     * moves to a new array). A volatile store, read by the owner when its heap is full.
     */
    public void pinHeap() {
        heapPinned = true;
    }

    /** The concurrent collector, at the end of a collection. */
    public void unpinHeap() {
        heapPinned = false;
    }

    /** Whether the heap is pinned (thread exit: its adoption copies instead of compacting in place). */
    public boolean isHeapPinned() {
        return heapPinned;
    }

    private volatile boolean heapPinned;

    /** Creations and frees of objects of one type, counted by one thread (owner writes, anyone reads). */
    public static final class TypeCount {
        private static final VarHandle CREATED;
        private static final VarHandle FREED;

        static {
            try {
                MethodHandles.Lookup l = MethodHandles.lookup();
                CREATED = l.findVarHandle(TypeCount.class, "created", long.class);
                FREED = l.findVarHandle(TypeCount.class, "freed", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private long created;
        private long freed;

        /** Objects created minus objects freed by this thread (may be negative: frees of others' objects). */
        public long net() {
            return created() - freed();
        }

        public long created() {
            return (long) CREATED.getOpaque(this);
        }

        public long freed() {
            return (long) FREED.getOpaque(this);
        }

        // Owner-only read-modify-write; opaque stores so that readers never see a torn long.
        void addCreated() {
            CREATED.setOpaque(this, created + 1);
        }

        void addFreed() {
            FREED.setOpaque(this, freed + 1);
        }
    }
}

abstract class ThreadCorePad0 {
    int p0; // fills the gap after the object header, so no subclass field lands before the padding
    long p00, p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15;
}

/** The fields, between the two pads (the JVM lays a subclass's fields after its superclass's). */
abstract class ThreadCoreFields extends ThreadCorePad0 {
    /**
     * Objects whose shared count went negative, queued by the threads that decremented them, for this (owner)
     * thread to merge. Many producers (any thread), one consumer (the owner): JCTools' MPSC queue, unbounded
     * because a producer must never wait for the owner.
     */
    final MpscUnboundedXaddArrayQueue<PyObject> mergeQueue = new MpscUnboundedXaddArrayQueue<>(64);

    /** Owner: how deep the current deallocation is nested (the "trashcan" depth). */
    int deallocDepth;
    /** Owner: deallocations postponed because they were nested too deep; drained by the outermost one. */
    ArrayDeque<PyObject> postponedDeallocs;
    /** Owner: objects whose finalizer a deallocation on this thread is running (innermost last). */
    PyObject[] finalizing = new PyObject[4];
    int finalizingDepth;
    /** The merge gate's monitor (a leaf lock) and its state; see {@link ThreadCore#offerToMerge}. */
    final Object gate = new Object();
    boolean gateClosed;
    /** Owner: merges adopted from a thread that died without exiting; reports for the unraisable hook. */
    java.util.ArrayList<PyObject> adoptedMerges;
    java.util.ArrayList<RuntimeException> reports;
    /** Owner: the recursion depth (see ThreadState.enterRecursiveCall). */
    int recursionDepth;
    /** Owner: see {@link ThreadCore#releaser()}. */
    Object releaser;
    /** Owner (the collector with the world stopped): the heap of tracked objects, see {@link ThreadCore#track}. */
    PyObject[] heap = new PyObject[ThreadCore.INITIAL_HEAP];
    int heapSize;
    /** Owner: tracked allocations minus tracked frees not yet reported to the collector. */
    int gcAllocCount;

    /** The Runtime's QSBR sequences and per-thread counted objects. */
    final Qsbr qsbr;
    final PerThreadObjects perThreadObjects;
    /** See {@link ThreadCore#readSeq()}. */
    volatile long rdSeq = Qsbr.OFFLINE;
    /** Owner: see {@link ThreadCore#deferred()}. */
    final DeferredQueue deferred = new DeferredQueue();
    /** See {@link ThreadCore#isQsbrWaiting()}. */
    volatile boolean qsbrWaiting;

    ThreadCoreFields(Qsbr qsbr, PerThreadObjects perThreadObjects) {
        this.qsbr = qsbr;
        this.perThreadObjects = perThreadObjects;
    }

    /** Per-type counts of this thread; read by {@code Runtime.liveObjectsByType()} from any thread. */
    final ConcurrentHashMap<PyType, ThreadCore.TypeCount> typeCounts = new ConcurrentHashMap<>();

    /**
     * A direct-mapped cache of this thread's counters by type (16 entries, indexed by the type's identity hash): an
     * interpreter allocates several types in turn (an instance, its attribute dict, ints), which a one-entry cache
     * kept missing into the map.
     */
    private final PyType[] cachedTypes = new PyType[16];
    private final ThreadCore.TypeCount[] cachedCounts = new ThreadCore.TypeCount[16];

    final ThreadCore.TypeCount countFor(PyType type) {
        int i = System.identityHashCode(type) & 15;
        if (cachedTypes[i] == type) {
            return cachedCounts[i];
        }
        ThreadCore.TypeCount c = typeCounts.computeIfAbsent(type, t -> new ThreadCore.TypeCount());
        cachedCounts[i] = c;
        cachedTypes[i] = type;
        return c;
    }
}

abstract class ThreadCorePad1 extends ThreadCoreFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;

    ThreadCorePad1(Qsbr qsbr, PerThreadObjects perThreadObjects) {
        super(qsbr, perThreadObjects);
    }
}
