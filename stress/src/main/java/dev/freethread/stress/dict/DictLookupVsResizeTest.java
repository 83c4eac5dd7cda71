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
 * [D2][D3] A lock-free lookup races a resize, and the replacement that frees a value right after it.
 *
 * <p>The writer fills a dict to the last free entry of its table (5 keys {@code k0..k4} in 8 slots), publishes it, then
 * inserts {@code k5} (no room: a resize copies the entries to a new table and publishes it) and replaces {@code k0}'s
 * value in the new table, which frees the old value (the dict held its only reference). The reader, meanwhile, looks up
 * {@code k0} (present throughout) and {@code k5} (inserted during the race) with fresh, equal keys. A reader still
 * probing the old table finds {@code k0}'s old value there; its tryIncrefCompare and table re-check must make it either
 * own a live value or retry in the new table.
 *
 * <p>Outcome {@code (k0's lookup, its value's frees when returned, k5's lookup)}, with lookups as 1 = the old value,
 * 2 = the new value, 0 = a miss, 3 = a wrong object:
 * <ul>
 *   <li>{@code 1, 0, _}: the old value, alive (its free waits for the reader's drop); {@code 2, 0, _}: the new one;</li>
 *   <li>{@code _, _, 0} or {@code _, _, 2}: {@code k5} not yet inserted, or found with its value (2 = found here);</li>
 *   <li>forbidden: a miss of {@code k0} (present throughout), a freed value ({@code _, 1, _}), a wrong object.</li>
 * </ul>
 * The reader looks {@code k5} up first, then {@code k0}: {@code 1, 0, 2} (k5 found, then k0's old value) is legal —
 * the replacement of k0's value comes after the resize — and marked interesting, as is {@code 2, 0, 0} (the writer ran
 * between the two lookups).
 *
 * <p>Results seen here (quick mode, 2026-11-25): see {@code docs/dict.md}, "jcstress results".
 */
@JCStressTest
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "Both lookups before the resize was visible.")
@Outcome(id = "2, 0, 0", expect = ACCEPTABLE_INTERESTING, desc = "k5 missed, then k0's new value (the writer ran in between).")
@Outcome(id = "1, 0, 2", expect = ACCEPTABLE_INTERESTING, desc = "k5 found in the new table, k0's old value before its replacement.")
@Outcome(id = "2, 0, 2", expect = ACCEPTABLE, desc = "Both lookups after the writer.")
@Outcome(expect = FORBIDDEN, desc = "A key present throughout missed, a freed value, or a wrong object.")
@State
public class DictLookupVsResizeTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyDict dict;
    volatile Harness.Counted oldValue;
    volatile Harness.Counted newValue;
    volatile Harness.Counted k5Value;
    volatile boolean readerDone;
    int k0;
    int k0Frees;
    int k5;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attached(RT);
        PyDict d = PyDict.create(ts);
        for (int i = 0; i < 5; i++) {
            PyStr k = PyStr.of(ts, "k" + i);
            Harness.Counted v = new Harness.Counted(ts, i);
            d.setItem(ts, k, v);
            RefCount.decref(ts, v);
            RefCount.decref(ts, k);
            if (i == 0) {
                oldValue = v;
            }
        }
        Harness.Counted nv = new Harness.Counted(ts, 0);
        Harness.Counted v5 = new Harness.Counted(ts, 5);
        newValue = nv;
        k5Value = v5;
        dict = d;
        PyStr k5 = PyStr.of(ts, "k5");
        d.setItem(ts, k5, v5); // a resize: the table is full
        RefCount.decref(ts, k5);
        RefCount.decref(ts, v5);
        PyStr k0 = PyStr.of(ts, "k0");
        d.setItem(ts, k0, nv); // frees the old value unless the reader holds it
        RefCount.decref(ts, k0);
        RefCount.decref(ts, nv);
        Harness.await(() -> readerDone);
        RefCount.decref(ts, d);
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> dict != null);
        PyDict d = dict;
        PyStr key5 = PyStr.of(ts, "k5");
        PyObject r5 = d.get(ts, key5, key5);
        k5 = r5 == key5 ? 0 : r5 == k5Value ? 2 : 3;
        RefCount.decref(ts, r5);
        RefCount.decref(ts, key5);
        PyStr key0 = PyStr.of(ts, "k0");
        PyObject r0 = d.get(ts, key0, key0);
        k0 = r0 == oldValue ? 1 : r0 == newValue ? 2 : r0 == key0 ? 0 : 3;
        k0Frees = r0 instanceof Harness.Counted ? ((Harness.Counted) r0).frees() : 0;
        RefCount.decref(ts, r0);
        RefCount.decref(ts, key0);
        readerDone = true;
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = k0;
        r.r2 = k0Frees;
        r.r3 = k5;
    }
}
