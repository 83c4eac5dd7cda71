// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.qsbr;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [Q3] The grace period: a deferred decref is processed only after every attached thread has passed a safepoint.
 *
 * <p>The reader holds a borrowed reference to a value (it read it from a field without taking a reference) and stays
 * attached without a safepoint; the writer, which holds the value's only reference, hands it to
 * {@code decrefAfterGracePeriod} and polls until it is dropped (its processing runs at every one of its serviced
 * safepoints, so it tries to drop the value as early as it can). The reader looks at the value after the deferral,
 * before its next safepoint, and then polls (its report wakes the writer). The value must be alive at the look, and
 * freed once at the end. (Two actors: jcstress runs no test with more actors than CPUs, and this machine has two; the
 * unit test {@code DeferredDecrefsTest.anotherAttachedThread_delaysTheDrop_untilItPassesASafepoint} covers a thread that
 * takes no part.)
 *
 * <p>Outcome {@code (frees seen by the reader while it held the value, frees at the end)}: only {@code 0, 1}.
 */
@JCStressTest
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "Freed only after the reader passed a safepoint.")
@Outcome(expect = FORBIDDEN, desc = "Freed while the reader still held it borrowed, a leak or a double free.")
@State
public class QsbrGraceTest {
    static final Runtime RT = Harness.newRuntime();

    volatile Harness.Counted value;
    volatile boolean ready;
    volatile boolean deferred;
    int seen;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attachedForStops(RT);
        Harness.Counted v = new Harness.Counted(ts, 1);
        value = v;
        Harness.pollUntil(ts, () -> ready); // the reader is attached, holding the value borrowed
        RefCount.decrefAfterGracePeriod(ts, v);
        deferred = true;
        Harness.pollUntil(ts, () -> v.frees() > 0);
        ts.detach();
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attachedForStops(RT);
        Harness.pollUntil(ts, () -> value != null); // polling: an earlier state's writer may wait for our report
        Harness.Counted borrowed = value;
        ready = true;
        Harness.await(() -> deferred); // no safepoint from here to the look
        for (int i = 0; i < 16; i++) {
            Thread.onSpinWait(); // give the writer's processing time to run ahead of us, if it would
        }
        seen = borrowed.frees();
        Harness.pollUntil(ts, () -> borrowed.frees() > 0);
        ts.detach();
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = seen;
        r.r2 = value.frees();
    }
}
