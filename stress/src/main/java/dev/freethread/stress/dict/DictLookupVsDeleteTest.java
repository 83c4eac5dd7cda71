// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.dict;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyObject;
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
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [D1] A lock-free lookup races the deletion that frees the value it finds.
 *
 * <p>The writer creates a dict holding {@code 'k' -> value}, where the dict holds the value's only reference, publishes
 * it, and deletes {@code 'k'}: the deletion nulls the entry and drops the dict's reference, which frees the value on
 * the writer's thread. The reader, on another thread, calls {@code d.get('k')} with a fresh, equal key (the equality
 * path, not identity). Its {@code tryIncrefCompare} either lands before the free (it then owns a reference: the value
 * lives until the reader drops it, which frees it) or fails (the value is dead, or no longer in the slot), and the
 * reader reports a miss. The writer keeps the dict until the reader is done, then frees it.
 *
 * <p>Outcome {@code (what get returned, frees of the value when get returned, frees at the end)}:
 * <ul>
 *   <li>{@code 1, 0, 1}: the lookup won: a live value, freed once afterwards (by the reader's drop);</li>
 *   <li>{@code 0, 0, 1} / {@code 0, 1, 1}: the deletion won: a miss (None), returned before or after the writer freed
 *       the value; freed once;</li>
 *   <li>anything else is forbidden: a freed value returned ({@code 1, 1, _}), a wrong object ({@code 2, ...}), a leak
 *       (final 0) or a double free (final 2).</li>
 * </ul>
 *
 * <p>Results seen here: see {@code docs/dict.md} ("jcstress results") for the counts and the command.
 */
@JCStressTest
@Outcome(id = "1, 0, 1", expect = ACCEPTABLE, desc = "The lookup won: a live value, freed once after the reader dropped it.")
@Outcome(id = "0, 0, 1", expect = ACCEPTABLE, desc = "The deletion won before the value was freed: a miss.")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE_INTERESTING, desc = "The deletion won and had freed the value: a miss.")
@Outcome(expect = FORBIDDEN, desc = "A freed or wrong value returned, a leak or a double free.")
@State
public class DictLookupVsDeleteTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyDict dict;
    volatile Harness.Counted value;
    volatile boolean readerDone;
    int got;
    int freesWhenGot;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attached(RT);
        PyDict d = PyDict.create(ts);
        PyStr k = PyStr.of(ts, "k");
        Harness.Counted v = new Harness.Counted(ts, 1);
        d.setItem(ts, k, v);
        RefCount.decref(ts, v); // the dict holds the only reference now
        value = v;
        dict = d;
        for (int i = 0; i < 4; i++) {
            Thread.onSpinWait(); // the reader needs ~100 ns to see the dict: let more lookups overlap the deletion
        }
        d.delItem(ts, k); // frees v unless the reader holds it
        RefCount.decref(ts, k);
        Harness.await(() -> readerDone);
        RefCount.decref(ts, d);
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attached(RT);
        PyStr k = PyStr.of(ts, "k");
        k.pyHash(ts); // cached now: the lookup starts as soon as the dict is published, inside the writer's window
        Harness.await(() -> dict != null);
        PyDict d = dict;
        PyObject r = d.get(ts, k, k);
        got = r == k ? 0 : r == value ? 1 : 2;
        freesWhenGot = value.frees();
        RefCount.decref(ts, r);
        RefCount.decref(ts, k);
        readerDone = true;
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = got;
        r.r2 = freesWhenGot;
        r.r3 = value.frees();
    }
}
