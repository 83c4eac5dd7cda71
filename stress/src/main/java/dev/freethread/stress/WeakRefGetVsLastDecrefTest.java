// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;

import java.util.concurrent.atomic.AtomicInteger;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [R7] A weak reference's {@code get} on a foreign thread races the referent's last decrement on its owner.
 *
 * <p>The owner creates the referent (with a finalizer) and a weak reference to it with a callback (which announces
 * the referent for tryIncref), publishes the weak reference, and drops its only reference to the referent.
 * The foreign thread calls {@link PyWeakRef#get}: a tryIncref of the referent read from the weak reference's slot,
 * then a re-check of the slot ([R4] plus re-validation). Deallocation clears the slot before any callback runs. So
 * {@code get} either returns the live referent — then the foreign thread drops that reference, and the free (with the
 * callback) happens then — or null, once the free has begun. It never returns a freed object, and the callback runs
 * exactly once, on whichever thread frees the referent.
 *
 * <p>As in {@link TryIncrefVsLastDecrefTest}, the finalizer runs with the referent briefly alive again and its weak
 * references not yet cleared (CPython's order: {@code __del__} may still see them resolve), so a {@code get} inside
 * that window returns the referent: it is resurrected, and freed once when the foreign thread drops it. Legal, and
 * marked interesting.
 *
 * <p>Deterministic end: the owner keeps its reference to the weak reference object until the foreign thread is
 * done, so the weak reference is alive when the referent dies and its callback must run; nothing is queued, so after
 * both actors the referent is freed; the arbiter reads the counts.
 *
 * <p>Outcome {@code (get returned the referent, frees when it returned, finalizer runs when it returned, frees at the
 * end, callback runs)}:
 * <ul>
 *   <li>{@code 1, 0, 0, 1, 1}: get won; the referent was alive; freed once after the foreign thread dropped it.</li>
 *   <li>{@code 0, 0, 0, 1, 1}: the free came first; get returned null.</li>
 *   <li>{@code 1, 0, 1, 1, 1}: get inside the finalizer's window: resurrected, freed once later.</li>
 *   <li>anything else is forbidden: get returning a freed object, a leak, a double free, or the callback not run
 *       exactly once.</li>
 * </ul>
 *
 * <p>Results seen here (2 cores, JDK 17.0.15, 2026-11-25; about 1.5 minutes per test):
 * <pre>
 * java -jar stress/target/jcstress.jar -t WeakRefGetVsLastDecrefTest -m quick
 *          RESULT     SAMPLES     FREQ       EXPECT
 *  0, 0, 0, 1, 1  47,337,449   99.99%   Acceptable
 *  1, 0, 0, 1, 1       2,842   <0.01%   Acceptable
 *  1, 0, 1, 1, 1       3,857   <0.01%  Interesting
 * </pre>
 */
@JCStressTest
@Outcome(id = "1, 0, 0, 1, 1", expect = ACCEPTABLE, desc = "get won: the referent was alive; freed once after it was dropped.")
@Outcome(id = "0, 0, 0, 1, 1", expect = ACCEPTABLE, desc = "The free came first: get returned null; callback once.")
@Outcome(id = "1, 0, 1, 1, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "get inside the finalizer's window: resurrected (PEP 442), freed once later.")
@Outcome(expect = FORBIDDEN, desc = "get returned a freed object, a leak, a double free, or the callback not run once.")
@State
public class WeakRefGetVsLastDecrefTest {
    static final Runtime RT = Harness.newRuntime();

    volatile Probe referent;
    volatile PyWeakRef ref;
    volatile boolean foreignDone;
    final AtomicInteger callbacks = new AtomicInteger();
    int got;
    int freesWhenGot;
    int finalizationsWhenGot;

    @Actor
    public void owner() {
        ThreadState ts = Harness.attached(RT);
        Probe o = Probe.finalizing(ts);
        PyWeakRef wr = PyWeakRef.of(ts, o, (t, w) -> callbacks.incrementAndGet());
        referent = o;
        ref = wr;
        RefCount.decref(ts, o); // the referent's last reference
        Harness.await(() -> foreignDone);
        RefCount.decref(ts, wr); // the weak reference object itself, once the foreign thread no longer reads it
    }

    @Actor
    public void foreign() {
        ThreadState ts = Harness.attached(RT);
        PyWeakRef wr;
        while ((wr = ref) == null) {
            Harness.await(() -> ref != null);
        }
        PyObject r = wr.get(ts);
        if (r != null) {
            Probe o = (Probe) r;
            got = 1;
            freesWhenGot = o.frees();
            finalizationsWhenGot = o.finalizations();
            RefCount.decref(ts, o);
        }
        foreignDone = true;
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r1 = got;
        r.r2 = freesWhenGot;
        r.r3 = finalizationsWhenGot;
        r.r4 = referent.frees();
        r.r5 = callbacks.get();
    }
}
