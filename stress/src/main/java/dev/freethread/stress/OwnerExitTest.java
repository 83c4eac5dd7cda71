// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RcStats;
import dev.freethread.refcount.RefCount;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [R6][R8] The owner thread exits while a foreign thread still holds references and drops them, driving the shared
 * count negative and queueing the object to an owner that is exiting or gone.
 *
 * <p>The owner attaches a new thread state for this state object (it closes it at the end of the actor, so the
 * actor's thread needs a new one each time), creates the object, takes two references for the foreign thread (local
 * count 3), publishes it, drops its own reference (local 2) and exits ({@link ThreadState#close()}: drain the merge
 * queue, attached, until its merge gate closes on an empty queue; then EXITED, leave the Runtime). Meanwhile the
 * foreign thread drops its two references. The first drives the shared count to -1 and queues the object to its
 * owner: if the owner's gate is open, the offer succeeds and the owner's exit drains it (R6: offer and gate check
 * under one monitor, and the gate closes only on an empty queue); if the gate is closed (or the owner gone), the
 * foreign thread merges the object itself ({@code Merges.mergeAbandoned}), reading the exited owner's local count
 * (R8: the owner touches no count after its gate closed). The second decrement lands on the queued word (then the
 * owner's drain merges a total of zero and frees it) or on the merged word (then it frees it).
 *
 * <p>Deterministic end: every path ends with the object freed before both actors have returned — the owner's exit
 * drains whatever was offered before its gate closed, and the foreign thread merges whatever it could not offer — so
 * the arbiter reads the final counts. Unraisable errors (a merge that found a misuse) are counted on both threads.
 *
 * <p>Outcome {@code (frees seen by the foreign thread while it still held a reference, frees at the end — plus 10
 * if the header does not say "freed" exactly when the object was —, path, unraisable errors)}, path being 1: freed
 * by the owner's exit drain (merged total zero); 2: merged by the owner, freed by the foreign thread's last
 * decrement; 3: merged by the foreign thread because the owner had exited, freed by its last decrement (0: never
 * freed):
 * <ul>
 *   <li>{@code 0, 1, 1, 0} and {@code 0, 1, 2, 0}: the owner's exit (or a drain before it) merged the object.</li>
 *   <li>{@code 0, 1, 3, 0}: the owner had exited when the object was queued; the foreign thread merged it.</li>
 *   <li>anything else is forbidden: freed while the foreign thread still held a reference (early), never freed (a
 *       leak), freed twice, or a merge that reported a misuse.</li>
 * </ul>
 *
 * <p>Regression: this test found the exit race of commit ba639c9's {@code Merges} fix. Before it, the exit drain
 * merged an object that the foreign thread had already merged (it did not re-check that the word was still QUEUED):
 * its local count was added twice and the object never freed ({@code 0, 0, 0, 0}), or, if freed meanwhile, the drain
 * reported a use-after-free and wrote its id back into the freed header ({@code 0, 1, 3, 1}); and the foreign
 * merger could read the local count the drain had just zeroed and throw a false underflow out of an innocent decref
 * (its thread died; later states showed the foreign actor never ran). Quick mode showed about 150 forbidden results
 * in 13 million.
 *
 * <p>The merge gate (issue 11): with a planted bug that closes the gate without checking that the queue is empty,
 * quick mode reports {@code 0, 0, 0, 0} (the object never freed: a leak) in every configuration (355 to 1,757 of
 * about 700,000 samples each); the real protocol, quick mode, 2026-11-28 (AMD EPYC guest, 2 cores, JDK 17.0.15), all
 * 28 configurations passed: {@code 0, 1, 1, 0} 213,194, {@code 0, 1, 2, 0} 3,300, {@code 0, 1, 3, 0} 64,828,282.
 *
 * <p>Results seen here (2 cores, JDK 17.0.15, 2026-11-25; about 1.5 minutes per test):
 * <pre>
 * java -jar stress/target/jcstress.jar -t OwnerExitTest -m quick
 *       RESULT     SAMPLES     FREQ       EXPECT
 *  0, 1, 1, 0       1,578   <0.01%   Acceptable
 *  0, 1, 2, 0         181   <0.01%   Acceptable
 *  0, 1, 3, 0  28,089,113   99.99%  Interesting
 * </pre>
 */
@JCStressTest
@Outcome(id = "0, 1, 1, 0", expect = ACCEPTABLE, desc = "Queued before the exit; the owner's exit drain merged zero and freed it.")
@Outcome(id = "0, 1, 2, 0", expect = ACCEPTABLE, desc = "Merged by the owner; the foreign thread's last decrement freed it.")
@Outcome(id = "0, 1, 3, 0", expect = ACCEPTABLE_INTERESTING,
        desc = "The owner had exited; the foreign thread merged it (mergeAbandoned) and freed it later.")
@Outcome(expect = FORBIDDEN, desc = "Freed early, leaked, freed twice, or a merge reported a misuse.")
@State
public class OwnerExitTest {
    static final Runtime RT = Harness.newRuntime();

    volatile Probe object;
    volatile Thread foreignThread;
    int foreignSawFrees;
    int abandonedByForeign;
    volatile int unraisable;

    @Actor
    public void owner() {
        Harness.takeUnraisable();
        ThreadState ts = RT.attachCurrentThread(); // a new thread state per state object: it exits below
        try {
            Probe o = Probe.plain(ts);
            RefCount.incref(ts, o);
            RefCount.incref(ts, o); // local 3: the owner's reference and two for the foreign thread
            object = o;
            RefCount.decref(ts, o); // local 2: the owner keeps none
        } finally {
            ts.close(); // exit while the foreign thread drops its references
        }
        addUnraisable(Harness.takeUnraisable());
    }

    @Actor
    public void foreign() {
        ThreadState ts = Harness.attached(RT);
        Harness.takeUnraisable();
        foreignThread = Thread.currentThread();
        Probe o;
        while ((o = object) == null) {
            Harness.await(() -> object != null);
        }
        RcStats stats = RcStats.of(RT);
        long abandoned = stats.abandonedMerges(); // only this actor's thread ever merges for an exited owner
        RefCount.decref(ts, o); // shared 0 -> -1: queued to the owner, or merged here if the owner has exited
        abandonedByForeign = (int) (stats.abandonedMerges() - abandoned);
        foreignSawFrees = o.frees();
        RefCount.decref(ts, o);
        addUnraisable(Harness.takeUnraisable());
    }

    private synchronized void addUnraisable(int n) {
        unraisable += n;
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        Probe o = object;
        r.r1 = foreignSawFrees;
        r.r2 = o.frees() + (RefCount.isFreed(o) == (o.frees() > 0) ? 0 : 10); // 10: header and free disagree
        Thread by = o.freedBy();
        r.r3 = by == null ? 0 : by != foreignThread ? 1 : abandonedByForeign == 1 ? 3 : 2;
        synchronized (this) {
            r.r4 = unraisable;
        }
    }
}
