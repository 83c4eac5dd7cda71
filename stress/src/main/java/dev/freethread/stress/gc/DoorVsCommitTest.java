// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.gc.Gc;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RcMisuseException;
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
 * <p>The collector actor builds a garbage cycle {@code a <-> b} ({@code b} holds {@link #WIDTH} references to
 * {@code a}) and a weak reference to {@code a}, drops its own references (only the cycle holds them now) and collects
 * with the concurrent collector. Validation reads {@code a}'s count first and closes {@code a}'s word only after it
 * has traversed {@code b}'s references, so the window in which a door's reference is in no count the collector
 * read and only the touch tells the commit about it is a few microseconds wide. The getter waits until the
 * collection has fenced {@code a} (it reads {@code a}'s header word, read-only, only to aim at that window: the race
 * itself goes through {@link PyWeakRef#get}), spins a while longer at safepoints (how long varies from state to
 * state, so the get lands before, inside and after validation and the commit) and calls {@code get}. Exactly one of
 * the two CASes on {@code a}'s watch word wins:
 * <ul>
 *   <li>the door's touch: the commit of the component fails, the whole cycle survives the collection, and the
 *       reference {@code get} returned is real; the getter holds it until the collection has ended (which must leave
 *       {@code a} and {@code b} alive and {@code a -> b} intact), drops it, and the collector's second collection
 *       frees the cycle;</li>
 *   <li>the close: the door waits for the verdict and refuses (null); the weak reference is cleared and the first
 *       collection frees the cycle.</li>
 * </ul>
 *
 * <p>Outcome {@code (get returned a, a freed or a -> b cleared while the getter held a, first collection's count,
 * total found by both, a and b freed at the end)}; a misuse exception (a reference of the getter's lost) counts as
 * freed under the getter:
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
    static final Runtime RT = GcStress.runtimeWithoutAutomaticGc();

    /**
     * {@code b}'s references to {@code a}: validation reads {@code a}'s count, then traverses {@code b}, and only then
     * closes {@code a}'s word, so this widens the window in which only the touch tells the commit that a door got in.
     */
    static final int WIDTH = 2048;
    /** The getter's wait after the fence: DELAY_STEP * (0..DELAYS-1) spins at safepoints, cycling over the states. */
    private static final int DELAYS = 32;
    private static final int DELAY_STEP = 64;
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
        TestNode b = TestNode.create(ts, WIDTH);
        a.set(ts, 0, b);
        for (int i = 0; i < WIDTH; i++) {
            b.set(ts, i, a);
        }
        PyWeakRef wr = PyWeakRef.of(ts, a, null);
        referent = a;
        other = b;
        ref = wr;
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        Gc gc = Gc.of(RT);
        try {
            first = gc.collect(ts);
        } catch (RcMisuseException e) {
            first = -1; // a count driven below zero, or a freed object used: a lost count
        }
        firstDone = true;
        Harness.awaitDetached(ts, () -> getterDone);
        try {
            total = first + gc.collect(ts);
        } catch (RcMisuseException e) {
            total = -1;
        }
        RefCount.decref(ts, wr);
        ts.detach();
    }

    @Actor
    public void getter() {
        ThreadState ts = Harness.attachedForStops(RT);
        int delay = DELAY_STEP * Math.floorMod(SEQUENCE.getAndIncrement(), DELAYS);
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
        try {
            PyObject r = wr.get(ts);
            if (r != null) {
                got = 1;
                boolean broken = r != a || RefCount.isFreed(a) || a.getBorrowed(0) != other;
                Harness.awaitDetached(ts, () -> firstDone); // hold it through the rest of the collection
                broken |= RefCount.isFreed(a) || a.getBorrowed(0) != other || RefCount.isFreed(other);
                brokenWhileHeld = broken ? 1 : 0;
                RefCount.decref(ts, r);
            }
        } catch (RcMisuseException e) {
            brokenWhileHeld = 1; // our reference was lost: the object was freed under it
        } finally {
            getterDone = true;
            ts.detach();
        }
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r1 = got;
        r.r2 = brokenWhileHeld;
        r.r3 = first;
        r.r4 = total;
        r.r5 = GcStress.allFreed(referent, other);
    }
}
