// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.ReadScope;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Debug;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Deferred decrefs under QSBR (refcount's DeferredDecrefs; docs/refcount.md, "Borrowed reads and deferred decrefs"):
 * a reference handed to {@link RefCount#decrefAfterGracePeriod} is dropped only after every attached thread has passed
 * a safepoint, on the deferring thread, at one of its own safepoints.
 */
@LeakChecked
class DeferredDecrefsTest {

    @Test
    void alone_theReferenceIsDroppedAtTheNextSafepoint(Runtime rt, ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        RefCount.decrefAfterGracePeriod(ts, n);
        assertThat(RefCount.isFreed(n)).as("alive until a safepoint").isFalse();
        assertThat(RefCount.deferredDecrefs(ts)).isEqualTo(1);
        ts.poll();
        assertThat(RefCount.isFreed(n)).isTrue();
        assertThat(RefCount.deferredDecrefs(ts)).isZero();
    }

    @Test
    void aBorrowerMayKeepTheObjectByIncref_beforeItsSafepoint(Runtime rt, ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        RefCount.decrefAfterGracePeriod(ts, n); // n was "removed"; a borrower still holds it:
        RefCount.incref(ts, n); // keep it
        ts.poll();
        assertThat(RefCount.isFreed(n)).as("the borrower's reference keeps it").isFalse();
        assertThat(RefCount.refCount(ts, n)).isEqualTo(1);
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    @Timeout(30)
    void anotherAttachedThread_delaysTheDrop_untilItPassesASafepoint(Runtime rt, ThreadState ts) throws Exception {
        CountDownLatch attached = new CountDownLatch(1);
        CountDownLatch pollNow = new CountDownLatch(1);
        CountDownLatch polled = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try (ThreadState o = rt.attachCurrentThread()) {
                attached.countDown();
                pollNow.await(); // attached, no safepoint: a borrowed reference it took would still be valid
                o.poll();
                polled.countDown();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        other.start();
        attached.await();
        TestNode n = TestNode.create(ts, 0);
        RefCount.decrefAfterGracePeriod(ts, n);
        for (int i = 0; i < 100; i++) {
            ts.poll();
        }
        assertThat(RefCount.isFreed(n)).as("the other thread has not passed a safepoint").isFalse();
        pollNow.countDown();
        polled.await();
        for (int i = 0; i < 1000 && !RefCount.isFreed(n); i++) {
            ts.poll(); // the other thread's report woke us (REQUEST_QSBR)
            Thread.sleep(1);
        }
        assertThat(RefCount.isFreed(n)).isTrue();
        other.join();
        assertThat(failure.get()).isNull();
    }

    @Test
    @Timeout(30)
    void aDetachedThread_doesNotDelayTheDrop(Runtime rt, ThreadState ts) throws Exception {
        CountDownLatch detached = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try (ThreadState o = rt.attachCurrentThread()) {
                o.detach();
                detached.countDown();
                finish.await();
                o.attach();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        other.start();
        detached.await();
        TestNode n = TestNode.create(ts, 0);
        RefCount.decrefAfterGracePeriod(ts, n);
        ts.poll();
        assertThat(RefCount.isFreed(n)).as("a detached thread holds no borrowed reference").isTrue();
        finish.countDown();
        other.join();
    }

    /**
     * [Q4] A thread exits with references pending while another thread is attached (and polls, so that exit's wait
     * for a grace period ends): every reference is dropped before the exit returns.
     */
    @Test
    @Timeout(60)
    void exitWithPendingDeferrals_dropsThemAll(Runtime rt, ThreadState ts) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Thread poller = new Thread(() -> {
            try (ThreadState o = rt.attachCurrentThread()) {
                while (!stop.get()) {
                    o.poll();
                    Thread.onSpinWait();
                }
            }
        });
        poller.start();
        TestNode[] nodes = new TestNode[1000];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread exiting = new Thread(() -> {
            try (ThreadState e = rt.attachCurrentThread()) {
                for (int i = 0; i < nodes.length; i++) {
                    nodes[i] = TestNode.create(e, 0);
                    RefCount.incref(e, nodes[i]); // one for the test thread's final check (dropped below)
                    RefCount.decrefAfterGracePeriod(e, nodes[i]);
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        exiting.start();
        ts.detach(); // blocking: an attached thread that never polls would hold the exit's grace period up
        exiting.join();
        stop.set(true);
        poller.join();
        ts.attach();
        assertThat(failure.get()).isNull();
        for (TestNode n : nodes) {
            assertThat(RefCount.refCount(ts, n)).as("the deferred reference was dropped at exit").isEqualTo(1);
            RefCount.decref(ts, n);
        }
    }

    /** Bad input: a Runtime closed (after its threads) with deferred decrefs pending: everything is freed. */
    @Test
    void runtimeClosedAfterDeferrals_leaksNothing() {
        Runtime own = Runtime.create();
        ThreadState t = own.attachCurrentThread();
        TestNode[] nodes = new TestNode[100];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = TestNode.create(t, 0);
            RefCount.decrefAfterGracePeriod(t, nodes[i]);
        }
        assertThat(RefCount.deferredDecrefs(t)).isEqualTo(nodes.length);
        t.close(); // the exit drains the queue
        own.close();
        assertThat(own.liveObjects()).isZero();
        for (TestNode n : nodes) {
            assertThat(RefCount.isFreed(n)).isTrue();
        }
    }

    /**
     * A borrowed reference used after its safepoint is caught: once the grace period ends the object is freed, and
     * the incref a buggy binding then makes throws USE_AFTER_FREE (always; debug mode makes the free come as early as
     * the protocol allows, so that the misuse meets a freed object soon even with other threads attached).
     */
    @Test
    void aBorrowedReferenceKeptPastItsSafepoint_isCaughtAtItsNextUse(Runtime rt, ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        TestNode borrowed = n; // as read borrowed from a container ...
        RefCount.decrefAfterGracePeriod(ts, n); // ... whose writer then removed it
        ts.poll(); // the safepoint that ends the borrow
        assertThatThrownBy(() -> RefCount.incref(ts, borrowed)).isInstanceOf(RcMisuseException.class)
                .hasMessageContaining("freed");
    }

    /**
     * [Q6] A thread defers while another attached thread lags, then blocks detached: its entries go to the Runtime,
     * and the other thread's next serviced safepoint drops them (without the hand-off they would wait until the
     * detached thread attached again).
     */
    @Test
    @Timeout(30)
    void aDetachingThreadsEntries_areDroppedByOthers(Runtime rt, ThreadState ts) throws Exception {
        CountDownLatch deferredAndDetached = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicReference<TestNode> node = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try (ThreadState o = rt.attachCurrentThread()) {
                TestNode n = TestNode.create(o, 0);
                RefCount.incref(o, n); // the test thread's, dropped at the end
                node.set(n);
                RefCount.decrefAfterGracePeriod(o, n); // the test thread is attached and behind: it waits
                o.detach(); // blocks detached for a long time
                deferredAndDetached.countDown();
                finish.await();
                o.attach();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        other.start();
        deferredAndDetached.await();
        TestNode n = node.get();
        assertThat(RefCount.refCount(ts, n)).as("ours and the deferred one").isEqualTo(2);
        for (int i = 0; i < 100 && RefCount.refCount(ts, n) == 2; i++) {
            ts.poll(); // asked for a report (REQUEST_QSBR) by the hand-off: this safepoint drops the orphan
        }
        assertThat(RefCount.refCount(ts, n)).as("dropped while its deferrer is still detached").isEqualTo(1);
        finish.countDown();
        ts.detach();
        other.join();
        ts.attach();
        assertThat(failure.get()).isNull();
        RefCount.decref(ts, n);
    }

    /** A finalizer run by a deferred decref defers more: it is dropped at a later safepoint, never lost. */
    @Test
    void aFinalizerThatDefersMore_isProcessedLater(Runtime rt, ThreadState ts) {
        TestNode inner = TestNode.create(ts, 0);
        TestNode outer = TestNode.withFinalizer(ts, 0, (t, self) -> RefCount.decrefAfterGracePeriod(t, inner));
        RefCount.decrefAfterGracePeriod(ts, outer);
        ts.poll();
        assertThat(RefCount.isFreed(outer)).isTrue();
        assertThat(RefCount.isFreed(inner)).isFalse();
        ts.poll();
        assertThat(RefCount.isFreed(inner)).isTrue();
    }

    @Test
    void immortalObjects_areNotQueued(Runtime rt, ThreadState ts) {
        RefCount.decrefAfterGracePeriod(ts, dev.freethread.objects.PyNone.NONE);
        assertThat(RefCount.deferredDecrefs(ts)).isZero();
    }

    /** Debug mode: a safepoint inside a ReadScope is reported where it happens. */
    @Test
    void debugMode_aSafepointInsideAReadScope_throws(Runtime rt, ThreadState ts) {
        assumeTrue(Debug.ENABLED, "debug mode only");
        try (ReadScope s = ReadScope.enter(ts)) {
            assertThatThrownBy(ts::poll).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("safepoint (poll) inside a ReadScope");
            assertThatThrownBy(ts::detach).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("safepoint (detach) inside a ReadScope");
        }
        ts.poll(); // closed: fine
        assertThat(ReadScope.depth(ts)).isZero();
    }

    @Test
    void readScopesNest_andAnUnbalancedCloseIsRefused(Runtime rt, ThreadState ts) {
        ReadScope a = ReadScope.enter(ts);
        ReadScope b = ReadScope.enter(ts);
        assertThat(ReadScope.depth(ts)).isEqualTo(2);
        b.close();
        a.close();
        assertThatThrownBy(a::close).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed more often than entered");
    }
}
