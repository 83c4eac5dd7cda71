// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyMutex;
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

import java.util.concurrent.TimeUnit;

/**
 * The overhead of a critical section over the bare mutex it takes: enter + increment + exit on one object,
 * uncontended, against lock + increment + unlock of the same mutex and against a {@code synchronized} block on the same
 * object (the peers, same run). The section re-initialises the thread's reusable record at its depth (issue 16; it
 * allocated one before) and pushes it on the thread's stack. Target (issue 16): at most {@code synchronized}'s time.
 * Run:
 * <pre>
 * java -jar bench/target/benchmarks.jar CriticalSectionBench -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class CriticalSectionBench {
    public enum Kind { CRITICAL_SECTION, PY_MUTEX, SYNCHRONIZED }

    @Param
    public Kind kind;

    Runtime rt;
    ThreadState ts;
    LockTarget target;

    @Setup(Level.Trial)
    public void setUp() {
        rt = Runtime.create();
        ts = rt.attachCurrentThread();
        target = new LockTarget(ts);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ts.close();
        rt.close();
    }

    @Benchmark
    public long enterIncrementExit() {
        LockTarget o = target;
        if (kind == Kind.CRITICAL_SECTION) {
            try (CriticalSection cs = CriticalSection.of(ts, o)) {
                return ++o.counter;
            }
        }
        if (kind == Kind.SYNCHRONIZED) {
            synchronized (o) {
                return ++o.counter;
            }
        }
        PyMutex.lock(ts, o);
        try {
            return ++o.counter;
        } finally {
            PyMutex.unlock(ts, o);
        }
    }
}
