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
 * [L1] A lock-free {@code getItem} races the {@code pop} that removes the item and frees it.
 *
 * <p>The writer builds {@code [a, b]} whose list holds the only reference to {@code b}, publishes the list, and pops
 * {@code b}: the pop nulls the slot, lowers the size and hands the list's reference to the writer, which drops it,
 * freeing {@code b} on the writer's thread. The reader, on another thread, holding no reference to {@code b}, calls
 * {@code getItem(-1)}: its tryIncref lands before the free (it owns a reference: {@code b} lives until the reader drops
 * it, which frees it), or fails, or its re-read finds the slot emptied; then it retries under the lock and gets
 * {@code a} (the pop has completed: {@code a} is last now). The writer keeps the list until the reader is done.
 *
 * <p>Outcome {@code (what getItem(-1) returned: 2 = b, 1 = a; frees of b when it returned; frees of b at the end;
 * frees of a at the end)}:
 * <ul>
 *   <li>{@code 2, 0, 1, 1}: the read won: a live b, freed once afterwards by the reader's drop;</li>
 *   <li>{@code 1, 0, 1, 1} / {@code 1, 1, 1, 1}: the pop won: the reader got a (b not yet freed, or already freed);</li>
 *   <li>anything else is forbidden: b returned after its free ({@code 2, 1, ...}), a leak (final 0), a double free
 *       (final 2), or a wrong object.</li>
 * </ul>
 *
 * <p>Results seen here: see {@code docs/list.md} ("jcstress results") for the counts and the command.
 */
@JCStressTest
@Outcome(id = "2, 0, 1, 1", expect = ACCEPTABLE, desc = "The read won: a live b, freed once after the reader dropped it.")
@Outcome(id = "1, 0, 1, 1", expect = ACCEPTABLE, desc = "The pop won: the reader got a; b not yet freed then.")
@Outcome(id = "1, 1, 1, 1", expect = ACCEPTABLE_INTERESTING, desc = "The pop won and b was already freed: got a.")
@Outcome(expect = FORBIDDEN, desc = "A freed item returned, a wrong item, a leak or a double free.")
@State
public class GetItemVsPopTest {
    static final Runtime RT = Harness.newRuntime();

    volatile PyList list;
    volatile Harness.Counted a;
    volatile Harness.Counted b;
    volatile boolean readerDone;
    int got;
    int bFreesWhenGot;

    @Actor
    public void writer() {
        ThreadState ts = Harness.attached(RT);
        Harness.Counted x = new Harness.Counted(ts, 1);
        Harness.Counted y = new Harness.Counted(ts, 2);
        PyList l = PyList.of(ts, x, y);
        RefCount.decref(ts, x);
        RefCount.decref(ts, y); // the list holds the only references now
        a = x;
        b = y;
        list = l;
        RefCount.decref(ts, l.pop(ts)); // frees y unless the reader holds it
        Harness.await(() -> readerDone);
        RefCount.decref(ts, l); // frees the list and x
    }

    @Actor
    public void reader() {
        ThreadState ts = Harness.attached(RT);
        Harness.await(() -> list != null);
        try {
            PyObject o = list.getItem(ts, -1);
            got = o == b ? 2 : o == a ? 1 : 3;
            bFreesWhenGot = b.frees();
            RefCount.decref(ts, o);
        } catch (PyException e) {
            got = 4; // IndexError: the list is never shorter than 1 here
        }
        readerDone = true;
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r1 = got;
        r.r2 = bFreesWhenGot;
        r.r3 = b.frees();
        r.r4 = a.frees();
    }
}
