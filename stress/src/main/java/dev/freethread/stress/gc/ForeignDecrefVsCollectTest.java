// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.gc.Gc;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import dev.freethread.testkit.TestNode;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [G1] and [G5] (gc's Collector overview) The last outside reference to a cycle is dropped by a thread that does not
 * own the cycle, while the owner collects.
 *
 * <p>The collector actor builds a self-cycle {@code a} (local count 2: the cycle's own reference and the creator's),
 * hands the creator's reference to the holder actor and collects. The holder checks that {@code a} is not freed and
 * drops its reference: a foreign decrement, which drives the shared count negative and queues {@code a} to its owner
 * (the collector thread) — so the collection meets a queued, unmerged count ([G5]) whenever the drop lands before
 * the pause. The world is stopped for the whole count, so the drop lands wholly before or wholly after it ([G1]):
 * before, {@code a} is garbage and the first collection finds it; after, the holder's reference keeps it alive and
 * the second collection (after the holder is done) finds it. The holder also passes a safepoint while it holds
 * {@code a}, so a collection can run in the middle of the hold, where only the counted reference keeps {@code a} alive.
 *
 * <p>Outcome {@code (a freed while the holder still held it, first collection's count, total found, a freed at the
 * end)}:
 * <ul>
 *   <li>{@code 0, 1, 1, 1}: the drop came before the pause; the first collection freed a.</li>
 *   <li>{@code 0, 0, 1, 1}: the drop came after the pause; the second collection freed a.</li>
 *   <li>anything else is forbidden: a freed under a live reference (premature free), found twice or never, a leak.</li>
 * </ul>
 * Actors detach at the end of each body and wait detached: a stop must not wait for a thread between states.
 */
@JCStressTest
@Outcome(id = "0, 1, 1, 1", expect = ACCEPTABLE, desc = "drop before the pause: the first collection frees a.")
@Outcome(id = "0, 0, 1, 1", expect = ACCEPTABLE, desc = "drop after the pause: the second collection frees a.")
@Outcome(expect = FORBIDDEN, desc = "a freed under a live reference, found twice or never, or leaked.")
@State
public class ForeignDecrefVsCollectTest {
    static final Runtime RT = Runtime.create();

    volatile TestNode held;
    volatile boolean holderDone;
    int freedWhileHeld;
    int first;
    int total;

    @Actor
    public void collector() {
        ThreadState ts = Harness.attachedForStops(RT);
        TestNode a = TestNode.create(ts, 1);
        a.set(ts, 0, a);
        held = a; // the creator's reference now belongs to the holder
        Gc gc = Gc.of(RT);
        first = gc.collect(ts);
        Harness.awaitDetached(ts, () -> holderDone);
        total = first + gc.collect(ts);
        ts.detach();
    }

    @Actor
    public void holder() {
        ThreadState ts = Harness.attachedForStops(RT);
        Harness.awaitDetached(ts, () -> held != null);
        TestNode a = held;
        boolean freed = RefCount.isFreed(a);
        ts.poll(); // a safepoint while holding: a collection may run here, and must see the reference
        freed |= RefCount.isFreed(a);
        freedWhileHeld = freed ? 1 : 0;
        RefCount.decref(ts, a);
        holderDone = true;
        ts.detach();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r1 = freedWhileHeld;
        r.r2 = first;
        r.r3 = total;
        r.r4 = RefCount.isFreed(held) ? 1 : 0;
    }
}
