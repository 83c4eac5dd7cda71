// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

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
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lock + increment + unlock of one shared object: the header's {@link PyMutex} against {@code synchronized} on the
 * same object and a {@link ReentrantLock}, the rival as a {@code @Param} in the same run. With {@code -t 1} the lock is
 * uncontended; with {@code -t 2} both threads take the same lock (contended; score per thread, lower is better,
 * and throughput is its inverse).
 *
 * <p>The critical section increments a plain field and returns it, so the lock cannot be elided (the field escapes
 * through the return value, which JMH consumes). Biased locking is off by default since JDK 15, so
 * {@code synchronized} is measured as a thin lock CAS, the honest rival.
 *
 * <p>Targets (issue 3): uncontended PY_MUTEX within 1.2x of SYNCHRONIZED; contended (2 threads) no worse than
 * REENTRANT_LOCK. Run:
 * <pre>
 * java -jar bench/target/benchmarks.jar MutexBench -t 1
 * java -jar bench/target/benchmarks.jar MutexBench -t 2
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class MutexBench {
    public enum Kind { PY_MUTEX, SYNCHRONIZED, REENTRANT_LOCK }

    @Param
    public Kind kind;

    Runtime rt;
    LockTarget target;
    final ReentrantLock reentrantLock = new ReentrantLock();

    @Setup(Level.Trial)
    public void setUp() {
        rt = Runtime.create();
        try (ThreadState ts = rt.attachCurrentThread()) {
            target = new LockTarget(ts);
        }
    }

    // No Runtime.close() in a teardown: JMH does not order the Benchmark-scoped teardown after every thread's
    // Thread-scoped one, and close() refuses while a thread state is still attached.

    /** Each benchmark thread's own thread state. */
    @State(Scope.Thread)
    public static class PerThread {
        ThreadState ts;

        @Setup(Level.Trial)
        public void attach(MutexBench b) {
            ts = b.rt.attachCurrentThread();
        }

        @TearDown(Level.Trial)
        public void exit() {
            ts.close();
        }
    }

    @Benchmark
    public long lockIncrementUnlock(PerThread t) {
        LockTarget o = target;
        switch (kind) {
            case PY_MUTEX:
                PyMutex.lock(t.ts, o);
                try {
                    return ++o.counter;
                } finally {
                    PyMutex.unlock(t.ts, o);
                }
            case SYNCHRONIZED:
                synchronized (o) {
                    return ++o.counter;
                }
            default:
                reentrantLock.lock();
                try {
                    return ++o.counter;
                } finally {
                    reentrantLock.unlock();
                }
        }
    }
}
