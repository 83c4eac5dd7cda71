// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyException;
import dev.freethread.objects.PyMutex;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Borrowed reads of a list ({@link PyList#getItemBorrowed}, {@link PyListIterator#nextBorrowed}) and the deferred drops
 * of what writers remove from a shared-read list ([Q1], [Q2]; docs/list.md, "Borrowed reads").
 */
@LeakChecked
class BorrowedReadsTest {

    /** A list of {@code n} fresh nodes labelled 0..n-1, the list holding their only references. */
    private static PyList listOf(ThreadState ts, List<TestNode> nodes, int n) {
        PyList l = PyList.create(ts);
        for (int i = 0; i < n; i++) {
            TestNode v = TestNode.create(ts, 0, i);
            l.append(ts, v);
            RefCount.decref(ts, v);
            nodes.add(v);
        }
        return l;
    }

    /** Python: {@code l = [0, 1, 2]; l[0], l[2], l[-1], l[-3]} and {@code l[3]}, {@code l[-4]}: IndexError. */
    @Test
    void getItemBorrowed_matchesGetItem_withoutAReference(Runtime rt, ThreadState ts) {
        List<TestNode> nodes = new ArrayList<>();
        PyList l = listOf(ts, nodes, 3);
        assertThat(l.getItemBorrowed(ts, 0)).isSameAs(nodes.get(0));
        assertThat(l.getItemBorrowed(ts, 2)).isSameAs(nodes.get(2));
        assertThat(l.getItemBorrowed(ts, -1)).isSameAs(nodes.get(2));
        assertThat(l.getItemBorrowed(ts, -3)).isSameAs(nodes.get(0));
        assertThat(RefCount.refCount(ts, nodes.get(0))).isEqualTo(1);
        for (long bad : new long[] {3, -4, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 33}) {
            assertThatThrownBy(() -> l.getItemBorrowed(ts, bad)).isInstanceOf(PyException.class)
                    .hasMessageContaining("list index out of range");
        }
        assertThat(RefCount.isSharedRead(l)).isTrue();
        RefCount.decref(ts, l);
    }

    /** [Q1] Every way a writer removes items from a shared-read list defers the list's references. */
    @Test
    void everyRemoval_defersTheListsReference_untilTheNextSafepoint(Runtime rt, ThreadState ts) {
        List<TestNode> nodes = new ArrayList<>();
        PyList l = listOf(ts, nodes, 12);
        l.getItemBorrowed(ts, 0);
        RefCount.decref(ts, l.pop(ts)); // 11
        l.delItem(ts, 0); // 0
        l.remove(ts, nodes.get(5)); // 5
        TestNode fresh = TestNode.create(ts, 0, 99);
        l.setItem(ts, 0, fresh); // replaces 1
        l.delSlice(ts, Slice.of(0, 2)); // fresh and 2
        PyList repl = PyList.create(ts);
        l.setSlice(ts, Slice.of(0, 1), repl); // 3
        l.clear(ts); // 4, 6..10
        for (TestNode n : nodes) {
            assertThat(RefCount.isFreed(n)).as("item %d before the safepoint", n.label).isFalse();
        }
        ts.poll();
        for (TestNode n : nodes) {
            assertThat(RefCount.isFreed(n)).as("item %d after it", n.label).isTrue();
        }
        assertThat(RefCount.isFreed(fresh)).isFalse(); // ours
        RefCount.decref(ts, fresh);
        RefCount.decref(ts, repl);
        RefCount.decref(ts, l);
    }

    @Test
    void aListNeverReadBorrowed_freesAtOnce(Runtime rt, ThreadState ts) {
        List<TestNode> nodes = new ArrayList<>();
        PyList l = listOf(ts, nodes, 2);
        l.delItem(ts, 0);
        assertThat(RefCount.isFreed(nodes.get(0))).isTrue();
        assertThat(RefCount.deferredDecrefs(ts)).isZero();
        RefCount.decref(ts, l);
    }

    @Test
    void iterators_stepBorrowed_forwardAndReversed(Runtime rt, ThreadState ts) {
        List<TestNode> nodes = new ArrayList<>();
        PyList l = listOf(ts, nodes, 4);
        PyListIterator it = l.iter(ts);
        List<Integer> seen = new ArrayList<>();
        for (PyObject o = it.nextBorrowed(ts); o != null; o = it.nextBorrowed(ts)) {
            seen.add(((TestNode) o).label);
        }
        assertThat(seen).containsExactly(0, 1, 2, 3);
        assertThat(it.nextBorrowed(ts)).isNull(); // stays exhausted
        PyListIterator rev = l.reversed(ts);
        seen.clear();
        for (PyObject o = rev.nextBorrowed(ts); o != null; o = rev.nextBorrowed(ts)) {
            seen.add(((TestNode) o).label);
        }
        assertThat(seen).containsExactly(3, 2, 1, 0);
        // Python: an iterator sees appends made during the iteration and stops at the current end
        PyListIterator grow = l.iter(ts);
        grow.nextBorrowed(ts);
        TestNode extra = TestNode.create(ts, 0, 4);
        l.append(ts, extra);
        seen.clear();
        for (PyObject o = grow.nextBorrowed(ts); o != null; o = grow.nextBorrowed(ts)) {
            seen.add(((TestNode) o).label);
        }
        assertThat(seen).containsExactly(1, 2, 3, 4);
        for (PyObject o : new PyObject[] {it, rev, grow, extra, l}) {
            RefCount.decref(ts, o);
        }
    }

    /** [Q2] The first borrowed read while a writer holds the list: no wait; a deferred new reference instead. */
    @Test
    @Timeout(30)
    void theFirstBorrowedRead_whileAWriterHoldsTheList_readsWithADeferredReference(Runtime rt, ThreadState ts)
            throws Exception {
        List<TestNode> nodes = new ArrayList<>();
        PyList l = listOf(ts, nodes, 2);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (ThreadState w = rt.attachCurrentThread()) {
                PyMutex.lock(w, l);
                held.countDown();
                w.detach();
                release.await();
                w.attach();
                PyMutex.unlock(w, l);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        held.await();
        assertThat(l.getItemBorrowed(ts, 1)).isSameAs(nodes.get(1));
        assertThat(RefCount.isSharedRead(l)).isFalse();
        assertThat(RefCount.deferredDecrefs(ts)).isEqualTo(1);
        release.countDown();
        ts.detach();
        writer.join();
        ts.attach();
        ts.poll();
        assertThat(RefCount.refCount(ts, nodes.get(1))).isEqualTo(1);
        RefCount.decref(ts, l);
    }
}
