// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.PyMutex;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import java.util.concurrent.TimeUnit;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [M5] of {@code PyMutex}: an unlock races a spinning waiter, with the parking lot in play. A parked thread must never
 * be left unwoken while the mutex is free.
 *
 * <p>Two actors (jcstress cannot schedule three on two cores). The holder locks the mutex and keeps it until the
 * waiter, which wants it too, has spun out and parked (HAS_PARKED in the word); then it unlocks, which wakes the waiter
 * and hands it the WAKER role, and at once barges back in: it locks and unlocks twice more, holding the mutex for a
 * while each time (0 to 1,500 spins, varied per state), so the woken waiter spins, may announce itself, may lose, and
 * may park again, while the holder's unlocks decide whether to wake anyone. Each increments a plain counter under the
 * mutex (4 in all).
 *
 * <p>A lost wake-up would hang the waiter for ever (a parked thread waits without a timeout, as it must), so the
 * holder doubles as a watchdog: after its last unlock it waits for the waiter, and if it has not finished after
 * {@code -Dfreethread.stress.strandedSeconds} (default 10: a correct wake-up takes microseconds; the bound only keeps
 * a broken build from hanging) it records the state as stranded and rescues the waiter: it takes the mutex, clears
 * the WAKER bit by hand and unlocks, which wakes a parked thread. The outcome is {@code (stranded, mutex word after
 * both, counter)}.
 *
 * <p>Shown to fail on a planted bug: with the parking CAS keeping WAKER (a waker that parks without giving up its
 * role: mutant (c) of [M5]) the waiter is stranded ({@code 1, 0, 4}); docs/threads.md, "The per-object mutex", has
 * the runs.
 */
@JCStressTest
@Outcome(id = "0, 0, 4", expect = ACCEPTABLE, desc = "Both got the mutex in turn; it is free afterwards.")
@Outcome(id = "1, .*", expect = FORBIDDEN,
        desc = "The waiter stayed parked while the mutex was free (a lost wake-up; the watchdog rescued it).")
@Outcome(expect = FORBIDDEN, desc = "A lost update, or the mutex word not free afterwards.")
@State
public class UnlockVsSpinnerTest {
    static final Runtime RT = Harness.newRuntime();
    /** PyMutex's word: bit 1 HAS_PARKED, bit 2 WAKER (PyMutex's overview). */
    static final int HAS_PARKED = 2;
    static final int WAKER = 4;
    static final long STRANDED_NANOS = TimeUnit.SECONDS.toNanos(Long.getLong("freethread.stress.strandedSeconds", 10));

    final Probe guard = Probe.plain(Harness.attached(RT));
    /** How long the holder keeps the mutex when it barges back in (varied per state, so spins win and lose). */
    final int holdSpins = (System.identityHashCode(this) & 3) * 500;
    int counter; // plain: only the mutex orders the accesses
    volatile boolean held;
    volatile boolean done;
    int stranded; // written by the holder, read by the arbiter

    @Actor
    public void holder() {
        ThreadState ts = Harness.attached(RT);
        PyMutex.lock(ts, guard);
        counter++;
        held = true;
        Harness.await(() -> (Header.mutexVolatile(guard) & HAS_PARKED) != 0);
        PyMutex.unlock(ts, guard); // wakes the waiter (it becomes the waker) ...
        for (int k = 0; k < 2; k++) {
            PyMutex.lock(ts, guard); // ... and barges back in: the waiter spins, and may park again
            counter++;
            for (int i = holdSpins; i > 0; i--) {
                Thread.onSpinWait();
            }
            PyMutex.unlock(ts, guard); // races the spinning waiter
        }
        // Watchdog: the waiter finishes in microseconds unless a wake-up was lost.
        long since = System.nanoTime();
        while (!done) {
            if (System.nanoTime() - since > STRANDED_NANOS) {
                stranded = 1;
                rescue(ts);
                since = System.nanoTime();
            }
            Thread.yield();
        }
    }

    /** Takes the mutex, clears a stuck WAKER bit and unlocks: the unlock then wakes a parked waiter. */
    private void rescue(ThreadState ts) {
        while (!PyMutex.tryLock(ts, guard)) {
            Thread.yield();
        }
        int v;
        do {
            v = Header.mutexVolatile(guard);
        } while (!Header.casMutex(guard, v, v & ~WAKER));
        PyMutex.unlock(ts, guard);
    }

    @Actor
    public void waiter() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> held);
        PyMutex.lock(ts, guard); // held until we have parked
        counter++;
        PyMutex.unlock(ts, guard);
        done = true;
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = stranded;
        r.r2 = Header.mutexVolatile(guard);
        r.r3 = counter;
    }
}
