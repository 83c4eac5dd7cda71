// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.gc.Gc;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RcMisuseException;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import dev.freethread.testkit.TestNode;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

import java.util.concurrent.atomic.AtomicInteger;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [G14] (gc's ConcurrentCollector overview) The fence against the owner: the owner of a cycle keeps changing the
 * counts of its members (biased: plain writes of their local counts) while another thread's concurrent collection
 * fences them, which merges an owned candidate only at its owner's safepoint and writes its watch word there.
 *
 * <p>The owner actor builds a cycle {@code a <-> b} with a chain of {@link #FILLERS} nodes hanging off {@code b}
 * (allocation order {@code b}, the chain, {@code a}: the collector reads {@code b}'s count long before {@code a}'s),
 * keeps one counted reference into it and moves it between the two members: from the member it holds it takes the
 * other one (an incref) and drops the first (a decref), polling between steps. Until the fence these are owner
 * increments and decrements of the local count; the fence, at one of those polls, folds the local count (whatever
 * the owner holds at that moment) into the shared word and writes the watch word; after it, the owner's operations
 * are ordinary watched ones (touch, then the shared count). A collection can start with stale counts (P1 reads
 * {@code b} while the owner is at {@code a} and {@code a} while it is at {@code b}: no outside reference at all), so
 * the collection's decision rests on the merge having carried the owner's local count exactly and on the touches of
 * the operations after it. The collector actor starts its collection once the owner is moving; the owner builds only
 * once the collector actor has arrived at this state (jcstress lets an actor run ahead into its next state, and a
 * collection of the previous state must not see this state's structure: it would free it when the owner drops it
 * early, and this state's collections would find nothing).
 *
 * <p>After a number of steps that varies from state to state (or once the first collection has ended) the owner drops
 * its reference; the collector's second collection, after the owner is done, frees what the first one left.
 *
 * <p>Outcome {@code (a member freed or its references cleared while the owner held one, or a misuse exception,
 * first collection's count, total found by both, everything freed at the end)}, N = {@link #FILLERS} + 2:
 * <ul>
 *   <li>{@code 0, 0, N, 1}: the owner still held a member when the first collection looked; the second freed
 *       everything.</li>
 *   <li>{@code 0, N, N, 1}: the owner dropped its reference before the first collection decided; it freed
 *       everything.</li>
 *   <li>anything else is forbidden: a lost count, either way: a member freed while the owner held it, a count driven
 *       below zero (a misuse exception), or a structure never freed after every reference is gone (a leak).</li>
 * </ul>
 * Actors detach at the end of each body and wait detached: a handshake must not wait for a thread between states.
 */
@JCStressTest
@Outcome(id = "0, 0, 128, 1", expect = ACCEPTABLE, desc = "held when the first collection looked: the second freed all.")
@Outcome(id = "0, 128, 128, 1", expect = ACCEPTABLE, desc = "dropped before the first collection decided: it freed all.")
@Outcome(expect = FORBIDDEN, desc = "a lost count: freed or cleared while held, a count below zero, or a leak.")
@State
public class FenceVsOwnerTest {
    static final Runtime RT = GcStress.runtimeWithoutAutomaticGc();

    /** Nodes in the chain off {@code b}, between the two members in the collector's reading order. */
    static final int FILLERS = 126;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    volatile TestNode nodeA;
    volatile TestNode nodeB;
    volatile TestNode chain;
    volatile boolean collectorArrived;
    volatile boolean ownerRunning;
    volatile boolean firstDone;
    volatile boolean ownerDone;
    int brokenWhileHeld;
    int first;
    int total;

    @Actor
    public void owner() {
        ThreadState ts = Harness.attachedForStops(RT);
        // Steps before the drop: one, 64 to 8192, or until the first collection has ended (half the states).
        int n = SEQUENCE.getAndIncrement();
        int kind = Math.floorMod(n, 4);
        int steps = kind == 0 ? 1 : kind == 1 ? 64 << ((n >>> 2) & 7) : Integer.MAX_VALUE;
        // The collector is done with the previous state: no collection but this state's two sees our structure.
        Harness.awaitDetached(ts, () -> collectorArrived);
        TestNode b = TestNode.create(ts, 2);
        TestNode head = GcStress.chainOff(ts, b, FILLERS);
        TestNode a = TestNode.create(ts, 1);
        a.setStealing(ts, 0, b); // our reference to b goes into a
        b.set(ts, 0, a); // and we keep ours to a
        nodeA = a;
        nodeB = b;
        chain = head;
        TestNode cur = a;
        boolean broken = false;
        try {
            for (int i = 0; i < steps && !firstDone; i++) {
                PyObject next = cur.getBorrowed(0);
                if (next == null || RefCount.isFreed(cur) || RefCount.isFreed(next)) {
                    broken = true; // freed or cleared under our reference: stop touching it
                    break;
                }
                RefCount.incref(ts, next);
                RefCount.decref(ts, cur);
                cur = (TestNode) next;
                if (i == 0) {
                    ownerRunning = true;
                }
                ts.poll(); // the fence merges our candidates here
            }
            if (!broken) {
                broken = cur.getBorrowed(0) == null || RefCount.isFreed(cur);
                RefCount.decref(ts, cur);
            }
        } catch (RcMisuseException e) {
            broken = true; // a count driven below zero, or a freed object used: a lost count
        } finally {
            brokenWhileHeld = broken ? 1 : 0;
            ownerRunning = true;
            ownerDone = true;
            ts.detach();
        }
    }

    @Actor
    public void collector() {
        ThreadState ts = Harness.attachedForStops(RT);
        collectorArrived = true;
        Harness.awaitDetached(ts, () -> ownerRunning); // collect while the owner moves
        Gc gc = Gc.of(RT);
        try {
            first = gc.collect(ts);
        } catch (RcMisuseException e) {
            first = -1; // a count driven below zero, or a freed object used: a lost count
        }
        firstDone = true;
        Harness.awaitDetached(ts, () -> ownerDone);
        try {
            total = first + gc.collect(ts);
        } catch (RcMisuseException e) {
            total = -1;
        }
        ts.detach();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r1 = brokenWhileHeld;
        r.r2 = first;
        r.r3 = total;
        r.r4 = GcStress.allFreed(nodeA, nodeB, chain);
    }
}
