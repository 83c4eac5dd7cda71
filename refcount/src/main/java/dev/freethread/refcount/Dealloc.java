// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Debug;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;


/**
 * Deallocation: runs on the thread whose decrement (or merge) found the count at zero, which is the only thread that
 * can see that transition ([R3]).
 *
 * <p>Order, as CPython's {@code subtype_dealloc}: (1) the finalizer, once per object (PEP 442), with the object
 * temporarily alive again (owned by this thread, invisible to other threads' tryIncref) so it may resurrect itself;
 * (2) the header marked freed and the object counted as freed; (3) weak references cleared, then their callbacks
 * called, newest first; (4) every reference the object held released.
 *
 * <p>Iterative ("trashcan"): deallocations nest directly up to {@link #MAX_NESTING} deep, exactly CPython's timing
 * for ordinary structures; deeper ones are postponed onto a per-thread stack that the outermost deallocation drains
 * before it returns, so freeing a chain of a million nested containers uses a bounded Java stack. Every object is freed
 * before the outermost decref that started the cascade returns.
 *
 * <pre>
 * Lifetime edges (docs/refcount.md, "Lifetime edges", lists every path with its invariant and test)
 *
 * Invariant: an object enters deallocation (dealloc) only from a transition that one thread alone can make (a count
 * reaching zero, [R3]), and leaves it exactly once: freed (marked OWNER_DEAD) or resurrected by its finalizer. The
 * finalizer's own reference is dropped by endResurrection, which merges the revived counts in one step and answers
 * "free it" or "resurrected" right here: it never re-enters dealloc. (The first version dropped it through an ordinary
 * decref, which could postpone the object at the nesting limit; the unchanged owner id then looked like a
 * resurrection and the object was merged and freed a second time: issue 11, defect 1.)
 *
 * Checks at the source: always, destroy refuses an object whose header is already marked freed (a plain load of a
 * field it is about to write, so free); in debug mode, entering dealloc for an object already inside it (postponed
 * or running) throws RcMisuseException DOUBLE_FREE naming both paths, before anything changes. A deallocation whose
 * finalizer ran leaves the debug map before endResurrection's merge CAS, which publishes a resurrection: from then on
 * another thread may drop the last reference and free the object (RcContractTest.
 * resurrectedObjectDroppedAtOnceByAnotherThread_isFreedOnce; reported as a double free when the entry stayed).
 * </pre>
 */
final class Dealloc {
    private Dealloc() {}

    /** How deep deallocations nest before they are postponed (CPython's trashcan uses 50 as well). */
    static final int MAX_NESTING = 50;

    /** The paths on which a count reaches zero (named in debug-mode double-free reports and docs/refcount.md). */
    static final String OWNER_DECREF = "the owner's decref (local count reached zero, nothing shared)";
    static final String ZERO_LOCAL_MERGE = "the owner's merge at local zero (shared count was zero)";
    static final String MERGED_DECREF = "a decref of a merged object (shared count reached zero)";
    static final String OWNER_MERGE = "the owner's merge of a queued object (total was zero)";
    static final String ABANDONED_MERGE = "a merge of an exited owner's queued object (total was zero)";

    static void dealloc(ThreadState ts, PyObject o, String path) {
        if (Debug.ENABLED) {
            enterChecked(ts, o, path);
        }
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

    /**
     * Finishes the postponed deallocations of this thread (at the outermost deallocation, at exit, and after a cascade
     * an exception interrupted). Owner, attached, at depth 0.
     */
    static void drainPostponed(ThreadState ts, ThreadCore core) {
        if (core.deallocDepth() != 0 || !core.hasPostponedDeallocs()) {
            return;
        }
        ArrayDeque<PyObject> postponed = core.postponedDeallocs();
        core.setDeallocDepth(1);
        try {
            // The objects still waiting stay on the stack, where a collection run meanwhile (from a finalizer below)
            // finds them as roots: they have a count of zero but are not garbage (issue 11, defect 2).
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
            if (!finalizeThenEndResurrection(ts, core, o)) {
                return; // resurrected: it lives on, and its finalizer will not run again
            }
        }
        if (Header.ownerIdOpaque(o) == Header.OWNER_DEAD) {
            // A second free of one object: refuse it here, before any accounting or release happens twice.
            throw RcMisuseException.doubleFree(o, "its header is already marked freed");
        }
        Header.setOwnerIdOpaque(o, Header.OWNER_DEAD);
        Header.setRefLocal(o, 0);
        Header.setRefSharedRelease(o, Header.DEAD_SHARED);
        if (Debug.ENABLED) {
            leave(ts, o);
        }
        byte bits = Header.gcBitsAcquire(o);
        if ((bits & Header.GC_TRACKED) != 0) {
            ThreadCore.recordTrackedFreed(core); // the collector's allocation count is net of frees, as CPython's
        }
        ThreadCore.recordFreed(core, type);
        if ((bits & Header.GC_HAS_WEAKREFS) != 0) {
            WeakRefs.clearAndCallBack(ts, o);
        }
        if (o instanceof PyWeakRef) {
            WeakRefs.unlink((PyWeakRef) o, ts);
        }
        o.clearReferences(releaser(ts, core));
    }

    /**
     * Runs the finalizer with the object alive again, owned by this thread with one local reference (ours) and a
     * shared word of INIT/0, as CPython's {@code _PyObject_ResurrectStart}: a non-owner's tryIncref (or weak-reference
     * get) refuses that word, so nobody else can take a reference while the finalizer runs ([R4] keeps holding:
     * tryIncref never revives an object whose free has begun). The finalizer itself may store new references. The
     * object sits on this thread's finalizing stack meanwhile, so a collection gives its owner id back to this thread.
     *
     * @return true if the object is to be freed now (nothing resurrected it), false if it was resurrected
     */
    private static boolean finalizeThenEndResurrection(ThreadState ts, ThreadCore core, PyObject o) {
        Header.setRefSharedRelease(o, Header.SHARED_INIT);
        Header.setRefLocal(o, 1);
        Header.setOwnerIdOpaque(o, ts.id());
        ThreadCore.pushFinalizing(core, o);
        try {
            o.finalizeObject(ts);
        } catch (Throwable t) {
            ts.runtime().reportUnraisable(t, "finalizer of " + o.repr(), o);
        } finally {
            ThreadCore.popFinalizing(core);
        }
        if (!Debug.ENABLED) {
            return Merges.endResurrection(ts, o);
        }
        // Debug mode: this deallocation leaves the in-dealloc map before endResurrection publishes a resurrection
        // (its merge CAS), because from that CAS on another thread may drop the last reference and enter
        // deallocation legitimately; left after it, that second entry was reported as a double free. Nobody else can
        // enter while the word is unpublished (a foreign decrement only queues to us), so nothing is missed; if
        // nothing resurrected the object, this deallocation enters again with its original path.
        String path = inDealloc(ts).remove(o);
        boolean free = Merges.endResurrection(ts, o);
        if (free && path != null) {
            String other = inDealloc(ts).putIfAbsent(o, path);
            if (other != null) {
                throw RcMisuseException.doubleFree(o, "its deallocation was entered by " + path
                        + " and, while its finalizer ran, by " + other);
            }
        }
        return free;
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

    // ---- debug mode: deallocation entered twice is caught where it happens

    /** Debug mode: the objects inside deallocation (postponed or running), with the path that put each there. */
    private static final Object IN_DEALLOC_KEY = new Object();

    private static ConcurrentHashMap<PyObject, String> inDealloc(ThreadState ts) {
        return ts.runtime().attachment(IN_DEALLOC_KEY, ConcurrentHashMap::new);
    }

    private static void enterChecked(ThreadState ts, PyObject o, String path) {
        if (Header.ownerIdOpaque(o) == Header.OWNER_DEAD) {
            throw RcMisuseException.doubleFree(o, "it was freed already; entered again by " + path);
        }
        String first = inDealloc(ts).putIfAbsent(o, path + " on thread " + Debug.currentThread());
        if (first != null) {
            throw RcMisuseException.doubleFree(o, "its deallocation was entered by " + first
                    + " and again by " + path + " on thread " + Debug.currentThread());
        }
    }

    private static void leave(ThreadState ts, PyObject o) {
        inDealloc(ts).remove(o);
    }
}
