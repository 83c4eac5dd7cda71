// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.ThreadStates;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.RefCountExtension;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code gc} module's surface and scheduling. Python's side: {@code gc/src/test/python/surface_cases.py}, whose
 * output with 3.13.0 is quoted as {@code # python: ...}.
 */
@LeakChecked
class GcSurfaceTest {

    /**
     * n self-cycles, polling after each if {@code poll}; then waits for the automatic collections they triggered (the
     * concurrent collector runs them on its collector thread; the stop-the-world one at the safepoint, as CPython).
     */
    static void selfCycles(ThreadState ts, int n, boolean poll) {
        for (int i = 0; i < n; i++) {
            TestNode a = TestNode.create(ts, 1);
            a.set(ts, 0, a);
            RefCount.decref(ts, a);
            if (poll) {
                ts.poll();
            }
        }
        Gc.of(ts.runtime()).awaitAutomaticCollections(ts);
    }

    @Test
    void automaticCollection_runsAtASafepointOnceTheThresholdIsPassed(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        selfCycles(ts, 3000, true);
        // python: automatic_enabled True
        assertThat(gc.getStats().get(0).get("collections")).isGreaterThanOrEqualTo(1L);
        assertThat(gc.getStats().get(0).get("collected")).isGreaterThan(2000L);
        gc.collect(ts);
    }

    @Test
    void disable_stopsAutomaticCollection_butNotCollect(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        gc.disable();
        assertThat(gc.isEnabled()).isFalse();
        selfCycles(ts, 3000, true);
        // python: automatic_disabled False
        assertThat(gc.getStats().get(0).get("collections")).isEqualTo(0L);
        assertThat(gc.collect(ts)).isEqualTo(3000);
        gc.enable();
        assertThat(gc.isEnabled()).isTrue();
    }

    @Test
    void automaticCollection_scalesWithTheLiveHeap(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        gc.disable();
        TestNode keep = TestNode.create(ts, 1);
        TestNode prev = keep;
        for (int i = 0; i < 20_000; i++) { // 20,000 live objects: the next automatic collection needs > 5,000
            TestNode n = TestNode.create(ts, 1);
            prev.setStealing(ts, 0, n);
            prev = n;
        }
        gc.collect(ts);
        gc.enable();
        selfCycles(ts, 4000, true);
        assertThat(gc.getStats().get(0).get("collections")).isEqualTo(0L); // 4,000 > 2,000 but not > 20,001 / 4
        selfCycles(ts, 2000, true);
        assertThat(gc.getStats().get(0).get("collections")).isEqualTo(1L);
        gc.setThreshold(2000, 0); // threshold1 == 0: the relative condition is dropped, as CPython's
        selfCycles(ts, 2600, true);
        assertThat(gc.getStats().get(0).get("collections")).isEqualTo(2L);
        gc.setThreshold(2000, 10, 10);
        RefCount.decref(ts, keep);
        gc.collect(ts);
    }

    @Test
    void thresholdsAndCounts(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        // python: threshold (2000, 10, 10)
        assertThat(gc.getThreshold()).containsExactly(2000, 10, 10);
        gc.collect(ts);
        assertThat(gc.getCount(ts)[0]).isEqualTo(0);
        TestNode[] nodes = new TestNode[10];
        for (int i = 0; i < 10; i++) {
            nodes[i] = TestNode.create(ts, 0);
        }
        assertThat(gc.getCount(ts)[0]).isEqualTo(10);
        for (TestNode n : nodes) {
            RefCount.decref(ts, n);
        }
        assertThat(gc.getCount(ts)[0]).isEqualTo(0); // net of frees, as CPython's
        gc.setThreshold(700, 5);
        assertThat(gc.getThreshold()).containsExactly(700, 5, 10);
        gc.setThreshold(2000, 10, 10);
        assertThatThrownBy(() -> gc.setThreshold(1, 2, 3, 4)).isInstanceOf(PyException.class);
        // python: collect_invalid_generation ValueError invalid generation
        assertThatThrownBy(() -> gc.collect(ts, 3)).isInstanceOf(PyException.class).hasMessageContaining("invalid generation");
        assertThat(gc.collect(ts, 0)).isEqualTo(0);
        assertThat(gc.getCount(ts)).containsExactly(0, 1, 0);
    }

    @Test
    void isTracked_andIsFinalized(ThreadState ts, Runtime rt) {
        TestNode n = TestNode.create(ts, 0);
        PyStr s = PyStr.of(ts, "s");
        // python: is_tracked False False True
        assertThat(Gc.isTracked(PyInt.of(ts, 1))).isFalse();
        assertThat(Gc.isTracked(s)).isFalse();
        assertThat(Gc.isTracked(n)).isTrue();
        assertThat(Gc.isFinalized(n)).isFalse();
        RefCount.decref(ts, n);
        RefCount.decref(ts, s);
    }

    @Test
    void getObjects_getReferrers_getReferents(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        TestNode a = TestNode.create(ts, 2);
        TestNode b = TestNode.create(ts, 1);
        PyInt big = PyInt.of(ts, 1_000_000_000_000L);
        a.set(ts, 0, b);
        a.set(ts, 1, big);
        try (RefList all = gc.getObjects(ts)) {
            assertThat(all).containsExactlyInAnyOrder(a, b);
        }
        // python: referrers_of_b_include_a True
        try (RefList referrers = gc.getReferrers(ts, b)) {
            assertThat(referrers).containsExactly(a);
        }
        try (RefList referents = gc.getReferents(ts, a, b, big)) {
            assertThat(referents).containsExactly(b, big);
        }
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        RefCount.decref(ts, big);
    }

    /**
     * [G4]: a collect() called while another thread's collection runs must still find the garbage its caller made
     * before the call. The running collection took its snapshot earlier, so the caller waits for it and then collects
     * again. Before, it returned the running collection's result and left the caller's cycle behind (the flaky leak
     * of {@code CollectorConcurrencyTest.collect_whileMutatorsMutateAndAllocate}, whose final collect met an
     * automatic collection still running).
     */
    @Test
    void aCollectDuringAnotherThreadsCollection_waitsForIt_thenFindsTheGarbageMadeBeforeTheCall(ThreadState ts, Runtime rt)
            throws Exception {
        Gc gc = Gc.of(rt);
        CountDownLatch inFinalizer = new CountDownLatch(1);
        AtomicInteger otherResult = new AtomicInteger(-1);
        AtomicInteger otherCycleFreed = new AtomicInteger(-1);
        ThreadState[] otherTs = new ThreadState[1];
        Thread other = new Thread(() -> {
            try (ThreadState t = rt.attachCurrentThread()) {
                otherTs[0] = t;
                t.detach(); // blocking: a stop must not wait for us
                inFinalizer.await();
                t.attach(); // waits for the running collection's restart
                TestNode b = TestNode.create(t, 1); // garbage made after the running collection looked
                TestNode c = TestNode.create(t, 1);
                b.set(t, 0, c);
                c.set(t, 0, b);
                RefCount.decref(t, c);
                RefCount.incref(t, b); // kept (counted) only to ask afterwards whether it was freed
                PyObject probe = b;
                RefCount.decref(t, b);
                RefCount.decref(t, b); // now unreachable: b and c are a garbage cycle
                otherResult.set(gc.collect(t));
                otherCycleFreed.set(RefCount.isFreed(probe) ? 1 : 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        TestNode a = TestNode.withFinalizer(ts, 1, (t, self) -> {
            inFinalizer.countDown();
            awaitCollectWait(otherTs, 0);
            assertThat(gc.collect(t)).isEqualTo(0); // nested in our own collection: returns at once
        });
        a.set(ts, 0, a);
        RefCount.decref(ts, a);
        other.start();
        int ours = gc.collect(ts);
        ts.detach(); // the other thread's collection must not wait for us
        other.join();
        ts.attach();
        assertThat(ours).isEqualTo(1);
        assertThat(otherResult.get()).isEqualTo(2); // its own collection, which found b and c
        assertThat(otherCycleFreed.get()).isEqualTo(1);
        assertThat(gc.getStats().get(2).get("collections")).isEqualTo(2L);
    }

    /**
     * [G4]: two threads that wait for the same running collection need one more collection between them, not two:
     * the second finds that a collection which started after its call has finished, and returns that one's result.
     */
    @Test
    void twoCollectsWaitingForTheRunningOne_shareTheNextCollection(ThreadState ts, Runtime rt) throws Exception {
        Gc gc = Gc.of(rt);
        CountDownLatch inFinalizer = new CountDownLatch(1);
        ThreadState[] waiters = new ThreadState[2];
        AtomicInteger[] results = {new AtomicInteger(-1), new AtomicInteger(-1)};
        Thread[] threads = new Thread[2];
        for (int k = 0; k < 2; k++) {
            int index = k;
            threads[k] = new Thread(() -> {
                try (ThreadState t = rt.attachCurrentThread()) {
                    waiters[index] = t;
                    t.detach();
                    inFinalizer.await();
                    t.attach();
                    results[index].set(gc.collect(t));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        TestNode a = TestNode.withFinalizer(ts, 1, (t, self) -> {
            inFinalizer.countDown();
            awaitCollectWait(waiters, 0);
            awaitCollectWait(waiters, 1);
        });
        a.set(ts, 0, a);
        RefCount.decref(ts, a);
        for (Thread t : threads) {
            t.start();
        }
        assertThat(gc.collect(ts)).isEqualTo(1);
        ts.detach(); // the waiters' collection must not wait for us
        for (Thread t : threads) {
            t.join();
        }
        ts.attach();
        assertThat(results[0].get()).isEqualTo(0);
        assertThat(results[1].get()).isEqualTo(0);
        assertThat(gc.getStats().get(2).get("collections")).isEqualTo(2L); // ours, then one for both waiters
    }

    /** Spins (from a finalizer of the running collection) until {@code threads[index]} waits inside Gc.collect. */
    private static void awaitCollectWait(ThreadState[] threads, int index) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (threads[index] == null || threads[index].isAttached() || !inCollectWait(threads[index])) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("thread " + index + " never waited for the collection");
            }
            Thread.onSpinWait();
        }
    }

    /** Whether the thread is inside Gc.collect's wait (its stack shows claimOrWait). */
    private static boolean inCollectWait(ThreadState t) {
        for (StackTraceElement e : t.thread().getStackTrace()) {
            if (e.getMethodName().equals("claimOrWait")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aRuntimeWithoutTheGcModule_works_andItsHeapsStayCompact(ThreadState unused, Runtime unusedRt) {
        try (Runtime rt = Runtime.builder().discoverExtensions(false).extension(new RefCountExtension()).build()) {
            ThreadState ts = rt.attachCurrentThread();
            for (int i = 0; i < 100_000; i++) {
                TestNode n = TestNode.create(ts, 1);
                TestNode m = TestNode.create(ts, 0);
                n.set(ts, 0, m);
                RefCount.decref(ts, m);
                RefCount.decref(ts, n);
                ts.poll();
            }
            // freed entries are compacted out when the heap array fills: amortised O(1), bounded memory
            assertThat(ThreadStates.core(ts).heap().length).isLessThanOrEqualTo(128);
            assertThat(rt.liveObjects()).isEqualTo(0);
            ts.close();
        }
    }

    @Test
    void orphanHeaps_ofARuntimeWithoutTheGcModule_stayBounded(ThreadState unused, Runtime unusedRt) throws Exception {
        try (Runtime rt = Runtime.builder().discoverExtensions(false).extension(new RefCountExtension()).build()) {
            ThreadState ts = rt.attachCurrentThread();
            for (int round = 0; round < 50; round++) {
                java.util.List<TestNode> handed = new java.util.ArrayList<>();
                dev.freethread.testkit.TestThreads.run(rt, 1, (t, i) -> {
                    for (int k = 0; k < 1000; k++) {
                        handed.add(TestNode.create(t, 0)); // alive when the thread exits: its heap is orphaned
                    }
                });
                for (TestNode n : handed) {
                    RefCount.decref(ts, n); // freed later, by another thread: the orphan entries go dead
                }
            }
            int entries = 0;
            for (dev.freethread.objects.internal.OrphanHeaps.Heap h
                    : dev.freethread.objects.internal.OrphanHeaps.of(rt).heaps()) {
                entries += h.size;
            }
            assertThat(entries).isLessThanOrEqualTo(2 * 4096 + 1000); // not 50,000: compacted as they are adopted
            assertThat(rt.liveObjects()).isEqualTo(0);
            ts.close();
        }
    }

    @Test
    void heapCompaction_keepsLiveObjects_dropsFreedOnes(ThreadState ts, Runtime rt) {
        TestNode[] keep = new TestNode[1000];
        for (int i = 0; i < 100_000; i++) {
            TestNode n = TestNode.create(ts, 0);
            if (i % 100 == 0) {
                keep[i / 100] = n;
            } else {
                RefCount.decref(ts, n);
            }
        }
        int size = ThreadStates.core(ts).heapSize();
        assertThat(size).isBetween(1000, 4096);
        try (RefList all = Gc.of(rt).getObjects(ts)) {
            assertThat(all).containsExactlyInAnyOrder(keep);
        }
        for (PyObject k : keep) {
            RefCount.decref(ts, k);
        }
    }
}
