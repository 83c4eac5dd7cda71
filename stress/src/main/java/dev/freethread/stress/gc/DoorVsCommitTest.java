// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.gc.Gc;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import dev.freethread.testkit.TestNode;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIIII_Result;

import java.util.concurrent.atomic.AtomicInteger;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [G12] (gc's ConcurrentCollector overview) A door, a weak reference's {@code get}, against the concurrent
 * collector's commit of the cycle it leads into.
 *
 * <p>The collector actor builds a garbage cycle {@code a <-> b} and a weak reference to {@code a}, drops its own
 * references (only the cycle holds them now) and collects with the concurrent collector. The getter waits until the
 * collection has fenced {@code a} (its watch word is in the header: read-only, only to aim at the window between the
 * fence and the commit, where the door and the commit both CAS that word), waits a few more safepoints (how many
 * varies from state to state, so the get lands before, inside and after validation and the commit) and calls
 * {@code get}. Exactly one of the two CASes on the word wins:
 * <ul>
 *   <li>the door's touch: the commit of the component fails, the whole cycle survives the collection, and the
 *       reference {@code get} returned is real; the getter holds it until the collection has ended (which must leave
 *       {@code a} alive and {@code a -> b} intact), drops it, and the collector's second collection frees the cycle;
 *       </li>
 *   <li>the close: the door waits for the verdict and refuses (null); the weak reference is cleared and the first
 *       collection frees the cycle.</li>
 * </ul>
 *
 * <p>Outcome {@code (get returned a, a freed or a -> b cleared while the getter held a, first collection's count,
 * total found by both, a freed at the end)}:
 * <ul>
 *   <li>{@code 1, 0, 0, 2, 1}: the door won; the cycle survived the first collection, the second freed it.</li>
 *   <li>{@code 0, 0, 2, 2, 1}: the commit won; get returned null, the first collection freed the cycle.</li>
 *   <li>anything else is forbidden: a committed while a reference from get was held ({@code 1, 1, 2, ...}: the
 *       collection cleared or freed it under the getter), get returning null for an object that survived the
 *       collection ({@code 0, 0, 0, ...}), a cycle found twice or never, a leak.</li>
 * </ul>
 * Actors detach at the end of each body and wait detached: a handshake must not wait for a thread between states.
 */
@JCStressTest
@Outcome(id = "1, 0, 0, 2, 1", expect = ACCEPTABLE, desc = "the door won: the cycle survived; the second collection freed it.")
@Outcome(id = "0, 0, 2, 2, 1", expect = ACCEPTABLE, desc = "the commit won: get returned null; the first collection freed it.")
@Outcome(expect = FORBIDDEN, desc = "committed under a reference from get, null for a survivor, found twice or never, a leak.")
@State
public class DoorVsCommitTest {
    static final Runtime RT = Runtime.create();

    static {
        Gc.of(RT).disable(); // only the actors' own collections: an automatic one would shift the counts
    }

    /** How many safepoints the getter waits after the fence: cycles through 0..DELAYS-1 over the states. */
    private static final int DELAYS = 24;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    volatile PyWeakRef ref;
    volatile TestNode referent;
    volatile TestNode other;
    volatile boolean firstDone;
    volatile boolean getterDone;
    int got;
    int brokenWhileHeld;
    int first;
    int total;

    @Actor
    public void collector() {
        ThreadState ts = Harness.attachedForStops(RT);
        TestNode a = TestNode.create(ts, 1);
        TestNode b = TestNode.create(ts, 1);
        a.set(ts, 0, b);
        b.set(ts, 0, a);
        PyWeakRef wr = PyWeakRef.of(ts, a, null);
        referent = a;
        other = b;
        ref = wr;
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        Gc gc = Gc.of(RT);
        first = gc.collect(ts);
        firstDone = true;
        Harness.awaitDetached(ts, () -> getterDone);
        total = first + gc.collect(ts);
        RefCount.decref(ts, wr);
        ts.detach();
    }

    @Actor
    public void getter() {
        ThreadState ts = Harness.attachedForStops(RT);
        int delay = Math.floorMod(SEQUENCE.getAndIncrement(), DELAYS);
        Harness.awaitDetached(ts, () -> ref != null);
        PyWeakRef wr = ref;
        TestNode a = referent;
        // Aim at the fence: spin at safepoints (the collection's handshakes run here) until a's word is a watch word.
        while (!Header.isWatchLocal(Header.refLocalVolatile(a)) && !firstDone) {
            ts.poll();
            Thread.onSpinWait();
        }
        for (int i = 0; i < delay; i++) {
            ts.poll();
            Thread.onSpinWait();
        }
        PyObject r = wr.get(ts);
        if (r != null) {
            got = 1;
            boolean broken = r != a || RefCount.isFreed(a) || a.getBorrowed(0) != other;
            Harness.awaitDetached(ts, () -> firstDone); // hold it through the rest of the collection
            broken |= RefCount.isFreed(a) || a.getBorrowed(0) != other || RefCount.isFreed(other);
            brokenWhileHeld = broken ? 1 : 0;
            RefCount.decref(ts, r);
        }
        getterDone = true;
        ts.detach();
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r1 = got;
        r.r2 = brokenWhileHeld;
        r.r3 = first;
        r.r4 = total;
        r.r5 = RefCount.isFreed(referent) && RefCount.isFreed(other) ? 1 : 0;
    }
}
