// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.gc;

import dev.freethread.gc.Gc;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
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

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [G3] (gc's Collector overview) A weak reference's {@code get} on one thread races a collection, on another, of the
 * cycle it refers to.
 *
 * <p>The collector actor builds a self-cycle {@code a} and a weak reference to it, publishes the weak reference, drops
 * its own reference to {@code a} (only the cycle holds it now) and collects. The getter calls {@code get}. The
 * collection's first pause clears weak references to unreachable objects before any thread runs again, and the
 * getter runs {@code get} either wholly before that pause or wholly after it (it is attached, not at a safepoint,
 * during the call): before, {@code get} returns a counted reference, which makes {@code a} reachable if it is still
 * held at the pause; after, it returns null. Then the collector waits for the getter and collects again, so that
 * exactly one of the two collections frees {@code a}.
 *
 * <p>Outcome {@code (get returned a, first collection's count, a freed when get returned it, total found, a freed at
 * the end)}:
 * <ul>
 *   <li>{@code 1, 0, 0, 1, 1}: get before the pause; its reference kept a alive through the first collection.</li>
 *   <li>{@code 1, 1, 0, 1, 1}: get (and its decref) before the pause: the first collection found a.</li>
 *   <li>{@code 0, 1, 0, 1, 1}: get after the pause: the weak reference was cleared; null.</li>
 *   <li>anything else is forbidden: get returning a freed object, a cycle found twice or never, a leak.</li>
 * </ul>
 * Actors detach at the end of each body: a stop must not wait for a thread that is between states.
 */
@JCStressTest
@Outcome(id = "1, 0, 0, 1, 1", expect = ACCEPTABLE, desc = "get before the pause, reference held through it.")
@Outcome(id = "1, 1, 0, 1, 1", expect = ACCEPTABLE, desc = "get and drop before the pause: first collection frees a.")
@Outcome(id = "0, 1, 0, 1, 1", expect = ACCEPTABLE, desc = "get after the pause: cleared, null.")
@Outcome(expect = FORBIDDEN, desc = "get returned a freed object, a cycle found twice or never, or a leak.")
@State
public class WeakRefGetVsCollectTest {
    static final Runtime RT = Runtime.create();

    volatile PyWeakRef ref;
    volatile TestNode referent;
    volatile boolean getterDone;
    int got;
    int freedWhenGot;
    int first;
    int total;

    @Actor
    public void collector() {
        ThreadState ts = Harness.attachedForStops(RT);
        TestNode a = TestNode.create(ts, 1);
        a.set(ts, 0, a);
        PyWeakRef wr = PyWeakRef.of(ts, a, null);
        referent = a;
        ref = wr;
        RefCount.decref(ts, a);
        Gc gc = Gc.of(RT);
        first = gc.collect(ts);
        Harness.awaitDetached(ts, () -> getterDone);
        total = first + gc.collect(ts);
        RefCount.decref(ts, wr);
        ts.detach();
    }

    @Actor
    public void getter() {
        ThreadState ts = Harness.attachedForStops(RT);
        PyWeakRef wr;
        while ((wr = ref) == null) {
            Harness.awaitDetached(ts, () -> ref != null);
        }
        PyObject r = wr.get(ts);
        if (r != null) {
            got = 1;
            freedWhenGot = RefCount.isFreed(r) ? 1 : 0;
            RefCount.decref(ts, r);
        }
        getterDone = true;
        ts.detach();
    }

    @Arbiter
    public void arbiter(IIIII_Result r) {
        r.r1 = got;
        r.r2 = first;
        r.r3 = freedWhenGot;
        r.r4 = total;
        r.r5 = RefCount.isFreed(referent) ? 1 : 0;
    }
}
