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
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [Q6] A thread detaches with a deferred decref pending: {@code detach()} hands it to the Runtime's orphan queue, and
 * the other attached thread's safepoints must drop it while the deferrer stays detached.
 *
 * <p>The writer defers the only reference to a value while the reader is attached (so the grace period cannot end at
 * once) and detaches at once; the reader keeps polling until the value is freed. The reader may report anywhere
 * around the writer's last safepoint and its hand-off; whichever, someone must process the orphan. A version that
 * kept the entry's old goal asked nobody when the reader reported between the two, and the reader's fast polls then
 * never looked at the orphan: the reader waits in vain and the run fails (the harness gives up after 20 s).
 *
 * <p>Outcome: the value's frees at the end; only {@code 1}.
 */
@JCStressTest
@Outcome(id = "1", expect = ACCEPTABLE, desc = "The orphaned reference was dropped once, by the reader's safepoint.")
@Outcome(expect = FORBIDDEN, desc = "Never dropped (a lost hand-off), or dropped twice.")
@State
public class QsbrHandOffTest {
    /**
     * ATOMIC: the value is born merged, so the reader's drop of the orphaned reference frees it on the spot. (Under
     * BIASED the writer owns it, and a foreign drop of the last reference queues it to its owner: freed at the
     * writer's next safepoint, after it attaches again; the hand-off still dropped the reference.)
     */
    static final Runtime RT = Runtime.builder().scheme(dev.freethread.objects.RcScheme.ATOMIC).build();

    volatile Harness.Counted value;
    volatile boolean readerAttached;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attachedForStops(RT);
        Harness.pollUntil(ts, () -> readerAttached);
        Harness.Counted v = new Harness.Counted(ts, 1);
        value = v;
        RefCount.decrefAfterGracePeriod(ts, v); // the reader is attached: not droppable yet
        ts.detach(); // its safepoint, then the hand-off
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attachedForStops(RT);
        readerAttached = true;
        Harness.pollUntil(ts, () -> {
            Harness.Counted v = value;
            return v != null && v.frees() > 0;
        });
        ts.detach();
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = value.frees();
    }
}
