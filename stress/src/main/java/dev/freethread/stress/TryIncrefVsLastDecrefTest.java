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
import org.openjdk.jcstress.infra.results.III_Result;
import org.openjdk.jcstress.infra.results.IIIII_Result;

import java.util.concurrent.atomic.AtomicInteger;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [R4] A foreign {@code tryIncref} races the owner's drop of the last reference.
 *
 * <p>The owner creates the object, announces it for lock-free readers ({@link RefCount#enableTryIncref}: the shared
 * word becomes MAYBE_WEAKREF, so the owner can free it only through a CAS that a racing tryIncref can beat),
 * publishes it, and drops its only reference: its local count reaches zero and it CASes the shared word to MERGED
 * with count 0, then frees. The foreign thread, holding no reference, calls {@code tryIncref} on the published
 * pointer, as a lock-free container read or a weak reference would. Either its CAS lands first (the object lives: the
 * owner's merge finds a count of 1 and does not free; the foreign thread then drops its reference and frees it), or
 * the owner's lands first and {@code tryIncref} must fail.
 *
 * <p>The object has a finalizer. Deallocation makes the object briefly alive again for its finalizer (merged, count
 * 1: PEP 442 lets a finalizer resurrect its object), so a {@code tryIncref} whose CAS lands inside that window
 * succeeds: the object is resurrected, not freed, and freed once when the foreign thread drops its reference, without
 * a second finalization. That outcome is legal (no premature or double free) and marked interesting: the free had
 * begun — the finalizer ran — when tryIncref succeeded.
 *
 * <p>Deterministic end: nothing is queued (the owner merged at local zero), so after both actors the object is freed;
 * the arbiter reads the counts.
 *
 * <p>Outcome {@code (tryIncref succeeded, frees when it returned, finalizer runs when it returned, frees at the end,
 * finalizer runs at the end)}:
 * <ul>
 *   <li>{@code 1, 0, 0, 1, 1}: tryIncref won before the free began; the object lived; freed once afterwards.</li>
 *   <li>{@code 0, 0, 0, 1, 1}: the owner's free came first; tryIncref failed; freed once.</li>
 *   <li>{@code 1, 0, 1, 1, 1}: tryIncref won inside the finalizer's window: resurrected, freed once later.</li>
 *   <li>anything else is forbidden: tryIncref succeeding on a freed object (both), failing on an object that then
 *       is never freed (neither: a leak), a double free, or a finalizer that ran twice or never.</li>
 * </ul>
 *
 * <p>{@link CheckThenIncrement} beside it is the model of the bug the CAS loop prevents.
 *
 * <p>Results seen here (2 cores, JDK 17.0.15, 2026-11-25; about 1.5 minutes per test):
 * <pre>
 * java -jar stress/target/jcstress.jar -t TryIncrefVsLastDecrefTest -m quick
 *          RESULT      SAMPLES     FREQ       EXPECT
 *  0, 0, 0, 1, 1  115,224,220   93.16%   Acceptable
 *  1, 0, 0, 1, 1    5,689,092    4.60%   Acceptable
 *  1, 0, 1, 1, 1    2,774,491    2.24%  Interesting
 *
 * (CheckThenIncrement, the model, in the same run: the -t regex matches it)
 *   RESULT      SAMPLES     FREQ       EXPECT
 *  0, 1, 0  154,278,333   43.35%   Acceptable
 *  1, 0, 1  183,783,868   51.64%   Acceptable
 *  1, 1, 1   17,864,237    5.02%  Interesting
 * </pre>
 */
@JCStressTest
@Outcome(id = "1, 0, 0, 1, 1", expect = ACCEPTABLE, desc = "tryIncref won before the free began; freed once after both dropped.")
@Outcome(id = "0, 0, 0, 1, 1", expect = ACCEPTABLE, desc = "The owner's free came first; tryIncref failed; freed once.")
@Outcome(id = "1, 0, 1, 1, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "tryIncref won inside the finalizer's window: resurrected (PEP 442), freed once later.")
@Outcome(expect = FORBIDDEN, desc = "tryIncref on a freed object, a leak, a double free, or a finalizer not run once.")
@State
public class TryIncrefVsLastDecrefTest {
    static final Runtime RT = Harness.newRuntime();

    volatile Probe object;
    int taken;
    int freesWhenTaken;
    int finalizationsWhenTaken;

    @Actor
    public void owner() {
        ThreadState ts = Harness.attached(RT);
        Probe o = Probe.finalizing(ts);
        RefCount.enableTryIncref(o);
        object = o;
        RefCount.decref(ts, o); // the last reference: merge to MERGED/0 and free, unless tryIncref got in first
    }

    @Actor
    public void foreign() {
        ThreadState ts = Harness.attached(RT);
        Probe o;
        while ((o = object) == null) {
            Harness.await(() -> object != null);
        }
        if (RefCount.tryIncref(ts, o)) {
            taken = 1;
            freesWhenTaken = o.frees();
            finalizationsWhenTaken = o.finalizations();
            RefCount.decref(ts, o);
        }
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        Probe o = object;
        r.r1 = taken;
        r.r2 = freesWhenTaken;
        r.r3 = finalizationsWhenTaken;
        r.r4 = o.frees();
        r.r5 = o.finalizations();
    }

    /**
     * The model: tryIncref as a check-then-act ({@code if (count > 0) count++}, two atomic steps) against the last
     * decrement ({@code if (--count == 0) free}). The count starts at 1, the owner's reference.
     *
     * <p>Outcome {@code (tryIncref succeeded, freed, final count)}: {@code 1, 0, 1} and {@code 0, 1, 0} are right;
     * {@code 1, 1, 1} is a revival of a freed object: the check saw 1, the decrement freed, and the increment brought
     * the dead object back to 1. The real tryIncref makes the check and the increment one CAS.
     */
    @JCStressTest
    @Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "tryIncref first: the object lives with the reader's reference.")
    @Outcome(id = "0, 1, 0", expect = ACCEPTABLE, desc = "The decrement first: freed, tryIncref failed.")
    @Outcome(id = "1, 1, 1", expect = ACCEPTABLE_INTERESTING,
            desc = "Check-then-act: a freed object revived (what the real tryIncref's CAS prevents).")
    @State
    public static class CheckThenIncrement {
        final AtomicInteger count = new AtomicInteger(1);
        int freed;
        int taken;

        @Actor
        public void owner() {
            if (count.decrementAndGet() == 0) {
                freed = 1;
            }
        }

        @Actor
        public void foreign() {
            if (count.get() > 0) {
                count.incrementAndGet();
                taken = 1;
            }
        }

        @Arbiter
        public void arbiter(III_Result r) {
            r.r1 = taken;
            r.r2 = freed;
            r.r3 = count.get();
        }
    }
}
