// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.PyException;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestThreads;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.freethread.list.Val.labels;
import static dev.freethread.list.Val.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link PyList#sort}: the result and its stability against {@code java.util}'s stable sort of the same data with the
 * same comparison, the comparison counts (n - 1 on sorted and on reversed input, as CPython), key functions, and the
 * rules for a sort that is disturbed: modified ({@code ValueError}), raising comparisons and keys (no item lost,
 * every key released), observers (the list looks empty) — [L7].
 */
@LeakChecked
class PyListSortTest {

    /** A list of new Vals: value from {@code values}, label = original position. */
    private static PyList labelled(ThreadState ts, int[] values) {
        PyList l = PyList.create(ts);
        for (int i = 0; i < values.length; i++) {
            Val v = Val.of(ts, values[i], i);
            l.append(ts, v);
            RefCount.decref(ts, v);
        }
        return l;
    }

    /** The labels java.util's stable sort (a TimSort too, but not ours) gives the same data with the same order. */
    private static List<Integer> expectedLabels(int[] values, boolean reverse) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            pairs.add(new int[] {values[i], i});
        }
        Comparator<int[]> byValue = Comparator.comparingInt(p -> p[0]);
        pairs.sort(reverse ? byValue.reversed() : byValue); // stable, and reversed() keeps equal items in order
        List<Integer> out = new ArrayList<>();
        for (int[] p : pairs) {
            out.add(p[1]);
        }
        return out;
    }

    private static int[] data(Random r, int n, String shape) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            switch (shape) {
                case "random": a[i] = r.nextInt(); break;
                case "fewUnique": a[i] = r.nextInt(4); break;
                case "sorted": a[i] = i; break;
                case "reversed": a[i] = n - i; break;
                case "sawtooth": a[i] = i % 100; break; // many runs: merges and galloping
                case "almostSorted": a[i] = i + (r.nextInt(50) == 0 ? r.nextInt(1000) - 500 : 0); break;
                default: throw new IllegalArgumentException(shape);
            }
        }
        return a;
    }

    @Test
    void sortsLikeJavaUtilStableSort_onManyShapesAndSizes(ThreadState ts) {
        Random r = new Random(42);
        for (String shape : new String[] {"random", "fewUnique", "sorted", "reversed", "sawtooth", "almostSorted"}) {
            for (int n : new int[] {0, 1, 2, 3, 31, 64, 65, 100, 1000, 5000}) {
                for (boolean reverse : new boolean[] {false, true}) {
                    int[] d = data(r, n, shape);
                    PyList l = labelled(ts, d);
                    l.sort(ts, null, reverse);
                    assertThat(labels(ts, l)).as("%s n=%d reverse=%s", shape, n, reverse)
                            .isEqualTo(expectedLabels(d, reverse));
                    l.checkInvariants(ts);
                    RefCount.decref(ts, l);
                }
            }
        }
    }

    @Test
    void comparisons_nMinus1OnSortedAndOnReversedInput(ThreadState ts) {
        // CPython counts the same: one run found by n - 1 comparisons, no merge.
        for (int n : new int[] {2, 10, 1000, 100_000}) {
            PyList sorted = labelled(ts, data(null, n, "sorted"));
            assertThat(sorted.sort(ts)).isEqualTo(n - 1);
            PyList reversed = labelled(ts, data(null, n, "reversed"));
            assertThat(reversed.sort(ts)).isEqualTo(n - 1);
            assertThat(values(ts, reversed).get(0)).isEqualTo(1);
            RefCount.decref(ts, sorted);
            RefCount.decref(ts, reversed);
        }
    }

    @Test
    void comparisons_randomInputNearTheInformationBound(ThreadState ts) {
        // log2(10000!) ~ 118,458: timsort on random data makes only a few percent more.
        Random r = new Random(7);
        PyList l = labelled(ts, data(r, 10_000, "random"));
        long c = l.sort(ts);
        assertThat(c).isBetween(118_458L, 130_000L);
        RefCount.decref(ts, l);
    }

    @Test
    void key_calledOncePerItem_keysReleased_reverseStable(ThreadState ts) {
        // sorted([(1,'a'),(0,'b'),(1,'c')], key=lambda p: p[0], reverse=True) -> [(1,'a'), (1,'c'), (0,'b')]
        PyList l = labelled(ts, new int[] {1, 0, 1});
        AtomicInteger calls = new AtomicInteger();
        l.sort(ts, (t, item) -> {
            calls.incrementAndGet();
            return Val.of(t, ((Val) item).value); // a new object per key: the leak check sees any not released
        }, true);
        assertThat(calls.get()).isEqualTo(3);
        assertThat(labels(ts, l)).containsExactly(0, 2, 1);
        // key = negation sorts descending
        PyList m = labelled(ts, new int[] {3, 1, 2});
        m.sort(ts, (t, item) -> Val.of(t, -((Val) item).value), false);
        assertThat(values(ts, m)).containsExactly(3, 2, 1);
        RefCount.decref(ts, l);
        RefCount.decref(ts, m);
    }

    @Test
    void duringTheSort_theListLooksEmpty(ThreadState ts) {
        // a=[3,1,2]; a.sort(key=lambda x: (print(len(a), a), x)[1]) prints "0 []" three times
        PyList l = labelled(ts, new int[] {3, 1, 2});
        l.sort(ts, (t, item) -> {
            assertThat(l.size()).isZero();
            assertThatThrownBy(() -> l.getItem(t, 0)).isInstanceOf(PyException.class);
            assertThat(l.repr()).isEqualTo("[]");
            return RefCount.newRef(t, item);
        }, false);
        assertThat(values(ts, l)).containsExactly(1, 2, 3);
        RefCount.decref(ts, l);
    }

    @Test
    void modifiedByTheKey_raisesValueError_sortedItemsBack_addedItemsReleased(ThreadState ts) {
        // a=[3,1,2]; a.sort(key=lambda x: (a.append(9), x)[1]) -> ValueError: list modified during sort; a -> [1, 2, 3]
        PyList l = labelled(ts, new int[] {3, 1, 2});
        assertThatThrownBy(() -> l.sort(ts, (t, item) -> {
            Val nine = Val.of(t, 9);
            l.append(t, nine);
            RefCount.decref(t, nine); // the list holds the only reference: the sort must release it
            return RefCount.newRef(t, item);
        }, false)).isInstanceOfSatisfying(PyException.class, e -> {
            assertThat(e.pyType()).isEqualTo("ValueError");
            assertThat(e.getMessage()).isEqualTo("list modified during sort");
        });
        assertThat(values(ts, l)).containsExactly(1, 2, 3);
        // append then pop still counts as a modification (CPython: ValueError as well)
        assertThatThrownBy(() -> l.sort(ts, (t, item) -> {
            l.append(t, item);
            RefCount.decref(t, l.pop(t));
            return RefCount.newRef(t, item);
        }, false)).hasMessage("list modified during sort");
        assertThat(values(ts, l)).containsExactly(1, 2, 3);
        l.checkInvariants(ts);
        RefCount.decref(ts, l);
    }

    @Test
    void modifiedByAComparison_raisesValueError(ThreadState ts) {
        // class K: __lt__ appends to the list being sorted -> ValueError: list modified during sort; items sorted
        PyList l = labelled(ts, new int[] {3, 1, 2});
        List<PyObject> held = new ArrayList<>();
        AtomicBoolean appended = new AtomicBoolean();
        for (int i = 0; i < 3; i++) {
            PyObject o = l.getItem(ts, i);
            ((Val) o).onCompare = (t, self) -> {
                if (appended.compareAndSet(false, true)) {
                    l.append(t, self);
                }
            };
            held.add(o);
        }
        assertThatThrownBy(() -> l.sort(ts)).hasMessage("list modified during sort");
        assertThat(values(ts, l)).containsExactly(1, 2, 3);
        assertThat(appended.get()).isTrue();
        for (PyObject o : held) {
            ((Val) o).onCompare = null;
            RefCount.decref(ts, o);
        }
        RefCount.decref(ts, l);
    }

    @Test
    void clearOrNestedSortDuringTheSort_isNoModification(ThreadState ts) {
        // a.sort(key=lambda x: (a.clear(), x)[1]) -> a == [1, 2, 3]; a.sort(key=lambda x: (a.sort(), x)[1]) likewise
        PyList l = labelled(ts, new int[] {3, 1, 2});
        l.sort(ts, (t, item) -> {
            l.clear(t);
            l.sort(t);
            return RefCount.newRef(t, item);
        }, false);
        assertThat(values(ts, l)).containsExactly(1, 2, 3);
        RefCount.decref(ts, l);
    }

    @Test
    void aRaisingComparison_leavesEveryItemInTheList_atEveryPointOfTheSort(ThreadState ts) {
        // [3, 1, 'x', 0].sort() -> TypeError, and the list still holds 3, 1, 'x', 0 (CPython: every item stays).
        // Here the k-th comparison raises, for every k a sort of this input makes: inside runs, binary insertion,
        // gallops, merge_lo and merge_hi.
        Random r = new Random(3);
        int[] d = new int[600];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i / 150) % 2 == 0 ? r.nextInt(1000) : (i % 150) * 7; // random blocks and sorted blocks
        }
        for (int config = 0; config < 4; config++) {
            boolean withKey = (config & 1) != 0;
            boolean reverse = (config & 2) != 0;
            KeyFunction key = withKey ? (t, item) -> RefCount.newRef(t, item) : null;
            PyList probe = labelled(ts, d);
            long total = probe.sort(ts, key, reverse);
            RefCount.decref(ts, probe);
            for (long k = 1; k <= total; k += 1 + k / 40) {
                raiseAtComparison(ts, d, k, key, reverse);
            }
        }
    }

    private static void raiseAtComparison(ThreadState ts, int[] d, long limit, KeyFunction key, boolean reverse) {
        PyList l = labelled(ts, d);
        AtomicInteger seen = new AtomicInteger();
        List<PyObject> hooked = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            PyObject o = l.getItem(ts, i);
            ((Val) o).onCompare = (t, self) -> {
                if (seen.incrementAndGet() == limit) {
                    throw Val.typeError();
                }
            };
            hooked.add(o);
        }
        assertThatThrownBy(() -> l.sort(ts, key, reverse)).as("k=%d", limit).hasMessage("planted");
        List<Integer> after = labels(ts, l);
        assertThat(after).as("k=%d", limit).hasSize(d.length);
        assertThat(after.stream().sorted().toList()).as("k=%d: a permutation", limit)
                .isEqualTo(expectedLabels(new int[d.length], false));
        l.checkInvariants(ts);
        for (PyObject o : hooked) {
            ((Val) o).onCompare = null;
            RefCount.decref(ts, o);
        }
        RefCount.decref(ts, l);
    }

    @Test
    void aRaisingKey_leavesTheListAsItWas_andReleasesTheKeysMade(ThreadState ts) {
        PyList l = labelled(ts, new int[] {5, 4, 3, 2, 1});
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> l.sort(ts, (t, item) -> {
            if (calls.incrementAndGet() == 4) {
                throw Val.typeError();
            }
            return Val.of(t, 0);
        }, true)).hasMessage("planted");
        assertThat(values(ts, l)).containsExactly(5, 4, 3, 2, 1);
        RefCount.decref(ts, l);
    }

    @Test
    void unorderableItems_raiseTypeError(ThreadState ts) {
        // [3, 1, object()].sort() -> TypeError: '<' not supported between instances of 'object' and 'int'
        PyList l = labelled(ts, new int[] {3, 1});
        PyObject plain = dev.freethread.testkit.TestNode.create(ts, 0);
        l.append(ts, plain);
        assertThatThrownBy(() -> l.sort(ts)).isInstanceOf(PyException.class)
                .hasMessageContaining("'<' not supported between instances of");
        assertThat(l.size()).isEqualTo(3);
        RefCount.decref(ts, plain);
        RefCount.decref(ts, l);
    }

    @Test
    void concurrentReaders_seeTheListWholeBeforeOrAfter_neverHalfSorted(Runtime rt, ThreadState ts) throws Exception {
        // [L7] While one thread sorts (slowly: a key function per item), readers read a fixed index lock-free: each
        // read finds the list empty (IndexError), or the original item at that index, or the sorted one. Two readers
        // take new references (getItem), two borrow (getItemBorrowed, no re-validation: I3, the sort sorts a copy).
        Random r = new Random(11);
        int n = 3000;
        int[] d = new int[n];
        for (int i = 0; i < n; i++) {
            d[i] = r.nextInt(1_000_000);
        }
        PyList l = labelled(ts, d);
        List<Integer> sortedLabels = expectedLabels(d, false);
        List<Integer> descendingLabels = expectedLabels(d, true);
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger emptySeen = new AtomicInteger();
        l.getItemBorrowed(ts, 0); // shared-read: the borrowing readers take the fast path from the start
        TestThreads.run(rt, 5, (t, index) -> {
            if (index == 0) {
                try {
                    for (int round = 0; round < 3; round++) {
                        l.sort(t, (tt, item) -> {
                            Thread.onSpinWait();
                            return RefCount.newRef(tt, item);
                        }, round == 1);
                    }
                } finally {
                    done.set(true);
                }
                return;
            }
            int k = index % 2 == 1 ? 17 : n - 5;
            boolean borrowed = index >= 3;
            while (!done.get()) {
                try {
                    PyObject o = borrowed ? l.getItemBorrowed(t, k) : l.getItem(t, k);
                    int label = ((Val) o).label;
                    assertThat(RefCount.isFreed(o)).isFalse();
                    if (borrowed) {
                        t.poll(); // the borrow ends here
                    } else {
                        RefCount.decref(t, o);
                    }
                    // before any sort: the original item; after round 0 or 2: the ascending order's; after round 1
                    // (reverse): the descending order's.
                    assertThat(label).isIn(k, sortedLabels.get(k), descendingLabels.get(k));
                } catch (PyException e) {
                    assertThat(e.pyType()).isEqualTo("IndexError");
                    emptySeen.incrementAndGet();
                }
            }
        });
        ts.poll();
        assertThat(labels(ts, l)).isEqualTo(sortedLabels);
        RefCount.decref(ts, l);
    }
}
