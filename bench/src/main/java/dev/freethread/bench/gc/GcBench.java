// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench.gc;

import dev.freethread.gc.Gc;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.TestNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A timed harness (not JMH: one measurement is one full collection of a graph built for it, and its peer is
 * another process) for the cycle collector: the time of {@code Gc.collect} on
 * <ul>
 *   <li>{@code live}: a chain of N {@link GcNode}s (two inline slots each) held by a root: N objects examined, none
 *       freed;</li>
 *   <li>{@code garbage}: a ring of N GcNodes with no outside reference: N objects found and freed,</li>
 * </ul>
 * for N = 1e5 and 1e6, in ns per object, best of {@code --reps} after at least {@code --warmup} collections of the
 * same graph, and more until the JIT has compiled nothing during 20 in a row (at most 300; the run prints how many). With {@code --python PATH}, runs {@code bench/python/gc_bench.py} with that interpreter on the
 * same graphs (a {@code __slots__} class with two slots) and prints the ratio Java / CPython (target: <= 1.0).
 *
 * <p>Then the pause: one mutator thread polls in a loop (allocating and freeing a node per iteration, as an
 * interpreter's eval loop) while the main thread collects a live heap of N objects {@code --pauses} times; each poll
 * that blocks is one pause seen by the mutator. Prints p50/p99/max of those and of the collector's own
 * stop-the-world time (both pauses). The mutator first warms its safepoint service (20,000 detach/attach pairs),
 * and the measured collections follow warm-up collections that ran until the JIT had been quiet for 20 in a row
 * (the run prints how many, the JIT's compile time during the measured ones, and, on Linux, which threads ran).
 * Then the mutator's throughput with collections back to back against the same loop with the collector idle
 * ({@code --throughput-ms}, 0 skips it).
 *
 * <p>Every measurement runs for each collector of {@code --collector both|concurrent|stop-the-world} (both by
 * default: the peers in the same run); the concurrent collector's rows also give its side tables in bytes per object.
 *
 * <p>Run (under the CPU lock): {@code java -cp bench/target/benchmarks.jar dev.freethread.bench.gc.GcBench
 * --python ~/.pyenv/versions/3.13.0/bin/python3}
 */
public final class GcBench {
    private GcBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        int reps = Integer.parseInt(opt.getOrDefault("reps", "5"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "5"));
        int pauses = Integer.parseInt(opt.getOrDefault("pauses", "50"));
        int[] sizes = Arrays.stream(opt.getOrDefault("sizes", "100000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        String python = opt.get("python");
        List<Gc.Kind> kinds = collectors(opt.getOrDefault("collector", "both"));

        Map<String, Double> javaNs = new HashMap<>();
        System.out.println("collector       graph       n     java ns/obj  best ms  found  side-table B/obj");
        for (Gc.Kind kind : kinds) {
            for (String graph : List.of("live", "garbage")) {
                for (int n : sizes) {
                    double[] r = measureJava(kind, graph, n, reps, warmup);
                    javaNs.put(kind + " " + graph + " " + n, r[0]);
                    System.out.printf("%-15s %-8s %8d  %10.2f  %8.3f  %d  %.1f  (after %d warm-up collections; JIT"
                            + " during the measured ones: %d ms)%n", kind, graph, n, r[0], r[1], (long) r[2], r[3],
                            (long) r[4], (long) r[5]);
                }
            }
        }
        if (python != null) {
            System.out.println();
            System.out.println("collector       graph       n     java ns/obj  cpython ns/obj  ratio (java/cpython)   ["
                    + python + "]");
            for (String line : runPython(python, sizes, reps)) {
                String[] f = line.trim().split("\\s+");
                double py = Double.parseDouble(f[2]);
                for (Gc.Kind kind : kinds) {
                    Double j = javaNs.get(kind + " " + f[0] + " " + f[1]);
                    System.out.printf("%-15s %-8s %8s  %10.2f  %14.2f  %8.2f%n", kind, f[0], f[1], j, py, j / py);
                }
            }
        }
        for (int n : sizes) {
            for (Gc.Kind kind : kinds) {
                if (pauses > 0) {
                    measurePauses(kind, n, pauses);
                }
            }
        }
        int throughputMs = Integer.parseInt(opt.getOrDefault("throughput-ms", "3000"));
        int throughputRounds = Integer.parseInt(opt.getOrDefault("throughput-rounds", "2"));
        if (throughputMs > 0) {
            for (int n : sizes) {
                for (Gc.Kind kind : kinds) {
                    measureThroughput(kind, n, throughputMs, throughputRounds);
                }
            }
        }
    }

    static List<Gc.Kind> collectors(String s) {
        switch (s) {
            case "both":
                return List.of(Gc.Kind.STOP_THE_WORLD, Gc.Kind.CONCURRENT);
            case "concurrent":
                return List.of(Gc.Kind.CONCURRENT);
            case "stop-the-world":
                return List.of(Gc.Kind.STOP_THE_WORLD);
            default:
                throw new IllegalArgumentException("--collector both|concurrent|stop-the-world, not " + s);
        }
    }

    /**
     * The mutator's throughput (the pause loop's work: allocate, free, poll) with collections running back to back on
     * the main thread over a live heap of n objects, against the same loop with no collection, measured in the same
     * run: {@code rounds} pairs of windows of {@code ms} each, in the order busy, idle, idle, busy, ... (so that a
     * drift of the machine favours neither), after a warm-up of the mutator's loop and of the collections. Also prints
     * the median ratio of the groups of four windows, the share of each kind of window the mutator spent on a CPU, and
     * the ratio per CPU second: it tells a mutator slowed down per iteration (memory, the JVM's barriers) from one
     * kept off the CPU (the JVM's collector threads on a small machine).
     */
    static void measureThroughput(Gc.Kind kind, int n, int ms, int rounds) throws Exception {
        try (Runtime rt = Runtime.create()) {
            ThreadState ts = rt.attachCurrentThread();
            Gc gc = Gc.of(rt);
            gc.disable();
            gc.setCollector(kind);
            GcNode root = build(ts, n, false);
            // The JVM's collector, not ours: what the measurements before this one left in its heap is collected
            // here rather than by a concurrent cycle of its own during the windows (it did not make the windows of a
            // full run steadier on the 2-core guest: docs/benchmarks.md, "Issue 13").
            System.gc();
            AtomicBoolean stop = new AtomicBoolean();
            java.util.concurrent.atomic.AtomicLong iterations = new java.util.concurrent.atomic.AtomicLong();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            Thread mutator = new Thread(() -> {
                try (ThreadState m = rt.attachCurrentThread()) {
                    long local = 0;
                    while (!stop.get()) {
                        TestNode x = TestNode.create(m, 1);
                        RefCount.decref(m, x);
                        m.poll();
                        if ((++local & 1023) == 0) {
                            iterations.addAndGet(1024);
                        }
                    }
                }
            }, "mutator");
            mutator.start();
            // Warm up the mutator's loop, then the collections, before the first window: otherwise the first windows
            // of each kind carry the JIT's compilation of that kind's code (the first group of four windows measured
            // 0.75-0.85x where the others measured 0.87-1.0x).
            ts.detach();
            Thread.sleep(Math.min(ms, 1000));
            ts.attach();
            for (long end = System.nanoTime() + Math.min(ms, 1000) * 1_000_000L; System.nanoTime() < end; ) {
                gc.collect(ts);
            }
            long[] its = new long[2];
            long[] wall = new long[2];
            long[] cpu = new long[2];
            double[] rate = new double[2 * rounds];
            long collections = 0;
            for (int round = 0; round < 2 * rounds; round++) {
                // alternate which kind of window comes first, so that a drift of the machine favours neither
                boolean busy = (round & 1) == ((round >> 1) & 1);
                int k = busy ? 1 : 0;
                long i0 = iterations.get();
                long c0 = mx.getThreadCpuTime(mutator.getId());
                long t0 = System.nanoTime();
                if (busy) {
                    long end = t0 + ms * 1_000_000L;
                    while (System.nanoTime() < end) {
                        gc.collect(ts);
                        collections++;
                    }
                } else {
                    ts.detach();
                    Thread.sleep(ms);
                    ts.attach();
                }
                long dt = System.nanoTime() - t0;
                wall[k] += dt;
                cpu[k] += mx.getThreadCpuTime(mutator.getId()) - c0;
                its[k] += iterations.get() - i0;
                rate[round] = (iterations.get() - i0) / (dt / 1e9);
            }
            // Each group of four windows (busy, idle, idle, busy or the reverse) gives a ratio; their median is robust
            // to one disturbed window (the JVM's own collections, the guest's neighbours).
            double[] quads = new double[rounds / 2];
            for (int q = 0; q < quads.length; q++) {
                double busyRate = 0;
                double idleRate = 0;
                for (int r = 4 * q; r < 4 * q + 4; r++) {
                    boolean busy = (r & 1) == ((r >> 1) & 1);
                    if (busy) {
                        busyRate += rate[r];
                    } else {
                        idleRate += rate[r];
                    }
                }
                quads[q] = busyRate / idleRate;
            }
            double[] sorted = quads.clone();
            Arrays.sort(sorted);
            double median = sorted.length == 0 ? Double.NaN
                    : (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
            stop.set(true);
            ts.detach();
            mutator.join();
            ts.attach();
            RefCount.decref(ts, root);
            ts.close();
            double idle = its[0] / (wall[0] / 1e9);
            double busy = its[1] / (wall[1] / 1e9);
            System.out.printf("%nthroughput, %s, live heap of %,d objects: %.1f M iterations/s with gc idle, %.1f M/s"
                    + " with %d collections back to back: %.2fx (median of %d groups of four windows %.2fx %s; mutator"
                    + " on CPU %.0f%% / %.0f%% of the windows; per CPU second %.2fx)%n", kind, n, idle / 1e6,
                    busy / 1e6, collections, busy / idle, quads.length, median, Arrays.toString(roundTo2(quads)),
                    100.0 * cpu[0] / wall[0], 100.0 * cpu[1] / wall[1],
                    (its[1] / (double) cpu[1]) / (its[0] / (double) cpu[0]));
        }
    }

    /**
     * Services the thread {@link #SERVICE_WARMUP} times (a detach and attach each, as a poll with a request pending
     * does), so that the path a mutator runs for a collection's handshakes is compiled before anything is measured:
     * run a few times per collection, it stayed interpreted through the pause measurement, and its compilations woke
     * a JIT thread in the middle of the mutator's polls.
     */
    static void warmSafepointService(ThreadState m) {
        for (int i = 0; i < SERVICE_WARMUP; i++) {
            TestNode x = TestNode.create(m, 1);
            RefCount.decref(m, x);
            m.detach();
            m.attach();
        }
    }

    /** Detaches {@code ts} and waits for the mutator's warm-up (or its end, an error); returns detached. */
    private static void awaitWarmUp(ThreadState ts, java.util.concurrent.CountDownLatch warmed, Thread mutator)
            throws InterruptedException {
        ts.detach();
        while (!warmed.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            if (!mutator.isAlive()) {
                throw new IllegalStateException("the mutator thread ended during its warm-up");
            }
        }
    }

    /**
     * The pauses of the JVM's own collector during a measurement, from the collectors' notifications (their start and
     * end, in milliseconds of the JVM's uptime), so that a blocked poll that one of them overlapped can be told from
     * one that ours caused: on this 2-core guest a young collection of the mutator's garbage stops every thread for
     * 1-3 ms, whatever our collector does.
     */
    static final class JvmPauses {
        private final List<long[]> intervals = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Runnable> removers = new ArrayList<>();
        private final long nanoAtStart = System.nanoTime();
        private final long uptimeAtStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();

        static JvmPauses start() {
            JvmPauses p = new JvmPauses();
            for (java.lang.management.GarbageCollectorMXBean bean
                    : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                if (!(bean instanceof javax.management.NotificationEmitter)) {
                    continue;
                }
                javax.management.NotificationEmitter emitter = (javax.management.NotificationEmitter) bean;
                javax.management.NotificationListener listener = (notification, handback) -> {
                    if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                            .equals(notification.getType())) {
                        return;
                    }
                    com.sun.management.GarbageCollectionNotificationInfo info = com.sun.management
                            .GarbageCollectionNotificationInfo.from(
                                    (javax.management.openmbean.CompositeData) notification.getUserData());
                    if (info.getGcCause().contains("No GC")) {
                        return; // G1's concurrent cycle: its pauses are reported separately
                    }
                    p.intervals.add(new long[] {info.getGcInfo().getStartTime(), info.getGcInfo().getEndTime()});
                };
                emitter.addNotificationListener(listener, null, null);
                p.removers.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            return p;
        }

        void stop() throws InterruptedException {
            Thread.sleep(50); // notifications are delivered by a service thread, a little after each pause
            removers.forEach(Runnable::run);
        }

        int count() {
            return intervals.size();
        }

        /** Whether a pause overlapped [from, to] (System.nanoTime), with a millisecond's slack (pauses come in ms). */
        boolean overlaps(long fromNanos, long toNanos) {
            double from = uptimeAtStart + (fromNanos - nanoAtStart) / 1e6 - 1;
            double to = uptimeAtStart + (toNanos - nanoAtStart) / 1e6 + 1;
            synchronized (intervals) {
                for (long[] i : intervals) {
                    if (i[0] <= to && i[1] >= from) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static String[] roundTo2(double[] xs) {
        String[] out = new String[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = String.format("%.2f", xs[i]);
        }
        return out;
    }

    /** Returns {ns per object, best ms, objects found} of the best of {@code reps} collections. */
    static double[] measureJava(Gc.Kind kind, String graph, int n, int reps, int warmup) {
        try (Runtime rt = Runtime.create()) {
            ThreadState ts = rt.attachCurrentThread();
            Gc gc = Gc.of(rt);
            gc.disable(); // only the measured collections
            gc.setCollector(kind);
            long side = 0;
            long best = Long.MAX_VALUE;
            long found = 0;
            // At least `warmup` collections, then more until the JIT has compiled nothing during QUIET_COLLECTIONS
            // in a row (at most MAX_WARMUP_COLLECTIONS): ten collections of 100,000 objects run the collector for
            // about 50 ms, before C2 has compiled it, and a best-of-ten then measured 20-108 ns per object.
            java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            int warmups = 0;
            int quiet = 0;
            int measured = 0;
            long jitDuring = 0;
            while (measured < reps) {
                boolean warming = warmups < warmup || quiet < QUIET_COLLECTIONS && warmups < MAX_WARMUP_COLLECTIONS;
                GcNode root = build(ts, n, graph.equals("garbage"));
                System.gc(); // the JVM's collector, not ours: keep it out of the measured interval
                long jit0 = jit.getTotalCompilationTime();
                long t0 = System.nanoTime();
                found = gc.collect(ts);
                long dt = System.nanoTime() - t0;
                long compiled = jit.getTotalCompilationTime() - jit0;
                if (warming) {
                    warmups++;
                    quiet = compiled == 0 ? quiet + 1 : 0;
                } else {
                    measured++;
                    jitDuring += compiled;
                    best = Math.min(best, dt);
                }
                side = Math.max(side, gc.lastSideTableBytes());
                if (root != null) {
                    RefCount.decref(ts, root);
                }
            }
            ts.close();
            return new double[] {(double) best / n, best / 1e6, found, (double) side / n, warmups, jitDuring};
        }
    }

    /** A chain of n nodes (returns its root, a new reference) or a ring of n (returns null: all garbage). */
    static GcNode build(ThreadState ts, int n, boolean ring) {
        GcNode first = new GcNode(ts);
        GcNode prev = first;
        for (int i = 1; i < n; i++) {
            GcNode node = new GcNode(ts);
            prev.setAStealing(ts, node);
            prev = node;
        }
        if (ring) {
            prev.setAStealing(ts, RefCount.newRef(ts, first));
            RefCount.decref(ts, first);
            return null;
        }
        return first;
    }

    static List<String> runPython(String python, int[] sizes, int reps) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(python, "bench/python/gc_bench.py", "--reps", String.valueOf(reps)));
        for (int n : sizes) {
            cmd.add(String.valueOf(n));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("live ") || line.startsWith("garbage ")) {
                    lines.add(line);
                } else {
                    System.out.println("python: " + line);
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("python exited with " + p.exitValue());
        }
        return lines;
    }

    /** Collections of a live heap of n objects while one mutator polls: the pauses it sees. */
    static void measurePauses(Gc.Kind kind, int n, int count) throws Exception {
        try (Runtime rt = Runtime.create()) {
            ThreadState ts = rt.attachCurrentThread();
            Gc gc = Gc.of(rt);
            gc.disable();
            gc.setCollector(kind);
            GcNode root = build(ts, n, false);
            AtomicBoolean stop = new AtomicBoolean();
            long[] seen = new long[count * 8 + 16];
            long[] seenCpu = new long[seen.length];
            long[] seenEnd = new long[seen.length];
            int[] seenCount = new int[1];
            java.util.concurrent.CountDownLatch warmed = new java.util.concurrent.CountDownLatch(1);
            AtomicBoolean measuring = new AtomicBoolean();
            JvmPauses jvm = JvmPauses.start();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            Thread mutator = new Thread(() -> {
                try (ThreadState m = rt.attachCurrentThread()) {
                    // Left cold, the service ran interpreted during the measured collections (15-30 us a serviced
                    // poll) and its compilations woke a JIT thread onto this 2-core guest's busy CPUs mid-poll.
                    warmSafepointService(m);
                    warmed.countDown();
                    while (!stop.get()) {
                        TestNode x = TestNode.create(m, 1);
                        RefCount.decref(m, x);
                        long c0 = mx.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        m.poll();
                        long d = System.nanoTime() - t0;
                        long c = mx.getCurrentThreadCpuTime() - c0;
                        // blocked: a stop or a handshake held it
                        if (d > 20_000 && measuring.get() && seenCount[0] < seen.length) {
                            seenCpu[seenCount[0]] = c; // of which the mutator's own work (the rest: waiting, or
                            seenEnd[seenCount[0]] = t0 + d; // descheduled by the OS on this shared 2-core machine,
                            seen[seenCount[0]++] = d; // or stopped by the JVM's own collector)
                        }
                    }
                }
            }, "mutator");
            if (mx.isThreadContentionMonitoringSupported()) {
                mx.setThreadContentionMonitoringEnabled(true); // does the mutator ever block on a monitor or park?
            }
            mutator.start();
            awaitWarmUp(ts, warmed, mutator);
            ts.attach();
            // Warm-up collections until the JIT has been quiet for QUIET_COLLECTIONS in a row (at most
            // MAX_WARMUP_COLLECTIONS): a compilation during a poll is a pause of the JVM's warm-up, not of the
            // collector's, and the JIT's compile time during the measured collections is printed below.
            java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            int quiet = 0;
            int warmups = 0;
            while (warmups < MAX_WARMUP_COLLECTIONS && quiet < QUIET_COLLECTIONS) {
                long jit0 = jit.getTotalCompilationTime();
                collectAndRest(gc, ts);
                warmups++;
                quiet = jit.getTotalCompilationTime() == jit0 ? quiet + 1 : 0;
            }
            Map<String, long[]> threadsBefore = ThreadCpu.snapshot();
            long jitBefore = jit.getTotalCompilationTime();
            measuring.set(true); // only the measured collections' polls count
            long[] stw = new long[count];
            for (int i = 0; i < count; i++) {
                collectAndRest(gc, ts);
                stw[i] = gc.lastPauseNanos();
            }
            long jitDuring = jit.getTotalCompilationTime() - jitBefore;
            java.lang.management.ThreadInfo blocking = mx.getThreadInfo(mutator.getId());
            String threadsDuring = ThreadCpu.between(threadsBefore, ThreadCpu.snapshot());
            stop.set(true);
            ts.detach();
            mutator.join();
            ts.attach();
            RefCount.decref(ts, root);
            ts.close();
            jvm.stop();
            long[] m = Arrays.copyOf(seen, seenCount[0]);
            long[] mc = Arrays.copyOf(seenCpu, seenCount[0]);
            long[] mine = new long[m.length]; // the blocked polls that no pause of the JVM's own collector overlapped
            int nMine = 0;
            for (int i = 0; i < m.length; i++) {
                if (!jvm.overlaps(seenEnd[i] - m[i], seenEnd[i])) {
                    mine[nMine++] = m[i];
                }
            }
            mine = Arrays.copyOf(mine, nMine);
            Arrays.sort(mine);
            Arrays.sort(m);
            Arrays.sort(mc);
            Arrays.sort(stw);
            System.out.printf("%npause, %s, live heap of %,d objects, %d collections, 1 polling mutator:%n", kind, n,
                    count);
            System.out.printf("  collector stop-the-world: p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                    pct(stw, 0.50), pct(stw, 0.99), stw[stw.length - 1] / 1e6);
            System.out.printf("  after %d warm-up collections (the last %d with the JIT quiet: %s); the JIT's"
                    + " compile time during the measured ones: %d ms%n", warmups, quiet,
                    quiet >= QUIET_COLLECTIONS ? "yes" : "no, the cap was reached", jitDuring);
            System.out.printf("  threads that ran during them (CPU ms / involuntary context switches): %s%n",
                    threadsDuring);
            if (m.length == 0) {
                System.out.println("  seen by the mutator: no poll took longer than 20 us");
            } else {
                System.out.printf("  seen by the mutator (%d blocked polls): p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                        m.length, pct(m, 0.50), pct(m, 0.99), m[m.length - 1] / 1e6);
                System.out.printf("  of it the mutator's own CPU time (handshake actions):"
                        + " p50 %.3f ms  p99 %.3f ms  max %.3f ms%n", pct(mc, 0.50), pct(mc, 0.99),
                        mc[mc.length - 1] / 1e6);
                System.out.printf("  the mutator blocked on a monitor %d times (%d ms), waited or parked %d times"
                        + " (%d ms); the rest of a long poll is time off the CPU%n", blocking.getBlockedCount(),
                        blocking.getBlockedTime(), blocking.getWaitedCount(), blocking.getWaitedTime());
                if (mine.length < m.length) {
                    System.out.printf("  without the %d polls that a pause of the JVM's own collector overlapped (%d"
                            + " pauses during the run): ", m.length - mine.length, jvm.count());
                    System.out.println(mine.length == 0 ? "none"
                            : String.format("p50 %.2f ms  p99 %.2f ms  max %.2f ms", pct(mine, 0.50), pct(mine, 0.99),
                                    mine[mine.length - 1] / 1e6));
                }
            }
        }
    }

    /** detach/attach pairs the pause mode's mutator runs first: past C2's invocation threshold (5,000). */
    static final int SERVICE_WARMUP = 20_000;
    /** The pause mode's warm-up ends after this many collections in a row with no JIT compilation... */
    static final int QUIET_COLLECTIONS = 20;
    /** ... or after this many. */
    static final int MAX_WARMUP_COLLECTIONS = 300;

    /** One collection of the pause mode, then 2 ms detached (as the collector thread rests between rounds). */
    private static void collectAndRest(Gc gc, ThreadState ts) throws InterruptedException {
        gc.collect(ts);
        ts.detach();
        Thread.sleep(2);
        ts.attach();
    }

    static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: GcBench [--python PATH] [--sizes N,N] [--reps R]"
                        + " [--warmup W] [--pauses P] [--throughput-ms MS] [--throughput-rounds R]"
                        + " [--collector both|concurrent|stop-the-world]; bad argument: " + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }
}
