// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.PyMutex;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCountExtension;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.junit.jupiter.api.Test;

/**
 * Lincheck on the mutex's WAKER protocol ([M5] of {@code PyMutex}), three threads: one holds the mutex, one parks,
 * one spins and announces itself, and the unlock decides whether to wake anyone. The operations hold the mutex across
 * a few steps (a read, a write, a second read), so the model checker finds interleavings where a thread parks, is
 * woken as the waker, loses to a barging thread and parks again. A lost wake-up leaves a thread parked with every other
 * thread finished: Lincheck reports it as a deadlock ("all unfinished threads are in deadlock").
 *
 * <p>Runs in its own surefire execution with {@code -Dfreethread.mutex.spins=1} (stress/pom.xml), so a thread reaches
 * the parking lot after one poll instead of eight (each many model-checker steps). Shown to fail on the planted
 * mutant (c) of [M5] (the parking CAS keeps WAKER): docs/threads.md, "The per-object mutex".
 *
 * <p>Effort: {@code -Dlincheck.mutex.iterations} (default 20) and {@code -Dlincheck.mutex.invocations} (default 200),
 * shared with {@link PyMutexLincheckTest}.
 */
public class PyMutexWakerLincheckTest {
    private final Runtime rt = Runtime.builder().scheme(RcScheme.BIASED).discoverExtensions(false)
            .extension(new RefCountExtension()).build();

    private static final int ITERATIONS = Integer.getInteger("lincheck.mutex.iterations", 20);
    private static final int INVOCATIONS = Integer.getInteger("lincheck.mutex.invocations", 200);

    private final Probe guard = Probe.plain(attached());
    private int counter; // plain: only the mutex orders accesses

    ThreadState attached() {
        ThreadState ts = rt.currentThreadState();
        return ts != null ? ts : rt.attachCurrentThread();
    }

    /** Increments in two steps under the mutex (a longer hold gives waiters time to spin out and park). */
    @Operation
    public int incrementTwice() {
        ThreadState ts = attached();
        PyMutex.lock(ts, guard);
        try {
            int v = counter;
            counter = v + 1;
            int w = counter;
            counter = w + 1;
            return counter;
        } finally {
            PyMutex.unlock(ts, guard);
        }
    }

    @Test
    public void modelChecking() {
        RcLincheckTest.harnessAtomic(new ModelCheckingOptions())
                .addGuarantee(org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt
                        .forClasses(PyMutexWakerLincheckTest.class.getName()).methods("attached").treatAsAtomic())
                .threads(3).actorsPerThread(2).actorsBefore(0).actorsAfter(0)
                .iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS).check(getClass());
    }
}
