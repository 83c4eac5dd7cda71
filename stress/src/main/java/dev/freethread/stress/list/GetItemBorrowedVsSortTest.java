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
 * [L7] A borrowed read ({@code getItemBorrowed}) races a sort. The borrowed read has no re-validation of
 * {@code items} after its slot load: it relies on I3 (a frozen Items is an exact snapshot), which holds because the
 * sort sorts a copy of the old slot array, never the old array itself.
 *
 * <p>As {@link GetItemVsSortTest}: the writer publishes {@code [1, 3, 5, 2, 4, 6]} (already shared-read) and sorts it;
 * binary insertion of 2 shifts {@code 3, 5} right, so an in-place sort makes index 3 hold 5 for a moment, a value it
 * has neither before the sort (2) nor after it (4). The reader reads index 3 once, borrowed. It may see the list
 * before the sort (2), empty while the sort runs (an IndexError), or sorted (4), never 5. Planted bug: the sort
 * permuting the old array in place (as it did before issue 14) lets the reader return 5.
 *
 * <p>Outcome: the value read at index 3, or 0 for an IndexError.
 */
@JCStressTest
@Outcome(id = "2", expect = ACCEPTABLE, desc = "Read before the sort.")
@Outcome(id = "0", expect = ACCEPTABLE, desc = "Read during the sort: the list looks empty.")
@Outcome(id = "4", expect = ACCEPTABLE, desc = "Read after the sort.")
@Outcome(expect = FORBIDDEN, desc = "A half-sorted view (5) or anything else.")
@State
public class GetItemBorrowedVsSortTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyList list;
    volatile boolean readerDone;
    int got;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attachedForStops(RT);
        PyList l = GetItemVsSortTest.unsorted(ts);
        l.getItemBorrowed(ts, 0); // shared-read from now on: the reader takes the borrowed fast path
        list = l;
        l.sort(ts);
        Harness.pollUntil(ts, () -> readerDone);
        RefCount.decref(ts, l);
        ts.detach();
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attachedForStops(RT);
        Harness.pollUntil(ts, () -> list != null); // polling: an earlier state's writer may wait for our report
        try {
            PyObject o = list.getItemBorrowed(ts, 3);
            got = (int) ((PyInt) o).longValue();
        } catch (PyException e) {
            got = 0;
        }
        readerDone = true;
        ts.detach();
    }

    @Arbiter
    public void arbiter(I_Result r) {
        r.r1 = got;
    }
}
