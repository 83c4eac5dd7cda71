// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.demo;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RcStats;
import dev.freethread.refcount.RefCount;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The demo's workload: a few threads share one {@link Runtime} and churn through objects, most of them private (their
 * reference counts take the biased, non-atomic path), some handed between threads, so that every slow path of biased
 * reference counting runs — and at the end nothing is left alive.
 *
 * <h2>What happens</h2>
 * <ol>
 *   <li>The main thread builds a Runtime with the chosen scheme, attaches, creates the shared {@link Board}, and
 *       <em>detaches</em> while it only waits and samples progress (a detached thread touches no object).</li>
 *   <li>Each {@link Worker} attaches and loops until its budget (time or RC ops) is spent; every iteration builds and
 *       drops a small private structure, and sometimes mails a tuple to another worker (a JCTools MPSC queue per
 *       worker), publishes a frozen {@link Node} on the board, or reads one from it lock-free. It keeps what it
 *       received or read in a small ring for a while, and one foreign object in a thousand among a few long-kept
 *       "souvenirs"; it calls {@code poll()} at the loop's back-edge.</li>
 *   <li>Worker 0 stops after two thirds of the budget and exits while the others still hold its objects (their
 *       souvenirs above all).</li>
 *   <li>The others drop what they hold, wait (detached) until nobody mails any more, read their last letters and
 *       exit. The main thread attaches again, drops any letter that reached worker 0 after it left, drops the board
 *       (freeing it and, in cascade, what is still on it), exits, and counts: created, freed, live (leaks), and the
 *       merges of each kind.</li>
 * </ol>
 *
 * <h2>Where each merge comes from</h2>
 * <ul>
 *   <li><b>queued to owner, then merged by the owner</b>: a thread drops a reference the owner counted locally (a
 *       letter it received, a board value it replaced), driving the shared count negative; the owner merges at its
 *       next {@code poll()} and frees the object if the total is zero;</li>
 *   <li><b>zero-local merge</b>: the owner drops its last local reference (its ring evicts a node it published, or it
 *       replaces its own node on the board) while a reader still holds one: the object becomes merged, and the
 *       reader's final decref frees it;</li>
 *   <li><b>abandoned merge</b>: the same as the first, after the owner (worker 0) has exited — the others drop its
 *       souvenirs, and at the end the main thread drops the board's last values, whose owners have all exited: the
 *       thread that would queue the object merges it itself.</li>
 * </ul>
 * Under {@link RcScheme#ATOMIC} every object is born merged: no call is biased and there is nothing to merge.
 */
public final class Workload {
    /** How long each worker keeps what it received or read before dropping it. */
    static final int RING_SIZE = 16;
    /** Board slots per worker. */
    static final int BOARD_SLOTS_PER_WORKER = 4;
    /** Long-kept foreign objects per worker. */
    static final int SOUVENIRS = 16;
    /** Inbox capacity per worker; a sender finding no inbox at most half full skips mailing that round. */
    static final int INBOX_CAPACITY = 1024;

    private Workload() {}

    /** Worker 0's share of a budget (nanoseconds or RC ops): it leaves after two thirds of it. */
    static long earlyExitBudget(long full) {
        return full - full / 3;
    }

    /**
     * What to run.
     *
     * @param threads     workers, at least 2
     * @param duration    how long the workers run, or null when {@code opsPerWorker} is the budget
     * @param opsPerWorker the number of reference-count operations (RC ops) each worker makes (when {@code duration} is null)
     * @param scheme      the reference-counting scheme
     * @param seed        seeds each worker's choices ({@code seed + index}); the interleaving of threads is not seeded
     */
    public record Config(int threads, Duration duration, long opsPerWorker, RcScheme scheme, long seed) {
        public Config {
            Objects.requireNonNull(scheme, "scheme");
            if (threads < 2) {
                throw new IllegalArgumentException("the workload needs at least 2 threads (objects move between them), got " + threads);
            }
            if (duration == null ? opsPerWorker <= 0 : duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("give a positive duration or a positive number of RC ops per worker");
            }
        }

        /** A budget of {@code duration} for each worker (two thirds of it for worker 0). */
        public static Config timed(int threads, Duration duration, RcScheme scheme, long seed) {
            return new Config(threads, Objects.requireNonNull(duration, "duration"), 0, scheme, seed);
        }

        /** A budget of {@code ops} RC ops for each worker (two thirds of them for worker 0). */
        public static Config counted(int threads, long ops, RcScheme scheme, long seed) {
            return new Config(threads, null, ops, scheme, seed);
        }
    }

    /** A progress sample, taken by the main thread while the workers run. */
    public record Snapshot(double elapsedSeconds, long ops, double opsPerSecond, long liveObjects, int workersRunning,
                           int workers) {}

    /** Receives progress samples on the main thread. */
    @FunctionalInterface
    public interface ProgressSink {
        ProgressSink NONE = s -> {};

        void update(Snapshot snapshot);

        /** Called once, with the last sample, after every worker has exited. */
        default void finish(Snapshot last) {
        }
    }

    /** What one worker did. {@code created} counts what the worker allocated (small ints are immortal, not created). */
    public record WorkerReport(String name, long created, long biasedOps, long sharedOps, long immortalOps,
                               long mailSent, long mailReceived, long mailSkipped, long boardWrites, long boardReads,
                               long lockFreeReads, long lockedReads, boolean exitedEarly, double exitedAtSeconds,
                               Throwable failure) {
        public long ops() {
            return biasedOps + sharedOps + immortalOps;
        }
    }

    /**
     * What the run did. Object totals and merge counts are the Runtime's own ({@code Runtime.objectTotals()},
     * {@code RcStats}), read after every thread has exited, when they are exact.
     */
    public record Result(Config config, double seconds, List<WorkerReport> workers, long createdByDemo, long created,
                         long freed, long live, Map<String, Long> liveByType, long queuedToOwner, long ownerMerges,
                         long zeroLocalMerges, long abandonedMerges, long lateMail, List<Throwable> failures) {
        public long ops() {
            return workers.stream().mapToLong(WorkerReport::ops).sum();
        }

        public long biasedOps() {
            return workers.stream().mapToLong(WorkerReport::biasedOps).sum();
        }

        /** Biased RC ops as a share of all RC ops, in [0, 1]. */
        public double biasedShare() {
            long ops = ops();
            return ops == 0 ? 0 : (double) biasedOps() / ops;
        }

        public boolean ok() {
            return live == 0 && failures.isEmpty();
        }
    }

    /** Runs the workload with no progress display; the calling thread attaches to the workload's own Runtime. */
    public static Result run(Config config) {
        return run(config, ProgressSink.NONE, Duration.ofMillis(250));
    }

    /** Runs the workload, sampling progress every {@code interval} into {@code sink} (on the calling thread). */
    public static Result run(Config config, ProgressSink sink, Duration interval) {
        Runtime rt = Runtime.builder().scheme(config.scheme()).build();
        ThreadState main = rt.attachCurrentThread();
        Board board = new Board(Node.create(main, config.threads() * BOARD_SLOTS_PER_WORKER));
        AtomicBoolean failed = new AtomicBoolean();
        CountDownLatch mailingStopped = new CountDownLatch(config.threads());
        CountDownLatch exited = new CountDownLatch(config.threads());
        long start = System.nanoTime();

        Worker[] workers = new Worker[config.threads()];
        Thread[] threads = new Thread[config.threads()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(i, config, rt, board, start, failed, mailingStopped, exited);
            threads[i] = new Thread(workers[i], workers[i].name());
        }
        for (Worker w : workers) {
            w.setPeers(workers);
        }
        main.detach(); // the main thread only waits and samples from here on: it touches no object
        for (Thread t : threads) {
            t.start();
        }
        Sampler sampler = new Sampler(rt, workers, start);
        try {
            while (!exited.await(interval.toNanos(), TimeUnit.NANOSECONDS)) {
                sink.update(sampler.sample());
            }
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the workers ran", e);
        }
        sink.finish(sampler.sample());
        double seconds = (System.nanoTime() - start) / 1e9;

        main.attach();
        long lateMail = 0;
        for (Worker w : workers) { // only worker 0 can have any: mailed to it after its last look at its inbox
            PyObject m;
            while ((m = w.inbox().poll()) != null) {
                RefCount.decref(main, m);
                lateMail++;
            }
        }
        board.release(main); // frees the board; the values still on it are released in cascade, here
        main.close();

        long[] totals = rt.objectTotals();
        Map<String, Long> liveByType = new LinkedHashMap<>();
        for (Map.Entry<PyType, Long> e : rt.liveObjectsByType().entrySet()) {
            liveByType.put(e.getKey().name(), e.getValue());
        }
        RcStats stats = RcStats.of(rt);
        List<Throwable> failures = new ArrayList<>();
        try {
            rt.close();
        } catch (IllegalStateException e) { // a thread that failed while exiting: reported with the others
            failures.add(e);
        }

        List<WorkerReport> reports = new ArrayList<>();
        long createdByDemo = 1; // the board
        for (Worker w : workers) {
            WorkerReport r = w.report();
            reports.add(r);
            createdByDemo += r.created();
            if (r.failure() != null) {
                failures.add(r.failure());
            }
        }
        return new Result(config, seconds, List.copyOf(reports), createdByDemo, totals[0], totals[1],
                totals[0] - totals[1], liveByType, stats.queuedToOwner(), stats.ownerMerges(), stats.zeroLocalMerges(),
                stats.abandonedMerges(), lateMail, List.copyOf(failures));
    }

    /** Progress samples: the workers' published call counts and the Runtime's live-object count. */
    private static final class Sampler {
        private final Runtime rt;
        private final Worker[] workers;
        private final long start;
        private long lastNanos;
        private long lastOps;

        Sampler(Runtime rt, Worker[] workers, long start) {
            this.rt = rt;
            this.workers = workers;
            this.start = start;
            this.lastNanos = start;
        }

        Snapshot sample() {
            long now = System.nanoTime();
            long ops = 0;
            int running = 0;
            for (Worker w : workers) {
                ops += w.publishedOps();
                if (w.isRunning()) {
                    running++;
                }
            }
            double rate = now > lastNanos ? (ops - lastOps) / ((now - lastNanos) / 1e9) : 0;
            lastNanos = now;
            lastOps = ops;
            return new Snapshot((now - start) / 1e9, ops, rate, rt.liveObjects(), running, workers.length);
        }
    }
}
