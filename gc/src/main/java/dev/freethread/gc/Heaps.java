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
 * {@link ThreadCore}) and the orphan heaps of exited threads, compacted and normalised in one pass:
 * <ul>
 *   <li>freed objects are dropped (freeing only marks the header);</li>
 *   <li>every live, unmerged object in thread T's heap is owned by T afterwards ({@link #ownerOf} can then restore
 *       the owner id the collector borrows as scratch space, as CPython restores {@code ob_tid} from the mimalloc
 *       segment): an object owned by another thread (a finalizer resurrected it there) and every unmerged object
 *       of an exited thread is merged in place, which is exact because nothing else runs.</li>
 * </ul>
 */
final class Heaps {
    /** One heap: entries {@code [0, size)} of {@code objects}, created by thread {@code threadId} (0: orphans). */
    static final class Segment {
        final PyObject[] objects;
        final int size;
        final int threadId;

        Segment(PyObject[] objects, int size, int threadId) {
            this.objects = objects;
            this.size = size;
            this.threadId = threadId;
        }
    }

    private Heaps() {}

    /** World stopped: every heap, compacted and normalised (see the class comment). */
    static List<Segment> gather(Runtime rt) {
        List<Segment> out = new ArrayList<>();
        for (ThreadState t : rt.threads()) {
            ThreadCore core = ThreadStates.core(t);
            PyObject[] h = core.heap();
            int n = normalise(h, core.heapSize(), t.id());
            core.setHeap(h, n);
            out.add(new Segment(h, n, t.id()));
        }
        OrphanHeaps orphans = OrphanHeaps.of(rt);
        List<OrphanHeaps.Heap> list = orphans.heaps();
        if (!list.isEmpty()) {
            int total = 0;
            for (OrphanHeaps.Heap oh : list) {
                total += oh.size;
            }
            PyObject[] merged = new PyObject[Math.max(total, 16)];
            int n = 0;
            for (OrphanHeaps.Heap oh : list) {
                int m = normalise(oh.objects, oh.size, 0);
                System.arraycopy(oh.objects, 0, merged, n, m);
                n += m;
            }
            orphans.replaceAll(new OrphanHeaps.Heap(merged, n, 0));
            out.add(new Segment(merged, n, 0));
        }
        return out;
    }

    /** Compacts {@code h[0, size)} in place (dropping freed objects) and merges foreign-owned ones; the new size. */
    private static int normalise(PyObject[] h, int size, int threadId) {
        int j = 0;
        for (int i = 0; i < size; i++) {
            PyObject o = h[i];
            int owner = Header.ownerIdPlain(o);
            if (owner == Header.OWNER_DEAD) {
                continue;
            }
            if (owner != threadId && owner != Header.OWNER_NONE && !isImmortal(o)) {
                mergeInPlace(o, 0);
            }
            h[j++] = o;
        }
        java.util.Arrays.fill(h, j, size, null);
        return j;
    }

    /** The owner id an object of a heap created by {@code threadId} has, derived from its state (world stopped). */
    static int ownerOf(PyObject o, int threadId) {
        return Header.sharedState(Header.refSharedPlain(o)) == MERGED ? Header.OWNER_NONE : threadId;
    }

    /**
     * The exact reference count of a live object with the world stopped: the shared count, plus the owner's local
     * count unless merged, minus the deferred bias (stack references to deferred objects are not counted). Pending
     * merges need no draining: a QUEUED object's local and shared counts already add up to its total.
     */
    static int exactCount(PyObject o) {
        int s = Header.refSharedPlain(o);
        int n = Header.sharedCount(s);
        if (Header.sharedState(s) != MERGED) {
            n += Header.refLocal(o);
        }
        if ((Header.gcBitsPlain(o) & Header.GC_DEFERRED) != 0) {
            n -= Header.DEFERRED_BIAS;
        }
        return n;
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

    static boolean isImmortal(PyObject o) {
        return Header.refLocal(o) == Header.IMMORTAL_LOCAL || Header.isSaturatedShared(Header.refSharedPlain(o));
    }
}
