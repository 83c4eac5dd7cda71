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
import org.openjdk.jcstress.infra.results.IIIII_Result;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [G16] (gc's ConcurrentCollector overview) Resurrection by a finalizer against the concurrent collector's second
 * check (R3), with another thread taking the resurrected object while that check runs.
 *
 * <p>The collector actor builds a garbage cycle {@code a <-> b} whose member {@code a} has a finalizer (PEP 442) that
 * stores a new reference to itself in a shared place (a field of the state: a global variable of the program) and
 * waits (detached) until the taker has it (in one state of 32, until the taker has dropped it again: then the
 * collection must free the cycle after all), drops its own references and collects. The collection commits the cycle,
 * takes its reference, reopens the words and runs the finalizer on the collecting thread with the world running; the
 * taker, polling meanwhile, takes the reference over (the count stays: the reference moves from the shared place into
 * the taker's hand), holds it for a number of polls that varies from state to state (none, 1 to 16384, or until the
 * first collection has ended), checking at each that {@code a} is neither freed nor cleared and that {@code b} is not
 * freed, and drops it. Meanwhile R3 resets the touched bits, takes the roots again (a handshake: it runs at one of
 * the taker's polls) and validates again with the collector's reference subtracted: the taker's reference, or the
 * touch of its drop after the reset, makes the cycle's component fail the second commit, so it is resurrected, loses
 * the collector's reference and lives on, its finalizer never to run again; a drop before the reset leaves it garbage,
 * and the first collection frees it after all. Either way the collector's second collection, after the taker is done,
 * frees whatever is left, without running the finalizer again.
 *
 * <p>Outcome {@code (a or b freed, or a's reference cleared, while the taker held a, or a misuse exception; runs of
 * a's finalizer; first collection's count; total found by both; both freed at the end)}:
 * <ul>
 *   <li>{@code 0, 1, 0, 2, 1}: resurrected by the first collection (the taker's reference or its touch); freed by
 *       the second, finalized once.</li>
 *   <li>{@code 0, 1, 2, 2, 1}: the taker dropped the reference before R3 looked; the first collection freed the
 *       cycle after its finalizer ran once.</li>
 *   <li>anything else is forbidden: the resurrected object freed or cleared (or its cycle partner freed) while held,
 *       the finalizer run twice or never, a cycle found twice or never, a leak.</li>
 * </ul>
 * Actors detach at the end of each body and wait detached: a handshake must not wait for a thread between states.
 */
@JCStressTest
@Outcome(id = "0, 1, 0, 2, 1", expect = ACCEPTABLE, desc = "resurrected; freed by the second collection; finalized once.")
@Outcome(id = "0, 1, 2, 2, 1", expect = ACCEPTABLE, desc = "dropped before R3 looked: the first collection freed it.")
@Outcome(expect = FORBIDDEN, desc = "freed or cleared while held, finalizer not run once, found twice or never, a leak.")
@State
public class ResurrectionVsR3Test {
    static final Runtime RT = GcStress.runtimeWithoutAutomaticGc();

    private static final VarHandle SAVED;

    static {
        try {
            SAVED = MethodHandles.lookup().findVarHandle(ResurrectionVsR3Test.class, "saved", PyObject.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The shared place: a counted reference, stored by the finalizer, taken over by the taker. */
    @SuppressWarnings("unused") // through SAVED
    private volatile PyObject saved;
    volatile TestNode nodeA;
    volatile TestNode nodeB;
    volatile boolean waitForDrop;
    volatile boolean taken;
    volatile boolean firstDone;
    volatile boolean takerDone;
    final AtomicInteger finalizerRuns = new AtomicInteger();
    int brokenWhileHeld;
    int first;
    int total;

    @Actor
    public void collector() {
        ThreadState ts = Harness.attachedForStops(RT);
        TestNode a = TestNode.withFinalizer(ts, 1, (t, self) -> {
            finalizerRuns.incrementAndGet();
            SAVED.setVolatile(this, RefCount.newRef(t, self)); // resurrects self: a counted reference in a global
            // Until the taker has it (then R3 races the taker's drop), or in some states until it has dropped it.
            Harness.awaitDetached(t, () -> waitForDrop ? takerDone : taken);
        });
        TestNode b = TestNode.create(ts, 1);
        a.set(ts, 0, b);
        b.set(ts, 0, a);
        nodeA = a;
        nodeB = b;
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        Gc gc = Gc.of(RT);
        try {
            first = gc.collect(ts);
        } catch (RcMisuseException e) {
            first = -1;
        }
        firstDone = true;
        Harness.awaitDetached(ts, () -> takerDone);
        try {
            total = first + gc.collect(ts);
        } catch (RcMisuseException e) {
            total = -1;
        }
        ts.detach();
    }

    @Actor
    public void taker() {
        ThreadState ts = Harness.attachedForStops(RT);
        // How long the taker holds the reference, in polls: 0, 2^k (k = 0..14), or until the first collection ends.
        int n = Math.floorMod(SEQUENCE.getAndIncrement(), 32);
        int hold = n == 0 ? 0 : n < 16 ? 1 << (n - 1) : Integer.MAX_VALUE;
        waitForDrop = n == 0;
        boolean broken = false;
        try {
            PyObject o;
            // Poll (R3's roots handshake runs here) until the finalizer has stored its reference.
            while ((o = (PyObject) SAVED.getAndSet(this, null)) == null && !firstDone) {
                ts.poll();
                Thread.onSpinWait();
            }
            if (o == null) {
                o = (PyObject) SAVED.getAndSet(this, null); // stored just before the collection ended
            }
            taken = true;
            if (o != null) {
                TestNode a = (TestNode) o;
                TestNode b = nodeB;
                broken = a != nodeA || isBroken(a, b);
                for (int i = 0; i < hold && !firstDone && !broken; i++) {
                    ts.poll(); // R3's roots handshake runs here
                    broken = isBroken(a, b);
                }
                broken |= isBroken(a, b);
                RefCount.decref(ts, o);
            }
        } catch (RcMisuseException e) {
            broken = true;
        } finally {
            brokenWhileHeld = broken ? 1 : 0;
            taken = true;
            takerDone = true;
            ts.detach();
        }
    }

    private static boolean isBroken(TestNode a, TestNode b) {
        return RefCount.isFreed(a) || a.getBorrowed(0) != b || RefCount.isFreed(b);
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r1 = brokenWhileHeld;
        r.r2 = finalizerRuns.get();
        r.r3 = first;
        r.r4 = total;
        r.r5 = GcStress.allFreed(nodeA, nodeB);
    }
}
