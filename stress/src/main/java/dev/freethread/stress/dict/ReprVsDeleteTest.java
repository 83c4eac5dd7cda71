// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.dict;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyStr;
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
 * Lifetime edge E19 (docs/refcount.md): {@code repr(dict)} with a thread state races the {@code del d['b']} that
 * frees the value. The writer builds {@code {'a': a, 'b': b}} whose dict holds the only reference to {@code b},
 * publishes it and deletes {@code 'b'} (a free on the writer's thread). The reader prints the dict; each value's repr
 * reports how often it has been freed when it runs. The repr reads each entry under the dict's section as new
 * references and prints them outside it, so {@code b} prints alive or not at all. Planted: the table read lock-free
 * without references (the code before E19) prints a freed b.
 *
 * <p>Outcome {@code (1: printed a only, 2: printed a and a live b, 3: printed a freed value; frees of b at the end;
 * frees of a at the end)}.
 */
@JCStressTest
@Outcome(id = "2, 1, 1", expect = ACCEPTABLE, desc = "The repr held b before the delete: printed alive, freed after.")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "The delete came first: only a printed.")
@Outcome(expect = FORBIDDEN, desc = "A freed value printed, a leak or a double free.")
@State
public class ReprVsDeleteTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyDict dict;
    volatile Harness.Counted a;
    volatile Harness.Counted b;
    volatile boolean readerDone;
    int printed;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attached(RT);
        Harness.Counted x = new Harness.Counted(ts, 1);
        Harness.Counted y = new Harness.Counted(ts, 2);
        PyDict d = PyDict.create(ts);
        PyStr ka = PyStr.of(ts, "a");
        PyStr kb = PyStr.of(ts, "b");
        d.setItem(ts, ka, x);
        d.setItem(ts, kb, y);
        RefCount.decref(ts, x);
        RefCount.decref(ts, y); // the dict holds the only references now
        a = x;
        b = y;
        dict = d;
        d.delItem(ts, kb); // frees y unless the reader holds it
        RefCount.decref(ts, ka);
        RefCount.decref(ts, kb);
        Harness.await(() -> readerDone);
        RefCount.decref(ts, d); // frees the dict and x
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> dict != null);
        String s = dict.repr(ts);
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
