// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.dict;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictIterator;
import dev.freethread.dict.PyDictView;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.stress.Harness;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [D9] A copy of an iterator ({@link PyDictIterator#copy}, what a binding's {@code __reduce__} lists) races a step of
 * the original on another thread. The first actor builds {@code {'a': 1, 'b': 2, 'c': 3}} (values that count their
 * frees), publishes a values iterator and steps it twice; the second copies the published iterator and exhausts the
 * copy.
 *
 * <p>Outcome {@code (items the stepper got, items the copy listed)}, items as a bit mask (value n is bit n; a freed
 * value handed out is bit 0):
 * <ul>
 *   <li>the stepper always gets 1 and 2 ({@code 6}): the copy never advances the original;</li>
 *   <li>the copy lists what the original had left at one instant: {@code 14} (copied before the first step),
 *       {@code 12} (between the steps) or {@code 8} (after both);</li>
 *   <li>forbidden: a stepper that lost an item to the copy (a copy sharing the original's state: planted as
 *       {@code copy} returning the iterator itself, it fails here), a copy that is not such a suffix, a freed value.</li>
 * </ul>
 */
@JCStressTest
@Outcome(id = {"6, 14", "6, 12", "6, 8"}, expect = ACCEPTABLE, desc = "The copy lists the rest as of one instant.")
@Outcome(expect = FORBIDDEN, desc = "The copy advanced the original, is no suffix, or handed out a freed value.")
@State
public class DictIteratorCopyVsStepTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyDictIterator it;
    volatile boolean copierDone;
    int stepped;
    int copied;

    @Actor
    public void ownerAndStepper() {
        ThreadState ts = Harness.attached(RT);
        PyDict d = PyDict.create(ts);
        DictStressItems.put(ts, d, "a", new Harness.Counted(ts, 1));
        DictStressItems.put(ts, d, "b", new Harness.Counted(ts, 2));
        DictStressItems.put(ts, d, "c", new Harness.Counted(ts, 3));
        PyDictView view = d.values(ts);
        PyDictIterator iterator = view.iter(ts);
        it = iterator;
        stepped = DictStressItems.step(ts, iterator) | DictStressItems.step(ts, iterator);
        Harness.await(() -> copierDone);
        RefCount.decref(ts, iterator);
        RefCount.decref(ts, view);
        RefCount.decref(ts, d);
    }

    @Actor
    public void copier() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> it != null);
        PyDictIterator copy = it.copy(ts);
        int got = 0;
        for (int bit = DictStressItems.step(ts, copy); bit != 0; bit = DictStressItems.step(ts, copy)) {
            got |= bit;
        }
        RefCount.decref(ts, copy);
        copied = got;
        copierDone = true;
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = stepped;
        r.r2 = copied;
    }
}
