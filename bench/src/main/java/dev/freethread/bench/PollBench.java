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
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The cost of {@code ThreadState.poll()} with nothing pending — it sits in every interpreter loop, so it must be a
 * load and a branch. Two views, each with its peer in the same run:
 * <ul>
 *   <li>{@code pollOnce} against {@code emptyOnce}: one call per benchmark invocation, against an empty benchmark
 *       method (JMH's own per-invocation overhead): the ratio the issue asks for;</li>
 *   <li>{@code pollInLoop} against {@code blackholeInLoop}: a counted loop of 100 iterations that each consume the
 *       loop index in a Blackhole, with and without a poll (a volatile load cannot be hoisted out of the loop, so each
 *       iteration really loads): the difference is the marginal cost of a poll inside a loop body.</li>
 * </ul>
 * Run: {@code java -jar bench/target/benchmarks.jar PollBench -t 1}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class PollBench {
    Runtime rt;
    ThreadState ts;

    @Setup(Level.Trial)
    public void setUp() {
        rt = Runtime.create();
        ts = rt.attachCurrentThread();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ts.close();
        rt.close();
    }

    @Benchmark
    public void emptyOnce() {
        // the peer: JMH's per-invocation overhead
    }

    @Benchmark
    public void pollOnce() {
        ts.poll();
    }

    @Benchmark
    @OperationsPerInvocation(100)
    public void pollInLoop(Blackhole bh) {
        ThreadState t = ts;
        for (int i = 0; i < 100; i++) {
            t.poll();
            bh.consume(i);
        }
    }

    @Benchmark
    @OperationsPerInvocation(100)
    public void blackholeInLoop(Blackhole bh) {
        for (int i = 0; i < 100; i++) {
            bh.consume(i);
        }
    }
}
