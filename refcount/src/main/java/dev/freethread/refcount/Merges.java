// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;

import static dev.freethread.objects.internal.Header.MAYBE_WEAKREF;
import static dev.freethread.objects.internal.Header.MERGED;
import static dev.freethread.objects.internal.Header.OWNER_NONE;
import static dev.freethread.objects.internal.Header.QUEUED;
import static dev.freethread.objects.internal.Header.SHARED_INIT;
import static dev.freethread.objects.internal.Header.SHARED_ONE;
import static dev.freethread.objects.internal.Header.shared;
import static dev.freethread.objects.internal.Header.sharedCount;
import static dev.freethread.objects.internal.Header.sharedState;

/**
 * The slow paths of biased reference counting: merges, queueing to the owner, saturation, and the misuse they
 * detect. See {@link RefCount}'s overview for the protocol and its races ([R1]..[R8]).
 */
final class Merges {
    private Merges() {}

    // ---- owner side

    /** The owner's local count reached {@code n <= 0}: merge now (n == 0) or report an underflow. */
    static void localReachedZero(ThreadState ts, PyObject o, int n) {
        if (n < 0) {
            Header.setRefLocal(o, 0);
            throw RcMisuseException.underflow("decref", o);
        }
        if (!mayFree(ts)) {
            Header.setRefLocal(o, 1); // as found
            throw wrongThread(ts, "decref", o);
        }
        mergeZeroLocal(ts, o);
    }

    /**
     * Whether {@code ts} may free objects: it is the calling thread's and attached (not detached, and not closed:
     * a closed thread state's counters are already folded into the Runtime's, so a free through it would be counted
     * nowhere). Checked, without debug mode, wherever an object could be freed on this thread: a slow path, so the
     * check is free there, and the misuse that would otherwise run finalizers on a detached or exited thread (or race
     * the owner's plain count) is refused before anything changes.
     */
    static boolean mayFree(ThreadState ts) {
        return ts.thread() == Thread.currentThread() && ts.isAttached();
    }

    static RcMisuseException wrongThread(ThreadState ts, String op, PyObject o) {
        return new RcMisuseException(RcMisuseException.Kind.WRONG_THREAD, op + " of the last reference to "
                + dev.freethread.objects.internal.Debug.describe(o) + " through thread state #" + ts.id() + " ("
                + ts.status().name().toLowerCase() + ", of thread '" + ts.thread().getName() + "') on thread "
                + dev.freethread.objects.internal.Debug.currentThread() + ": only an attached thread may free objects,"
                + " with its own thread state");
    }

    /**
     * The owner's local count is zero: give up ownership. If the shared word is exactly INIT/0, nobody else holds or
     * can take a reference ([R4]: tryIncref refuses that word) and the object is freed without an atomic; otherwise
     * the counts merge by CAS and the object is freed if the shared count was zero ([R3]).
     */
    private static void mergeZeroLocal(ThreadState ts, PyObject o) {
        int s = Header.refSharedAcquire(o);
        if (s == SHARED_INIT) {
            Dealloc.dealloc(ts, o, Dealloc.OWNER_DECREF);
            return;
        }
        // Before the CAS: once the word is MERGED, this thread must use it too. Foreign threads never match our id.
        Header.setOwnerIdOpaque(o, OWNER_NONE);
        for (;;) {
            int count = sharedCount(s);
            if (Header.isSaturatedShared(s)) {
                // Other threads took 2^28 references: immortal by overflow (a leak by design, never an early free).
                // The owner's last reference is simply gone; from now on nobody counts (issue 11, defect 6).
                saturateLocal(o);
                return;
            }
            if (!Header.isLiveShared(s) || count < 0) {
                Header.setOwnerIdOpaque(o, ts.id()); // leave the header as found
                Header.setRefLocal(o, 0);
                throw Header.isLiveShared(s) ? RcMisuseException.underflow("decref", o)
                        : RcMisuseException.useAfterFree("decref", o);
            }
            if (Header.casRefShared(o, s, shared(count, MERGED))) {
                if (count == 0) {
                    Dealloc.dealloc(ts, o, Dealloc.ZERO_LOCAL_MERGE);
                } else {
                    RcStats.of(ts.runtime()).zeroLocalMerges.increment();
                }
                return;
            }
            s = Header.refSharedVolatile(o);
        }
    }

    /** Drains the owner's merge queue ([R2], [R5]). Called by the owner at its safepoints. */
    static void drainMergeQueue(ThreadState ts) {
        ThreadCore core = ThreadStates.core(ts);
        PyObject o;
        while ((o = core.mergeQueue().poll()) != null) {
            mergeQueued(ts, o);
        }
    }

    /**
     * At a safepoint (attached, no deallocation running): finishes deallocations an exception left on the postponed
     * stack, and the work adopted from a thread that died without exiting (its queued objects are merged as
     * abandoned; its postponed deallocations were moved to our stack). Owner.
     */
    static void finishAdoptedWork(ThreadState ts) {
        ThreadCore core = ThreadStates.core(ts);
        if (core.deallocDepth() != 0) {
            return; // inside a cascade (a finalizer polled): the outermost deallocation drains it
        }
        java.util.List<PyObject> merges = core.takeAdoptedMerges();
        if (merges != null) {
            for (PyObject o : merges) {
                mergeAbandoned(ts, o);
            }
        }
        Dealloc.drainPostponed(ts, core);
    }

    /** Merges one queued object on its owner's thread, freeing it if the total is zero. */
    private static void mergeQueued(ThreadState ts, PyObject o) {
        if (Header.ownerIdPlain(o) != ts.id()) {
            return; // merged meanwhile (our local count reached zero) or freed: nothing left to do
        }
        int local = Header.refLocal(o);
        int s = Header.refSharedVolatile(o);
        // [R6] In the drain after EXITED, a foreign thread that saw EXITED may merge this object too (mergeAbandoned),
        // and then free it: only a word still QUEUED is ours to merge, and the owner id moves by CAS, so that neither
        // our local count is added twice nor a free's OWNER_DEAD overwritten.
        if (sharedState(s) != QUEUED || !Header.casOwnerId(o, ts.id(), OWNER_NONE)) {
            return;
        }
        for (;;) {
            if (sharedState(s) != QUEUED) {
                return; // merged by a foreign thread after we exited ([R6]), and maybe freed since
            }
            if (Header.isSaturatedShared(s)) {
                saturateLocal(o);
                return;
            }
            int total = sharedCount(s) + local;
            if (!Header.isLiveShared(s) || total < 0) {
                Header.casOwnerId(o, OWNER_NONE, ts.id()); // leave the header as found; never free it
                RcMisuseException e = Header.isLiveShared(s) ? RcMisuseException.underflow("merge", o)
                        : RcMisuseException.useAfterFree("merge", o);
                // A safepoint has no caller to throw to: the unraisable hook hears of it.
                ts.runtime().reportUnraisable(e, "merging reference counts", o);
                return;
            }
            if (Header.casRefShared(o, s, shared(total, MERGED))) {
                Header.setRefLocal(o, 0);
                RcStats.of(ts.runtime()).ownerMerges.increment();
                if (total == 0) {
                    Dealloc.dealloc(ts, o, Dealloc.OWNER_MERGE);
                }
                return;
            }
            s = Header.refSharedVolatile(o);
        }
    }

    /** The owner's local count overflowed: the object becomes immortal (a leak, never an early free), as CPython does. */
    static void saturateLocal(PyObject o) {
        Header.setRefLocal(o, Header.IMMORTAL_LOCAL);
        Header.setOwnerIdOpaque(o, OWNER_NONE);
    }

    // ---- foreign side

    /** A foreign decrement of an object that was not MERGED when read: CAS loop, queueing when it goes negative. */
    static void unmergedSharedDecref(ThreadState ts, PyObject o) {
        int s = Header.refSharedVolatile(o);
        for (;;) {
            if (!Header.isLiveShared(s)) {
                deadOrSaturatedDecref(o, s);
                return;
            }
            int state = sharedState(s);
            int count = sharedCount(s) - 1;
            if (state == MERGED) {
                if (count < 0) {
                    throw RcMisuseException.underflow("decref", o);
                }
                if (count == 0 && !mayFree(ts)) {
                    throw wrongThread(ts, "decref", o); // nothing changed
                }
                if (Header.casRefShared(o, s, s - SHARED_ONE)) {
                    if (count == 0) {
                        Dealloc.dealloc(ts, o, Dealloc.MERGED_DECREF);
                    }
                    return;
                }
            } else if (count < 0 && state != QUEUED) {
                // Queueing may end in a free on this thread (the owner may have exited: mergeAbandoned), so the checks
                // a free needs are made here, before anything changes: this thread may free, and the owner id is one
                // of this Runtime's (ids are unique in the JVM, so another Runtime's owner can be told apart).
                if (!mayFree(ts)) {
                    throw wrongThread(ts, "decref", o);
                }
                checkSameRuntime(ts, o, "decref");
                if (Header.casRefShared(o, s, shared(count, QUEUED))) {
                    RcStats.of(ts.runtime()).queuedToOwner.increment();
                    queueToOwner(ts, o); // [R2]: only the thread that set QUEUED enqueues
                    return;
                }
            } else if (Header.casRefShared(o, s, s - SHARED_ONE)) {
                return;
            }
            s = Header.refSharedVolatile(o);
        }
    }

    /** A getAndAdd decrement of a MERGED object returned a word whose count was not in [2, SATURATED). */
    static void mergedDecrefSpecial(ThreadState ts, PyObject o, int old) {
        int count = sharedCount(old);
        if (count == 1) {
            if (!mayFree(ts)) {
                Header.getAndAddRefShared(o, SHARED_ONE); // as found: nobody else can free it at zero meanwhile
                throw wrongThread(ts, "decref", o);
            }
            Dealloc.dealloc(ts, o, Dealloc.MERGED_DECREF); // [R3]: the one thread that moved the count from 1 to 0
        } else if (Header.isSaturatedShared(old)) {
            Header.getAndAddRefShared(o, SHARED_ONE); // saturated objects never count down
        } else if (!Header.isLiveShared(old)) {
            // Undo on the dead word: stray decrefs must not walk a freed object's count out of the dead zone (2^27 of
            // them would reach the saturated range, where tryIncref succeeds).
            Header.getAndAddRefShared(o, SHARED_ONE);
            throw RcMisuseException.useAfterFree("decref", o);
        } else {
            Header.getAndAddRefShared(o, SHARED_ONE); // undo: leave the count as found
            throw RcMisuseException.underflow("decref", o);
        }
    }

    private static void deadOrSaturatedDecref(PyObject o, int s) {
        if (Header.isSaturatedShared(s)) {
            return;
        }
        throw RcMisuseException.useAfterFree("decref", o);
    }

    /** A foreign increment returned a word outside the live range: saturated (pin it) or freed (misuse). */
    static void sharedIncrefOutOfRange(PyObject o, int old) {
        if (Header.isSaturatedShared(old)) {
            // Keep the count far from the dead zone however many increments race: pull it back to the threshold.
            int s = Header.refSharedVolatile(o);
            while (sharedCount(s) > Header.SATURATED_COUNT + (1 << 26)
                    && !Header.casRefShared(o, s, shared(Header.SATURATED_COUNT + (1 << 26), MERGED))) {
                s = Header.refSharedVolatile(o);
            }
            return;
        }
        Header.getAndAddRefShared(o, -SHARED_ONE); // undo on the dead word
        throw RcMisuseException.useAfterFree("incref", o);
    }

    /** [R4] tryIncref from a non-owner: CAS the count up unless the object may be (or is being) freed. */
    static boolean tryIncrefShared(PyObject o) {
        int s = Header.refSharedVolatile(o);
        for (;;) {
            if (s == SHARED_INIT || s == shared(0, MERGED)) {
                return false; // INIT/0: the owner may free without an atomic; MERGED/0: being freed
            }
            if (!Header.isLiveShared(s)) {
                return Header.isSaturatedShared(s); // saturated objects are immortal; dead ones are dead
            }
            if (sharedState(s) == MERGED && sharedCount(s) < 0) {
                return false; // an underflow in progress: not alive
            }
            if (Header.casRefShared(o, s, s + SHARED_ONE)) {
                return true;
            }
            s = Header.refSharedVolatile(o);
        }
    }

    static void enableTryIncref(PyObject o) {
        int s = Header.refSharedVolatile(o);
        while (sharedState(s) == SHARED_INIT && Header.isLiveShared(s)) {
            if (Header.casRefShared(o, s, s | MAYBE_WEAKREF)) {
                return;
            }
            s = Header.refSharedVolatile(o);
        }
    }

    /**
     * Hands an object whose shared count this thread drove negative to its owner ([R2]), or merges it here if the
     * owner has exited ([R6]).
     */
    static void queueToOwner(ThreadState ts, PyObject o) {
        int ownerId = Header.ownerIdOpaque(o);
        if (ownerId <= OWNER_NONE) {
            // The owner is merging it right now (it stores OWNER_NONE before its merge CAS, which will see our QUEUED
            // word), or it has been freed. Either way the owner's merge accounts for our decrement; merging here would
            // read the live owner's local count without a happens-before edge.
            return;
        }
        ThreadState owner = ts.runtime().threadState(ownerId);
        if (owner != null && ThreadStates.core(owner).offerToMerge(o)) {
            // [R6] The gate was open: the owner drains its queue before it closes the gate at exit, so it will merge
            // this object (or a reclaimer of a dead owner takes it over with the queue).
            ThreadStates.request(owner, ThreadStates.REQUEST_MERGE);
            return;
        }
        mergeAbandoned(ts, o); // the owner's gate is closed: it touches no count any more; we merge
    }

    /** Refuses an object owned by a thread of another Runtime (ids are unique in the JVM). Nothing changed yet. */
    static void checkSameRuntime(ThreadState ts, PyObject o, String op) {
        int ownerId = Header.ownerIdOpaque(o);
        if (ownerId > OWNER_NONE && ownerId != ts.id() && !ts.runtime().issuedThreadId(ownerId)) {
            throw new RcMisuseException(RcMisuseException.Kind.WRONG_RUNTIME, op + " of "
                    + dev.freethread.objects.internal.Debug.describe(o) + " through thread state #" + ts.id()
                    + " on thread " + dev.freethread.objects.internal.Debug.currentThread() + ": the object is owned by"
                    + " thread #" + ownerId + " of another Runtime (objects must not cross Runtimes)");
        }
    }

    /**
     * Merges a QUEUED object whose owner has exited ([R6], [R8]): its merge gate is closed, so its local count no longer
     * changes. Whoever first moves the word from QUEUED to MERGED does the merge, everybody else finds it merged and
     * stops.
     */
    static void mergeAbandoned(ThreadState ts, PyObject o) {
        int owner = Header.ownerIdOpaque(o);
        int s = Header.refSharedVolatile(o);
        for (;;) {
            if (sharedState(s) != QUEUED || !Header.isLiveShared(s)) {
                return; // merged (by the owner's final drain or another thread) or freed
            }
            int total = sharedCount(s) + Header.refLocal(o);
            if (total < 0) {
                int again = Header.refSharedVolatile(o);
                if (again != s) {
                    // The exiting owner's drain merged it meanwhile and zeroed its local count after its CAS ([R6]).
                    s = again;
                    continue;
                }
                throw RcMisuseException.underflow("merge of an exited thread's object", o);
            }
            if (Header.casRefShared(o, s, shared(total, MERGED))) {
                // By CAS: once merged, another holder may free it at once, and its OWNER_DEAD must stay.
                Header.casOwnerId(o, owner, OWNER_NONE);
                RcStats.of(ts.runtime()).abandonedMerges.increment();
                if (total == 0) {
                    Dealloc.dealloc(ts, o, Dealloc.ABANDONED_MERGE);
                }
                return;
            }
            s = Header.refSharedVolatile(o);
        }
    }

    /**
     * The end of a finalizer run by a deallocation on this thread (CPython's {@code _PyObject_ResurrectEnd}): drops
     * the reference the deallocation lent the object and says whether it is to be freed now. Never re-enters
     * deallocation, so an object can never be scheduled twice (issue 11, defect 1).
     *
     * <p>The common case costs no atomic: the object is still ours with our one reference and a shared word of
     * exactly INIT/0 (nobody took or announced a shared reference; a non-owner's tryIncref refuses that word), so it
     * is freed. Otherwise the finalizer stored new references (resurrection), announced it for lock-free readers, or
     * handed it to threads that queued decrements to us: the counts merge by CAS into the shared word (owner id
     * first, as in mergeZeroLocal [R9]), so an unmerged object is only ever owned by its creator, whose heap of
     * tracked objects holds it ([G6]); a pending entry in our merge queue is then skipped. The merged total decides:
     * zero, free now; more, it was resurrected and whoever drops the last reference frees it (without finalizing
     * again).
     *
     * @return true if the caller must free the object now
     */
    static boolean endResurrection(ThreadState ts, PyObject o) {
        if (Header.ownerIdOpaque(o) != ts.id()) {
            return endResurrectionMoved(ts, o);
        }
        int local = Header.refLocal(o);
        if (local == Header.IMMORTAL_LOCAL) {
            return false; // the finalizer made it immortal, or its local count overflowed: it lives for ever
        }
        local -= 1;
        int s = Header.refSharedAcquire(o);
        if (local == 0 && s == SHARED_INIT) {
            Header.setRefLocal(o, 0);
            return true;
        }
        Header.setOwnerIdOpaque(o, OWNER_NONE);
        for (;;) {
            if (Header.isSaturatedShared(s)) {
                saturateLocal(o);
                return false;
            }
            int total = sharedCount(s) + local;
            if (!Header.isLiveShared(s) || total < 0) {
                Header.setOwnerIdOpaque(o, ts.id()); // as found: never freed
                Header.setRefLocal(o, local + 1);
                throw RcMisuseException.underflow("the end of a finalizer (it dropped references it did not own)", o);
            }
            if (Header.casRefShared(o, s, shared(total, MERGED))) {
                Header.setRefLocal(o, 0);
                return total == 0;
            }
            s = Header.refSharedVolatile(o);
        }
    }

    /**
     * The finalizer moved the object out of our ownership: it dropped our reference itself (the local count reached
     * zero and merged) or made it immortal. Our reference, if still there, is in the shared count.
     */
    private static boolean endResurrectionMoved(ThreadState ts, PyObject o) {
        int s = Header.refSharedVolatile(o);
        for (;;) {
            if (Header.refLocal(o) == Header.IMMORTAL_LOCAL || Header.isSaturatedShared(s)) {
                return false;
            }
            if (!Header.isLiveShared(s)) {
                throw RcMisuseException.doubleFree(o, "its finalizer dropped the reference it was lent, which freed it");
            }
            int count = sharedCount(s) - 1;
            if (sharedState(s) != MERGED || count < 0) {
                throw RcMisuseException.underflow("the end of a finalizer (it dropped references it did not own)", o);
            }
            if (Header.casRefShared(o, s, shared(count, MERGED))) {
                return count == 0;
            }
            s = Header.refSharedVolatile(o);
        }
    }

    // ---- lifetime changes

    static void makeImmortal(ThreadState ts, PyObject o) {
        int s = Header.refSharedVolatile(o);
        boolean soleOwner = Header.ownerIdPlain(o) == ts.id() && Header.refLocal(o) == 1 && s == SHARED_INIT;
        boolean soleMerged = Header.ownerIdPlain(o) == OWNER_NONE && s == shared(1, MERGED);
        if (!soleOwner && !soleMerged) {
            throw new IllegalStateException("cannot make " + o.repr() + " immortal: only a new object whose creator "
                    + "holds its only reference can be, and this one is " + dev.freethread.objects.internal.Debug.describe(o));
        }
        Header.setRefSharedRelease(o, Header.IMMORTAL_SHARED);
        Header.setOwnerIdOpaque(o, OWNER_NONE);
        Header.setRefLocal(o, Header.IMMORTAL_LOCAL);
        ThreadCore.recordFreed(ThreadStates.core(ts), o.type()); // immortal objects are not live objects
    }

    static void makeDeferred(ThreadState ts, PyObject o) {
        if (Header.hasGcBits(o, Header.GC_DEFERRED) || RefCount.isImmortal(o)) {
            return;
        }
        int local;
        if (Header.ownerIdPlain(o) == ts.id()) {
            local = Header.refLocal(o);
            Header.setOwnerIdOpaque(o, OWNER_NONE);
        } else if (Header.ownerIdPlain(o) == OWNER_NONE) {
            local = 0;
        } else {
            throw new IllegalStateException("cannot make " + o.repr() + " deferred from thread state #" + ts.id()
                    + ": it is owned by thread state #" + Header.ownerIdPlain(o) + " (call makeDeferred right after creation)");
        }
        int s = Header.refSharedVolatile(o);
        for (;;) {
            int total = sharedCount(s) + local + Header.DEFERRED_BIAS;
            if (Header.casRefShared(o, s, shared(total, MERGED))) {
                break;
            }
            s = Header.refSharedVolatile(o);
        }
        Header.setRefLocal(o, 0);
        Header.setGcBits(o, Header.GC_DEFERRED);
    }
}
