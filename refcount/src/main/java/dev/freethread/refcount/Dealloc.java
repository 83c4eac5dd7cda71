package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;

import java.util.ArrayDeque;


/**
 * Deallocation: runs on the thread whose decrement (or merge) found the count at zero, which is the only thread that
 * can see that transition ([R3]).
 *
 * <p>Order, as CPython's {@code subtype_dealloc}: (1) the finalizer, once per object (PEP 442), with the object
 * temporarily alive again (owned by this thread, invisible to other threads' tryIncref) so it may resurrect itself; (2) weak references cleared, then their callbacks called, newest
 * first; (3) the header marked freed and the object counted as freed; (4) every reference the object held released.
 *
 * <p>Iterative ("trashcan"): deallocations nest directly up to {@link #MAX_NESTING} deep, exactly CPython's timing
 * for ordinary structures; deeper ones are postponed onto a per-thread stack that the outermost deallocation drains
 * before it returns, so freeing a chain of a million nested containers uses a bounded Java stack. Every object is freed
 * before the outermost decref that started the cascade returns.
 */
final class Dealloc {
    private Dealloc() {}

    /** How deep deallocations nest before they are postponed (CPython's trashcan uses 50 as well). */
    static final int MAX_NESTING = 50;

    static void dealloc(ThreadState ts, PyObject o) {
        ThreadCore core = ThreadStates.core(ts);
        int depth = core.deallocDepth();
        if (depth >= MAX_NESTING) {
            core.postponedDeallocs().push(o);
            return;
        }
        core.setDeallocDepth(depth + 1);
        try {
            destroy(ts, core, o);
        } finally {
            core.setDeallocDepth(depth);
        }
        if (depth == 0 && core.hasPostponedDeallocs()) {
            drainPostponed(ts, core);
        }
    }

    private static void drainPostponed(ThreadState ts, ThreadCore core) {
        ArrayDeque<PyObject> postponed = core.postponedDeallocs();
        core.setDeallocDepth(1);
        try {
            PyObject p;
            while ((p = postponed.poll()) != null) {
                destroy(ts, core, p);
            }
        } finally {
            core.setDeallocDepth(0);
        }
    }

    private static void destroy(ThreadState ts, ThreadCore core, PyObject o) {
        PyType type = o.type();
        if (type.hasFinalizer() && (Header.setGcBits(o, Header.GC_FINALIZED) & Header.GC_FINALIZED) == 0) {
            finalizeThenDecref(ts, o);
            return; // freed by the decref after the finalizer (a nested dealloc), or resurrected
        }
        Header.setOwnerIdOpaque(o, Header.OWNER_DEAD);
        Header.setRefLocal(o, 0);
        Header.setRefSharedRelease(o, Header.DEAD_SHARED);
        byte bits = Header.gcBitsAcquire(o);
        if ((bits & Header.GC_TRACKED) != 0) {
            ThreadCore.recordTrackedFreed(core); // the collector's allocation count is net of frees, as CPython's
        }
        if ((bits & Header.GC_HAS_WEAKREFS) != 0) {
            WeakRefs.clearAndCallBack(ts, o);
        }
        if (o instanceof PyWeakRef) {
            WeakRefs.unlink((PyWeakRef) o, ts);
        }
        ThreadCore.recordFreed(core, type);
        o.clearReferences(releaser(ts, core));
    }

    /**
     * Runs the finalizer with the object alive again, owned by this thread with one local reference (ours) and a
     * shared word of INIT/0, as CPython does: a non-owner's tryIncref (or weak-reference get) refuses that word, so
     * nobody else can take a reference while the finalizer runs ([R4] keeps holding: tryIncref never revives an object
     * whose free has begun). The finalizer itself may store new references. Then our reference is dropped through the
     * ordinary decref: if it was the last, that frees the object (a nested dealloc, which skips the finalizer: the
     * FINALIZED bit is set); otherwise the object was resurrected and lives on.
     */
    private static void finalizeThenDecref(ThreadState ts, PyObject o) {
        Header.setRefSharedRelease(o, Header.SHARED_INIT);
        Header.setRefLocal(o, 1);
        Header.setOwnerIdOpaque(o, ts.id());
        try {
            o.finalizeObject(ts);
        } catch (Throwable t) {
            ts.runtime().reportUnraisable(t, "finalizer of " + o.repr(), o);
        }
        RefCount.decref(ts, o);
        if (Header.ownerIdOpaque(o) == ts.id()) {
            Merges.mergeResurrected(ts, o); // resurrected, and ours: hand it back to the shared count
        }
    }

    private static ReferenceVisitor releaser(ThreadState ts, ThreadCore core) {
        Object r = core.releaser();
        if (r == null) {
            ReferenceVisitor v = child -> RefCount.decref(ts, child);
            core.setReleaser(v);
            return v;
        }
        return (ReferenceVisitor) r;
    }
}
