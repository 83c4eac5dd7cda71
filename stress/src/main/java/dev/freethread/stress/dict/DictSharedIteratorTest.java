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
import org.openjdk.jcstress.infra.results.IIII_Result;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

/**
 * [D6] Two threads step one shared values iterator at once (legal in Python, and a class of crash free-threaded
 * CPython still fixes). The first actor builds {@code {'a': 1, 'b': 2}} (values that count their frees), makes one
 * values iterator and publishes it; then each actor calls {@code next} twice (so both may reach the end, where an
 * iterator that dropped its dict reference at exhaustion would drop it twice) and checks that what it got is not freed;
 * the first actor waits for the second and drops the iterator, the view and the dict (two actors: jcstress schedules
 * no more on 2 CPUs).
 *
 * <p>Outcome {@code (items the first actor got, items the second got, frees of value 1 at the end, frees of value 2
 * at the end)}, items as a bit mask: value 1 is 2, value 2 is 4, a freed value handed out is 1:
 * <ul>
 *   <li>{@code 6, 0}, {@code 0, 6}, {@code 2, 4}, {@code 4, 2} (then {@code 1, 1}): each item handed out once (the
 *       iterator claims a position by CAS).</li>
 *   <li>an item handed out to both: allowed by the contract (DESIGN.md: an item may be handed out twice), not
 *       produced by the CAS claim: interesting.</li>
 *   <li>forbidden: a freed value handed out, an item never handed out (skipped), a value freed twice or never (a
 *       double drop or a leaked reference); a double drop of the iterator's dict reference fails the test with an
 *       RcMisuseException at the owner's last decref.</li>
 * </ul>
 */
@JCStressTest
@Outcome(id = {"6, 0, 1, 1", "0, 6, 1, 1", "2, 4, 1, 1", "4, 2, 1, 1"}, expect = ACCEPTABLE, desc = "Each item once.")
@Outcome(id = {"6, 2, 1, 1", "6, 4, 1, 1", "2, 6, 1, 1", "4, 6, 1, 1", "6, 6, 1, 1"}, expect = ACCEPTABLE_INTERESTING,
        desc = "An item handed out to both (legal; none skipped).")
@Outcome(expect = FORBIDDEN, desc = "A freed value, a double drop, a leaked reference or a skipped item.")
@State
public class DictSharedIteratorTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyDictIterator it;
    volatile Harness.Counted one;
    volatile Harness.Counted two;
    volatile boolean stepperDone;
    int got1;
    int got2;

    @Actor
    public void ownerAndStepper() {
        ThreadState ts = Harness.attached(RT);
        PyDict d = PyDict.create(ts);
        Harness.Counted v1 = new Harness.Counted(ts, 1);
        Harness.Counted v2 = new Harness.Counted(ts, 2);
        DictStressItems.put(ts, d, "a", v1);
        DictStressItems.put(ts, d, "b", v2);
        one = v1;
        two = v2;
        PyDictView view = d.values(ts);
        PyDictIterator iterator = view.iter(ts);
        it = iterator;
        got1 = DictStressItems.step(ts, iterator) | DictStressItems.step(ts, iterator);
        Harness.await(() -> stepperDone);
        RefCount.decref(ts, iterator);
        RefCount.decref(ts, view);
        RefCount.decref(ts, d);
    }

    @Actor
    public void stepper() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> it != null);
        got2 = DictStressItems.step(ts, it) | DictStressItems.step(ts, it);
        stepperDone = true;
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r1 = got1;
        r.r2 = got2;
        r.r3 = one.frees();
        r.r4 = two.frees();
    }
}
