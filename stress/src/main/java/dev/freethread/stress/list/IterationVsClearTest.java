// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.list;

import dev.freethread.list.PyList;
import dev.freethread.list.PyListIterator;
import dev.freethread.objects.PyObject;
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
 * [L6] Iteration races {@code clear}, which frees every item.
 *
 * <p>The writer builds {@code [1, 2, 3]} holding the only references to its items, publishes the list and clears it:
 * clear publishes an empty array, then drops the old items (freeing them on the writer's thread). The reader iterates
 * with its own iterator: each step is a lock-free read. It must see a prefix of {@code 1, 2, 3} in order (never a
 * freed item, never anything past the end, never an item twice), then stop; its iterator releases its reference to
 * the list once. The writer keeps the list until the reader is done, then frees it.
 *
 * <p>Outcome {@code (items seen, each as a digit in order, e.g. 12; a freed item seen 0/1; items not freed exactly
 * once at the end)}.
 *
 * <p>Results seen here: see {@code docs/list.md} ("jcstress results") for the counts and the command.
 */
@JCStressTest
@Outcome(id = "0, 0, 0", expect = ACCEPTABLE, desc = "The clear came first: nothing seen.")
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "One item seen, then the cleared list.")
@Outcome(id = "12, 0, 0", expect = ACCEPTABLE, desc = "Two items seen, then the cleared list.")
@Outcome(id = "123, 0, 0", expect = ACCEPTABLE, desc = "The whole list seen before the clear.")
@Outcome(expect = FORBIDDEN, desc = "A freed item, items out of order or twice, a leak or a double free.")
@State
public class IterationVsClearTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyList list;
    volatile Harness.Counted[] items;
    volatile boolean readerDone;
    int seen;
    int freedSeen;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attached(RT);
        PyList l = PyList.create(ts);
        Harness.Counted[] all = new Harness.Counted[3];
        for (int i = 0; i < 3; i++) {
            all[i] = new Harness.Counted(ts, i + 1);
            l.append(ts, all[i]);
            RefCount.decref(ts, all[i]);
        }
        items = all;
        list = l;
        l.clear(ts);
        Harness.await(() -> readerDone);
        RefCount.decref(ts, l);
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> list != null);
        PyListIterator it = list.iter(ts);
        int s = 0;
        for (PyObject o = it.next(ts); o != null; o = it.next(ts)) {
            Harness.Counted item = (Harness.Counted) o;
            if (item.frees() != 0) {
                freedSeen = 1;
            }
            s = s * 10 + item.label;
            RefCount.decref(ts, o);
        }
        RefCount.decref(ts, it);
        seen = s;
        readerDone = true;
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = seen;
        r.r2 = freedSeen;
        int bad = 0;
        for (Harness.Counted i : items) {
            bad += i.frees() == 1 ? 0 : 1;
        }
        r.r3 = bad;
    }
}
