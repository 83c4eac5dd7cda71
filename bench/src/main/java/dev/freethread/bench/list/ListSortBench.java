// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench.list;

import dev.freethread.list.PyList;
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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sorting {@value #N} ints: {@code PyList.sort} (our timsort over {@code pyLessThan}) against {@code ArrayList.sort}
 * (the JDK's TimSort) with a Comparator built on the same {@code pyLessThan}, on the same data, in the same run.
 * Score: ms per sort (the list is refilled before each sort, outside the measurement).
 *
 * <p>Shapes: {@code RANDOM} (distinct-ish values 1000..1000+2^30, heap ints), {@code SORTED}, {@code REVERSED}
 * (strictly descending), {@code FEW_UNIQUE} (4 values). The Comparator is
 * {@code a < b ? -1 : b < a ? 1 : 0}: one {@code pyLessThan} call when a is less, two otherwise (the JDK's TimSort asks
 * for a three-way answer); {@code PyList.sort} needs only {@code <}, so it makes fewer calls (docs/list.md gives the
 * counts).
 *
 * <p>Run:
 * <pre>
 * java -jar bench/target/benchmarks.jar 'list.ListSortBench' -f 1 -wi 2 -i 3
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class ListSortBench {
    static final int N = 1_000_000;

    public enum Shape { RANDOM, SORTED, REVERSED, FEW_UNIQUE }

    public enum Impl { PYLIST, ARRAYLIST }

    @Param({"RANDOM", "SORTED", "REVERSED", "FEW_UNIQUE"})
    public Shape shape;

    @Param({"PYLIST", "ARRAYLIST"})
    public Impl impl;

    Runtime runtime;
    ThreadState ts;
    PyObject[] data;
    PyList source;
    PyList pyList;
    ArrayList<PyObject> arrayList;
    Comparator<PyObject> comparator;

    @Setup(Level.Trial)
    public void setUp() {
        runtime = Runtime.builder().scheme(RcScheme.BIASED).build();
        ts = runtime.attachCurrentThread();
        SplittableRandom r = new SplittableRandom(42);
        data = new PyObject[N];
        for (int i = 0; i < N; i++) {
            long v;
            switch (shape) {
                case RANDOM: v = 1000 + r.nextInt(1 << 30); break;
                case SORTED: v = 1000 + i; break;
                case REVERSED: v = 1000 + N - i; break;
                default: v = 1000 + r.nextInt(4); break;
            }
            data[i] = PyInt.of(ts, v);
        }
        source = PyList.of(ts, data);
        pyList = PyList.create(ts);
        arrayList = new ArrayList<>(N);
        ThreadState t = ts;
        comparator = (a, b) -> a.pyLessThan(t, b) ? -1 : b.pyLessThan(t, a) ? 1 : 0;
    }

    /** Puts the unsorted data back (not measured). */
    @Setup(Level.Invocation)
    public void refill() {
        if (impl == Impl.PYLIST) {
            pyList.setSlice(ts, dev.freethread.list.Slice.ALL, source);
        } else {
            arrayList.clear();
            for (PyObject o : data) {
                arrayList.add(o);
            }
        }
    }

    @Benchmark
    public Object sort() {
        if (impl == Impl.PYLIST) {
            pyList.sort(ts);
            return pyList;
        }
        arrayList.sort(comparator);
        return arrayList;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        RefCount.decref(ts, pyList);
        RefCount.decref(ts, source);
        for (PyObject o : data) {
            RefCount.decref(ts, o);
        }
        ts.close();
    }
}
