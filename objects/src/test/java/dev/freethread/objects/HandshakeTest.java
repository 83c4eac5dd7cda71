// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Handshakes ({@link World}'s [W4]..[W6]). */
class HandshakeTest extends WithRuntime {

    @Test
    void runsOncePerThread_attachedAtTheirPoll_detachedOnTheirBehalf() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Mutators polling = new Mutators(rt, 2, (t, i) -> {
            while (!done.get()) {
                t.poll();
            }
        });
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch unblock = new CountDownLatch(1);
        Mutators sleeper = new Mutators(rt, 1, (t, i) -> {
            t.detach();
            blocked.countDown();
            unblock.await(); // a long blocking call
            t.attach();
        });
        polling.awaitAttached();
        blocked.await();
        Map<Integer, String> ranOn = new ConcurrentHashMap<>();
        AtomicInteger calls = new AtomicInteger();
        rt.handshake(ts, t -> {
            calls.incrementAndGet();
            ranOn.put(t.id(), Thread.currentThread().getName());
        });
        assertThat(calls).hasValue(4);
        for (ThreadState t : rt.threads()) {
            assertThat(ranOn).containsKey(t.id());
            if (t.thread().getName().equals("mutator-0") && t.status() == ThreadState.Status.DETACHED) {
                assertThat(ranOn.get(t.id())).as("on behalf of the detached thread").isEqualTo(Thread.currentThread().getName());
            }
        }
        long ownThread = ranOn.entrySet().stream().filter(e -> e.getValue().equals(Thread.currentThread().getName())).count();
        assertThat(ownThread).as("the requester ran its own and the detached thread's").isEqualTo(2);
        unblock.countDown();
        done.set(true);
        polling.joinDetached(ts);
        sleeper.joinDetached(ts);
    }

    @Test
    void aThreadThatStopsPolling_isNamedByTheWatchdog_andTheHandshakeEndsWhenItPolls() throws Exception {
        String before = System.getProperty("freethread.handshake.watchdogMillis");
        System.setProperty("freethread.handshake.watchdogMillis", "100");
        try {
            java.util.List<Throwable> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
            CountDownLatch named = new CountDownLatch(1);
            rt.setUnraisableHook((e, ctx, o) -> {
                reported.add(e);
                named.countDown();
            });
            AtomicBoolean mayPoll = new AtomicBoolean();
            CountDownLatch spinning = new CountDownLatch(1);
            Mutators silent = new Mutators(rt, 1, (t, i) -> {
                spinning.countDown();
                while (!mayPoll.get()) {
                    Thread.onSpinWait(); // attached, never polling: a binding bug, or a long native call not detached
                }
                t.poll();
            });
            spinning.await();
            Thread release = new Thread(() -> {
                try {
                    named.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                mayPoll.set(true);
            });
            release.start();
            AtomicInteger calls = new AtomicInteger();
            rt.handshake(ts, t -> calls.incrementAndGet()); // waits for the silent thread, without deadlock
            assertThat(calls).hasValue(2);
            assertThat(reported).singleElement().satisfies(e -> assertThat(e)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'mutator-0'").hasMessageContaining("has not polled"));
            release.join();
            silent.joinDetached(ts);
        } finally {
            if (before == null) {
                System.clearProperty("freethread.handshake.watchdogMillis");
            } else {
                System.setProperty("freethread.handshake.watchdogMillis", before);
            }
        }
    }

    @Test
    void aThreadThatStaysDetached_keepsNoHandshakes() throws Exception {
        CountDownLatch detached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Mutators sleeper = new Mutators(rt, 1, (t, i) -> {
            t.detach();
            detached.countDown();
            release.await(); // detached for a thousand handshakes
            t.attach();
        });
        detached.await();
        ThreadState target = null;
        for (ThreadState t : rt.threads()) {
            if (t != ts) {
                target = t;
            }
        }
        AtomicInteger calls = new AtomicInteger();
        for (int i = 0; i < 1000; i++) {
            rt.handshake(ts, t -> calls.incrementAndGet());
        }
        assertThat(calls).hasValue(2000);
        assertThat(target.handshakes.isEmpty()).as("nothing queued to a detached thread").isTrue();
        release.countDown();
        sleeper.joinDetached(ts);
    }

    @Test
    void detachedTargets_runOnTheirBehalf_whileKeptFromAttaching() throws Exception {
        CountDownLatch detached = new CountDownLatch(1);
        CountDownLatch actionStarted = new CountDownLatch(1);
        AtomicBoolean actionDone = new AtomicBoolean();
        AtomicBoolean attachedBeforeActionDone = new AtomicBoolean();
        Mutators m = new Mutators(rt, 1, (t, i) -> {
            t.detach();
            detached.countDown();
            actionStarted.await();
            t.attach(); // must wait for the action running on its behalf
            attachedBeforeActionDone.set(!actionDone.get());
        });
        detached.await();
        rt.handshake(ts, t -> {
            if (t != ts) {
                actionStarted.countDown();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                actionDone.set(true);
            }
        });
        m.joinDetached(ts);
        assertThat(actionDone).isTrue();
        assertThat(attachedBeforeActionDone).isFalse();
    }

    @Test
    void concurrentHandshakes_doNotDeadlock() throws Exception {
        AtomicInteger total = new AtomicInteger();
        Mutators m = new Mutators(rt, 3, (t, i) -> {
            for (int k = 0; k < 100; k++) {
                rt.handshake(t, x -> total.incrementAndGet());
                t.poll();
            }
        });
        m.joinDetached(ts);
        // each handshake runs once for each thread alive at the time: at least the requester
        assertThat(total.get()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void exitingTargets_areSkipped_neverWaitedForever() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Mutators churn = new Mutators(rt, 2, (t, i) -> {
            while (!done.get()) {
                Thread inner = new Thread(() -> {
                    try (ThreadState x = rt.attachCurrentThread()) {
                        x.poll();
                    }
                });
                inner.start();
                t.detach(); // blocking: don't hold up the handshakes
                inner.join();
                t.attach();
                t.poll();
            }
        });
        for (int k = 0; k < 200; k++) {
            rt.handshake(ts, x -> { });
        }
        done.set(true);
        churn.joinDetached(ts);
    }

    @Test
    void anActionsError_isRethrownToTheRequester() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Mutators m = new Mutators(rt, 1, (t, i) -> {
            while (!done.get()) {
                t.poll();
            }
        });
        m.awaitAttached();
        assertThatThrownBy(() -> rt.handshake(ts, t -> {
            if (t != ts) {
                throw new IllegalArgumentException("bad action");
            }
        })).hasMessage("bad action");
        done.set(true);
        m.joinDetached(ts);
    }
}
