// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.PyMutex;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [M1][M2] of {@code PyMutex}: two threads increment a plain (non-volatile) field under an object's mutex.
 *
 * <p>Each actor locks the object's mutex, reads the field, writes it plus one, and unlocks. If the mutex excludes
 * the two critical sections, and its unlock publishes the write to the next locker (release on unlock, CAS on lock),
 * the field ends at 2. A lost update ({@code 1}) means both read 0: two threads inside at once, or a stale read
 * after the lock. The second result is the mutex word after both unlocked: it must be 0 (free, nobody parked), or a
 * lock was leaked or a waiter forgotten. With two threads hammering one word, the slow path (spin, park in the
 * parking lot, wake) runs too, so a lost wake-up would show as a hang (the harness times out), not as an outcome.
 *
 * <p>Results seen here (2 cores, JDK 17.0.15):
 * <pre>
 * java -jar stress/target/jcstress.jar -t MutexExclusionTest -m quick
 * 2026-11-25, quick mode: all 28 JVM configurations (biased locking on/off, C2 stress randomizers) passed,
 * no FORBIDDEN outcome (run together: -t 'StopVsAttachTest|MutexExclusionTest', 56 results, 0 failed).
 * </pre>
 */
@JCStressTest
@Outcome(id = "2, 0", expect = ACCEPTABLE, desc = "Both increments landed, one after the other; the mutex is free afterwards.")
@Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Lost update: both critical sections ran at once, or a stale read.")
@Outcome(expect = FORBIDDEN, desc = "The mutex word is not free after both unlocked (a leaked lock or a forgotten waiter).")
@State
public class MutexExclusionTest {
    static final Runtime RT = Harness.newRuntime();

    final Probe guard = Probe.plain(Harness.attached(RT));
    int counter; // plain: only the mutex orders the accesses

    private void increment() {
        ThreadState ts = Harness.attached(RT);
        PyMutex.lock(ts, guard);
        int v = counter;
        counter = v + 1;
        PyMutex.unlock(ts, guard);
    }

    @Actor
    public void first() {
        increment();
    }

    @Actor
    public void second() {
        increment();
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = counter;
        r.r2 = dev.freethread.objects.internal.Header.mutexVolatile(guard); // the whole word: LOCKED and HAS_PARKED
    }
}
