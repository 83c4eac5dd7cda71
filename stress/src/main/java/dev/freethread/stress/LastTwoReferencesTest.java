// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;
import org.openjdk.jcstress.infra.results.III_Result;

import java.util.concurrent.atomic.AtomicInteger;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [R3] The owner and a foreign thread drop the last two references at the same time.
 *
 * <p>The owner creates the object (local count 1) and publishes it; the foreign thread takes a reference of its own
 * (shared count 1) and says so. Then both drop theirs at once. The owner's local count reaches zero, so it merges: if
 * the shared word is exactly zero it frees the object without an atomic (nobody else can hold or take a reference),
 * otherwise it CASes the word to MERGED with the shared count and frees only if that count is zero. The foreign
 * decrement is a CAS on the same word (or a getAndAdd once it is MERGED). Exactly one of the two sees the merged
 * count reach zero and frees; the object has a finalizer, which must run once, before that free.
 *
 * <p>Deterministic end: neither decrement queues anything (the shared count never goes negative), so after both
 * actors the object is freed; the arbiter reads the counts.
 *
 * <p>Outcome {@code (frees, finalizer runs, who freed: 1 owner, 2 foreign)}:
 * <ul>
 *   <li>{@code 1, 1, 1}: the foreign decrement landed first (shared word back to exactly 0); the owner's local
 *       count reaching zero freed it.</li>
 *   <li>{@code 1, 1, 2}: the owner's merge landed first (MERGED, count 1); the foreign decrement took it to zero
 *       and freed it.</li>
 *   <li>anything else is forbidden: 0 frees is a leak, 2 a double free; a finalizer that did not run once.</li>
 * </ul>
 *
 * <p>{@link DecrementThenCheck} beside it is the model of the bug that deciding the free in the same atomic step
 * as the decrement prevents.
 *
 * <p>Results seen here (2 cores, JDK 17.0.15, 2026-11-25; about 1.5 minutes per test):
 * <pre>
 * java -jar stress/target/jcstress.jar -t LastTwoReferencesTest -m quick
 *    RESULT     SAMPLES     FREQ      EXPECT
 *  1, 1, 1  39,760,353   70.02%  Acceptable
 *  1, 1, 2  17,024,410   29.98%  Acceptable
 *
 * (DecrementThenCheck, the model, in the same run: the -t regex matches it)
 *  RESULT      SAMPLES     FREQ       EXPECT
 *       1  206,172,155   92.24%   Acceptable
 *       2   17,356,203    7.76%  Interesting
 * </pre>
 */
@JCStressTest
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "The foreign decrement landed first; the owner freed it at local zero.")
@Outcome(id = "1, 1, 2", expect = ACCEPTABLE, desc = "The owner's merge landed first; the foreign decrement freed it.")
@Outcome(expect = FORBIDDEN, desc = "A leak (0 frees), a double free (2), or the finalizer not run exactly once.")
@State
public class LastTwoReferencesTest {
    static final Runtime RT = Harness.newRuntime();

    volatile Probe object;
    volatile boolean foreignHolds;
    volatile Thread foreignThread;

    @Actor
    public void owner() {
        ThreadState ts = Harness.attached(RT);
        Probe o = Probe.finalizing(ts);
        object = o;
        Harness.await(() -> foreignHolds);
        RefCount.decref(ts, o); // local 1 -> 0: merge (or free without an atomic if the shared word is 0)
    }

    @Actor
    public void foreign() {
        ThreadState ts = Harness.attached(RT);
        foreignThread = Thread.currentThread();
        Probe o;
        while ((o = object) == null) {
            Harness.await(() -> object != null);
        }
        RefCount.incref(ts, o); // shared 0 -> 1, borrowing the owner's reference
        foreignHolds = true;
        RefCount.decref(ts, o); // the other last reference
    }

    @Arbiter
    public void arbiter(III_Result r) {
        Probe o = object;
        r.r1 = o.frees();
        r.r2 = o.finalizations();
        Thread by = o.freedBy();
        r.r3 = by == null ? 0 : by == foreignThread ? 2 : 1;
    }

    /**
     * The model: each thread drops its reference with an atomic decrement and then checks for zero with a separate
     * read — the decrement and the zero test are two steps instead of one. The counter starts at 2.
     *
     * <p>Outcome {@code (frees)}: {@code 1} is right; {@code 2} is a double free: both decrements land before either
     * check, and both threads see zero. The real protocol makes the step that reaches zero and the decision to free
     * one atomic operation (a CAS on the shared word, or the value a getAndAdd returns).
     */
    @JCStressTest
    @Outcome(id = "1", expect = ACCEPTABLE, desc = "Exactly one thread saw zero and freed.")
    @Outcome(id = "2", expect = ACCEPTABLE_INTERESTING,
            desc = "Both saw zero: a double free (decrement and zero test are two steps in this model).")
    @State
    public static class DecrementThenCheck {
        final AtomicInteger count = new AtomicInteger(2);
        final AtomicInteger frees = new AtomicInteger();

        @Actor
        public void owner() {
            count.decrementAndGet();
            if (count.get() == 0) {
                frees.incrementAndGet();
            }
        }

        @Actor
        public void foreign() {
            count.decrementAndGet();
            if (count.get() == 0) {
                frees.incrementAndGet();
            }
        }

        @Arbiter
        public void arbiter(I_Result r) {
            r.r1 = frees.get();
        }
    }
}
