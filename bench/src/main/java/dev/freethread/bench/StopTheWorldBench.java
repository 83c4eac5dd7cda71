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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Latency of a stop-the-world and restart while {@code mutators} other threads run a polling loop (attached,
 * calling {@code poll()} every iteration, as an interpreter's eval loop). Sample-time mode reports the distribution
 * (p50, p99, max). The peer is the same operation with no mutator ({@code mutators = 0}): the stop's own cost. On a
 * 2-core machine, 2 mutators plus the stopper are 3 runnable threads on 2 cores, so scheduling shows in the tail.
 *
 * <p>Target (issue 3): with 2 mutators, median under 1 ms. Run:
 * {@code java -jar bench/target/benchmarks.jar StopTheWorldBench -t 1}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class StopTheWorldBench {
    @Param({"0", "2"})
    public int mutators;

    Runtime rt;
    ThreadState ts;
    volatile boolean done;
    final List<Thread> threads = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        rt = Runtime.create();
        ts = rt.attachCurrentThread();
        done = false;
        for (int i = 0; i < mutators; i++) {
            Thread t = new Thread(() -> {
                try (ThreadState m = rt.attachCurrentThread()) {
                    long work = 0;
                    while (!done) {
                        work++;
                        m.poll();
                    }
                    if (work == 42) {
                        System.out.print(""); // keep the loop's work observable
                    }
                }
            }, "mutator-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        while (rt.threads().size() < mutators + 1) {
            Thread.sleep(1);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws InterruptedException {
        done = true;
        ts.detach(); // let the mutators exit without waiting on us
        for (Thread t : threads) {
            t.join();
        }
        threads.clear();
        ts.attach();
        ts.close();
        rt.close();
    }

    @Benchmark
    public void stopAndRestart() {
        rt.stopTheWorld(ts);
        rt.startTheWorld(ts);
    }
}
