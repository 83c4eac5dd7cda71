// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

import dev.freethread.objects.PyMutex;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Why a contended mutex is fast or slow: N threads lock, increment and unlock one counter for a second, and the probe
 * counts the lock/unlock pairs and how often the lock changed hands (an acquisition that finds the counter moved by
 * another thread since this thread's last one). A mutex whose waiters stay parked while one thread runs changes hands
 * rarely and runs near its uncontended speed; one whose spinners keep taking the lock changes hands millions of times
 * a second, each a cache-line transfer. {@link PyMutex} and a {@link ReentrantLock} (the peer) alternate round by
 * round in one JVM. JMH's {@link MutexBench} gives the figures; this explains them (issue 16). Run:
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.freethread.bench.MutexHandoverProbe 4 [rounds]
 * </pre>
 */
public final class MutexHandoverProbe {
    private MutexHandoverProbe() {}

    public static void main(String[] args) throws InterruptedException {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (Runtime rt = Runtime.create()) {
            LockTarget target;
            try (ThreadState ts = rt.attachCurrentThread()) {
                target = new LockTarget(ts);
            }
            ReentrantLock peer = new ReentrantLock();
            for (int round = 0; round < rounds; round++) {
                for (boolean py : new boolean[] {true, false}) {
                    long[] r = run(rt, target, py ? null : peer, threads);
                    System.out.printf("round %d %-14s threads %d: %6.1f million pairs/s, changed hands %,d times/s%n",
                            round, py ? "PyMutex" : "ReentrantLock", threads, r[0] / 1e6, r[1]);
                }
            }
        }
    }

    /** One second of {@code threads} threads on the lock; returns pairs and hand-changes, both per second. */
    private static long[] run(Runtime rt, LockTarget o, ReentrantLock peer, int threads) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        long[] pairs = new long[threads];
        long[] changes = new long[threads];
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int id = i;
            workers[i] = new Thread(() -> {
                try (ThreadState ts = rt.attachCurrentThread()) {
                    long n = 0;
                    long changed = 0;
                    long last = -1;
                    while (!stop.get()) {
                        for (int j = 0; j < 1024; j++) {
                            long seen;
                            if (peer == null) {
                                PyMutex.lock(ts, o);
                                try {
                                    seen = o.counter++;
                                } finally {
                                    PyMutex.unlock(ts, o);
                                }
                            } else {
                                peer.lock();
                                try {
                                    seen = o.counter++;
                                } finally {
                                    peer.unlock();
                                }
                            }
                            if (seen != last) {
                                changed++;
                            }
                            last = seen + 1;
                        }
                        n += 1024;
                    }
                    pairs[id] = n;
                    changes[id] = changed;
                }
            }, "probe-" + i);
        }
        long start = System.nanoTime();
        for (Thread t : workers) {
            t.start();
        }
        Thread.sleep(1000);
        stop.set(true);
        for (Thread t : workers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = 0;
        long changed = 0;
        for (int i = 0; i < threads; i++) {
            total += pairs[i];
            changed += changes[i];
        }
        return new long[] {(long) (total / seconds), (long) (changed / seconds)};
    }
}
