// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.refcount.RefCount;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [R2][R5] A foreign decrement drives the shared count negative and queues the object to its owner, while the owner
 * keeps polling (merging) and the foreign thread keeps decrementing.
 *
 * <p>The owner creates the object and takes two more references for the foreign thread (local count 3: all three
 * references are counted locally), publishes it, and polls in a loop until the foreign thread is done. The foreign
 * thread drops its two references: the first drives the shared count to -1 (the CAS to QUEUED, which enqueues the
 * object to the owner), the second to -2 — unless a poll of the owner merged the object in between ([R5]: the merge
 * CAS races the second decrement's CAS; then the merged count is 2 and the second decrement is on the merged word).
 *
 * <p>Deterministic end: when the owner sees the foreign thread done, it still holds its reference, so the object
 * must not have been freed. It drops the reference — on its local count if no poll has merged the object yet, on the
 * merged word otherwise — and polls once more; the foreign thread's enqueue happened before its {@code done} flag, so
 * that poll drains the queue. The object must then be freed exactly once: by that poll's merge (a total of zero), or
 * by the drop itself when an earlier poll had merged it. Not freed means a count lost in the queue (a leak).
 *
 * <p>Outcome {@code (frees while the owner held its reference, frees at the end — plus 10 per unraisable error
 * reported on the owner —, frees right after the owner's drop, merged before the foreign thread's second decrement)}:
 * <ul>
 *   <li>{@code 0, 1, 0, 0}: queued, still unmerged when the owner dropped its reference; the final poll merged a
 *       total of zero and freed it.</li>
 *   <li>{@code 0, 1, 1, 0}: a poll in the loop merged it after both foreign decrements (count 1, the owner's); the
 *       owner's drop, now on the merged word, freed it.</li>
 *   <li>{@code 0, 1, 1, 1}: a poll merged it between the two foreign decrements ([R5]); the second foreign decrement
 *       took the merged count from 2 to 1, and the owner's drop freed it.</li>
 *   <li>anything else is forbidden: a free while the owner holds a reference (premature), a count lost in the queue
 *       (the object never freed: a leak), two frees, or a merge seen early whose count is then wrong.</li>
 * </ul>
 *
 * <p>Results seen here (2 cores, JDK 17.0.15, 2026-11-25; about 1.5 minutes per test):
 * <pre>
 * java -jar stress/target/jcstress.jar -t ForeignDecrefQueueMergeTest -m quick
 *       RESULT     SAMPLES     FREQ       EXPECT
 *  0, 1, 0, 0     248,848    0.70%   Acceptable
 *  0, 1, 1, 0  35,203,793   99.29%   Acceptable
 *  0, 1, 1, 1       2,867   <0.01%  Interesting
 * </pre>
 */
@JCStressTest
@Outcome(id = "0, 1, 0, 0", expect = ACCEPTABLE, desc = "Queued; the owner's final poll merged a total of zero and freed it.")
@Outcome(id = "0, 1, 1, 0", expect = ACCEPTABLE, desc = "A poll merged it after both foreign decrements; the owner's drop freed it.")
@Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "[R5] A poll merged it between the two foreign decrements; the owner's drop freed it.")
@Outcome(expect = FORBIDDEN, desc = "Freed while the owner held a reference, a queued count lost (leak), or a double free.")
@State
public class ForeignDecrefQueueMergeTest {
    static final Runtime RT = Harness.newRuntime();

    volatile Probe object;
    volatile boolean foreignDone;
    /** Written by the foreign actor before {@link #foreignDone}. */
    int sawMerged;

    @Actor
    public void owner(IIII_Result r) {
        ThreadState ts = Harness.attached(RT);
        Harness.takeUnraisable();
        Probe o = Probe.plain(ts);
        RefCount.incref(ts, o);
        RefCount.incref(ts, o); // local 3: the owner's reference and the two the foreign thread will drop
        object = o;
        while (!foreignDone) {
            ts.poll(); // merges as soon as the object is queued, racing the foreign thread's second decrement
        }
        r.r1 = o.frees(); // the owner still holds its reference
        RefCount.decref(ts, o); // on the local count if still unmerged, on the merged word otherwise
        r.r3 = o.frees();
        ts.poll(); // the enqueue happened before foreignDone: this drains it if the loop did not
        r.r2 = o.frees() + 10 * Harness.takeUnraisable();
        r.r4 = sawMerged;
    }

    @Actor
    public void foreign() {
        ThreadState ts = Harness.attached(RT);
        Probe o;
        while ((o = object) == null) {
            Harness.await(() -> object != null);
        }
        RefCount.decref(ts, o); // shared 0 -> -1: QUEUED, enqueued to the owner [R2]
        sawMerged = Header.sharedState(Header.refSharedVolatile(o)) == Header.MERGED ? 1 : 0;
        RefCount.decref(ts, o); // -1 -> -2 while queued, or 2 -> 1 if a poll merged it [R5]
        foreignDone = true;
    }
}
