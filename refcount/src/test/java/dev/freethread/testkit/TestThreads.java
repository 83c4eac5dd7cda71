// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/** Runs test bodies on attached mutator threads, each with its own thread state, and rethrows their failures. */
public final class TestThreads {
    private TestThreads() {}

    /** What a mutator thread runs: its thread state and index. */
    @FunctionalInterface
    public interface Body {
        void run(ThreadState ts, int index) throws Exception;
    }

    /**
     * Starts {@code n} threads that attach to {@code rt}, wait for each other, run {@code body}, and exit (closing
     * their thread state, which merges what is pending). Waits for all; rethrows the first failure.
     */
    public static void run(Runtime rt, int n, Body body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        List<Throwable> failures = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                try (ThreadState ts = rt.attachCurrentThread()) {
                    ts.detach(); // a blocking wait: a stop-the-world (a collection) must not wait for it
                    start.await(30, TimeUnit.SECONDS);
                    ts.attach();
                    body.run(ts, index);
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "mutator-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(2));
            if (t.isAlive()) {
                throw new AssertionError("mutator thread " + t.getName() + " did not finish within 2 minutes");
            }
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.get(0);
            for (int i = 1; i < failures.size(); i++) {
                first.addSuppressed(failures.get(i));
            }
            if (first instanceof Exception) {
                throw (Exception) first;
            }
            throw new AssertionError("mutator thread failed", first);
        }
    }
}
