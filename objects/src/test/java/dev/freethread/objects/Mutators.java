// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Threads attached to a Runtime for objects' own tests; rethrows their failures on {@link #join()}. */
final class Mutators {
    interface Body {
        void run(ThreadState ts, int index) throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    final CountDownLatch attached;

    Mutators(Runtime rt, int n, Body body) {
        attached = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                try (ThreadState ts = rt.attachCurrentThread()) {
                    attached.countDown();
                    body.run(ts, index);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "mutator-" + i);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    void awaitAttached() throws InterruptedException {
        if (!attached.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("mutators did not attach");
        }
    }

    /**
     * Joins while detached from {@code waiting} (the joining thread's own state): a thread blocked in join must not
     * hold up stops and handshakes, exactly as an interpreter detaches around blocking work.
     */
    void joinDetached(ThreadState waiting) throws Exception {
        waiting.detach();
        try {
            join();
        } finally {
            waiting.attach();
        }
    }

    void join() throws Exception {
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
            if (t.isAlive()) {
                throw new AssertionError(t.getName() + " did not finish within 60 s (deadlock?)");
            }
        }
        synchronized (failures) {
            if (!failures.isEmpty()) {
                AssertionError e = new AssertionError("a mutator failed", failures.get(0));
                failures.stream().skip(1).forEach(e::addSuppressed);
                throw e;
            }
        }
    }
}
