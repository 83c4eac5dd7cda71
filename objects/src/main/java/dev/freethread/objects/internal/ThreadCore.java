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
    public ThreadCore() {}

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

    /** This thread's per-type counts (safe to read from any thread). */
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

    /** The heap is full: drop freed entries, and grow if it is still more than half full (amortised O(1)). */
    private PyObject[] makeRoom() {
        int live = compact(heap, heapSize);
        heapSize = live;
        if (live > heap.length / 2) {
            heap = java.util.Arrays.copyOf(heap, heap.length * 2);
        }
        return heap;
    }

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
    /** Owner: see {@link ThreadCore#releaser()}. */
    Object releaser;
    /** Owner (the collector with the world stopped): the heap of tracked objects, see {@link ThreadCore#track}. */
    PyObject[] heap = new PyObject[64];
    int heapSize;
    /** Owner: tracked allocations minus tracked frees not yet reported to the collector. */
    int gcAllocCount;

    /** Per-type counts of this thread; read by {@code Runtime.liveObjectsByType()} from any thread. */
    final ConcurrentHashMap<PyType, ThreadCore.TypeCount> typeCounts = new ConcurrentHashMap<>();

    /** Owner: the type and counter of the last allocation or free (most loops handle one type at a time). */
    private PyType lastType;
    private ThreadCore.TypeCount lastCount;

    final ThreadCore.TypeCount countFor(PyType type) {
        if (type == lastType) {
            return lastCount;
        }
        ThreadCore.TypeCount c = typeCounts.computeIfAbsent(type, t -> new ThreadCore.TypeCount());
        lastType = type;
        lastCount = c;
        return c;
    }
}

abstract class ThreadCorePad1 extends ThreadCoreFields {
    long q00, q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15;
}
