package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;

import java.util.ArrayDeque;

import static dev.freethread.objects.internal.Header.MERGED;
import static dev.freethread.objects.internal.Header.SHARED_ONE;
import static dev.freethread.objects.internal.Header.shared;

/**
 * Deallocation: runs on the thread whose decrement (or merge) found the count at zero, which is the only thread that
 * can see that transition ([R3]).
 *
 * <p>Order, as CPython's {@code subtype_dealloc}: (1) the finalizer, once per object (PEP 442), with the object
 * temporarily alive again so it may resurrect itself; (2) weak references cleared, then their callbacks called, newest
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
            if (!finalizeAndCheck(ts, o)) {
                return; // resurrected: whoever drops the last new reference frees it (without finalizing again)
            }
        }
        Header.setOwnerIdOpaque(o, Header.OWNER_DEAD);
        Header.setRefLocal(o, 0);
        Header.setRefSharedRelease(o, Header.DEAD_SHARED);
        if ((Header.gcBitsAcquire(o) & Header.GC_HAS_WEAKREFS) != 0) {
            WeakRefs.clearAndCallBack(ts, o);
        }
        if (o instanceof PyWeakRef) {
            WeakRefs.unlink((PyWeakRef) o, ts);
        }
        ThreadCore.recordFreed(core, type);
        o.clearReferences(releaser(ts, core));
    }

    /**
     * Runs the finalizer with the object alive again (merged, one reference: ours), then drops that reference.
     *
     * @return true if ours was the last reference again (go on freeing), false if the finalizer resurrected it
     */
    private static boolean finalizeAndCheck(ThreadState ts, PyObject o) {
        Header.setRefLocal(o, 0);
        Header.setOwnerIdOpaque(o, Header.OWNER_NONE);
        Header.setRefSharedRelease(o, shared(1, MERGED));
        try {
            o.finalizeObject(ts);
        } catch (Throwable t) {
            ts.runtime().reportUnraisable(t, "finalizer of " + o.repr(), o);
        }
        int old = Header.getAndAddRefShared(o, -SHARED_ONE);
        if (old == shared(1, MERGED)) {
            return true;
        }
        if (!Header.isLiveShared(old) || Header.sharedCount(old) < 1) {
            // The finalizer dropped a reference it did not own. Never free twice: leave the object alone.
            ts.runtime().reportUnraisable(RcMisuseException.underflow("finalizer", o), "finalizer of " + o.repr(), o);
        }
        return false;
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
