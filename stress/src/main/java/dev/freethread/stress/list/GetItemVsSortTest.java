// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.list;

import dev.freethread.list.PyList;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
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
import org.openjdk.jcstress.infra.results.I_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [L7] A lock-free {@code getItem} races a sort, which permutes the old item array in place after publishing an empty
 * marker.
 *
 * <p>The writer publishes {@code [1, 3, 5, 2, 4, 6]} and sorts it. Timsort sorts six items by binary insertion: inserting
 * 2 shifts {@code 3, 5} right ({@code [1, 3, 3, 5, 4, 6]}), so index 3 holds 5 for a moment, a value it has neither
 * before the sort (2) nor after it (4). The reader reads index 3 once. It may see the list before the sort (2), empty
 * while the sort runs (an IndexError, as CPython's observers do), or sorted (4); a reader that read the old array and
 * returned what the sort had moved into it would see 5. The re-validation of {@code items} after the read and the fence
 * after the marker forbid that.
 *
 * <p>Outcome: the value read at index 3, or 0 for an IndexError.
 *
 * <p>Results seen here: see {@code docs/list.md} ("jcstress results") for the counts and the command.
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Read before the sort.")
@Outcome(id = "0", expect = ACCEPTABLE, desc = "Read during the sort: the list looks empty.")
@Outcome(id = "4", expect = ACCEPTABLE, desc = "Read after the sort.")
@Outcome(expect = FORBIDDEN, desc = "A half-sorted view (5) or anything else.")
@State
public class GetItemVsSortTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyList list;
    volatile boolean readerDone;
    int got;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attached(RT);
        PyList l = unsorted(ts);
        list = l;
        l.sort(ts);
        Harness.await(() -> readerDone);
        RefCount.decref(ts, l);
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> list != null);
        try {
            PyObject o = list.getItem(ts, 3);
            got = (int) ((PyInt) o).longValue();
            RefCount.decref(ts, o);
        } catch (PyException e) {
            got = 0;
        }
        readerDone = true;
    }

    /** {@code [1, 3, 5, 2, 4, 6]}: sorting it moves 5 into index 3 for a moment (binary insertion of 2). */
    static PyList unsorted(ThreadState ts) {
        PyList l = PyList.create(ts);
        for (int v : new int[] {1, 3, 5, 2, 4, 6}) {
            l.append(ts, PyInt.small(v));
        }
        return l;
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = got;
    }
}
