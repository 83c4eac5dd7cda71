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
 * [G13] (gc's ConcurrentCollector overview) A live holder's count changes on the members of a cycle against the
 * concurrent collector's validation, which reads each member's count once and relies on the touched bit for every
 * change after that read.
 *
 * <p>The collector actor builds a cycle {@code a <-> b} with a chain of {@link #FILLERS} nodes hanging off {@code b},
 * allocated in the order {@code b}, the chain, {@code a} (so the collector reads {@code b}'s count, then the chain's,
 * then {@code a}'s: the reads of the two cycle members are far apart), hands its reference to {@code a} to the holder
 * and collects once the holder is moving. The holder, a thread that does not own the cycle, keeps one counted reference into it, a register of
 * an interpreter moving between two members: from the member it holds it takes the other one (a read of a field of
 * an object it holds, then an incref) and drops the first (a decref), polling between steps. Both operations change
 * a member's count while P1 and V read counts; a read of {@code b} while the holder is at {@code a} followed by a read
 * of {@code a} while it is at {@code b} sees no outside reference at all, so the cycle becomes a candidate and its
 * counts alone would call it garbage: only the touched bits that the holder's operations set (before they change a
 * count) stop the commit. The holder is deliberately a local reference and not a traversed object: a live holder
 * object would make P1 mark the cycle reachable from it, and validation would never see it. The holder's operations
 * are foreign ones (the collector thread owns the cycle), so until the fence they race the owner-side merge of the
 * fence on the shared word as well.
 *
 * <p>After a number of steps that varies from state to state (or once the first collection has ended) the holder drops
 * its reference; the collector's second collection, after the holder is done, frees what the first one left.
 *
 * <p>Outcome {@code (a member freed or its references cleared while the holder held one, first collection's count,
 * total found by both, everything freed at the end)}, N = {@link #FILLERS} + 2; a misuse exception (a count driven
 * below zero, a freed object used) counts as freed while held, or as a count of -1 where the collector threw:
 * <ul>
 *   <li>{@code 0, 0, N, 1}: the holder still held a member when the first collection looked (P1 saw its reference,
 *       or validation saw it or its touches); the second collection freed everything.</li>
 *   <li>{@code 0, N, N, 1}: the holder dropped its reference before the first collection decided; it freed
 *       everything.</li>
 *   <li>anything else is forbidden: a member freed or cleared while held (a count read that missed the holder and a
 *       touch that was lost), part of the structure freed, something found twice or never, a leak.</li>
 * </ul>
 * Actors detach at the end of each body and wait detached: a handshake must not wait for a thread between states.
 */
@JCStressTest
@Outcome(id = "0, 0, 128, 1", expect = ACCEPTABLE, desc = "held when the first collection looked: the second freed all.")
@Outcome(id = "0, 128, 128, 1", expect = ACCEPTABLE, desc = "dropped before the first collection decided: it freed all.")
@Outcome(expect = FORBIDDEN, desc = "freed or cleared while held, partly freed, found twice or never, or leaked.")
@State
public class TouchVsValidateTest {
    static final Runtime RT = GcStress.runtimeWithoutAutomaticGc();

    /** Nodes in the chain off {@code b}, between the two members in the collector's reading order. */
    static final int FILLERS = 126;
    /**
     * The holder's steps before it drops its reference, by state: one (dropped before the collection looks), 64 to
     * 8192 (dropped before, during or after; the drop is itself a touch that may land in validation), or as many as
     * it takes for the first collection to end.
     */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    volatile TestNode handed;
    volatile TestNode other;
    volatile TestNode chain;
    volatile boolean holderRunning;
    volatile boolean firstDone;
    volatile boolean holderDone;
    int brokenWhileHeld;
    int first;
    int total;

    @Actor
    public void collector() {
        ThreadState ts = Harness.attachedForStops(RT);
        TestNode b = TestNode.create(ts, 2);
        TestNode head = GcStress.chainOff(ts, b, FILLERS);
        TestNode a = TestNode.create(ts, 1);
        a.set(ts, 0, b);
        b.setStealing(ts, 0, a); // b's reference to a was ours; the holder gets a new one
        RefCount.incref(ts, a);
        RefCount.decref(ts, b); // only a refers to b now
        other = b;
        chain = head;
        handed = a; // the creator's reference to a now belongs to the holder
        Harness.awaitDetached(ts, () -> holderRunning); // collect while the holder moves
        Gc gc = Gc.of(RT);
        try {
            first = gc.collect(ts);
        } catch (RcMisuseException e) {
            first = -1; // a count driven below zero, or a freed object used: a lost count
        }
        firstDone = true;
        Harness.awaitDetached(ts, () -> holderDone);
        try {
            total = first + gc.collect(ts);
        } catch (RcMisuseException e) {
            total = -1;
        }
        ts.detach();
    }

    @Actor
    public void holder() {
        ThreadState ts = Harness.attachedForStops(RT);
        int n = SEQUENCE.getAndIncrement();
        int kind = Math.floorMod(n, 4);
        int steps = kind == 0 ? 1 : kind == 1 ? 64 << ((n >>> 2) & 7) : Integer.MAX_VALUE;
        Harness.awaitDetached(ts, () -> handed != null);
        TestNode cur = handed;
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
                    holderRunning = true;
                }
                ts.poll();
            }
            if (!broken) {
                broken = cur.getBorrowed(0) == null || RefCount.isFreed(cur);
                RefCount.decref(ts, cur);
            }
        } catch (RcMisuseException e) {
            broken = true; // a reference of ours was lost: the object was freed under it
        } finally {
            brokenWhileHeld = broken ? 1 : 0;
            holderRunning = true;
            holderDone = true;
            ts.detach();
        }
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r1 = brokenWhileHeld;
        r.r2 = first;
        r.r3 = total;
        r.r4 = GcStress.allFreed(handed, other, chain);
    }
}
