// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench.dict;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictIterator;
import dev.freethread.dict.PyDictView;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@code PyDict} against {@code ConcurrentHashMap} and {@code Collections.synchronizedMap(new LinkedHashMap<>())}, the
 * implementation a {@link Param} of the same benchmark so every ratio comes from one run. Score: ns per operation
 * (iteration: per whole pass over the map).
 *
 * <p>The map is shared by the benchmark threads (1 or 2, {@code -t}). Its keys are {@code size} strs or ints
 * ({@code keys}: PyStr / PyInt for PyDict; the Java String / Long with the same text or value for the peers), and its
 * values distinct PyInt objects (not the immortal small ints), all created by a helper thread that then exits, so no
 * benchmark thread owns them: PyDict's reads pay the foreign (atomic) reference-count path, as reads of a shared
 * dict do. Each thread looks keys up in its own random order (a precomputed table of 4096 indices); lookups use the
 * stored key objects (the identity fast path of all three, as an interpreter's interned names do).
 * <ul>
 *   <li>{@code get}: PyDict {@code get} returns a new reference, which the benchmark releases (the contract: an
 *       incref by tryIncrefCompare and a decref, both atomic for a foreign thread); the peers' {@code get} returns the
 *       object. This is the new-reference read.</li>
 *   <li>{@code getBorrowed} (issue 14): PyDict's borrowed read, no reference taken (the value is valid until the
 *       worker's next safepoint, every 4096 operations); the peers' {@code get} again.</li>
 *   <li>{@code put}: replaces an existing key's value with another preallocated value (the size stays constant): the
 *       critical section (PyDict) against CHM's bin lock and the synchronized map's monitor.</li>
 *   <li>{@code mixed}: 90% {@code get} (released) and 10% {@code put}, decided by the same random table.</li>
 *   <li>{@code iterate}: one pass over all values ({@code values()} iterator; each PyDict step returns a new reference,
 *       released; the synchronized map is iterated inside {@code synchronized (map)}, as its Javadoc requires).</li>
 * </ul>
 *
 * <p>Run (after {@code ./mvnw -o -pl dict install -DskipTests && ./mvnw -o -pl bench package -DskipTests}), the short
 * settings used for {@code docs/benchmarks.md}:
 * <pre>
 * java -jar bench/target/benchmarks.jar 'DictBench' -p size=1000 -t 1 -f 1 -wi 2 -i 3 -w 1s -r 1s
 * java -jar bench/target/benchmarks.jar 'DictBench.(get|mixed)' -p size=1000000 -t 1 -f 1 -wi 2 -i 3 -w 1s -r 1s
 * java -jar bench/target/benchmarks.jar 'DictBench.getBorrowed' -p impl=PYDICT,CHM -t 1 -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 * and the same with {@code -t 2}; biased reference counting's best case (the reader owns the values):
 * {@code java -jar bench/target/benchmarks.jar 'DictBench.get' -p size=1000 -p owner=READER -t 1 -f 1 -wi 2 -i 3 -w 1s -r 1s}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DictBench {
    /** The implementation under test. */
    public enum Impl { PYDICT, CHM, SYNC_LHM }

    /** The key type. */
    public enum Keys { STR, INT }

    static final int ORDER = 4096;

    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"PYDICT", "CHM", "SYNC_LHM"})
        public Impl impl;
        @Param({"STR", "INT"})
        public Keys keys;
        @Param({"1000", "1000000"})
        public int size;
        /**
         * Who creates (owns) the keys and values: {@code OTHER}, a helper thread that exits (the default: no benchmark
         * thread owns them, reads take the atomic path), or {@code READER}, the benchmark thread that runs the setup
         * (with one thread, every read takes the owner's plain path: biased reference counting's best case).
         */
        @Param({"OTHER"})
        public String owner;

        Runtime rt;
        PyDict dict;
        Map<Object, PyObject> map;
        /** The stored key objects: PyStr/PyInt for PyDict, String/Long for the peers. */
        Object[] keyObjects;
        PyObject[] pyKeys;
        /** The values stored at setup, and as many spare values for puts. */
        PyObject[] values;
        PyObject[] spares;

        @Setup(Level.Trial)
        public void setUp() {
            rt = Runtime.builder().scheme(RcScheme.BIASED).build();
            keyObjects = new Object[size];
            pyKeys = new PyObject[size];
            values = new PyObject[size];
            spares = new PyObject[size];
            Consumer<ThreadState> build = ts -> {
                for (int i = 0; i < size; i++) {
                    pyKeys[i] = keys == Keys.STR ? PyStr.of(ts, "name" + i) : PyInt.of(ts, 1_000_000_000L + i * 7919L);
                    values[i] = PyInt.of(ts, 10_000 + i);
                    spares[i] = PyInt.of(ts, 20_000_000 + i);
                    RefCount.enableTryIncref(values[i]); // as a dict does: keep the cost out of the first put
                    RefCount.enableTryIncref(spares[i]);
                }
                if (impl == Impl.PYDICT) {
                    dict = PyDict.create(ts);
                    for (int i = 0; i < size; i++) {
                        dict.setItem(ts, pyKeys[i], values[i]);
                        keyObjects[i] = pyKeys[i];
                    }
                }
            };
            if (owner.equals("READER")) {
                build.accept(attached(rt)); // JMH runs this setup on a benchmark thread
            } else {
                onHelperThread(rt, build);
            }
            if (impl != Impl.PYDICT) {
                map = impl == Impl.CHM ? new ConcurrentHashMap<>() : Collections.synchronizedMap(new LinkedHashMap<>());
                for (int i = 0; i < size; i++) {
                    Object k = keys == Keys.STR ? ((PyStr) pyKeys[i]).value() : (Object) ((PyInt) pyKeys[i]).longValue();
                    keyObjects[i] = k;
                    map.put(k, values[i]);
                }
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            if (owner.equals("READER")) {
                return; // the Runtime is dropped with everything in it: the owner's thread state is still attached
            }
            onHelperThread(rt, ts -> {
                if (dict != null) {
                    RefCount.decref(ts, dict);
                }
                for (int i = 0; i < size; i++) {
                    RefCount.decref(ts, pyKeys[i]);
                    RefCount.decref(ts, values[i]);
                    RefCount.decref(ts, spares[i]);
                }
            });
        }
    }

    @State(Scope.Thread)
    public static class Worker {
        ThreadState ts;
        int[] order;
        boolean[] write;
        int next;

        @Setup(Level.Trial)
        public void setUp(Shared s) {
            ts = attached(s.rt);
            Random rnd = new Random(Thread.currentThread().getId() * 31 + 17);
            order = new int[ORDER];
            write = new boolean[ORDER];
            for (int i = 0; i < ORDER; i++) {
                order[i] = rnd.nextInt(s.size);
                write[i] = rnd.nextInt(10) == 0;
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            ts.poll();
        }

        /** Every 4096 operations: a safepoint, as an interpreter's eval breaker would (merges what is queued). */
        int nextIndex() {
            int n = next++ & (ORDER - 1);
            if (n == 0) {
                ts.poll();
            }
            return n;
        }
    }

    @Benchmark
    public void get(Shared s, Worker w, Blackhole bh) {
        int i = w.order[w.nextIndex()];
        doGet(s, w, i, bh);
    }

    /**
     * Issue 14: PyDict's borrowed read ({@code getBorrowed}: no reference taken, nothing stored, the value valid until
     * the thread's next safepoint, which the worker reaches every 4096 operations) against the peers' {@code get}.
     */
    @Benchmark
    public void getBorrowed(Shared s, Worker w, Blackhole bh) {
        int i = w.order[w.nextIndex()];
        if (s.impl == Impl.PYDICT) {
            bh.consume(s.dict.getBorrowed(w.ts, (PyObject) s.keyObjects[i]));
        } else {
            bh.consume(s.map.get(s.keyObjects[i]));
        }
    }

    @Benchmark
    public void put(Shared s, Worker w) {
        int i = w.order[w.nextIndex()];
        doPut(s, w, i);
    }

    @Benchmark
    public void mixed(Shared s, Worker w, Blackhole bh) {
        int n = w.nextIndex();
        int i = w.order[n];
        if (w.write[n]) {
            doPut(s, w, i);
        } else {
            doGet(s, w, i, bh);
        }
    }

    @Benchmark
    public void iterate(Shared s, Worker w, Blackhole bh) {
        if (s.impl == Impl.PYDICT) {
            ThreadState ts = w.ts;
            PyDictView view = s.dict.values(ts);
            PyDictIterator it = view.iter(ts);
            for (PyObject v = it.next(ts); v != null; v = it.next(ts)) {
                bh.consume(v);
                RefCount.decref(ts, v);
            }
            RefCount.decref(ts, it);
            RefCount.decref(ts, view);
        } else if (s.impl == Impl.CHM) {
            for (PyObject v : s.map.values()) {
                bh.consume(v);
            }
        } else {
            synchronized (s.map) {
                for (PyObject v : s.map.values()) {
                    bh.consume(v);
                }
            }
        }
        w.ts.poll();
    }

    private static void doGet(Shared s, Worker w, int i, Blackhole bh) {
        if (s.impl == Impl.PYDICT) {
            PyObject v = s.dict.get(w.ts, (PyObject) s.keyObjects[i]);
            bh.consume(v);
            RefCount.decref(w.ts, v);
        } else {
            bh.consume(s.map.get(s.keyObjects[i]));
        }
    }

    private static void doPut(Shared s, Worker w, int i) {
        // alternate between the original and the spare value, so every put really replaces
        PyObject v = (w.next & 1) == 0 ? s.values[i] : s.spares[i];
        if (s.impl == Impl.PYDICT) {
            s.dict.setItem(w.ts, (PyObject) s.keyObjects[i], v);
        } else {
            s.map.put(s.keyObjects[i], v);
        }
    }

    /** The calling thread's state in {@code rt}, attached on first use. */
    static ThreadState attached(Runtime rt) {
        ThreadState cur = rt.currentThreadState();
        return cur != null ? cur : rt.attachCurrentThread();
    }

    /** Runs {@code body} on a new thread attached to {@code rt}, which then exits; rethrows what it throws. */
    static void onHelperThread(Runtime rt, Consumer<ThreadState> body) {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(() -> {
            try (ThreadState ts = rt.attachCurrentThread()) {
                body.accept(ts);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "dict-bench-helper");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure[0] != null) {
            throw new IllegalStateException("helper thread failed", failure[0]);
        }
    }
}
