// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.qsbr;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [P1][P2] Per-thread counts against their merge: two threads count one per-thread counted object in their own slots
 * and exit at once, each folding its slots into the object's shared word; no count may be lost. (Per-thread counts
 * are merged by a thread's exit and by the collector, which runs with the world stopped; the exits are the merges
 * that race.) The first actor creates a fresh object, makes it per-thread counted and counts; the second counts it too;
 * each actor attaches a fresh thread state and closes it. The arbiter reads the summed count and drops every
 * reference; a collection every 4,096 states frees the boxes (only the collector frees per-thread counted objects).
 *
 * <p>Outcome: the count the actors added, {@code 4} (3 - 1 + 2); anything else is a lost or doubled count.
 */
@JCStressTest
@Outcome(id = "4", expect = ACCEPTABLE, desc = "Both exits folded their counts in.")
@Outcome(expect = FORBIDDEN, desc = "A count lost or doubled by a racing fold.")
@State
public class PerThreadFenceTest {
    static final Runtime RT = Harness.newRuntime();
    static final PyType BOX_TYPE = PyType.staticType("stress.PerThreadBox", PyType.FLAG_GC);
    /** Arbiter runs since the last collection (only the collector frees the boxes: one every 4,096 states). */
    static final java.util.concurrent.atomic.AtomicInteger SINCE_COLLECT = new java.util.concurrent.atomic.AtomicInteger();

    volatile PyObject box;

    @Actor
    public void first() {
        try (ThreadState ts = RT.attachCurrentThread()) {
            PyObject o = new PyObject(BOX_TYPE, ts) { };
            RefCount.makePerThread(ts, o); // the creator's reference: 1, in the shared word
            RefCount.incref(ts, o);
            RefCount.incref(ts, o);
            RefCount.incref(ts, o);
            RefCount.decref(ts, o); // +2 in this thread's slot
            box = o;
        } // exit: the slot folds into the shared word
    }

    @Actor
    public void second() {
        try (ThreadState ts = RT.attachCurrentThread()) {
            Harness.pollUntil(ts, () -> box != null); // polling: the arbiter's collection may be stopping the world
            PyObject o = box;
            RefCount.incref(ts, o);
            RefCount.incref(ts, o); // +2 in this thread's slot
        } // exit: folds, racing the first actor's exit
    }

    @Arbiter
    public void arbiter(I_Result r) {
        try (ThreadState ts = RT.attachCurrentThread()) {
            PyObject o = box;
            long n = RefCount.refCount(ts, o);
            r.r1 = (int) (n - 1);
            for (long i = 0; i < n; i++) {
                RefCount.decref(ts, o); // to zero: garbage for the next collection
            }
            if (SINCE_COLLECT.incrementAndGet() >= 4096) {
                SINCE_COLLECT.set(0);
                dev.freethread.gc.Gc.of(RT).collect(ts);
            }
        }
    }
}
