// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.dict;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictIterator;
import dev.freethread.dict.PyDictView;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
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
 * [D5][D2] An items iteration races insertions (the third one resizes the table).
 *
 * <p>The writer builds a dict of three keys {@code k0..k2} (values labelled with their key's number), publishes it and
 * inserts {@code k3}, {@code k4} and {@code k5} (the last needs a resize). The reader iterates over the items: every
 * step either returns a (key, value) pair of one entry or raises CPython's {@code RuntimeError: dictionary changed size
 * during iteration} once the size it started with has changed.
 *
 * <p>Outcome {@code (how the iteration ended, how many of k0..k2 it returned, bad items)}: ended 1 = completed,
 * 2 = "changed size", 3 = "keys changed"; a bad item is a freed value or a torn pair (a value whose label is not its
 * key's).
 * <ul>
 *   <li>{@code 1, 3, 0}: completed before any insertion was visible, with all three keys present throughout;</li>
 *   <li>{@code 2, n, 0}: the size changed after {@code n} items;</li>
 *   <li>forbidden: a completed iteration that missed a key present throughout ({@code 1, <3, _}), "keys changed"
 *       (only insertions happen: the reader must see their size change first), any bad item.</li>
 * </ul>
 */
@JCStressTest
@Outcome(id = "1, 3, 0", expect = ACCEPTABLE, desc = "Completed before the insertions were visible; all keys seen.")
@Outcome(id = "2, 0, 0", expect = ACCEPTABLE, desc = "The size changed before the first item.")
@Outcome(id = {"2, 1, 0", "2, 2, 0"}, expect = ACCEPTABLE_INTERESTING, desc = "The size changed mid-iteration.")
@Outcome(id = "2, 3, 0", expect = ACCEPTABLE, desc = "The size changed after the last of the original items.")
@Outcome(expect = FORBIDDEN, desc = "A missed key, a wrong RuntimeError, a freed value or a torn pair.")
@State
public class DictIterationVsInsertTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyDict dict;
    volatile boolean readerDone;
    int ended;
    int seen;
    int bad;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attached(RT);
        PyDict d = PyDict.create(ts);
        for (int i = 0; i < 6; i++) {
            if (i == 3) {
                dict = d;
            }
            PyStr k = PyStr.of(ts, "k" + i);
            Harness.Counted v = new Harness.Counted(ts, i);
            d.setItem(ts, k, v);
            RefCount.decref(ts, v);
            RefCount.decref(ts, k);
        }
        Harness.await(() -> readerDone);
        RefCount.decref(ts, d);
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> dict != null);
        PyDict d = dict;
        PyDictView view = d.items(ts);
        PyDictIterator it = view.iter(ts);
        try {
            for (PyObject p = it.next(ts); p != null; p = it.next(ts)) {
                PyTuple t = (PyTuple) p;
                String key = ((PyStr) t.getItemBorrowed(0)).value();
                Harness.Counted v = (Harness.Counted) t.getItemBorrowed(1);
                if (v.frees() != 0 || !key.equals("k" + v.label)) {
                    bad++;
                }
                if (v.label < 3) {
                    seen++;
                }
                RefCount.decref(ts, p);
            }
            ended = 1;
        } catch (PyException e) {
            ended = e.getMessage().contains("changed size") ? 2 : 3;
        }
        RefCount.decref(ts, it);
        RefCount.decref(ts, view);
        readerDone = true;
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = ended;
        r.r2 = seen;
        r.r3 = bad;
    }
}
