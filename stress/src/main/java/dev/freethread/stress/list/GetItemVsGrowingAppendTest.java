// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.list;

import dev.freethread.list.PyList;
import dev.freethread.objects.PyException;
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
import org.openjdk.jcstress.infra.results.IIII_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [L2][L3] Lock-free {@code getItem}s race two appends: the first grows the array (4 items fill the capacity of 4: a
 * new array of 8 is published), the second lands in the new array's spare capacity (the size is raised before the
 * slot is stored).
 *
 * <p>The writer builds a full list of 4 items, publishes it, and appends items 5 and 6, each created by the writer
 * and held only by the list. The reader reads index 3 (present all along: it must always be item 4, never an error
 * and never a stale or wrong object), then index 4 and index 5 (each either not there yet, an IndexError, or the
 * appended item, alive). The writer keeps the list until the reader is done, then frees it with everything in it.
 *
 * <p>Outcome {@code (index 3: 1 = the right item; index 4: 1 = item 5, 0 = IndexError; index 5: 1 = item 6,
 * 0 = IndexError; a freed item seen: 0/1)}. Index 4 missing and index 5 present ({@code 1, 0, 1, 0}) is legal: the
 * reads are separate operations and both appends may complete between them.
 *
 * <p>Results seen here: see {@code docs/list.md} ("jcstress results") for the counts and the command.
 */
@JCStressTest
@Outcome(id = "1, 0, 0, 0", expect = ACCEPTABLE, desc = "Both reads before the appends.")
@Outcome(id = "1, 1, 0, 0", expect = ACCEPTABLE, desc = "The growing append seen, the second not yet.")
@Outcome(id = "1, 1, 1, 0", expect = ACCEPTABLE, desc = "Both appends seen.")
@Outcome(id = "1, 0, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "Index 4 read before, index 5 after both appends.")
@Outcome(expect = FORBIDDEN, desc = "A wrong, stale or freed item, or an IndexError for a present index.")
@State
public class GetItemVsGrowingAppendTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyList list;
    volatile Harness.Counted[] items;
    volatile boolean readerDone;
    int at3;
    int at4;
    int at5;
    int freedSeen;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attached(RT);
        PyList l = PyList.create(ts);
        Harness.Counted[] all = new Harness.Counted[6];
        for (int i = 0; i < 6; i++) {
            all[i] = new Harness.Counted(ts, i + 1);
        }
        for (int i = 0; i < 4; i++) {
            l.append(ts, all[i]);
            RefCount.decref(ts, all[i]);
        }
        items = all;
        list = l;
        l.append(ts, all[4]); // capacity 4 -> 8: a new array
        RefCount.decref(ts, all[4]);
        l.append(ts, all[5]); // into spare capacity
        RefCount.decref(ts, all[5]);
        Harness.await(() -> readerDone);
        RefCount.decref(ts, l);
    }

    private int read(ThreadState ts, PyList l, int index, Harness.Counted expected) {
        try {
            PyObject o = l.getItem(ts, index);
            int r = o == expected ? 1 : 2;
            if (((Harness.Counted) o).frees() != 0) {
                freedSeen = 1;
            }
            RefCount.decref(ts, o);
            return r;
        } catch (PyException e) {
            return 0;
        }
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> list != null);
        PyList l = list;
        Harness.Counted[] all = items;
        at3 = read(ts, l, 3, all[3]);
        at4 = read(ts, l, 4, all[4]);
        at5 = read(ts, l, 5, all[5]);
        readerDone = true;
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r1 = at3;
        r.r2 = at4;
        r.r3 = at5;
        int frees = 0;
        for (Harness.Counted i : items) {
            frees += i.frees() == 1 ? 0 : 1; // every item freed exactly once by the end
        }
        r.r4 = freedSeen + frees * 10;
    }
}
