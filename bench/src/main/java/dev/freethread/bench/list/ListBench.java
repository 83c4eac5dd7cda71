// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench.list;

import dev.freethread.list.PyList;
import dev.freethread.list.PyListIterator;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code PyList} against its peers, each a {@code @Param} of the same benchmark in the same run: getItem, append and
 * iteration, with 1 or 2 threads on one shared list ({@code -t 1}, {@code -t 2}). Score: ns per operation.
 *
 * <p>Implementations ({@link Impl}):
 * <ul>
 *   <li>{@code PYLIST_FOREIGN}: {@code PyList} holding ints (1000 and up: not cached) created by a thread that has
 *       exited, so every benchmark thread is foreign to them: a read is {@code getItem} (the lock-free read: loads, a
 *       CAS on the item's shared count by {@code tryIncref}, the re-checks) plus the release of the new reference (an
 *       atomic decrement): the new-reference read DESIGN.md describes, at its cost for an object shared between
 *       threads;</li>
 *   <li>{@code PYLIST_IMMORTAL}: the same list protocol over immortal small ints: {@code tryIncref} and
 *       {@code decref} return at the immortality check, so this is the protocol without reference-count traffic (the
 *       cost a borrowed read would approach);</li>
 *   <li>{@code ARRAYLIST}: {@code java.util.ArrayList} (one thread only: it is not thread-safe);</li>
 *   <li>{@code SYNC_LIST}: {@code Collections.synchronizedList(new ArrayList<>())};</li>
 *   <li>{@code COWAL}: {@code CopyOnWriteArrayList}.</li>
 * </ul>
 * The peers hold the same Java objects and do no reference counting: they are what a JVM program without Python's
 * lifetimes pays.
 *
 * <p>What each benchmark does:
 * <ul>
 *   <li>{@code getItem}: {@value #READS} reads at pseudo-random indices (a per-thread precomputed sequence) of a list of
 *       {@value #SIZE} items; each result is handed to a Blackhole (and, for PyList, released);</li>
 *   <li>{@code getItemBorrowed} (issue 14): the same reads with PyList's borrowed read (no reference taken; a poll
 *       after each batch, the safepoint that ends the borrows), and {@code getItemBorrowedConsume}, which also reads
 *       each item's type;</li>
 *   <li>{@code append}: one append; every {@value #SIZE} appends the list is cleared (PyList's clear drops the
 *       references it took: that cost is part of the append's);</li>
 *   <li>{@code iterate}: a full iteration of the {@value #SIZE} items (PyList: {@code iter} and {@code next}, each
 *       item released), score per item.</li>
 * </ul>
 *
 * <p>Run (after {@code ./mvnw -o -q -pl list install -DskipTests && ./mvnw -o -q -pl bench package -DskipTests}):
 * <pre>
 * java -jar bench/target/benchmarks.jar 'list.ListBench' -t 1 -f 1 -wi 3 -i 5 -w 1s -r 1s
 * java -jar bench/target/benchmarks.jar 'list.ListBench' -t 2 -f 1 -wi 3 -i 5 -w 1s -r 1s \
 *     -p impl=PYLIST_FOREIGN,PYLIST_IMMORTAL,SYNC_LIST,COWAL
 * java -jar bench/target/benchmarks.jar 'list.ListBench.getItemBorrowed' -t 2 -f 1 -wi 3 -i 5 -w 1s -r 1s \
 *     -p impl=PYLIST_FOREIGN,COWAL
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ListBench {
    static final int SIZE = 1024;
    static final int READS = 1024;

    /** The list implementations compared. */
    public enum Impl { PYLIST_FOREIGN, PYLIST_IMMORTAL, ARRAYLIST, SYNC_LIST, COWAL }

    /** The shared list (one per trial) and its items. */
    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"PYLIST_FOREIGN", "PYLIST_IMMORTAL", "ARRAYLIST", "SYNC_LIST", "COWAL"})
        public Impl impl;

        Runtime runtime;
        PyObject[] items;
        PyList pyList;
        List<PyObject> javaList;

        @Setup(Level.Trial)
        public void setUp() throws InterruptedException {
            runtime = Runtime.builder().scheme(RcScheme.BIASED).build();
            items = new PyObject[SIZE];
            if (impl == Impl.PYLIST_IMMORTAL) {
                for (int i = 0; i < SIZE; i++) {
                    items[i] = PyInt.small(i % (PyInt.SMALL_MAX + 1));
                }
            } else {
                // Created by a thread that then exits: no benchmark thread owns them (each reference-count change is
                // an atomic on the shared word), as for an object that many threads share. They stay alive: this
                // state keeps one reference to each, and the exited owner's count is merged into the shared one.
                Thread maker = new Thread(() -> {
                    try (ThreadState ts = runtime.attachCurrentThread()) {
                        for (int i = 0; i < SIZE; i++) {
                            items[i] = PyInt.of(ts, 1000 + i);
                            RefCount.enableTryIncref(items[i]);
                        }
                    }
                });
                maker.start();
                maker.join();
            }
            ThreadState ts = runtime.attachCurrentThread();
            try {
                switch (impl) {
                    case PYLIST_FOREIGN:
                    case PYLIST_IMMORTAL:
                        pyList = PyList.of(ts, items);
                        break;
                    case ARRAYLIST:
                        javaList = new ArrayList<>(List.of(items));
                        break;
                    case SYNC_LIST:
                        javaList = Collections.synchronizedList(new ArrayList<>(List.of(items)));
                        break;
                    default:
                        javaList = new CopyOnWriteArrayList<>(items);
                        break;
                }
            } finally {
                ts.detach(); // the list (owned by this thread) lives on; this setup thread may not run benchmarks
            }
        }
    }

    /** One benchmark thread: its thread state and its index sequence. */
    @State(Scope.Thread)
    public static class PerThread {
        ThreadState ts;
        int[] indices;
        int cursor;
        int appended;

        @Setup(Level.Trial)
        public void setUp(Shared s) {
            ThreadState existing = s.runtime.currentThreadState();
            if (existing != null && !existing.isAttached()) {
                existing.attach();
            }
            ts = existing != null ? existing : s.runtime.attachCurrentThread();
            SplittableRandom r = new SplittableRandom(System.identityHashCode(this));
            indices = new int[READS];
            for (int i = 0; i < READS; i++) {
                indices[i] = r.nextInt(SIZE);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            ts.detach(); // not closed: JMH may reuse the thread for the next trial of this Runtime
        }
    }

    @Benchmark
    @OperationsPerInvocation(READS)
    public void getItem(Shared s, PerThread t, Blackhole bh) {
        int[] idx = t.indices;
        if (s.pyList != null) {
            PyList l = s.pyList;
            ThreadState ts = t.ts;
            for (int i : idx) {
                PyObject o = l.getItem(ts, i);
                bh.consume(o);
                RefCount.decref(ts, o);
            }
        } else {
            List<PyObject> l = s.javaList;
            for (int i : idx) {
                bh.consume(l.get(i));
            }
        }
    }

    /**
     * Issue 14: PyList's borrowed read ({@code getItemBorrowed}: no reference taken, nothing stored; valid until the
     * thread's next safepoint, a poll after each batch of reads) against the peers' {@code get}.
     */
    @Benchmark
    @OperationsPerInvocation(READS)
    public void getItemBorrowed(Shared s, PerThread t, Blackhole bh) {
        int[] idx = t.indices;
        if (s.pyList != null) {
            PyList l = s.pyList;
            ThreadState ts = t.ts;
            for (int i : idx) {
                bh.consume(l.getItemBorrowed(ts, i));
            }
            ts.poll();
        } else {
            List<PyObject> l = s.javaList;
            for (int i : idx) {
                bh.consume(l.get(i));
            }
        }
    }

    /**
     * {@link #getItemBorrowed} with a consumer that reads each item's type (a dependent load of the item itself), so
     * neither side can be reduced to moving references around: what an interpreter does with what it reads.
     */
    @Benchmark
    @OperationsPerInvocation(READS)
    public void getItemBorrowedConsume(Shared s, PerThread t, Blackhole bh) {
        int[] idx = t.indices;
        if (s.pyList != null) {
            PyList l = s.pyList;
            ThreadState ts = t.ts;
            for (int i : idx) {
                bh.consume(l.getItemBorrowed(ts, i).type());
            }
            ts.poll();
        } else {
            List<PyObject> l = s.javaList;
            for (int i : idx) {
                bh.consume(l.get(i).type());
            }
        }
    }

    @Benchmark
    public void append(Shared s, PerThread t) {
        PyObject item = s.items[t.cursor++ & (SIZE - 1)];
        boolean clear = ++t.appended == SIZE;
        if (clear) {
            t.appended = 0;
        }
        if (s.pyList != null) {
            s.pyList.append(t.ts, item);
            if (clear) {
                s.pyList.clear(t.ts);
            }
        } else {
            s.javaList.add(item);
            if (clear) {
                s.javaList.clear();
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(SIZE)
    public void iterate(Shared s, PerThread t, Blackhole bh) {
        if (s.pyList != null) {
            ThreadState ts = t.ts;
            PyListIterator it = s.pyList.iter(ts);
            for (PyObject o = it.next(ts); o != null; o = it.next(ts)) {
                bh.consume(o);
                RefCount.decref(ts, o);
            }
            RefCount.decref(ts, it);
        } else {
            for (PyObject o : s.javaList) {
                bh.consume(o);
            }
        }
    }
}
