// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.objects.internal.PerThreadObjects;
import dev.freethread.objects.internal.ThreadCore;
import dev.freethread.objects.internal.ThreadStates;

/**
 * Per-thread reference counts ({@link RefCount#makePerThread}).
 *
 * <pre>
 * Overview
 *
 * Encoding: no owner (OWNER_NONE), a MERGED shared word carrying the deferred bias (so no count ever reaches zero),
 * GC_DEFERRED, and in the local-count field PER_THREAD_BASE - i, i the object's index in the Runtime's
 * PerThreadObjects. The non-owner paths of incref, decref and tryIncref already test the local count for
 * IMMORTAL_LOCAL; a value below it sends them to the thread's own slot i of its perThreadCounts array (in the
 * thread state: ThreadStates.perThreadCounts), a plain
 * increment or decrement. Slots may go negative (a reference taken on one thread, dropped on another).
 *
 * True count = shared count - bias + the sum of every thread's slot i. Summed exactly only by the collector with the
 * world stopped (every slot's last write published by its thread's park or detach); refCount() sums racily.
 * Frees: only the collector's, when it finds the object unreachable: it folds the slots into the shared word, zeroes
 * them and releases the index, all with the world stopped (so no thread writes a slot of a reused index).
 * Exit: a thread adds each of its non-zero slots to the object's shared word (atomic) before its merge gate closes;
 * a dead thread's slots are added to its reclaimer's.
 *
 * Races, each with the test that covers it:
 *  [P1] two threads count one object at once: different slots of different arrays, no lost update by construction.
 *       Covered by: PerThreadFenceTest (jcstress: both threads' counts present in the collector's sum).
 *  [P2] a thread exits while others count: its fold is an atomic add to the shared word, which no other thread
 *       writes with a plain store. Covered by: PerThreadCountsTest (refcount: countsSurviveThreadExit).
 *  [P3] the conversion (makePerThread) races another thread's count change: the caller owns the new object (as for
 *       makeDeferred), and a change that read the old local count lands in the shared word, which the conversion's
 *       CAS loop keeps. Covered by: the argument (makePerThread's contract: right after creation).
 * </pre>
 */
final class PerThreadCounts {
    private PerThreadCounts() {}

    static void make(ThreadState ts, PyObject o) {
        if (RefCount.isImmortal(o) || Header.isPerThreadLocal(Header.refLocal(o))) {
            return;
        }
        if (!Header.hasGcBits(o, Header.GC_TRACKED)) {
            throw new IllegalArgumentException("cannot count " + o.repr() + " per thread: it is not tracked by the"
                    + " collector, which alone frees a per-thread counted object (create it tracked, with FLAG_GC)");
        }
        Merges.makeDeferred(ts, o);
        int index = ThreadStates.core(ts).perThreadObjects().register(o);
        Header.setRefLocal(o, Header.perThreadLocal(index));
    }

    /** At exit (attached, own thread): adds every non-zero slot to its object's shared word and zeroes it ([P2]). */
    static void foldAtExit(ThreadState ts) {
        ThreadCore core = ThreadStates.core(ts);
        int[] c = ThreadStates.perThreadCounts(ts);
        PerThreadObjects registry = core.perThreadObjects();
        for (int i = 0; i < c.length; i++) {
            int n = c[i];
            if (n != 0) {
                PyObject o = registry.get(i);
                c[i] = 0;
                if (o != null) {
                    Header.getAndAddRefShared(o, n << Header.SHARED_SHIFT);
                }
            }
        }
    }
}
