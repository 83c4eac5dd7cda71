// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.OrphanHeaps;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;

import java.util.ArrayList;
import java.util.List;

import static dev.freethread.objects.internal.Header.MERGED;

/**
 * Every heap of tracked objects of a Runtime, gathered with the world stopped: each live thread's heap (in its
 * {@link ThreadCore}) and the orphan heaps of exited threads. Invariant the collector relies on: an unmerged live
 * object in the heap of thread T is owned by T (only its creator ever stores its id in the header, and a finalizer
 * that resurrects an object on another thread merges it: refcount's Merges.endResurrection), so the collector's scan
 * can restore the owner id the collector borrows as scratch space, as CPython restores {@code ob_tid} from the
 * mimalloc segment. Freed entries are dropped by {@link Segment#setSize} after the scan (freeing only marks the
 * header).
 */
final class Heaps {
    /** One heap: entries {@code [0, size)} of {@code objects}, created by thread {@code threadId}. */
    static final class Segment {
        final PyObject[] objects;
        final int size;
        final int threadId;
        /** The live thread's core, or null for an orphan heap. */
        final ThreadCore core;
        int newSize;

        Segment(PyObject[] objects, int size, int threadId, ThreadCore core) {
            this.objects = objects;
            this.size = size;
            this.threadId = threadId;
            this.core = core;
            this.newSize = size;
        }
    }

    private Heaps() {}

    /** World stopped: every heap. */
    static List<Segment> gather(Runtime rt) {
        List<Segment> out = new ArrayList<>();
        for (ThreadState t : rt.threads()) {
            ThreadCore core = ThreadStates.core(t);
            out.add(new Segment(core.heap(), core.heapSize(), t.id(), core));
        }
        for (OrphanHeaps.Heap oh : OrphanHeaps.of(rt).heaps()) {
            out.add(new Segment(oh.objects, oh.size, oh.threadId, null));
        }
        return out;
    }

    /**
     * World stopped: stores the compacted sizes ({@link Segment#newSize}) back into the heaps. Memory follows the
     * live objects, not a heap's peak: an array less than a quarter full shrinks (a thread's heap to twice its live
     * entries, never below 64; an orphan heap, which never grows again, to exactly its live entries).
     */
    static void commitSizes(Runtime rt, List<Segment> segments) {
        List<OrphanHeaps.Heap> orphans = new ArrayList<>();
        for (Segment seg : segments) {
            java.util.Arrays.fill(seg.objects, seg.newSize, seg.size, null);
            if (seg.core != null) {
                seg.core.setHeap(ThreadCore.rightSized(seg.objects, seg.newSize), seg.newSize);
            } else if (seg.newSize > 0) {
                PyObject[] h = seg.newSize < seg.objects.length
                        ? java.util.Arrays.copyOf(seg.objects, seg.newSize) : seg.objects;
                orphans.add(new OrphanHeaps.Heap(h, seg.newSize, seg.threadId));
            }
        }
        OrphanHeaps.of(rt).replaceAll(orphans);
    }

    /**
     * The exact reference count of a live object with the world stopped: the shared count, plus the owner's local
     * count unless merged, minus the deferred bias (stack references to deferred objects are not counted). Pending
     * merges need no draining: a QUEUED object's local and shared counts already add up to its total. A per-thread
     * counted object adds every thread's slot (refcount's PerThreadCounts).
     */
    static int exactCount(Runtime rt, PyObject o) {
        int s = Header.refSharedPlain(o);
        int n = Header.sharedCount(s);
        int local = Header.refLocal(o);
        if (Header.isPerThreadLocal(local)) {
            n += (int) ThreadStates.perThreadSum(rt, Header.perThreadIndex(local)); // exact: world stopped
        } else if (Header.sharedState(s) != MERGED) {
            n += local;
        }
        if ((Header.gcBitsPlain(o) & Header.GC_DEFERRED) != 0) {
            n -= Header.DEFERRED_BIAS;
        }
        return n;
    }

    /**
     * World stopped, for an unreachable per-thread counted object: adds every thread's slot to its shared word, zeroes
     * the slots and releases the index ([P1]..[P3] in refcount's PerThreadCounts; docs/gc.md [G10]). From then on it
     * is an ordinary merged object, counted in its shared word only (as CPython's collector disables deferred
     * reference counting on what it collects). No thread writes a slot of the index again: none holds a reference.
     */
    static void foldPerThread(Runtime rt, PyObject o) {
        int local = Header.refLocal(o);
        if (!Header.isPerThreadLocal(local)) {
            return;
        }
        int index = Header.perThreadIndex(local);
        int n = 0;
        for (ThreadState t : ThreadStates.threadsView(rt)) {
            int[] c = ThreadStates.perThreadCounts(t);
            if (index < c.length) {
                n += c[index];
                c[index] = 0;
            }
        }
        Header.setRefLocal(o, 0);
        Header.setRefSharedRelease(o, Header.refSharedPlain(o) + Header.shared(n, 0));
        // Every thread's core shares the Runtime's registry.
        for (ThreadState t : ThreadStates.threadsView(rt)) {
            ThreadStates.core(t).perThreadObjects().release(index);
            break;
        }
    }

    /**
     * World stopped: merges the object's counts into its shared word, adding {@code extra}, and makes it ownerless
     * (CPython's {@code merge_refcount}). From then on every thread, the collector included, uses the shared count; a
     * pending entry in its former owner's merge queue is skipped (the owner id no longer matches). Returns the count.
     */
    static int mergeInPlace(PyObject o, int extra) {
        int s = Header.refSharedPlain(o);
        int n = Header.sharedCount(s) + extra;
        if (Header.sharedState(s) != MERGED) {
            n += Header.refLocal(o);
        }
        Header.setOwnerIdPlain(o, Header.OWNER_NONE);
        Header.setRefLocal(o, 0);
        Header.setRefSharedRelease(o, Header.shared(n, MERGED));
        return n;
    }

    /**
     * Whether a heap entry takes part in a collection: tracked, not frozen, not freed, not immortal ({@code bits} are
     * its gc bits). A freed or saturated (immortal by overflow) object's shared word is outside the live range.
     */
    static boolean isCandidate(PyObject o, byte bits) {
        return (bits & (Header.GC_TRACKED | Header.GC_FROZEN)) == Header.GC_TRACKED
                && Header.isLiveShared(Header.refSharedPlain(o)) && Header.refLocal(o) != Header.IMMORTAL_LOCAL;
    }

    /** Whether a heap entry is alive, tracked and not immortal (frozen or not): what introspection reports. */
    static boolean isLiveTracked(PyObject o) {
        return (Header.gcBitsPlain(o) & Header.GC_TRACKED) != 0
                && Header.isLiveShared(Header.refSharedPlain(o)) && Header.refLocal(o) != Header.IMMORTAL_LOCAL;
    }
}
