// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The negative control of the reference-counting benchmarks: what deletion by the JIT looks like. {@code fused} is
 * the PLAIN peer written the naive way, {@code o.count++} then {@code o.count--} on each object in one loop, which
 * C2 may fold (the second store overwrites the first, the second load reads the first store); {@code twoLoops} is
 * the PLAIN peer as {@link OwnerRcBench} runs it ({@link RcPairs#plain}). If {@code twoLoops} is clearly slower than
 * {@code fused}, the two-loop form keeps work the naive form lost; if the two are equal, either both keep it or both
 * lost it, and the absolute figure (a load and a store each way cannot take much under 0.3 ns per pair) decides.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar RcDeletionControlBench} (part of {@code bench/run-rc.sh}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class RcDeletionControlBench {
    Runtime runtime;
    ThreadState ts;
    BenchObj[] objects;

    @Setup(Level.Trial)
    public void setUp() {
        runtime = Runtime.builder().build();
        ts = runtime.attachCurrentThread();
        objects = BenchObj.create(ts, RcPairs.OBJECTS);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            RcPairs.checkAndRelease(ts, objects);
        } finally {
            ts.close();
            runtime.close();
        }
    }

    /** The PLAIN peer as measured: increments in one loop, decrements in a second. */
    @Benchmark
    @OperationsPerInvocation(RcPairs.OBJECTS)
    public void twoLoops() {
        RcPairs.plain(objects);
    }

    /** The naive form: increment and decrement each object in one loop body; the JIT may delete it. */
    @Benchmark
    @OperationsPerInvocation(RcPairs.OBJECTS)
    public void fused() {
        for (BenchObj o : objects) {
            BenchObj.plainIncref(o);
            BenchObj.plainDecref(o);
        }
    }
}
