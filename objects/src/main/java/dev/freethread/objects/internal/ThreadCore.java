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
