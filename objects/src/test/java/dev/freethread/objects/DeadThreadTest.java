// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Threads that end without {@code close()} ({@link World}'s [W8], issue 11 defect 8): every coordinator that waits for
 * such a thread reclaims its state and reports it, and nothing hangs. Each test has a timeout: the failure these
 * tests pin is a hang.
 */
class DeadThreadTest extends WithRuntime {
    private final List<String> reports = Collections.synchronizedList(new ArrayList<>());

    private void recordReports() {
        rt.setUnraisableHook((e, ctx, o) -> reports.add(e.getMessage()));
    }

    /** Starts a thread that attaches, runs {@code body}, and ends without closing its state; returns after it ended. */
    private Thread dieAttached(String name, Mutators.Body body) throws Exception {
        AtomicInteger id = new AtomicInteger();
        Thread t = new Thread(() -> {
            ThreadState mine = rt.attachCurrentThread();
            id.set(mine.id());
            try {
                body.run(mine, 0);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
            // no close(): the thread ends attached
        }, name);
        ts.detach();
        try {
            t.start();
            t.join(TimeUnit.SECONDS.toMillis(30));
        } finally {
            ts.attach();
        }
        assertThat(t.isAlive()).isFalse();
        return t;
    }

    /**
     * Runs {@code body} as a coordinator on a fresh attached daemon thread and fails if it has not finished within
     * 30 s: the failure these tests pin is a hang, which must fail the test, not hang the build.
     */
    private void coordinate(Mutators.Body body) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Thread c = new Thread(() -> {
            try (ThreadState s = rt.attachCurrentThread()) {
                body.run(s, 0);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "coordinator");
        c.setDaemon(true);
        ts.detach();
        try {
            c.start();
            c.join(TimeUnit.SECONDS.toMillis(30));
        } finally {
            ts.attach();
        }
        assertThat(c.isAlive()).as("the coordinator hung (waiting for a thread that ended)").isFalse();
        if (failure.get() != null) {
            throw new AssertionError("coordinator failed", failure.get());
        }
    }

    @Test
    @Timeout(60)
    void aStop_reclaimsAThreadThatDiedAttached_andReportsIt() throws Exception {
        recordReports();
        dieAttached("dies-attached", (t, i) -> { });
        assertThat(rt.threads()).hasSize(2);
        coordinate((s, i) -> {
            rt.stopTheWorld(s); // hung for ever before
            rt.startTheWorld(s);
            s.poll(); // the report is delivered at the reclaimer's next safepoint
        });
        assertThat(reports).singleElement().asString()
                .contains("thread 'dies-attached' ended without closing its thread state");
    }

    @Test
    @Timeout(60)
    void aHandshake_reclaimsAThreadThatDiedAttached() throws Exception {
        dieAttached("dies-attached", (t, i) -> { });
        AtomicInteger ran = new AtomicInteger();
        coordinate((s, i) -> rt.handshake(s, t -> ran.incrementAndGet())); // hung for ever before
        assertThat(ran).hasValue(2); // the coordinator and this (detached) thread: the dead thread's is skipped
        assertThat(rt.threads()).containsExactly(ts);
    }

    @Test
    @Timeout(60)
    void aThreadThatDiedInsideASection_hasItsSectionMutexReleased() throws Exception {
        recordReports();
        TestObj obj = new TestObj(ts);
        dieAttached("dies-in-a-section", (t, i) -> CriticalSection.of(t, obj)); // never closed
        assertThat(PyMutex.isLocked(obj)).isTrue();
        coordinate((s, i) -> {
            rt.stopTheWorld(s);
            rt.startTheWorld(s);
            s.poll();
        });
        assertThat(PyMutex.isLocked(obj)).as("released by the reclaim").isFalse();
        assertThat(reports).singleElement().asString().contains("released the 1 mutex(es) of its critical sections");
    }

    @Test
    @Timeout(60)
    void aStopperThatDied_isRecovered_byThreadsParkedForItsStop() throws Exception {
        recordReports();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger progress = new AtomicInteger();
        Mutators m = new Mutators(rt, 1, (t, i) -> {
            while (!stop.get()) {
                progress.incrementAndGet();
                t.poll();
            }
        });
        m.awaitAttached();
        dieAttached("dies-stopped", (t, i) -> rt.stopTheWorld(t)); // ends with the world stopped
        int before = progress.get();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (progress.get() == before && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(progress.get()).as("the mutator runs again").isGreaterThan(before);
        stop.set(true);
        m.joinDetached(ts);
        coordinate((s, i) -> {
            rt.stopTheWorld(s); // the stop claim was released too
            rt.startTheWorld(s);
        });
        assertThat(rt.threads()).containsExactly(ts);
    }

    @Test
    @Timeout(60)
    void aStopperThatDied_isRecovered_byTheNextStopper() throws Exception {
        dieAttached("dies-stopped", (t, i) -> rt.stopTheWorld(t));
        coordinate((s, i) -> {
            rt.stopTheWorld(s); // waited for the dead stopper's claim for ever before
            rt.startTheWorld(s);
        });
        assertThat(rt.threads()).containsExactly(ts);
    }

    @Test
    void closeWhileThisThreadHasStoppedTheWorld_isRefused() throws Exception {
        Mutators m = new Mutators(rt, 1, (t, i) -> {
            rt.stopTheWorld(t);
            assertThatThrownBy(t::close).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("it has stopped the world");
            rt.startTheWorld(t);
        });
        m.joinDetached(ts);
    }

    @Test
    @Timeout(60)
    void runtimeClose_reclaimsThreadsThatDiedWithoutExiting() throws Exception {
        recordReports();
        dieAttached("dies-attached", (t, i) -> { });
        ts.close();
        rt.close(); // threw "threads still attached" before, naming a thread that no longer existed
        assertThat(reports).singleElement().asString().contains("'dies-attached'");
    }

    /**
     * An interrupted stopper waited with {@code monitor.wait(1)} re-interrupted in a loop: each wait threw at once, so
     * it spun until the stop completed. It must block, and keep its flag.
     */
    @Test
    @Timeout(60)
    void anInterruptedStopper_waitsWithoutSpinning_andKeepsItsFlag() throws Exception {
        CountDownLatch inSection = new CountDownLatch(1);
        AtomicBoolean release = new AtomicBoolean();
        Mutators m = new Mutators(rt, 1, (t, i) -> {
            inSection.countDown();
            while (!release.get()) {
                Thread.onSpinWait(); // attached and not polling: the stop waits for it
            }
            t.poll();
        });
        inSection.await();
        AtomicBoolean flagAfter = new AtomicBoolean();
        Thread stopper = new Thread(() -> {
            try (ThreadState s = rt.attachCurrentThread()) {
                Thread.currentThread().interrupt();
                rt.stopTheWorld(s);
                flagAfter.set(Thread.interrupted());
                rt.startTheWorld(s);
            }
        }, "interrupted-stopper");
        double running;
        ts.detach();
        try {
            stopper.start();
            Thread.sleep(20);
            running = PyMutexTest.runnableShare(stopper, 300);
            release.set(true);
            stopper.join();
            m.join();
        } finally {
            ts.attach();
        }
        assertThat(running).as("share of samples in which the waiting stopper was running (spinning)").isLessThan(0.2);
        assertThat(flagAfter).isTrue();
    }
}
