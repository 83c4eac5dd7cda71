// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.gc.Gc;
import dev.freethread.list.KeyFunction;
import dev.freethread.list.PyList;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.RootScanner;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
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
import org.openjdk.jcstress.infra.results.IIII_Result;

import java.util.concurrent.atomic.AtomicInteger;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [G18] (gc's ConcurrentCollector overview) A list whose items move without reference-count operations, against the
 * concurrent collector's validation, which traverses the list once and records its edges: a traverse that read an
 * item in its old slot and again in its new one would count that item's list reference twice, and a reference
 * counted twice can hide an outside reference. PyList has {@code FLAG_TRAVERSE_LOCKED}: its mutations hold its mutex,
 * and validation traverses it under {@code tryLock}, excluding it while the mutex is busy.
 *
 * <p>Which moves matter: PyList never shifts items inside an array a reader can see; {@code insert(0, ...)} and
 * {@code del l[0]} publish a new array (a traverse reads the old one or the new one, whole). Until issue 14's last
 * change {@code sort} published an empty marker and then permuted the old array in place, so a traverse that read the
 * list just before a sort read slots while they moved: with the flag dropped this test failed (docs/gc.md). Now the
 * sort sorts a copy ([L7], I3 in PyList's overview) and the test passes with the flag dropped too; it fails again
 * with the flag dropped and the in-place sort planted back, and it keeps guarding the flag's path (tryLock,
 * exclusion of a busy member). The sorter here does all three, a sort by a key function (its keys are small ints, so the sort does no
 * count operation on the items) alternately ascending and descending: each sort reverses the whole array in place
 * one to three times.
 *
 * <p>The mutator actor builds, in its own heap, a list {@code l} holding a node {@code x} (label 0) and
 * {@link #LEAVES} leaf nodes (labels 1 to {@code LEAVES}), with {@code x -> l}: a cycle with the leaves hanging off
 * it. It keeps only a weak reference to {@code x}: the structure is garbage when the collector actor starts its
 * collection. The mutator polls until R0 has scanned its roots (its root scanner counts the collector's scans), then
 * spins without polling for a while that varies from state to state (so that P1, which reads counts right after R0,
 * mostly runs meanwhile, and the collection waits at the fence for this thread, the structure's owner), then takes
 * {@code x} back through the weak reference. That reference is real (the words are not watched yet, so it sets no
 * touch, and the fence merges its count): after the fence, {@code x}'s count is 2 (the list's and the mutator's), and
 * only {@code l}'s edge to it is explained by the structure. Then the mutator moves the items of {@code l} (read from
 * {@code x}'s field: a borrowed reference from an object it holds), polling between moves so that the collector's
 * handshakes run, and checks that neither {@code x} nor {@code l} is freed or cleared, until the first collection has
 * ended; then it drops {@code x}, and the collector's second collection frees the whole structure.
 *
 * <p>Validation must keep everything: {@code x} has an outside reference, so {@code x} is excluded, which gives its
 * edge back to {@code l}, which excludes {@code l}, and the leaves with it. If the traverse of {@code l} raced a sort
 * and reported {@code x} twice (read at index 0 before a reversal, at the last index after it), {@code x}'s count would
 * be explained (2 - 2) and {@code l}'s too (1 - 1): the collection would commit {@code l} and {@code x} as garbage and
 * clear them under the mutator.
 *
 * <p>Outcome {@code (x or l freed or cleared while the mutator held x, or the mutator's operation on l failed (a
 * misuse exception, an error of a cleared list); first collection's count; total found by both; everything freed at
 * the end)}, N = {@link #LEAVES} + 2:
 * <ul>
 *   <li>{@code 0, 0, N, 1}: the first collection kept everything (P1 saw the mutator's reference, or validation saw
 *       it: either the traverse of {@code l} ran between moves under the mutex, or the mutex was busy and {@code l}
 *       was excluded); the second freed it.</li>
 *   <li>anything else is forbidden: the structure freed or cleared while {@code x} was held, part of it freed,
 *       something found twice or never, a leak.</li>
 * </ul>
 * Actors detach at the end of each body and wait detached: a handshake must not wait for a thread between states.
 *
 * <p>The mutator waits, detached, for the collector's second collection before it ends its state: the next state's
 * structure is garbage as soon as it is built, and a collection of this state still running would take it.
 *
 * <p>Seen here (2026-11-29, 2 cores, {@code java -jar stress/target/jcstress.jar -t ListShiftVsValidate -f 1 -iters 3
 * -time 2000 -jvmArgs "-Xmx1g" -sc false}, samples per JVM configuration, -/+ biased locking): {@code 0, 0, 128, 1}
 * 7,329 / 7,650 and 4,979 / 6,193 in two runs, nothing else. With {@code FLAG_TRAVERSE_LOCKED} dropped from the
 * list's type (validation then traverses it without the mutex): <b>fails</b> in both runs, 13 and 16 forbidden
 * samples of about 10,500 and 17,800: all but one {@code 1, k, k, _} (the first collection committed {@code l},
 * {@code x} and k - 2 leaves while the mutator held {@code x}, and cleared them under it; k from 55 to 127), the other
 * {@code 1, -1, -1, 0} (a misuse exception in both collections, and a leak).
 */
@JCStressTest
@Outcome(id = "0, 0, 128, 1", expect = ACCEPTABLE, desc = "the first collection kept it all; the second freed it.")
@Outcome(expect = FORBIDDEN, desc = "freed or cleared while held, partly freed, found twice or never, or leaked.")
@State
public class ListShiftVsValidateTest {
    static final Runtime RT = GcStress.runtimeWithoutAutomaticGc();

    /** Leaf nodes in the list besides {@code x}: labels 1 to LEAVES, small ints as sort keys (no count operations). */
    static final int LEAVES = 126;
    /** The mutator's wait without safepoints after R0, by state: DELAY_STEP * (0..DELAYS-1) spins. */
    private static final int DELAYS = 16;
    private static final int DELAY_STEP = 256;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** The sort key of an item: its label (an immortal small int). */
    private static final KeyFunction LABEL = (ts, item) -> PyInt.of(ts, ((TestNode) item).label);

    volatile PyList list;
    volatile TestNode node;
    volatile TestNode[] leaves;
    volatile boolean built;
    volatile boolean firstDone;
    volatile boolean mutatorDone;
    volatile boolean secondDone;
    int brokenWhileHeld;
    int first;
    int total;

    @Actor
    public void collector() {
        ThreadState ts = Harness.attachedForStops(RT);
        Harness.awaitDetached(ts, () -> built);
        Gc gc = Gc.of(RT);
        try {
            first = gc.collect(ts);
        } catch (RcMisuseException e) {
            first = -1; // a count driven below zero, or a freed object used
        }
        firstDone = true;
        Harness.awaitDetached(ts, () -> mutatorDone);
        try {
            total = first + gc.collect(ts);
        } catch (RcMisuseException e) {
            total = -1;
        } finally {
            secondDone = true;
        }
        ts.detach();
    }

    @Actor
    public void mutator() {
        ThreadState ts = Harness.attachedForStops(RT);
        int delay = DELAY_STEP * Math.floorMod(SEQUENCE.getAndIncrement(), DELAYS);
        PyList l = PyList.create(ts);
        TestNode x = TestNode.create(ts, 1, 0);
        x.set(ts, 0, l);
        l.append(ts, x);
        TestNode[] ls = new TestNode[LEAVES];
        for (int i = 0; i < LEAVES; i++) {
            ls[i] = TestNode.create(ts, 0, i + 1);
            l.append(ts, ls[i]);
            RefCount.decref(ts, ls[i]);
        }
        PyWeakRef wr = PyWeakRef.of(ts, x, null);
        RefCount.decref(ts, l);
        RefCount.decref(ts, x); // garbage now: l <-> x, the leaves under l, a weak reference to x
        list = l;
        node = x;
        leaves = ls;
        RootScanner before = ts.rootScanner();
        AtomicInteger scans = new AtomicInteger();
        ts.setRootScanner(visitor -> { // no roots of ours; counts the collector's scans (R0, R2)
            scans.incrementAndGet();
            if (before != null) {
                before.scanRoots(visitor);
            }
        });
        boolean broken = false;
        PyObject held = null;
        try {
            built = true;
            while (scans.get() == 0 && !firstDone) { // R0's scan runs at one of these polls
                ts.poll();
                Thread.onSpinWait();
            }
            for (int i = 0; i < delay; i++) {
                Thread.onSpinWait(); // no safepoint: P1 runs, then the fence waits for us
            }
            held = wr.get(ts); // a reference before the words are watched: counted, no touch
            if (held != x) {
                broken = true; // the structure was freed although no collection could have ended
            }
            for (int i = 0; !broken && !firstDone; i++) {
                ts.poll(); // the collector's handshakes (R1's merge of our objects, R2) run here
                if (x.getBorrowed(0) != l || RefCount.isFreed(x) || RefCount.isFreed(l)) {
                    broken = true; // cleared or freed while we hold x: stop using it
                    break;
                }
                l.insert(ts, 0, PyInt.of(ts, -1)); // every item shifts right (a new array)
                l.delItem(ts, 0);                    // and back (a new array)
                l.sort(ts, LABEL, (i & 1) != 0);     // permutes the array in place: ascending, then descending
            }
            if (!broken) {
                broken = x.getBorrowed(0) != l || RefCount.isFreed(x) || RefCount.isFreed(l)
                        || l.size() != LEAVES + 1;
            }
        } catch (RuntimeException e) {
            broken = true; // a misuse (a freed object used), or the list cleared under a sort
        } finally {
            ts.setRootScanner(before);
            brokenWhileHeld = broken ? 1 : 0;
            try {
                if (held != null && !RefCount.isFreed(held)) {
                    RefCount.decref(ts, held);
                }
                RefCount.decref(ts, wr);
            } catch (RcMisuseException e) {
                brokenWhileHeld = 1;
            }
            built = true;
            mutatorDone = true;
            // The next state's structure is garbage as soon as it is built: not before this state's last collection
            // has ended, or that collection would take it (and the next state's weak reference would find nothing).
            Harness.awaitDetached(ts, () -> secondDone);
            ts.detach();
        }
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r1 = brokenWhileHeld;
        r.r2 = first;
        r.r3 = total;
        TestNode[] ls = leaves;
        r.r4 = ls == null ? 0 : GcStress.allFreed(list, node) & GcStress.allFreed(ls);
    }
}
