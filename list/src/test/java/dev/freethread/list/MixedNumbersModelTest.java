// SPDX-License-Identifier: Apache-2.0
package dev.freethread.list;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.SeededRuns;
import dev.freethread.testkit.TestFloat;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test (issue 12): lists of mixed ints, bools and the binding's floats, against an {@link ArrayList} model that
 * compares by exact numeric value, as Python does ({@code 1 == 1.0 == True}). Searches (contains, index, count,
 * remove), sort (stable: equal values keep their order, whatever their types) and lexicographic comparison with another
 * list must agree with the model exactly, object for object. Seeded; replay with {@code -Dfreethread.seed=<seed>}.
 */
@LeakChecked
class MixedNumbersModelTest {
    static final int SEQUENCES = Integer.getInteger("freethread.sequences", 60);
    static final int OPS = 300;

    @Test
    void mixedNumbers_matchAModelComparingByValue(ThreadState ts) {
        SeededRuns.run(SEQUENCES, seed -> run(ts, seed));
    }

    /** The exact value of a number of the pool. */
    private static BigDecimal value(PyObject o) {
        if (o instanceof TestFloat) {
            return new BigDecimal(((TestFloat) o).value);
        }
        return new BigDecimal(((PyInt) o).bigValue());
    }

    private static int compareValues(PyObject a, PyObject b) {
        return value(a).compareTo(value(b));
    }

    private void run(ThreadState ts, long seed) {
        Random r = new Random(seed);
        // The pool: 0, 1, 2 as int, bool (0 and 1 only) and float; 0.5, 1.5; 2**64 as int and as float.
        List<PyObject> pool = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            pool.add(PyInt.of(ts, v));
            pool.add(TestFloat.of(ts, v));
        }
        pool.add(PyBool.FALSE);
        pool.add(PyBool.TRUE);
        pool.add(TestFloat.of(ts, 0.5));
        pool.add(TestFloat.of(ts, 1.5));
        pool.add(PyInt.of(ts, BigInteger.ONE.shiftLeft(64)));
        pool.add(TestFloat.of(ts, Math.pow(2, 64)));
        PyList list = PyList.create(ts);
        List<PyObject> model = new ArrayList<>();
        try {
            for (int op = 0; op < OPS; op++) {
                PyObject x = pool.get(r.nextInt(pool.size()));
                int what = r.nextInt(100);
                if (what < 30) {
                    list.append(ts, x);
                    model.add(x);
                } else if (what < 40) {
                    int at = r.nextInt(model.size() + 1);
                    list.insert(ts, at, x);
                    model.add(at, x);
                } else if (what < 55) {
                    int first = firstEqual(model, x);
                    assertThat(list.contains(ts, x)).isEqualTo(first >= 0);
                    assertThat(list.count(ts, x)).isEqualTo((int) model.stream().filter(y -> compareValues(y, x) == 0).count());
                    if (first >= 0) {
                        assertThat(list.index(ts, x)).isEqualTo(first);
                    }
                } else if (what < 65) {
                    int first = firstEqual(model, x);
                    try {
                        list.remove(ts, x);
                        assertThat(first).as("remove found " + x.repr()).isGreaterThanOrEqualTo(0);
                        model.remove(first);
                    } catch (PyException e) {
                        assertThat(e.pyType()).isEqualTo("ValueError");
                        assertThat(first).isNegative();
                    }
                } else if (what < 75) {
                    boolean reverse = r.nextBoolean();
                    list.sort(ts, null, reverse);
                    Comparator<PyObject> byValue = MixedNumbersModelTest::compareValues;
                    model.sort(reverse ? byValue.reversed() : byValue); // Python's reverse=True is stable too
                } else if (what < 90) {
                    // lexicographic comparison with a list of other pool numbers
                    List<PyObject> otherModel = new ArrayList<>(model);
                    if (!otherModel.isEmpty() && r.nextBoolean()) {
                        otherModel.set(r.nextInt(otherModel.size()), pool.get(r.nextInt(pool.size())));
                    } else if (r.nextBoolean()) {
                        otherModel.add(pool.get(r.nextInt(pool.size())));
                    }
                    PyList other = PyList.of(ts, otherModel.toArray(new PyObject[0]));
                    int c = lexicographic(model, otherModel);
                    for (CompareOp cop : CompareOp.values()) {
                        assertThat(Compare.richCompareBool(ts, list, other, cop)).as("%s", cop).isEqualTo(cop.ofSign(c));
                    }
                    RefCount.decref(ts, other);
                } else if (!model.isEmpty()) {
                    int at = r.nextInt(model.size());
                    PyObject p = list.pop(ts, at);
                    assertThat(p).isSameAs(model.remove(at));
                    RefCount.decref(ts, p);
                }
                assertThat(list.size()).isEqualTo(model.size());
                for (int k = 0; k < model.size(); k++) {
                    PyObject y = list.getItem(ts, k);
                    assertThat(y).as("item %d after op %d", k, op).isSameAs(model.get(k));
                    RefCount.decref(ts, y);
                }
            }
        } finally {
            RefCount.decref(ts, list);
            for (PyObject o : pool) {
                RefCount.decref(ts, o);
            }
        }
    }

    private static int firstEqual(List<PyObject> model, PyObject x) {
        for (int k = 0; k < model.size(); k++) {
            if (model.get(k) == x || compareValues(model.get(k), x) == 0) {
                return k;
            }
        }
        return -1;
    }

    private static int lexicographic(List<PyObject> a, List<PyObject> b) {
        int n = Math.min(a.size(), b.size());
        for (int k = 0; k < n; k++) {
            int c = compareValues(a.get(k), b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
