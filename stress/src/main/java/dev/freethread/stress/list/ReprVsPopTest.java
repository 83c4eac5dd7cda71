// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.list;

import dev.freethread.list.PyList;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * Lifetime edge E19 (docs/refcount.md): {@code repr(list)} with a thread state races the {@code pop} that removes an
 * item and frees it. The writer is {@link GetItemVsPopTest}'s, kept the same on purpose (one race, two readers): it
 * builds {@code [a, b]} whose list holds the only reference to {@code b}, publishes it and pops {@code b}, dropping it
 * (a free on the writer's thread). The reader prints the list; each item's repr reports
 * how often the item has been freed at the moment it runs (an item's repr is user code in a binding). The repr holds
 * a new reference to each item it prints ({@code itemOrNull}), so it prints {@code b} alive or not at all, never
 * freed. Planted: the repr reading the slots lock-free without a reference (the code before E19) prints a freed b.
 *
 * <p>Outcome {@code (1: printed a only, 2: printed a and a live b, 3: printed a freed item; frees of b at the end;
 * frees of a at the end)}.
 */
@JCStressTest
@Outcome(id = "2, 1, 1", expect = ACCEPTABLE, desc = "The repr held b before the pop: printed alive, freed once after.")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "The pop came first: only a printed.")
@Outcome(expect = FORBIDDEN, desc = "A freed item printed, a leak or a double free.")
@State
public class ReprVsPopTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyList list;
    volatile Harness.Counted a;
    volatile Harness.Counted b;
    volatile boolean readerDone;
    int printed;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attached(RT);
        Harness.Counted x = new Harness.Counted(ts, 1);
        Harness.Counted y = new Harness.Counted(ts, 2);
        PyList l = PyList.of(ts, x, y);
        RefCount.decref(ts, x);
        RefCount.decref(ts, y); // the list holds the only references now
        a = x;
        b = y;
        list = l;
        RefCount.decref(ts, l.pop(ts)); // frees y unless the reader holds it
        Harness.await(() -> readerDone);
        RefCount.decref(ts, l); // frees the list and x
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> list != null);
        String s = list.repr(ts);
        printed = s.contains("frees=1") ? 3 : s.contains("<stress.Counted 2 frees=0>") ? 2 : 1;
        readerDone = true;
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = printed;
        r.r2 = b.frees();
        r.r3 = a.frees();
    }
}
