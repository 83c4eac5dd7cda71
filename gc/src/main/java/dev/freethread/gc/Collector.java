// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.RootScanner;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.ThreadStates;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.internal.WeakRefAccess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static dev.freethread.objects.internal.Header.GC_DEFERRED;
import static dev.freethread.objects.internal.Header.GC_FINALIZED;
import static dev.freethread.objects.internal.Header.GC_FROZEN;
import static dev.freethread.objects.internal.Header.GC_HAS_WEAKREFS;
import static dev.freethread.objects.internal.Header.GC_TRACKED;
import static dev.freethread.objects.internal.Header.GC_UNREACHABLE;

/**
 * One collection: PEP 703's stop-the-world cycle collector, phase by phase as CPython's {@code gc_free_threading.c}
 * ({@code gc_collect_internal}). docs/gc.md tells the same story with each phase's invariant.
 *
 * <pre>
 * Overview
 *
 *  world stopped (pause 1)
 *   1. gather    every heap: the threads' and the orphan heaps of exited threads. An unmerged object in T's heap
 *                is owned by T ([G6]), so its owner id can be given back from the heap in step 5.
 *   2. update    for each tracked, non-frozen, non-immortal object: mark it UNREACHABLE (tentatively) and use its
 *                owner-id field as gc_refs scratch: gc_refs = exact count (local + shared - deferred bias) minus the
 *                references to it from other heap objects (traverse). Pending biased counts need no merge: a queued
 *                object's local and shared counts already add up to its total, and the owner is parked.
 *   3. roots     every thread's RootScanner reports its uncounted (deferred, borrowed) stack references: +1 each;
 *                so does every object waiting on a thread's postponed-deallocation stack [G7]: its count is zero,
 *                but it is committed to deallocation, not garbage.
 *   4. mark      an object with gc_refs != 0 is referenced from outside the heap: clear UNREACHABLE on it and on
 *                everything it reaches (explicit stack, no recursion).
 *   5. scan      reachable objects get their owner id back (from their heap; an object whose finalizer a thread's
 *                deallocation is running, from that thread [G8]); unreachable ones are merged (ownerless, MERGED)
 *                with one extra reference held by the collector, and lose the deferred bias (deferred objects die
 *                here); freed entries are compacted out of the heaps on the way.
 *   6. weakrefs  weak references to unreachable objects are cleared (get() returns null from now on); those with
 *                a callback that are themselves reachable are kept (+1) for step 7; unreachable weak references
 *                are cleared and never call back (CPython's rule, bpo-38006).
 *  world restarted
 *   7. callbacks, then finalizers (each object's once: PEP 442, the FINALIZED bit); errors to the unraisable hook.
 *  world stopped again (pause 2), only if step 7 ran any code
 *   8. resurrection  within the unreachable set, gc_refs = count - 1 (ours) - internal references; any object with
 *                gc_refs > 0 was resurrected by a finalizer or callback: it and everything it reaches leave the set.
 *  world restarted
 *   9. delete    the rest is cleared (clearReferences; reference counting frees it when the collector drops its
 *                reference), or kept in gc.garbage under DEBUG_SAVEALL; resurrected objects just lose our reference.
 *
 * Invariants: with the world stopped no mutator runs and every mutator's last writes are visible (each parked or
 * suspended thread published them through the World monitor or its status CAS). The owner-id field is scratch only
 * between steps 2 and 5 (and in 8, for merged objects), so no reference-count operation may run there: the phases
 * call only traverse (no user code, by contract). An object is freed only after step 9 drops the collector's
 * reference, so no step ever sees a freed object from the unreachable set. A traverse or root scanner that throws
 * (a binding bug, or a half-constructed object) makes the verdicts of steps 2-4 untrustworthy: the collection then
 * treats every object as reachable (gives every owner id back, frees nothing) and reports the error to the
 * unraisable hook after the restart; a traverse that throws in step 8 keeps the whole unreachable set alive.
 *
 * Races, each with its test (docs/gc.md has the table):
 *  [G1] a mutator increments or decrements an object the collector is counting: impossible, the world is stopped
 *       for steps 1-6 and 8, and a stop waits even for exiting threads (World [W7]); pending biased counts are
 *       exact without a drain (local + shared of a parked owner). Covered by: ForeignDecrefVsCollectTest (jcstress:
 *       the last outside reference dropped by a non-owner, queued, while the owner collects; fails when a queued
 *       negative shared count is ignored), CollectorConcurrencyTest (collect_whileMutatorsMutateAndAllocate, in
 *       debug mode: no use after free, no leak; collect_whileThreadsExit).
 *  [G2] a mutator takes a new reference to an unreachable object between the two pauses: only a finalizer or
 *       callback can (nothing else reaches the set, and step 6 cleared the weak references), and step 8 sees it;
 *       weak references such code creates are cleared in pause 2. Covered by: GcClassicTest
 *       (resurrection_survives_finalizerNotRerun, callbackReadingOtherCycleMembers_seesThemCleared).
 *  [G3] a weak reference's get() of an unreachable referent races the collection: the slot is cleared in pause 1,
 *       and get() runs wholly before it (then its counted reference makes the object reachable) or after it (null).
 *       Covered by: WeakRefGetVsCollectTest (jcstress).
 *  [G4] two collections at once: serialised by Gc's numbered collector claim. A collect() that meets a running
 *       collection waits for it, detached, then collects again (that one may have looked before the caller's last
 *       decref), unless one numbered after its call finished meanwhile; the collecting thread's own nested
 *       collect() (from a finalizer) returns 0 at once. Covered by: GcSurfaceTest
 *       (aCollectDuringAnotherThreadsCollection_waitsForIt_thenFindsTheGarbageMadeBeforeTheCall,
 *       twoCollectsWaitingForTheRunningOne_shareTheNextCollection).
 *  [G5] an object's owner merges it (its merge queue) after the collector merged it: the queue entry is skipped,
 *       the owner id no longer matches (Merges.mergeQueued). Covered by: ForeignDecrefVsCollectTest (jcstress),
 *       CollectorConcurrencyTest.cycleOwnedByAnotherThread_withQueuedCounts_isExact.
 *  [G6] a finalizer on thread U resurrects an object thread T created: deallocation had made it U's, but only T's
 *       heap holds it, and step 5 restores owner ids from heaps; so a resurrected object is merged right after its
 *       finalizer (refcount's Merges.endResurrection). Covered by:
 *       CollectorConcurrencyTest.objectResurrectedOnAnotherThread_keepsAConsistentOwner.
 *  [G7] a collection runs while a thread's deallocation cascade has objects postponed (count zero, not freed yet):
 *       from a finalizer in the cascade, or from another thread while the cascade blocks in a finalizer. They are
 *       roots (step 3), so they and what they hold stay out of the unreachable set, and the cascade frees each once.
 *       Covered by: LifetimeEdgesTest (gc: collect from a finalizer during a deep cascade; from another thread while
 *       a cascade blocks in a finalizer, with a resurrecting finalizer among the postponed objects).
 *  [G8] a collection runs while thread U runs the finalizer of an object T created (deallocation revives it owned by
 *       U): its owner id is given back to U, not taken from T's heap, or U's later owner-path decrements would go to
 *       T's shared count. Covered by: LifetimeEdgesTest.collectWhileAnotherThreadFinalizesAnObjectItDidNotCreate.
 *  [G10] per-thread counted objects: exact counts sum every thread's slot (world stopped); an unreachable one is
 *       folded into its shared word, its slots zeroed and its index released before it dies as a merged object.
 *       Covered by: PerThreadCountsTest, PerThreadFenceTest (jcstress).
 *  [G11] deferred decrefs are counted references from outside the heap (the thread's queue): their objects are
 *       reachable until dropped; no borrowed reference survives the stop (a safepoint). Covered by:
 *       DeferredDecrefsTest (refcount), LifetimeTortureTest.
 * </pre>
 */
final class Collector {
    private final Gc gc;
    private final Runtime rt;
    private final ThreadState ts;

    private List<Heaps.Segment> segments;
    private final ArrayList<PyObject> unreachable = new ArrayList<>();
    private final ArrayList<PyWeakRef> callbacks = new ArrayList<>();
    private PyObject[] stack = new PyObject[256];
    private int sp;
    /** A traverse or root scanner threw during steps 2-4: nothing is collected (see the overview). */
    private Throwable broken;

    long examined;
    long collected;
    long uncollectable;
    long liveAfter;
    long pauseNanos;

    Collector(Gc gc, ThreadState ts) {
        this.gc = gc;
        this.rt = ts.runtime();
        this.ts = ts;
    }

    // ---- the visitors (one instance each: traverse is called once per object)

    /** Step 2: one internal reference to {@code ref}. */
    private final ReferenceVisitor subtractInternal = ref -> {
        byte bits = Header.gcBitsPlain(ref);
        if ((bits & GC_UNREACHABLE) == 0) {
            if (!Heaps.isCandidate(ref, bits)) {
                return; // untracked, frozen, immortal (or freed: a binding bug this pass does not make worse)
            }
            initRefs(ref, bits); // not updated yet: its own count is added when its heap entry comes
        }
        Header.setOwnerIdPlain(ref, Header.ownerIdPlain(ref) - 1);
    };

    /** Step 3: one uncounted root. */
    private final ReferenceVisitor addRoot = ref -> {
        if (ref != null && (Header.gcBitsPlain(ref) & GC_UNREACHABLE) != 0) {
            Header.setOwnerIdPlain(ref, Header.ownerIdPlain(ref) + 1);
        }
    };

    /** Steps 4 and 8: reachable from a live object. */
    private final ReferenceVisitor markReachable = ref -> {
        byte bits = Header.gcBitsPlain(ref);
        if ((bits & GC_UNREACHABLE) != 0) {
            Header.setGcBitsPlain(ref, (byte) (bits & ~GC_UNREACHABLE));
            push(ref);
        }
    };

    /** Step 8: one reference from another member of the unreachable set. */
    private final ReferenceVisitor subtractUnreachable = ref -> {
        if ((Header.gcBitsPlain(ref) & GC_UNREACHABLE) != 0) {
            Header.setOwnerIdPlain(ref, Header.ownerIdPlain(ref) - 1);
        }
    };

    private static void initRefs(PyObject o, byte bits) {
        Header.setGcBitsPlain(o, (byte) (bits | GC_UNREACHABLE));
        Header.setOwnerIdPlain(o, 0);
    }

    private static boolean isFreed(PyObject o) {
        int s = Header.refSharedPlain(o);
        return !Header.isLiveShared(s) && !Header.isSaturatedShared(s);
    }

    private void push(PyObject o) {
        if (sp == stack.length) {
            stack = Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = o;
    }

    /** Traverses from every object on the stack, marking what it reaches (the stack holds already-cleared objects). */
    private void propagate() {
        while (sp > 0) {
            PyObject o = stack[--sp];
            stack[sp] = null;
            try {
                o.traverse(markReachable);
            } catch (Throwable t) {
                brokenBy(t, o);
            }
        }
    }

    private void brokenBy(Throwable t, PyObject o) {
        if (broken == null) {
            broken = brokenError(t, o);
        }
    }

    /** Both collectors' report of a traverse ({@code o}) or a root scanner ({@code o} null) that threw. */
    static IllegalStateException brokenError(Throwable t, PyObject o) {
        return new IllegalStateException((o == null ? "a root scanner" : "the traverse of " + describe(o))
                + " threw during a collection, which therefore frees nothing", t);
    }

    /** An object's repr for an error message, even if its repr throws. */
    static String describe(PyObject o) {
        try {
            return o.repr();
        } catch (Throwable t) {
            return "a '" + o.type().name() + "' object";
        }
    }

    // ---- the collection

    /** Runs the collection on the calling thread ({@code ts}'s, attached). */
    void run() {
        long t0 = System.nanoTime();
        rt.stopTheWorld(ts);
        try {
            gc.resetYoungCount(); // with the world stopped: every buffered count describes examined objects
            segments = Heaps.gather(rt);
            updateRefs();
            scanRoots();
            mark();
            if (broken != null) {
                keepEverything();
            }
            scan();
            restoreFinalizingOwners();
            clearWeakRefs();
        } finally {
            pauseNanos += System.nanoTime() - t0;
            rt.startTheWorld(ts);
        }
        segments = null;
        if (broken != null) {
            rt.reportUnraisable(broken, "gc.collect()", null);
        }
        boolean ranCode = callCallbacks() | finalizeGarbage();
        if (ranCode) {
            long t1 = System.nanoTime();
            Throwable before = broken;
            rt.stopTheWorld(ts);
            try {
                handleResurrected();
            } finally {
                pauseNanos += System.nanoTime() - t1;
                rt.startTheWorld(ts);
            }
            if (broken != before) {
                rt.reportUnraisable(broken, "gc.collect()", null);
            }
        }
        // The frees of the garbage found here do not count against the allocations since this collection (in
        // CPython's free-threaded build they do, and its count goes negative after a large collection, delaying the
        // next one by as many allocations as were collected).
        gc.addYoungCount(ThreadStates.core(ts).takeGcAllocCount());
        deleteGarbage();
        ThreadStates.core(ts).takeGcAllocCount();
    }

    /** Step 2. */
    private void updateRefs() {
        long n = 0;
        for (Heaps.Segment seg : segments) {
            PyObject[] h = seg.objects;
            for (int i = 0, size = seg.size; i < size; i++) {
                PyObject o = h[i];
                byte bits = Header.gcBitsPlain(o);
                int count;
                if ((bits & GC_UNREACHABLE) == 0) {
                    if (!Heaps.isCandidate(o, bits)) {
                        continue;
                    }
                    count = Heaps.exactCount(rt, o); // before the owner id becomes scratch
                    Header.setGcBitsPlain(o, (byte) (bits | GC_UNREACHABLE));
                } else {
                    count = Heaps.exactCount(rt, o) + Header.ownerIdPlain(o); // already visited: scratch holds -refs
                }
                Header.setOwnerIdPlain(o, count);
                try {
                    o.traverse(subtractInternal);
                } catch (Throwable t) {
                    brokenBy(t, o);
                }
                n++;
            }
        }
        examined = n;
    }

    /** Step 3: the binding's uncounted roots, and the objects waiting on postponed-deallocation stacks [G7]. */
    private void scanRoots() {
        for (ThreadState t : rt.threads()) {
            RootScanner scanner = t.rootScanner();
            if (scanner != null) {
                try {
                    scanner.scanRoots(addRoot);
                } catch (Throwable e) {
                    brokenBy(e, null);
                }
            }
            java.util.ArrayDeque<PyObject> postponed = ThreadStates.core(t).postponedDeallocsOrNull();
            if (postponed != null) {
                for (PyObject o : postponed) {
                    addRoot.visit(o);
                }
            }
        }
    }

    /** After a traverse threw: every candidate is reachable (nothing is collected this time). */
    private void keepEverything() {
        for (Heaps.Segment seg : segments) {
            PyObject[] h = seg.objects;
            for (int i = 0, size = seg.size; i < size; i++) {
                PyObject o = h[i];
                byte bits = Header.gcBitsPlain(o);
                if ((bits & GC_UNREACHABLE) != 0) {
                    Header.setGcBitsPlain(o, (byte) (bits & ~GC_UNREACHABLE));
                }
            }
        }
    }

    /**
     * After step 5 [G8]: an object whose finalizer a deallocation is running on thread U is owned by U (revived for
     * the finalizer), whoever created it; step 5 gave it its creator's id from the heap. Give it back to U.
     */
    private void restoreFinalizingOwners() {
        for (ThreadState t : rt.threads()) {
            dev.freethread.objects.internal.ThreadCore core = ThreadStates.core(t);
            for (int i = 0, n = core.finalizingDepth(); i < n; i++) {
                PyObject o = core.finalizingAt(i);
                int s = Header.refSharedPlain(o);
                if (Header.sharedState(s) != Header.MERGED && Header.isLiveShared(s)) {
                    Header.setOwnerIdPlain(o, t.id());
                }
            }
        }
    }

    /** Step 4. */
    private void mark() {
        for (Heaps.Segment seg : segments) {
            PyObject[] h = seg.objects;
            for (int i = 0, size = seg.size; i < size; i++) {
                PyObject o = h[i];
                byte bits = Header.gcBitsPlain(o);
                if ((bits & GC_UNREACHABLE) != 0 && Header.ownerIdPlain(o) != 0) {
                    Header.setGcBitsPlain(o, (byte) (bits & ~GC_UNREACHABLE));
                    push(o);
                    propagate();
                }
            }
        }
    }

    /** Step 5, compacting the heaps (freed entries dropped) on the way. */
    private void scan() {
        long live = 0;
        for (Heaps.Segment seg : segments) {
            PyObject[] h = seg.objects;
            int tid = seg.threadId;
            int j = 0;
            for (int i = 0, size = seg.size; i < size; i++) {
                PyObject o = h[i];
                int s = Header.refSharedPlain(o);
                byte bits = Header.gcBitsPlain(o);
                if ((bits & GC_UNREACHABLE) != 0) {
                    Heaps.foldPerThread(rt, o); // [G10] its slots join its shared word; its index is free again
                    s = Header.refSharedPlain(o);
                    if ((bits & GC_DEFERRED) != 0) {
                        // Deferred objects die only here: drop the bias so the collector's last decref frees it.
                        Header.setGcBitsPlain(o, (byte) (bits & ~GC_DEFERRED));
                        Header.setRefSharedRelease(o, s - Header.shared(Header.DEFERRED_BIAS, 0));
                    }
                    Heaps.mergeInPlace(o, 1);
                    unreachable.add(o);
                } else if (Header.isLiveShared(s) || Header.isSaturatedShared(s)) {
                    if ((bits & (GC_TRACKED | GC_FROZEN)) == GC_TRACKED && Header.refLocal(o) != Header.IMMORTAL_LOCAL
                            && !Header.isSaturatedShared(s)) {
                        Header.setOwnerIdPlain(o, Header.sharedState(s) == Header.MERGED ? Header.OWNER_NONE : tid);
                        live++;
                    }
                } else {
                    continue; // freed: drop the entry
                }
                h[j++] = o;
            }
            seg.newSize = j;
        }
        Heaps.commitSizes(rt, segments);
        liveAfter = live;
    }

    /** Step 6 (world stopped). */
    private void clearWeakRefs() {
        WeakRefAccess.Impl weak = null;
        for (PyObject o : unreachable) {
            if (o instanceof PyWeakRef) {
                if (weak == null) {
                    weak = WeakRefAccess.get();
                }
                weak.clear(rt, (PyWeakRef) o); // an unreachable weak reference never calls back
            }
        }
        for (PyObject o : unreachable) {
            byte bits = Header.gcBitsPlain(o);
            if ((bits & GC_HAS_WEAKREFS) == 0) {
                continue;
            }
            if (weak == null) {
                weak = WeakRefAccess.get();
            }
            Header.setGcBitsPlain(o, (byte) (bits & ~GC_HAS_WEAKREFS));
            List<PyWeakRef> refs = weak.detachAll(rt, o);
            // Newest first, as CPython's list (new references go to its head) and refcount's dealloc.
            for (int i = refs.size() - 1; i >= 0; i--) {
                PyWeakRef wr = refs.get(i);
                if (weak.callback(wr) == null || (Header.gcBitsPlain(wr) & GC_UNREACHABLE) != 0 || isFreed(wr)) {
                    continue;
                }
                RefCount.incref(ts, wr); // keeps it until its callback has run
                callbacks.add(wr);
            }
        }
    }

    /** Step 7a: weak-reference callbacks. Returns whether any ran. */
    private boolean callCallbacks() {
        return callCallbacks(ts, callbacks);
    }

    /**
     * Both collectors' step 7a: calls each weak reference's callback (errors to the unraisable hook) and drops the
     * reference the collector took to keep it; empties the list. Returns whether any ran.
     */
    static boolean callCallbacks(ThreadState ts, List<PyWeakRef> callbacks) {
        for (PyWeakRef wr : callbacks) {
            try {
                WeakRefAccess.get().callBack(ts, wr);
            } catch (Throwable t) {
                ts.runtime().reportUnraisable(t, "weakref callback of " + wr.repr(), wr);
            } finally {
                RefCount.decref(ts, wr);
            }
        }
        boolean ran = !callbacks.isEmpty();
        callbacks.clear();
        return ran;
    }

    /** Step 7b: finalizers, once per object (PEP 442). Returns whether any ran. */
    private boolean finalizeGarbage() {
        return finalizeOnce(ts, unreachable);
    }

    /**
     * Both collectors' step 7b: each object's finalizer, once (PEP 442: the FINALIZED bit, set atomically, decides),
     * errors to the unraisable hook. Returns whether any ran.
     */
    static boolean finalizeOnce(ThreadState ts, List<PyObject> objects) {
        boolean ran = false;
        for (int i = 0; i < objects.size(); i++) {
            PyObject o = objects.get(i);
            if (o.type().hasFinalizer() && (Header.gcBitsAcquire(o) & GC_FINALIZED) == 0
                    && (Header.setGcBits(o, GC_FINALIZED) & GC_FINALIZED) == 0) {
                ran = true;
                try {
                    o.finalizeObject(ts);
                } catch (Throwable t) {
                    ts.runtime().reportUnraisable(t, "finalizer of " + o.repr(), o);
                }
            }
        }
        return ran;
    }

    /** Step 8 (world stopped): objects a finalizer or callback made reachable again leave the unreachable set. */
    private void handleResurrected() {
        for (PyObject o : unreachable) {
            // Merged since step 5 (ownerless): the owner id is free scratch space again.
            Header.setOwnerIdPlain(o, Header.sharedCount(Header.refSharedPlain(o)) - 1);
        }
        boolean keepAll = false;
        for (PyObject o : unreachable) {
            try {
                o.traverse(subtractUnreachable);
            } catch (Throwable t) {
                keepAll = true;
                brokenBy(t, o);
            }
        }
        if (keepAll) {
            for (PyObject o : unreachable) {
                Header.setOwnerIdPlain(o, 1); // every member counts as resurrected: none is cleared or freed
            }
        }
        boolean any = false;
        for (PyObject o : unreachable) {
            byte bits = Header.gcBitsPlain(o);
            if ((bits & GC_UNREACHABLE) != 0 && Header.ownerIdPlain(o) > 0) {
                any = true;
                Header.setGcBitsPlain(o, (byte) (bits & ~GC_UNREACHABLE));
                push(o);
                propagate();
            }
        }
        for (PyObject o : unreachable) {
            Header.setOwnerIdPlain(o, Header.OWNER_NONE);
        }
        // Weak references created by finalizers or callbacks to what is still garbage: clear them now, before the
        // world restarts, so no thread's get() can take a reference to an object about to be cleared; their
        // callbacks run after the restart, as step 7's did.
        WeakRefAccess.Impl weak = WeakRefAccess.get();
        for (PyObject o : unreachable) {
            byte bits = Header.gcBitsPlain(o);
            if ((bits & GC_UNREACHABLE) == 0 || (bits & GC_HAS_WEAKREFS) == 0) {
                continue;
            }
            Header.setGcBitsPlain(o, (byte) (bits & ~GC_HAS_WEAKREFS));
            List<PyWeakRef> refs = weak.detachAll(rt, o);
            for (int i = refs.size() - 1; i >= 0; i--) {
                PyWeakRef wr = refs.get(i);
                if (weak.callback(wr) != null && (Header.gcBitsPlain(wr) & GC_UNREACHABLE) == 0 && !isFreed(wr)) {
                    RefCount.incref(ts, wr);
                    callbacks.add(wr);
                }
            }
        }
        if (any) {
            ArrayList<PyObject> still = new ArrayList<>(unreachable.size());
            for (PyObject o : unreachable) {
                if ((Header.gcBitsPlain(o) & GC_UNREACHABLE) != 0) {
                    still.add(o);
                } else {
                    resurrected.add(o);
                }
            }
            unreachable.clear();
            unreachable.addAll(still);
        }
    }

    private final ArrayList<PyObject> resurrected = new ArrayList<>();

    /** Step 9: break the cycles; reference counting frees the objects as the collector drops its references. */
    private void deleteGarbage() {
        callCallbacks(); // those of weak references created by finalizers (step 8)
        for (PyObject o : resurrected) {
            RefCount.decref(ts, o); // only the collector's reference: it lives on, its finalizer never runs again
        }
        resurrected.clear();
        boolean saveAll = (gc.getDebug() & Gc.DEBUG_SAVEALL) != 0;
        // Exclusive access: after pause 1 (or 2) nothing but this thread can reach the unreachable set (no code of
        // ours ran since, or pause 2 cleared the weak references such code may have created). So the references
        // one member holds to another are dropped with a plain decrement (the member keeps at least the collector's
        // reference until its own turn); references out of the set go through reference counting.
        ReferenceVisitor release = child -> {
            byte bits = Header.gcBitsPlain(child);
            if ((bits & GC_UNREACHABLE) != 0) {
                Header.setRefSharedPlain(child, Header.refSharedPlain(child) - Header.SHARED_ONE);
            } else {
                RefCount.decref(ts, child);
            }
        };
        for (PyObject o : unreachable) {
            if ((o.type().flags() & PyType.FLAG_PART_OF_OWNER) == 0) {
                collected++; // a part of its owner (an instance's attribute dict) is not counted: CPython 3.13
            }
            Header.setGcBitsPlain(o, (byte) (Header.gcBitsPlain(o) & ~GC_UNREACHABLE));
            if (saveAll) {
                if ((o.type().flags() & PyType.FLAG_PART_OF_OWNER) != 0) {
                    RefCount.decref(ts, o); // kept by its owner, which gc.garbage keeps; not listed (CPython 3.13)
                } else {
                    gc.garbage().addStealing(o); // the collector's reference becomes gc.garbage's
                }
                continue;
            }
            try {
                o.clearReferences(release);
            } catch (Throwable t) {
                rt.reportUnraisable(t, "clearing " + o.repr(), o);
            }
            RefCount.decref(ts, o); // ours: the last one unless something outside the set still refers to it
        }
        unreachable.clear();
    }
}
