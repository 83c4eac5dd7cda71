// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Large graphs: nothing is recursive (mark and free are iterative), and every object is found. */
@LeakChecked
class GcScaleTest {
    static final int N = 1_000_000;

    @Test
    void aMillionObjectCycle(ThreadState ts, Runtime rt) {
        TestNode first = TestNode.create(ts, 1);
        TestNode prev = first;
        for (int i = 1; i < N; i++) {
            TestNode n = TestNode.create(ts, 1);
            prev.setStealing(ts, 0, n);
            prev = n;
        }
        prev.set(ts, 0, first); // close the ring
        RefCount.decref(ts, first);
        long t0 = System.nanoTime();
        int found = Gc.of(rt).collect(ts);
        long ns = System.nanoTime() - t0;
        System.out.printf("a %,d-object cycle: collected in %.1f ms (%.1f ns/object, pause %.1f ms)%n", N, ns / 1e6,
                (double) ns / N, Gc.of(rt).lastPauseNanos() / 1e6);
        // python: a ring of 1,000,000 __slots__ nodes, gc.collect() -> 1000000
        assertThat(found).isEqualTo(N);
        assertThat(RefCount.isFreed(first)).isTrue();
    }

    @Test
    void aMillionLiveObjects_survive(ThreadState ts, Runtime rt) {
        TestNode first = TestNode.create(ts, 1);
        TestNode prev = first;
        for (int i = 1; i < N; i++) {
            TestNode n = TestNode.create(ts, 1);
            prev.setStealing(ts, 0, n);
            prev = n;
        }
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(0);
        assertThat(Gc.of(rt).lastExamined()).isEqualTo(N);
        RefCount.decref(ts, first); // a million-long chain freed by reference counting, iteratively
        assertThat(RefCount.isFreed(prev)).isTrue();
    }
}
