// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.PyMutex;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCountExtension;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Lincheck on the per-object mutex ([M1][M2] of {@code PyMutex}): a plain counter guarded by an object's header
 * mutex must behave as an atomic counter — every history of increments and reads is linearizable against the
 * sequential execution of this same class. Model checking explores interleavings of the lock's CAS, spin, park
 * (through the parking lot, detaching the thread) and unlock; stress mode runs it on real threads.
 *
 * <p>Effort is set by system properties so CI stays bounded: {@code -Dlincheck.mutex.iterations} (default 20) and
 * {@code -Dlincheck.mutex.invocations} (default 200).
 *
 * <p>Scope: {@code lock}/{@code unlock} as a pair around each operation; the mutex is not reentrant and has no
 * owner, so there is no "unlock by another thread" operation to check.
 */
public class PyMutexLincheckTest {
    /** Each invocation builds its own Runtime (a shared one confused Lincheck's memory snapshots). */
    private final Runtime rt = Runtime.builder().scheme(RcScheme.BIASED).discoverExtensions(false)
            .extension(new RefCountExtension()).build();

    private static final int ITERATIONS = Integer.getInteger("lincheck.mutex.iterations", 20);
    private static final int INVOCATIONS = Integer.getInteger("lincheck.mutex.invocations", 200);

    private final Probe guard = Probe.plain(attached());
    // (the constructor runs on Lincheck's main thread, which thereby attaches to this invocation's Runtime)
    private int counter; // plain: only the mutex orders accesses

    /** The calling thread's state in this invocation's Runtime, attached on first use (one model-checker step). */
    ThreadState attached() {
        ThreadState ts = rt.currentThreadState();
        return ts != null ? ts : rt.attachCurrentThread();
    }

    @Operation
    public int incrementAndGet() {
        ThreadState ts = attached();
        PyMutex.lock(ts, guard);
        try {
            return ++counter;
        } finally {
            PyMutex.unlock(ts, guard);
        }
    }

    @Operation
    public int get() {
        ThreadState ts = attached();
        PyMutex.lock(ts, guard);
        try {
            return counter;
        } finally {
            PyMutex.unlock(ts, guard);
        }
    }

    @Test
    public void modelChecking() {
        // The Runtime's plumbing (tables, world, accounting, checks) runs as single steps, as in RcLincheckTest; the
        // mutex word's CAS, the spin, the parking lot's validation and park/unpark stay interleaved.
        RcLincheckTest.harnessAtomic(new ModelCheckingOptions())
                .addGuarantee(org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt
                        .forClasses(PyMutexLincheckTest.class.getName()).methods("attached").treatAsAtomic())
                .iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS).check(getClass());
    }

    @Test
    public void stress() {
        new StressOptions().iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS).check(getClass());
    }
}
