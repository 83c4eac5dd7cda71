// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression (found by the demo): an object queued to a thread between its last safepoint drain and its EXITED
 * store is merged by the exit's final drain; when that frees a container, the releases of its contents run on the
 * exiting (already EXITED) thread state, and the debug checks refused them, so {@code close()} threw, the thread was
 * never unregistered and the rest of its queue was never drained. The window is made deterministic here: a handshake
 * action runs inside the exiting thread's last {@code service()} and has a third thread queue the container then.
 */
@LeakChecked
class ExitDrainFreesAContainerTest {

    @Test
    void aContainerFreedByTheExitDrain_releasesItsContents_andTheThreadExitsCleanly(Runtime rt, ThreadState ts)
            throws Exception {
        BlockingQueue<TestNode> toForeign = new ArrayBlockingQueue<>(1);
        CountDownLatch foreignReady = new CountDownLatch(1);
        CountDownLatch ownerReady = new CountDownLatch(1);
        CountDownLatch decrefNow = new CountDownLatch(1);
        CountDownLatch decrefDone = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<ThreadState> ownerState = new AtomicReference<>();
        AtomicReference<ThreadState> requesterState = new AtomicReference<>();
        AtomicReference<PyObject[]> watched = new AtomicReference<>();

        Thread foreign = new Thread(() -> {
            try (ThreadState f = rt.attachCurrentThread()) {
                TestNode c = toForeign.take();
                f.detach();
                foreignReady.countDown();
                decrefNow.await();
                f.attach();
                RefCount.decref(f, c); // shared count -1: QUEUED to the owner, which is inside close()
                decrefDone.countDown();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "foreign");
        Thread owner = new Thread(() -> {
            try {
                ThreadState o = rt.attachCurrentThread();
                ownerState.set(o);
                TestNode container = TestNode.create(o, 1);
                TestNode child = TestNode.create(o, 0);
                container.setStealing(o, 0, child);
                RefCount.incref(o, container); // local 2: one reference goes to the foreign thread
                watched.set(new PyObject[] {container, child});
                toForeign.add(container);
                foreignReady.await();
                RefCount.decref(o, container); // local 1: the foreign thread's reference keeps it
                ownerReady.countDown();
                // Stay attached without polling until the requester has queued its action and waits (detached), so
                // the action can only run here, inside close()'s last service().
                while (requesterState.get() == null || requesterState.get().status() != ThreadState.Status.DETACHED) {
                    Thread.onSpinWait();
                }
                o.close(); // runs the action; the final drain after EXITED then frees the container
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
                    if (t == o) { // on the owner's thread, inside close()'s service()
                        decrefNow.countDown();
                        try {
                            assertThat(decrefDone.await(30, TimeUnit.SECONDS)).isTrue();
                        } catch (InterruptedException e) {
                            throw new AssertionError(e);
                        }
                    }
                });
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        }, "requester");
        ts.detach(); // we wait below: don't hold up the handshake
        requester.start();
        requester.join(60_000);
        owner.join(60_000);
        foreign.join(60_000);
        ts.attach();
        assertThat(failure.get()).as("no thread failed").isNull();
        assertThat(o.isExited()).isTrue();
        assertThat(rt.threadState(o.id())).as("unregistered").isNull();
        for (PyObject p : watched.get()) {
            assertThat(RefCount.isFreed(p)).as(p.repr()).isTrue();
        }
    }
}
