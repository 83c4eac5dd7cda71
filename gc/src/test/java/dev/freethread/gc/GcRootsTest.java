// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.RootStack;
import dev.freethread.testkit.TestNode;
import dev.freethread.testkit.TestThreads;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Thread roots (deferred and borrowed stack references) and deferred objects, which only the collector frees. */
@LeakChecked
class GcRootsTest {

    /** A deferred node holding a two-object cycle; returns {d, a, b}; the caller holds d's creation reference. */
    static TestNode[] deferredHoldingACycle(ThreadState ts) {
        TestNode d = TestNode.create(ts, 1);
        RefCount.makeDeferred(ts, d);
        TestNode a = TestNode.create(ts, 1);
        TestNode b = TestNode.create(ts, 1);
        a.set(ts, 0, b);
        b.set(ts, 0, a);
        d.set(ts, 0, a);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        return new TestNode[] {d, a, b};
    }

    @Test
    void cycleReachableOnlyFromADeferredObjectOnTheStack_survives(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        try (RootStack stack = new RootStack(ts)) {
            TestNode[] g = deferredHoldingACycle(ts);
            stack.pushUncounted(g[0]); // a deferred stack reference: not counted
            RefCount.decref(ts, g[0]); // the only counted reference goes: d's count is 0 (plus its bias)
            assertThat(gc.collect(ts)).isEqualTo(0);
            for (TestNode n : g) {
                assertThat(RefCount.isFreed(n)).isFalse();
            }
            stack.pop(); // the frame returns
            assertThat(gc.collect(ts)).isEqualTo(3); // deferred objects die only here
            for (TestNode n : g) {
                assertThat(RefCount.isFreed(n)).isTrue();
            }
        }
    }

    @Test
    void deferredObjectWithoutReferences_isFreedOnlyByTheCollector(ThreadState ts, Runtime rt) {
        TestNode d = TestNode.create(ts, 1);
        RefCount.makeDeferred(ts, d);
        RefCount.decref(ts, d);
        assertThat(RefCount.isFreed(d)).isFalse(); // reference counting never frees a deferred object
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(1);
        assertThat(RefCount.isFreed(d)).isTrue();
    }

    @Test
    void deferredObjectWithACountedReference_survives(ThreadState ts, Runtime rt) {
        TestNode d = TestNode.create(ts, 1);
        RefCount.makeDeferred(ts, d);
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(0);
        assertThat(RefCount.isFreed(d)).isFalse();
        RefCount.decref(ts, d);
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(1);
    }

    @Test
    void borrowedStackReferenceToACycle_keepsItAlive(ThreadState ts, Runtime rt) {
        try (RootStack stack = new RootStack(ts)) {
            TestNode a = TestNode.create(ts, 1);
            a.set(ts, 0, a);
            stack.pushUncounted(a);
            RefCount.decref(ts, a);
            assertThat(Gc.of(rt).collect(ts)).isEqualTo(0);
            assertThat(RefCount.isFreed(a)).isFalse();
            stack.pop();
            assertThat(Gc.of(rt).collect(ts)).isEqualTo(1);
        }
    }

    @Test
    void anotherThreadsDeferredStackReference_isARoot(ThreadState ts, Runtime rt) throws Exception {
        Gc gc = Gc.of(rt);
        CountDownLatch pushed = new CountDownLatch(1);
        CountDownLatch collected = new CountDownLatch(1);
        AtomicBoolean failed = new AtomicBoolean();
        TestNode[][] graph = new TestNode[1][];
        Thread other = new Thread(() -> {
            try (ThreadState t = rt.attachCurrentThread(); RootStack stack = new RootStack(t)) {
                TestNode[] g = deferredHoldingACycle(t);
                graph[0] = g;
                stack.pushUncounted(g[0]);
                RefCount.decref(t, g[0]);
                pushed.countDown();
                while (!collected.await(1, TimeUnit.MILLISECONDS)) {
                    t.poll(); // parks here for the collector's stop
                }
                stack.pop();
            } catch (Throwable e) {
                failed.set(true);
                e.printStackTrace();
            }
        });
        other.start();
        assertThat(pushed.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(gc.collect(ts)).isEqualTo(0);
        for (TestNode n : graph[0]) {
            assertThat(RefCount.isFreed(n)).isFalse();
        }
        collected.countDown();
        other.join();
        assertThat(failed).isFalse();
        // The thread has exited: its heap is an orphan now, and its stack is gone.
        assertThat(gc.collect(ts)).isEqualTo(3);
        for (TestNode n : graph[0]) {
            assertThat(RefCount.isFreed(n)).isTrue();
        }
    }

    @Test
    void cycleLeftByAnExitedThread_isCollectedFromTheOrphanHeap(ThreadState ts, Runtime rt) throws Exception {
        TestNode[] left = new TestNode[2];
        TestThreads.run(rt, 1, (t, i) -> {
            TestNode a = TestNode.create(t, 1);
            TestNode b = TestNode.create(t, 1);
            a.set(t, 0, b);
            b.set(t, 0, a);
            RefCount.decref(t, a); // owned by t, unmerged: local counts stay in the headers at exit
            left[0] = a;
            left[1] = b; // b's creation reference is handed to the main thread
        });
        assertThat(rt.threads()).hasSize(1);
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(0); // b's handed-over reference keeps the cycle
        RefCount.decref(ts, left[1]); // dropped by a foreign thread: the exited owner's counts are merged here
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(RefCount.isFreed(left[0]) && RefCount.isFreed(left[1])).isTrue();
    }
}
