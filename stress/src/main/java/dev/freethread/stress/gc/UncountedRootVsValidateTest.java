// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.gc.Gc;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.RootScanner;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RcMisuseException;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import dev.freethread.testkit.RootStack;
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
 * [G15] (gc's ConcurrentCollector overview) An uncounted root against the concurrent collector's validation: the
 * only thing keeping a cycle alive is a stack slot that holds no count (testkit's {@link RootStack#pushUncounted}, a
 * deferred or borrowed stack reference), which the collector learns only from the thread's {@link
 * dev.freethread.objects.RootScanner} at its handshakes.
 *
 * <p>The collector actor builds a cycle {@code a <-> b} with a chain of {@link #FILLERS} nodes off {@code b}, hands
 * its reference to {@code a} to the rooter and collects. The rooter, polling meanwhile, waits until the collection
 * has started and, in most states, until R0 has scanned its roots (its root scanner counts the collector's scans),
 * spins a while longer at safepoints (how long varies from state to state, so that the next step lands before R0's
 * scan, between it and P1's count reads, or after them) and then turns its counted reference into an uncounted root:
 * it pushes {@code a} as an uncounted slot and drops its count. From then on nothing counts a reference to the
 * cycle from outside: a collection whose R0 scan came before the push and whose count reads came after the drop makes
 * it a candidate, and only R2's root scan keeps validation from calling it garbage. The rooter keeps polling (the
 * handshakes run at its polls) and moves its root to and fro between {@code a} and {@code b} (reading the member's
 * field: a reference the thread takes from an object it holds, uncounted, no touch), checking that neither is freed
 * or cleared, until the first collection has ended (or, in some states, for a short while only: then it pops the root
 * and the cycle is garbage before or while the collection decides). Then it pops the root (nothing to drop: the root
 * was never counted) and the collector's second collection frees what the first one left.
 *
 * <p>Outcome {@code (a member freed or its references cleared while rooted, or a misuse exception, first collection's
 * count, total found by both, everything freed at the end)}, N = {@link #FILLERS} + 2:
 * <ul>
 *   <li>{@code 0, 0, N, 1}: rooted (or still counted) when the first collection looked; the second freed it.</li>
 *   <li>{@code 0, N, N, 1}: the root was popped before the first collection decided; it freed everything.</li>
 *   <li>anything else is forbidden: a member freed or cleared while rooted, part of the structure freed, something
 *       found twice or never, a leak.</li>
 * </ul>
 * The rooter's RootStack is its thread's root scanner for one state (wrapped, to count the scans); the rooter
 * unregisters it and closes it (which pops the uncounted slot, dropping nothing) at the end of the state.
 * Actors detach at the end of each body and wait detached: a handshake must not wait for a thread between states.
 */
@JCStressTest
@Outcome(id = "0, 0, 128, 1", expect = ACCEPTABLE, desc = "rooted when the first collection looked: the second freed it.")
@Outcome(id = "0, 128, 128, 1", expect = ACCEPTABLE, desc = "popped before the first collection decided: it freed all.")
@Outcome(expect = FORBIDDEN, desc = "freed or cleared while rooted, partly freed, found twice or never, or leaked.")
@State
public class UncountedRootVsValidateTest {
    static final Runtime RT = GcStress.runtimeWithoutAutomaticGc();

    /** Nodes in the chain off {@code b}: they make P1's count reads, and validation, take a while. */
    static final int FILLERS = 126;
    /**
     * When the rooter switches to an uncounted root, by state: 0, as soon as the collection has started (mostly
     * before R0's scan); d > 0, right after R0's scan of its roots plus (d - 1) * DELAY_STEP spins at safepoints.
     */
    private static final int DELAYS = 16;
    private static final int DELAY_STEP = 16;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    volatile TestNode handed;
    volatile TestNode other;
    volatile TestNode chain;
    volatile boolean rooterReady;
    volatile boolean collecting;
    volatile boolean firstDone;
    volatile boolean rooterDone;
    int brokenWhileRooted;
    int first;
    int total;

    @Actor
    public void collector() {
        ThreadState ts = Harness.attachedForStops(RT);
        TestNode b = TestNode.create(ts, 2);
        TestNode head = GcStress.chainOff(ts, b, FILLERS);
        TestNode a = TestNode.create(ts, 1);
        a.setStealing(ts, 0, b); // our reference to b goes into a
        b.set(ts, 0, a);
        other = b;
        chain = head;
        handed = a; // the creator's reference to a now belongs to the rooter
        Harness.awaitDetached(ts, () -> rooterReady);
        Gc gc = Gc.of(RT);
        collecting = true;
        try {
            first = gc.collect(ts);
        } catch (RcMisuseException e) {
            first = -1;
        }
        firstDone = true;
        Harness.awaitDetached(ts, () -> rooterDone);
        try {
            total = first + gc.collect(ts);
        } catch (RcMisuseException e) {
            total = -1;
        }
        ts.detach();
    }

    @Actor
    public void rooter() {
        ThreadState ts = Harness.attachedForStops(RT);
        int n = SEQUENCE.getAndIncrement();
        int delay = Math.floorMod(n, DELAYS);
        // Hold the root until the first collection has ended, or (every fourth state) for a few polls only.
        int hold = (n / DELAYS) % 4 == 3 ? 8 << ((n / (4 * DELAYS)) & 7) : Integer.MAX_VALUE;
        Harness.awaitDetached(ts, () -> handed != null);
        TestNode a = handed;
        boolean broken = false;
        RootStack stack = new RootStack(ts); // this thread's root scanner until closed
        RootScanner slots = ts.rootScanner();
        AtomicInteger scans = new AtomicInteger();
        ts.setRootScanner(visitor -> { // the stack's scanner, counting the collector's scans (R0, R2, R3)
            scans.incrementAndGet();
            slots.scanRoots(visitor);
        });
        try {
            rooterReady = true;
            while (!collecting) {
                ts.poll();
                Thread.onSpinWait();
            }
            if (delay > 0) {
                while (scans.get() == 0 && !firstDone) { // R0's scan runs at one of these polls
                    ts.poll();
                    Thread.onSpinWait();
                }
                for (int i = 0; i < (delay - 1) * DELAY_STEP; i++) {
                    ts.poll();
                    Thread.onSpinWait();
                }
            }
            stack.pushUncounted(a); // the switch: an uncounted root instead of our count
            RefCount.decref(ts, a);
            TestNode cur = a;
            for (int i = 0; i < hold && !firstDone; i++) {
                ts.poll(); // R0 and R2 scan our roots here
                PyObject next = cur.getBorrowed(0);
                if (next == null || RefCount.isFreed(cur) || RefCount.isFreed(next)) {
                    broken = true; // freed or cleared while rooted: stop touching it
                    break;
                }
                stack.pop(); // an uncounted slot: pops without a decref
                cur = (TestNode) stack.pushUncounted(next); // the root moves along the field, no safepoint between
            }
            if (!broken && (cur.getBorrowed(0) == null || RefCount.isFreed(cur))) {
                broken = true;
            }
        } catch (RcMisuseException e) {
            broken = true;
        } finally {
            ts.setRootScanner(null);
            stack.close(); // pops the uncounted slot (nothing to drop)
            brokenWhileRooted = broken ? 1 : 0;
            rooterReady = true;
            rooterDone = true;
            ts.detach();
        }
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r1 = brokenWhileRooted;
        r.r2 = first;
        r.r3 = total;
        r.r4 = GcStress.allFreed(handed, other, chain);
    }
}
