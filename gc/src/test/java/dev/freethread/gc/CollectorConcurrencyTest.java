// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Debug;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.RootStack;
import dev.freethread.testkit.TestNode;
import dev.freethread.testkit.TestThreads;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collector against running mutators ([G1], [G5] in Collector's overview; World's [W7]). Runs in debug mode
 * (surefire sets {@code freethread.debug}), where any operation on a freed object throws: a premature free of
 * something a mutator still reaches would surface as an exception on that mutator. The leak check then proves that
 * every cycle was found. Seeds are printed; {@code -Dgc.stress.seed=...} replays the mutators' choices.
 */
@LeakChecked
class CollectorConcurrencyTest {
    private static final long SEED = Long.getLong("gc.stress.seed", System.nanoTime());
    private static final int ITERATIONS = Integer.getInteger("gc.stress.iterations", 20_000);

    /**
     * One mutator step: create a node, link it to nodes this thread holds (its own or received), hand some to the
     * other thread, drop some (making cycles garbage), and touch what it still holds. Only a node's creator mutates
     * it (TestNode is not thread-safe); {@code mine} owns a reference to each node in it.
     */
    private static void mutate(ThreadState ts, RootStack stack, List<TestNode> mine, SplittableRandom rnd,
                               ConcurrentLinkedQueue<PyObject> outbox, ConcurrentLinkedQueue<PyObject> inbox) {
        TestNode n = TestNode.create(ts, 2);
        if (!mine.isEmpty()) {
            n.set(ts, 0, mine.get(rnd.nextInt(mine.size())));
        }
        if (stack.depth() > 0) {
            n.set(ts, 1, stack.peek(rnd.nextInt(stack.depth())));
        }
        if (!mine.isEmpty() && rnd.nextInt(3) == 0) {
            mine.get(rnd.nextInt(mine.size())).set(ts, 1, n); // closes a cycle through n (only creators mutate)
        }
        mine.add(RefCount.newRef(ts, n)); // `mine` owns a reference to each of its nodes
        stack.pushStealing(n);
        if (rnd.nextInt(4) == 0) {
            outbox.add(RefCount.newRef(ts, n)); // a new reference for the other thread
        }
        PyObject got = inbox.poll();
        if (got != null) {
            stack.pushStealing(got); // foreign-owned: its decref is a shared one, queued to its owner
        }
        // Touch everything held: a prematurely freed object throws here in debug mode.
        for (int i = 0; i < stack.depth(); i++) {
            PyObject o = stack.peek(i);
            if (RefCount.isFreed(o)) {
                throw new AssertionError("held object was freed: " + Debug.describe(o));
            }
            RefCount.incref(ts, o);
            RefCount.decref(ts, o);
        }
        while (stack.depth() > 12) { // the frame shrinks: drop the oldest half of what we hold
            stack.pop();
        }
        if (mine.size() > 16) {
            List<TestNode> oldest = mine.subList(0, 8);
            for (TestNode o : oldest) {
                if (rnd.nextBoolean()) {
                    // Half the evicted nodes forget their references: otherwise every new node would keep the whole
                    // history alive through older ones, and the live heap (and each collection) would grow forever.
                    o.set(ts, 0, null);
                    o.set(ts, 1, null);
                }
                RefCount.decref(ts, o);
            }
            oldest.clear();
        }
        ts.poll();
    }

    @Test
    void collect_whileMutatorsMutateAndAllocate(ThreadState ts, Runtime rt) throws Exception {
        System.out.println("CollectorConcurrencyTest seed " + SEED + " (-Dgc.stress.seed=" + SEED + ")");
        Gc gc = Gc.of(rt);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong collections = new AtomicLong();
        List<ConcurrentLinkedQueue<PyObject>> boxes = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
        Thread collector = new Thread(() -> {
            try (ThreadState c = rt.attachCurrentThread()) {
                while (!done.get()) {
                    assertThat(gc.collect(c)).isGreaterThanOrEqualTo(0);
                    collections.incrementAndGet();
                    c.detach();
                    Thread.yield();
                    c.attach();
                }
            }
        }, "collector");
        collector.start();
        ts.detach(); // this thread only waits: a stop must not wait for it
        try {
            TestThreads.run(rt, 2, (t, index) -> {
                SplittableRandom rnd = new SplittableRandom(SEED + index);
                List<TestNode> mine = new ArrayList<>();
                try (RootStack stack = new RootStack(t)) {
                    for (int i = 0; i < ITERATIONS; i++) {
                        mutate(t, stack, mine, rnd, boxes.get(index), boxes.get(1 - index));
                    }
                    for (TestNode o : mine) {
                        RefCount.decref(t, o);
                    }
                    mine.clear();
                }
            });
        } finally {
            done.set(true);
            collector.join();
            ts.attach();
        }
        // What the mutators handed over and nobody took.
        for (ConcurrentLinkedQueue<PyObject> box : boxes) {
            PyObject o;
            while ((o = box.poll()) != null) {
                RefCount.decref(ts, o);
            }
        }
        System.out.println("collections during the run: " + collections.get());
        assertThat(collections.get()).isGreaterThan(0);
        gc.collect(ts); // everything left is cyclic garbage; the leak check proves it was all found
    }

    @Test
    void collect_whileThreadsExit(ThreadState ts, Runtime rt) throws Exception {
        Gc gc = Gc.of(rt);
        ConcurrentLinkedQueue<PyObject> handedOver = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        Thread spawner = new Thread(() -> {
            try {
                for (int round = 0; round < 40; round++) {
                    TestThreads.run(rt, 2, (t, index) -> {
                        for (int i = 0; i < 200; i++) {
                            TestNode a = TestNode.create(t, 1);
                            TestNode b = TestNode.create(t, 1);
                            a.set(t, 0, b);
                            b.set(t, 0, a);
                            RefCount.decref(t, b);
                            if (i % 10 == 0) {
                                handedOver.add(a); // outlives its creator, unmerged
                            } else {
                                RefCount.decref(t, a);
                            }
                            t.poll();
                        }
                    });
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                done.set(true);
            }
        });
        spawner.start();
        while (!done.get()) {
            gc.collect(ts);
            PyObject o = handedOver.poll();
            if (o != null) {
                assertThat(RefCount.isFreed(o)).isFalse();
                RefCount.decref(ts, o);
            }
        }
        spawner.join();
        PyObject o;
        while ((o = handedOver.poll()) != null) {
            RefCount.decref(ts, o);
        }
        gc.collect(ts);
    }

    @Test
    void aCollectionDuringAThreadsExit_seesTheExitingThreadsHeap(ThreadState ts, Runtime rt) throws Exception {
        // [W9] A thread's heap joins the orphan heaps while the thread is still attached, before it is EXITED: a
        // collection skips an EXITED thread's snapshot handshake, so a heap handed over after that point was in
        // neither place for a collection that read the orphan heaps in between, and its garbage was not freed. The
        // window is held open by holding the orphan heaps' monitor, which the hand-over takes; the collection then
        // runs on another thread. With the hand-over after EXITED (the old order) the collection and the exiting
        // thread race for the monitor once it is free, and the collection missed the cycle in most rounds.
        Gc gc = Gc.of(rt);
        Object orphans = dev.freethread.objects.internal.OrphanHeaps.of(rt);
        ts.detach(); // this thread only waits: the collection's handshakes must not wait for it
        for (int round = 0; round < 10; round++) {
            PyWeakRef[] weak = new PyWeakRef[1];
            java.util.concurrent.CountDownLatch made = new java.util.concurrent.CountDownLatch(1);
            Thread exiting;
            Thread collector;
            synchronized (orphans) {
                exiting = new Thread(() -> {
                    try (ThreadState t = rt.attachCurrentThread()) {
                        TestNode a = TestNode.create(t, 1);
                        a.set(t, 0, a); // a cycle of one, garbage once our reference goes
                        weak[0] = PyWeakRef.of(t, a, null);
                        RefCount.decref(t, a);
                        made.countDown();
                    } // close() hands the heap over: it blocks on the monitor held here
                });
                exiting.start();
                made.await();
                awaitState(exiting, Thread.State.BLOCKED, 5_000);
                collector = new Thread(() -> {
                    try (ThreadState t = rt.attachCurrentThread()) {
                        gc.collect(t);
                    }
                });
                collector.start();
                // The old order: the collection skips the EXITED thread and blocks on the orphan heaps' monitor. The
                // new order: it waits in its snapshot handshake for the thread, which is blocked before EXITED.
                awaitState(collector, Thread.State.BLOCKED, 200);
            }
            exiting.join();
            collector.join();
            ts.attach();
            try {
                assertThat(weak[0].isDead()).as("round %d: the collection during the exit freed the cycle", round)
                        .isTrue();
                RefCount.decref(ts, weak[0]);
            } finally {
                ts.detach();
            }
        }
        ts.attach();
    }

    /** Waits until {@code t} is in {@code state}, at most {@code millis}. */
    private static void awaitState(Thread t, Thread.State state, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (t.getState() != state && System.currentTimeMillis() < deadline) {
            Thread.sleep(1);
        }
    }

    @Test
    void cycleOwnedByAnotherThread_withQueuedCounts_isExact(ThreadState ts, Runtime rt) throws Exception {
        // [G5]: the other thread's objects carry pending (QUEUED) counts in its merge queue when we collect.
        Gc gc = Gc.of(rt);
        TestNode[] made = new TestNode[2];
        java.util.concurrent.CountDownLatch created = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        Thread owner = new Thread(() -> {
            try (ThreadState t = rt.attachCurrentThread()) {
                TestNode a = TestNode.create(t, 1);
                TestNode b = TestNode.create(t, 1);
                a.set(t, 0, b);
                b.set(t, 0, a);
                made[0] = a; // both creation references handed to the main thread
                made[1] = b;
                created.countDown();
                t.detach();
                finish.await();
                t.attach();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        owner.start();
        created.await();
        RefCount.decref(ts, made[0]); // foreign decrefs: shared counts go negative, queued to the (detached) owner
        RefCount.decref(ts, made[1]);
        assertThat(RefCount.isFreed(made[0])).isFalse();
        assertThat(gc.collect(ts)).isEqualTo(2); // local 2 + shared -1 each: exact counts despite the queue
        assertThat(RefCount.isFreed(made[0]) && RefCount.isFreed(made[1])).isTrue();
        finish.countDown();
        owner.join(); // its merge drain finds the entries merged (owner id no longer its own) and skips them
    }

    @Test
    void objectResurrectedOnAnotherThread_keepsAConsistentOwner(ThreadState ts, Runtime rt) throws Exception {
        // [G6]: created (and tracked) by the other thread, freed and resurrected by a finalizer on this one.
        Gc gc = Gc.of(rt);
        TestNode holder = TestNode.create(ts, 1); // the global a finalizer stores itself into
        TestNode[] made = new TestNode[1];
        java.util.concurrent.CountDownLatch created = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch shared = new java.util.concurrent.CountDownLatch(1);
        Thread creator = new Thread(() -> {
            try (ThreadState t = rt.attachCurrentThread()) {
                made[0] = TestNode.withFinalizer(t, 1, (ft, self) -> holder.set(ft, 0, self));
                created.countDown();
                t.detach();
                shared.await();
                t.attach();
                RefCount.decref(t, made[0]); // the creator's local count reaches 0: merged, shared count 1
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        creator.start();
        created.await();
        RefCount.incref(ts, made[0]); // a foreign reference: shared count 1
        shared.countDown();
        creator.join();
        TestNode o = made[0];
        RefCount.decref(ts, o); // the last reference: freed here, finalizer resurrects it into holder
        assertThat(RefCount.isFreed(o)).isFalse();
        assertThat(RefCount.isOwnedBy(ts, o)).isFalse(); // merged, not left owned by the thread that resurrected it
        assertThat(gc.collect(ts)).isEqualTo(0);
        assertThat(RefCount.refCount(ts, o)).isEqualTo(1);
        holder.set(ts, 0, null); // freed now, finalizer not run again
        assertThat(RefCount.isFreed(o)).isTrue();
        RefCount.decref(ts, holder);
    }
}
