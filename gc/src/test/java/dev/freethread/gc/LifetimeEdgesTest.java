// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.OrphanHeaps;
import dev.freethread.objects.internal.ThreadStates;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import dev.freethread.testkit.TestThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the collector meets deallocation (docs/refcount.md, "Lifetime edges"; Collector's [G7] and [G8]): objects
 * waiting on a postponed-deallocation stack, finalizers running on a thread other than the object's creator, a
 * traverse that throws, an interrupted wait for a running collection, and heap memory after thread churn.
 */
@LeakChecked
class LifetimeEdgesTest {

    /**
     * A chain of 49 nodes, then a node W whose three slots hold {@code first}, {@code second} and {@code last}: W is
     * destroyed at depth 50 (the nesting limit), so releasing its slots postpones all three; the drain pops {@code last} first, while the
     * other two wait on the stack with a count of zero. Returns the head (the caller's only reference).
     */
    private static TestNode cascadeWithThreePostponed(ThreadState ts, PyObject first, PyObject second, PyObject last) {
        TestNode head = TestNode.create(ts, 1);
        TestNode cur = head;
        for (int i = 1; i < 49; i++) {
            TestNode next = TestNode.create(ts, 1);
            cur.setStealing(ts, 0, next);
            cur = next;
        }
        TestNode w = TestNode.create(ts, 3);
        cur.setStealing(ts, 0, w);
        w.setStealing(ts, 0, first);
        w.setStealing(ts, 1, second);
        w.setStealing(ts, 2, last);
        return head;
    }

    /**
     * Issue 11, defect 2 ([G7]): gc.collect() from a finalizer in a deep cascade took the postponed objects (count
     * zero, not yet freed) for cyclic garbage and freed them; the cascade then freed them again.
     */
    @Test
    void collectFromAFinalizerDuringADeepCascade_takesNoPostponedObjectForGarbage(Runtime rt, ThreadState ts) {
        Gc gc = Gc.of(rt);
        int[] found = {-1};
        TestNode c1 = TestNode.create(ts, 1);
        TestNode c1child = TestNode.create(ts, 0);
        c1.setStealing(ts, 0, c1child);
        TestNode c2 = TestNode.create(ts, 0);
        int[] waiting = {-1};
        TestNode f = TestNode.withFinalizer(ts, 0, (t, self) -> {
            waiting[0] = ThreadStates.core(t).postponedDeallocs().size();
            found[0] = gc.collect(t);
        });
        RefCount.decref(ts, cascadeWithThreePostponed(ts, c1, c2, f));
        assertThat(waiting[0]).as("objects postponed while the finalizer ran").isEqualTo(2);
        assertThat(found[0]).as("unreachable objects found; there is no cycle").isZero();
        long[] totals = rt.objectTotals();
        assertThat(totals[1]).as("frees").isEqualTo(totals[0]);
        assertThat(RefCount.isFreed(c1child)).isTrue();
    }

    /**
     * Issue 11, defect 2 ([G7]) from another thread: the cascade blocks in a finalizer while the main thread collects;
     * one postponed object has a finalizer that resurrects it. Before, the collector ran that finalizer and kept the
     * object, and the cascade then freed it under its holder (a use after free when the holder let go).
     */
    @Test
    @Timeout(60)
    void collectFromAnotherThreadWhileACascadeBlocks_leavesPostponedObjectsToTheCascade(Runtime rt, ThreadState ts)
            throws Exception {
        Gc gc = Gc.of(rt);
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch collected = new CountDownLatch(1);
        BlockingQueue<TestNode> holders = new ArrayBlockingQueue<>(1);
        AtomicInteger resurrections = new AtomicInteger();
        int[] found = {-1};
        int[] waitingThere = {-1};
        ts.detach(); // this thread only waits: a stop must not wait for it
        TestThreads.run(rt, 2, (t, i) -> {
            if (i == 0) {
                TestNode holder = TestNode.create(t, 1);
                TestNode resurrecting = TestNode.withFinalizer(t, 0, (x, self) -> {
                    resurrections.incrementAndGet();
                    holder.set(x, 0, self);
                });
                TestNode plain = TestNode.create(t, 0);
                TestNode blocking = TestNode.withFinalizer(t, 0, (x, self) -> {
                    waitingThere[0] = ThreadStates.core(x).postponedDeallocs().size();
                    blocked.countDown();
                    x.detach(); // a blocking wait, as an interpreter detaches around one
                    try {
                        collected.await();
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    } finally {
                        x.attach();
                    }
                });
                RefCount.decref(t, cascadeWithThreePostponed(t, plain, resurrecting, blocking));
                assertThat(resurrections).as("the resurrecting finalizer ran once").hasValue(1);
                assertThat(RefCount.isFreed(resurrecting)).as("resurrected: alive in its holder").isFalse();
                holders.add(holder);
            } else {
                blocked.await();
                found[0] = gc.collect(t);
                collected.countDown();
            }
        });
        ts.attach();
        assertThat(waitingThere[0]).as("objects postponed while the finalizer blocked").isEqualTo(2);
        assertThat(found[0]).as("unreachable objects found; there is no cycle").isZero();
        TestNode holder = holders.take();
        RefCount.decref(ts, holder); // frees the resurrected object exactly once (the leak check counts)
        assertThat(resurrections).hasValue(1);
    }

    /**
     * [G8]: thread U frees (and finalizes) an object the main thread created; a collection runs meanwhile. It gave the
     * object its creator's id back (from the creator's heap), so U's own drop of the finalizer's reference went to the
     * creator's shared count and queue: the object was not freed when U's decref returned, and the creator's merge
     * read U's plain count without any ordering.
     */
    @Test
    @Timeout(60)
    void collectWhileAnotherThreadFinalizesAnObjectItDidNotCreate(Runtime rt, ThreadState ts) throws Exception {
        Gc gc = Gc.of(rt);
        CountDownLatch inFinalizer = new CountDownLatch(1);
        CountDownLatch collected = new CountDownLatch(1);
        TestNode o = TestNode.withFinalizer(ts, 0, (t, self) -> {
            inFinalizer.countDown();
            t.detach();
            try {
                collected.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            } finally {
                t.attach();
            }
        });
        CountDownLatch shared = new CountDownLatch(1);
        CountDownLatch ownerDropped = new CountDownLatch(1);
        AtomicBoolean freedWhenDecrefReturned = new AtomicBoolean();
        Thread u = new Thread(() -> {
            try (ThreadState t = rt.attachCurrentThread()) {
                RefCount.incref(t, o); // a shared reference; once the creator drops its own, ours is the last
                shared.countDown();
                t.detach();
                ownerDropped.await();
                t.attach();
                RefCount.decref(t, o); // frees it here, finalizer included
                freedWhenDecrefReturned.set(RefCount.isFreed(o));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, "finalizer-thread");
        ts.detach();
        u.start();
        shared.await();
        ts.attach();
        RefCount.decref(ts, o); // merged now: the shared count holds U's reference only
        ownerDropped.countDown();
        ts.detach();
        inFinalizer.await();
        ts.attach();
        assertThat(gc.collect(ts)).isZero();
        collected.countDown();
        ts.detach();
        u.join();
        ts.attach();
        assertThat(freedWhenDecrefReturned).as("freed by the decref that dropped the last reference").isTrue();
    }

    /**
     * A traverse that throws (a binding bug, or a half-constructed object) during a collection left scratch values in
     * owner ids. Now the collection frees nothing, reports the error, and every header is as it was.
     */
    @Test
    void aTraverseThatThrows_makesTheCollectionFreeNothing_andReportsIt(Runtime rt, ThreadState ts) {
        List<Throwable> reported = Collections.synchronizedList(new ArrayList<>());
        rt.setUnraisableHook((e, ctx, obj) -> reported.add(e));
        Gc gc = Gc.of(rt);
        TestNode a = TestNode.create(ts, 1);
        TestNode b = TestNode.create(ts, 1);
        a.set(ts, 0, b);
        b.set(ts, 0, a);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b); // a garbage cycle
        Throwing bad = new Throwing(ts);
        TestNode live = TestNode.create(ts, 0);
        assertThat(gc.collect(ts)).as("nothing is collected while a traverse throws").isZero();
        assertThat(reported).singleElement().satisfies(e -> assertThat(e).hasMessageContaining("threw during a collection")
                .hasRootCauseMessage("half-constructed"));
        assertThat(RefCount.isFreed(a) || RefCount.isFreed(b)).isFalse();
        assertThat(RefCount.isOwnedBy(ts, live)).as("owner ids given back").isTrue();
        assertThat(RefCount.refCount(ts, live)).isEqualTo(1);
        bad.broken = false;
        assertThat(gc.collect(ts)).isEqualTo(2); // the cycle, now that traverse works
        RefCount.decref(ts, bad);
        RefCount.decref(ts, live);
    }

    /** A tracked object whose traverse throws while {@code broken}. */
    static final class Throwing extends PyObject {
        static final PyType TYPE = PyType.staticType("Throwing", PyType.FLAG_GC);
        volatile boolean broken = true;

        Throwing(ThreadState ts) {
            super(TYPE, ts);
        }

        @Override
        public void traverse(ReferenceVisitor visitor) {
            if (broken) {
                throw new NullPointerException("half-constructed");
            }
        }
    }

    /**
     * Hazard (issue 11): an interrupted wait for a running collection returned the previous collection's result at
     * once. The wait is uninterruptible now (as gc.collect() in Python): the waiter returns only after the running
     * collection and then its own ([G4]) have finished, and its interrupt flag stays set.
     */
    @Test
    @Timeout(60)
    void anInterruptedWaitForARunningCollection_waitsForIt_thenCollects(Runtime rt, ThreadState ts)
            throws Exception {
        Gc gc = Gc.of(rt);
        CountDownLatch inFinalizer = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestNode a = TestNode.withFinalizer(ts, 1, (t, self) -> {
            inFinalizer.countDown();
            t.detach();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            } finally {
                t.attach();
            }
        });
        a.set(ts, 0, a);
        RefCount.decref(ts, a); // a self-cycle whose finalizer blocks the collection in step 7
        int[] waited = {-1};
        long[] collectionsWhenItReturned = {-1};
        AtomicBoolean flagAfter = new AtomicBoolean();
        Thread collector = new Thread(() -> {
            try (ThreadState t = rt.attachCurrentThread()) {
                gc.collect(t);
            }
        }, "collector");
        Thread waiter = new Thread(() -> {
            try (ThreadState t = rt.attachCurrentThread()) {
                Thread.currentThread().interrupt();
                waited[0] = gc.collect(t);
                collectionsWhenItReturned[0] = gc.getStats().get(2).get("collections");
                flagAfter.set(Thread.interrupted());
            }
        }, "interrupted-waiter");
        ts.detach();
        try {
            collector.start();
            inFinalizer.await();
            waiter.start();
            Thread.sleep(100);
            release.countDown();
            collector.join();
            waiter.join();
        } finally {
            ts.attach();
        }
        assertThat(collectionsWhenItReturned[0]).as("the running collection, then the waiter's own").isEqualTo(2);
        assertThat(waited[0]).as("the waiter's own collection found nothing more").isEqualTo(0);
        assertThat(flagAfter).isTrue();
    }

    /**
     * Issue 11, defect 10: 40 threads each allocate many tracked objects and exit keeping one survivor; their heaps'
     * arrays stayed at their peak size in the orphan heaps (about 40 MiB). Retained entries must follow the live
     * objects.
     */
    @Test
    void orphanHeaps_keepMemoryForTheirSurvivors_notForTheirPeak(Runtime rt, ThreadState ts) throws Exception {
        List<TestNode> survivors = Collections.synchronizedList(new ArrayList<>());
        for (int round = 0; round < 40; round++) {
            TestThreads.run(rt, 1, (t, i) -> {
                TestNode keep = TestNode.create(t, 0);
                for (int k = 0; k < 50_000; k++) {
                    RefCount.decref(t, TestNode.create(t, 0));
                    if ((k & 1023) == 0) {
                        t.poll();
                    }
                }
                survivors.add(keep);
            });
        }
        long slots = 0;
        for (OrphanHeaps.Heap h : OrphanHeaps.of(rt).heaps()) {
            slots += h.objects.length;
        }
        assertThat(slots).as("heap slots retained for 40 survivors").isLessThan(1_000);
        for (TestNode n : survivors) {
            RefCount.decref(ts, n);
        }
        Gc.of(rt).collect(ts); // compacts the orphan heaps
        slots = 0;
        for (OrphanHeaps.Heap h : OrphanHeaps.of(rt).heaps()) {
            slots += h.objects.length;
        }
        assertThat(slots).isZero();
    }

}
