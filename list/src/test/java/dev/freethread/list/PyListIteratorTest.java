// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyIterator;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestThreads;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.freethread.list.Val.listOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Iterators as CPython's: index-based, no error on concurrent modification, stop at the current end, exhausted for
 * good once exhausted; shared between threads they may repeat or skip an item but never return a freed one or release
 * the list twice ([L6]).
 */
@LeakChecked
class PyListIteratorTest {

    private static List<Integer> drain(ThreadState ts, PyIterator it) {
        List<Integer> out = new ArrayList<>();
        PyObject o;
        while ((o = it.next(ts)) != null) {
            out.add(((Val) o).value);
            RefCount.decref(ts, o);
        }
        return out;
    }

    @Test
    void forwardAndReverse(ThreadState ts) {
        PyList l = listOf(ts, 1, 2, 3);
        PyListIterator f = l.iter(ts);
        PyListIterator r = l.reversed(ts);
        assertThat(f.lengthHint()).isEqualTo(3);
        assertThat(drain(ts, f)).containsExactly(1, 2, 3);
        assertThat(drain(ts, r)).containsExactly(3, 2, 1);
        assertThat(f.lengthHint()).isZero();
        RefCount.decref(ts, f);
        RefCount.decref(ts, r);
        RefCount.decref(ts, l);
    }

    @Test
    void appendDuringIteration_isSeen_andExhaustedStaysExhausted(ThreadState ts) {
        // a=[1,2]; it=iter(a); next(it); a.append(3); list(it) -> [2, 3]; then a.append(4); list(it) -> []
        PyList l = listOf(ts, 1, 2);
        PyListIterator it = l.iter(ts);
        PyObject first = it.next(ts);
        RefCount.decref(ts, first);
        Val three = Val.of(ts, 3);
        l.append(ts, three);
        assertThat(drain(ts, it)).containsExactly(2, 3);
        l.append(ts, three);
        assertThat(drain(ts, it)).isEmpty();
        RefCount.decref(ts, three);
        RefCount.decref(ts, it);
        RefCount.decref(ts, l);
    }

    @Test
    void shrinkingDuringIteration_stopsAtTheCurrentEnd_withoutError(ThreadState ts) {
        // a=[1,2,3,4]; it=iter(a); next(it); del a[1:]; list(it) -> []
        PyList l = listOf(ts, 1, 2, 3, 4);
        PyListIterator it = l.iter(ts);
        RefCount.decref(ts, it.next(ts));
        l.delSlice(ts, Slice.of(1L, null, null));
        assertThat(drain(ts, it)).isEmpty();
        // reversed: a=[1,2,3,4]; r=reversed(a); next(r) -> 4; a.clear(); list(r) -> []
        PyList m = listOf(ts, 1, 2, 3, 4);
        PyListIterator r = m.reversed(ts);
        RefCount.decref(ts, r.next(ts));
        m.clear(ts);
        assertThat(drain(ts, r)).isEmpty();
        // reversed, with the list shrunk below the index then regrown: CPython stops at the first out-of-range index
        RefCount.decref(ts, it);
        RefCount.decref(ts, r);
        RefCount.decref(ts, l);
        RefCount.decref(ts, m);
    }

    @Test
    void theIteratorKeepsTheListAlive_untilExhausted(ThreadState ts) {
        PyList l = listOf(ts, 1);
        PyListIterator it = l.iter(ts);
        RefCount.decref(ts, l); // the iterator holds the only reference
        assertThat(RefCount.isFreed(l)).isFalse();
        assertThat(drain(ts, it)).containsExactly(1);
        assertThat(RefCount.isFreed(l)).isTrue(); // exhausted: it released the list
        RefCount.decref(ts, it);
    }

    @Test
    void anUnexhaustedIterator_releasesTheListWhenFreed(ThreadState ts) {
        PyList l = listOf(ts, 1, 2);
        PyListIterator it = l.iter(ts);
        RefCount.decref(ts, l);
        RefCount.decref(ts, it.next(ts));
        RefCount.decref(ts, it); // clearReferences hands the list over: freed with it
        assertThat(RefCount.isFreed(l)).isTrue();
    }

    @Test
    void aSharedIterator_raceWithClear_neverReturnsAFreedItem(Runtime rt, ThreadState ts) throws Exception {
        // [L6] with real threads: two threads share one iterator while a third clears and refills the list.
        for (int round = 0; round < 20; round++) {
            PyList l = PyList.create(ts);
            for (int i = 0; i < 2000; i++) {
                Val v = Val.of(ts, i);
                l.append(ts, v);
                RefCount.decref(ts, v); // the list holds the only reference: clear frees them
            }
            PyListIterator it = l.iter(ts);
            ConcurrentLinkedQueue<Throwable> bad = new ConcurrentLinkedQueue<>();
            AtomicBoolean stop = new AtomicBoolean();
            TestThreads.run(rt, 3, (t, index) -> {
                if (index == 2) {
                    l.clear(t);
                    stop.set(true);
                    return;
                }
                PyObject o;
                while ((o = it.next(t)) != null) {
                    if (RefCount.isFreed(o)) {
                        bad.add(new AssertionError("a freed item was returned: " + o.repr()));
                    }
                    RefCount.decref(t, o);
                }
            });
            ts.poll();
            assertThat(bad).isEmpty();
            assertThat(it.next(ts)).isNull();
            RefCount.decref(ts, it);
            RefCount.decref(ts, l);
        }
    }
}
