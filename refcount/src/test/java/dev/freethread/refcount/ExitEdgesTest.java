// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyMutex;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Thread exit as a lifetime edge (docs/refcount.md, "Lifetime edges"; [R6], World's [W7]): the exit drain runs
 * attached and closes the merge gate only on an empty queue, so a finalizer it runs may block, detach and attach, and
 * nothing queued meanwhile is lost.
 */
@LeakChecked
class ExitEdgesTest {

    /**
     * Issue 11, defect 3: a finalizer run by the exiting thread's final drain blocked on a mutex: parking moved the
     * thread from EXITED back to ATTACHED, so producers that looked at it afterwards left their objects in its queue,
     * which nobody drained again (tens of thousands of 200,000 stayed QUEUED). The finalizer also detaches and
     * attaches itself, which threw on the EXITED state before.
     */
    @Test
    @Timeout(120)
    void aFinalizerInTheExitDrainBlocks_whileOthersKeepQueueing_nothingIsLost(Runtime rt, ThreadState ts)
            throws Exception {
        int n = 200_000;
        List<Throwable> unraisable = Collections.synchronizedList(new ArrayList<>());
        rt.setUnraisableHook((e, ctx, o) -> unraisable.add(e));
        TestNode lock = TestNode.create(ts, 0);
        PyMutex.lock(ts, lock);
        BlockingQueue<PyObject[]> toForeign = new ArrayBlockingQueue<>(1);
        CountDownLatch ownerReady = new CountDownLatch(1);
        CountDownLatch containerNow = new CountDownLatch(1);
        CountDownLatch containerQueued = new CountDownLatch(1);
        CountDownLatch finalizerBlocks = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<ThreadState> ownerState = new AtomicReference<>();
        AtomicReference<ThreadState> requesterState = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger progress = new java.util.concurrent.atomic.AtomicInteger();

        Thread foreign = new Thread(() -> {
            try (ThreadState f = rt.attachCurrentThread()) {
                f.detach();
                PyObject[] objs = toForeign.take();
                containerNow.await();
                f.attach();
                RefCount.decref(f, objs[0]); // the container: queued to the owner inside its close()
                containerQueued.countDown();
                for (int i = 1; i < objs.length; i++) { // and the rest, while the owner exits
                    RefCount.decref(f, objs[i]);
                    progress.set(i);
                    if ((i & 63) == 0) {
                        Thread.yield(); // keep queueing for as long as the owner's exit takes
                    }
                    if ((i & 4095) == 0) {
                        f.poll();
                    }
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "foreign");
        Thread owner = new Thread(() -> {
            try {
                ThreadState o = rt.attachCurrentThread();
                ownerState.set(o);
                TestNode container = TestNode.withFinalizer(o, 0, (t, self) -> {
                    finalizerBlocks.countDown();
                    PyMutex.lock(t, lock); // parks (detached) until the main thread lets go
                    PyMutex.unlock(t, lock);
                    t.detach(); // any code may detach and attach, in the exit drain too
                    t.attach();
                });
                PyObject[] objs = new PyObject[n + 1];
                objs[0] = container;
                for (int i = 1; i <= n; i++) {
                    objs[i] = TestNode.create(o, 0); // each reference goes to the foreign thread; the heap grows large,
                    // so the owner's exit takes a while after its last drain (it compacts the heap)
                }
                toForeign.add(objs);
                ownerReady.countDown();
                while (requesterState.get() == null || requesterState.get().status() != ThreadState.Status.DETACHED) {
                    Thread.onSpinWait(); // the handshake below can only run inside close()
                }
                o.close();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "owner");
        foreign.start();
        owner.start();
        ownerReady.await();
        ThreadState o = ownerState.get();
        Thread requester = new Thread(() -> {
            try (ThreadState r = rt.attachCurrentThread()) {
                requesterState.set(r);
                rt.handshake(r, t -> {
                    if (t == o) { // on the owner's thread, inside close()
                        containerNow.countDown();
                        try {
                            assertThat(containerQueued.await(30, TimeUnit.SECONDS)).isTrue();
                        } catch (InterruptedException e) {
                            throw new AssertionError(e);
                        }
                    }
                });
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "requester");
        ts.detach();
        requester.start();
        assertThat(finalizerBlocks.await(60, TimeUnit.SECONDS)).isTrue();
        while (progress.get() < n / 10) {
            Thread.sleep(1); // the foreign thread queues while the finalizer is blocked, and goes on after it
        }
        ts.attach();
        PyMutex.unlock(ts, lock);
        ts.detach();
        requester.join(60_000);
        owner.join(60_000);
        foreign.join(60_000);
        ts.attach();
        assertThat(failure.get()).as("no thread failed").isNull();
        assertThat(unraisable).as("errors in finalizers").isEmpty();
        assertThat(rt.threadState(o.id())).as("unregistered").isNull();
        RefCount.decref(ts, lock);
        assertThat(rt.liveObjectsByType()).as("objects left queued to the exited thread").isEmpty();
    }

    /**
     * Hazard (issue 11): an exception in the middle of a cascade left the postponed deallocations on the thread's
     * stack; if the thread exited before any later deallocation drained them, they leaked. The exit finishes them.
     */
    @Test
    void aCascadeInterruptedByAnException_isFinishedAtExit(Runtime rt, ThreadState ts) throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Throwable> raised = new AtomicReference<>();
        AtomicReference<TestNode> postponedOne = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (ThreadState x = rt.attachCurrentThread()) {
                TestNode freed = TestNode.create(x, 0);
                RefCount.decref(x, freed);
                // A chain of 49, then W, whose two slots are postponed when W is destroyed at depth 50: the drain pops
                // b first, and b holds a freed object (a binding bug): its release throws, a stays postponed.
                TestNode head = TestNode.create(x, 1);
                TestNode cur = head;
                for (int i = 1; i < 49; i++) {
                    TestNode next = TestNode.create(x, 1);
                    cur.setStealing(x, 0, next);
                    cur = next;
                }
                TestNode w = TestNode.create(x, 2);
                cur.setStealing(x, 0, w);
                TestNode a = TestNode.create(x, 1);
                a.setStealing(x, 0, TestNode.create(x, 0));
                TestNode b = TestNode.create(x, 1);
                b.slots()[0] = freed; // no incref: the bug
                w.setStealing(x, 0, a);
                w.setStealing(x, 1, b);
                postponedOne.set(a);
                try {
                    RefCount.decref(x, head);
                } catch (RcMisuseException e) {
                    raised.set(e);
                }
                assertThat(RefCount.isFreed(a)).as("still postponed after the exception").isFalse();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "cascade");
        ts.detach();
        t.start();
        t.join();
        ts.attach();
        assertThat(failure.get()).isNull();
        assertThat(raised.get()).isInstanceOf(RcMisuseException.class);
        assertThat(RefCount.isFreed(postponedOne.get())).as("finished by the exit").isTrue();
        // The leak check counts the rest: the one object the bug left behind is b's freed slot, counted already.
    }

    /** A finalizer that leaves a mutex locked in the exit drain: close() refuses to exit, naming the thread. */
    @Test
    void closeRefusesToExitHoldingAMutex_evenOneAFinalizerLeft(Runtime rt, ThreadState ts) throws Exception {
        TestNode lock = TestNode.create(ts, 0);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            ThreadState x = rt.attachCurrentThread();
            try {
                PyMutex.lock(x, lock);
                assertThatThrownBy(x::close).hasMessageContaining("holds 1 PyMutex");
                PyMutex.unlock(x, lock);
                x.close();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        ts.detach();
        t.start();
        t.join();
        ts.attach();
        assertThat(failure.get()).isNull();
        assertThat(Header.mutexVolatile(lock)).isZero();
        RefCount.decref(ts, lock);
    }
}
