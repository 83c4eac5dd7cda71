// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.SeededRuns;
import dev.freethread.testkit.TestFloat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property test: seeded random operation sequences against a {@link LinkedHashMap} model (which, like a Python dict,
 * keeps insertion order when a value is replaced), comparing every result, the size and, regularly, the whole
 * iteration order; the dict's structural invariants are checked as it goes. Keys are drawn from a small pool so that
 * hits, misses, deletions and re-insertions are all frequent, with several objects per key value: fresh equal ints and
 * strings (not the stored object: equality, not identity, must find them), {@code True}/{@code False}, equal to
 * {@code 1}/{@code 0}, and the binding's floats (an integral one equal to its int twin; issue 12), the first key
 * inserted staying in each case. Sizes cross several resizes and shrinks.
 *
 * <p>On failure the seed is printed; replay one sequence with {@code -Dfreethread.seed=<seed>}. More sequences:
 * {@code -Dfreethread.sequences=<n>}.
 */
@LeakChecked
class PyDictModelTest {
    static final int SEQUENCES = Integer.getInteger("freethread.sequences", 60);
    static final int OPS = 1500;

    /** A model entry: the key as first inserted (its repr), and the value's repr. */
    record ModelEntry(String keyRepr, String value) {}

    @Test
    void randomOperations_matchTheLinkedHashMapModel(ThreadState ts) {
        SeededRuns.run(SEQUENCES, seed -> runSequence(ts, seed));
    }

    private void runSequence(ThreadState ts, long seed) {
        Random rnd = new Random(seed);
        int keySpace = 4 + rnd.nextInt(rnd.nextBoolean() ? 12 : 400);
        PyDict d = PyDict.create(ts);
        Map<Object, ModelEntry> model = new LinkedHashMap<>();
        try {
            for (int op = 0; op < OPS; op++) {
                step(ts, rnd, keySpace, d, model, op);
                assertThat(d.size()).as("size after op %d", op).isEqualTo(model.size());
                if (op % 97 == 0) {
                    DictChecks.checkInvariants(ts, d);
                    assertThat(itemsOf(ts, d)).as("iteration order after op %d", op).isEqualTo(itemsOf(model));
                }
            }
            DictChecks.checkInvariants(ts, d);
            assertThat(itemsOf(ts, d)).isEqualTo(itemsOf(model));
        } finally {
            RefCount.decref(ts, d);
        }
    }

    /**
     * A new reference to a key for index {@code i}: a fresh int or str, a bool for 0 and 1 (sometimes), the binding's
     * float of the same integral value (sometimes: {@code 1004.0 == 1004}, same hash), or a non-integral float.
     */
    private static PyObject key(ThreadState ts, Random rnd, int i) {
        if (i % 2 == 0) {
            if ((i == 0 || i == 2) && rnd.nextInt(3) == 0) {
                return PyBool.of(i == 2); // True == 1: the model key of 2 -> int 1 below
            }
            long v = i == 2 ? 1 : 1000 + i;
            if (rnd.nextInt(4) == 0) {
                return TestFloat.of(ts, v); // an int key's float twin (issue 12: the mixed-type lookup)
            }
            return PyInt.of(ts, v); // fresh object when >= 257
        }
        if (i % 6 == 1) {
            return TestFloat.of(ts, i + 0.5);
        }
        return PyStr.of(ts, "k" + i);
    }

    /** The model's key: numbers by exact value (int, bool, integral float alike), strs by value. */
    private static Object modelKey(PyObject k) {
        if (k instanceof PyInt) {
            return new java.math.BigDecimal(((PyInt) k).longValue()).stripTrailingZeros();
        }
        if (k instanceof TestFloat) {
            return new java.math.BigDecimal(((TestFloat) k).value).stripTrailingZeros();
        }
        return ((PyStr) k).value();
    }

    private void step(ThreadState ts, Random rnd, int keySpace, PyDict d, Map<Object, ModelEntry> model, int op) {
        int i = rnd.nextInt(keySpace);
        PyObject k = key(ts, rnd, i);
        Object mk = modelKey(k);
        try {
            int what = rnd.nextInt(100);
            if (what < 35) {
                PyInt v = PyInt.of(ts, 100_000 + op);
                d.setItem(ts, k, v);
                ModelEntry old = model.get(mk);
                model.put(mk, new ModelEntry(old != null ? old.keyRepr : k.repr(), v.repr()));
                RefCount.decref(ts, v);
            } else if (what < 55) {
                ModelEntry e = model.get(mk);
                PyObject got = d.get(ts, k);
                assertThat(got.repr()).as("get %s", k.repr()).isEqualTo(e == null ? "None" : e.value);
                RefCount.decref(ts, got);
            } else if (what < 62) {
                assertThat(d.contains(ts, k)).isEqualTo(model.containsKey(mk));
            } else if (what < 75) {
                ModelEntry e = model.remove(mk);
                try {
                    d.delItem(ts, k);
                    assertThat(e).as("del of an absent key succeeded").isNotNull();
                } catch (PyException ex) {
                    assertThat(e).as("del of a present key raised " + ex).isNull();
                    assertThat(ex.pyType()).isEqualTo("KeyError");
                }
            } else if (what < 83) {
                ModelEntry e = model.remove(mk);
                PyObject got = d.pop(ts, k, PyBool.FALSE);
                assertThat(got.repr()).isEqualTo(e == null ? "False" : e.value);
                RefCount.decref(ts, got);
            } else if (what < 88) {
                ModelEntry e = model.get(mk);
                PyInt dflt = PyInt.of(ts, 200_000 + op);
                PyObject got = d.setDefault(ts, k, dflt);
                if (e == null) {
                    model.put(mk, new ModelEntry(k.repr(), dflt.repr()));
                    assertThat(got).isSameAs(dflt);
                } else {
                    assertThat(got.repr()).isEqualTo(e.value);
                }
                RefCount.decref(ts, got);
                RefCount.decref(ts, dflt);
            } else if (what < 94) {
                if (model.isEmpty()) {
                    try {
                        RefCount.decref(ts, d.popItem(ts));
                        throw new AssertionError("popitem of an empty dict succeeded");
                    } catch (PyException ex) {
                        assertThat(ex.pyType()).isEqualTo("KeyError");
                    }
                } else {
                    Map.Entry<Object, ModelEntry> last = null;
                    for (Map.Entry<Object, ModelEntry> e : model.entrySet()) {
                        last = e;
                    }
                    model.remove(last.getKey());
                    PyTuple p = d.popItem(ts);
                    assertThat(p.getItemBorrowed(0).repr() + "=" + p.getItemBorrowed(1).repr())
                            .isEqualTo(last.getValue().keyRepr + "=" + last.getValue().value);
                    RefCount.decref(ts, p);
                }
            } else if (what < 98) {
                // update from a small dict built with fresh keys
                PyDict other = PyDict.create(ts);
                for (int j = 0; j < 3; j++) {
                    PyObject ok = key(ts, rnd, rnd.nextInt(keySpace));
                    PyInt ov = PyInt.of(ts, 300_000 + op * 3 + j);
                    other.setItem(ts, ok, ov);
                    RefCount.decref(ts, ok);
                    RefCount.decref(ts, ov);
                }
                // the model: other's items in its order, each replacing or appending; first keys kept
                for (String item : itemsOf(ts, other)) {
                    int eq = item.indexOf('=');
                    String kr = item.substring(0, eq);
                    Object omk = kr.startsWith("'") ? kr.substring(1, kr.length() - 1)
                            : new java.math.BigDecimal(kr.equals("True") ? "1" : kr.equals("False") ? "0" : kr)
                                    .stripTrailingZeros();
                    ModelEntry old = model.get(omk);
                    model.put(omk, new ModelEntry(old != null ? old.keyRepr : kr, item.substring(eq + 1)));
                }
                if (rnd.nextBoolean()) {
                    d.update(ts, other);
                } else {
                    RefCount.decref(ts, d.inPlaceOr(ts, other));
                }
                RefCount.decref(ts, other);
            } else if (rnd.nextInt(10) == 0) {
                d.clear(ts);
                model.clear();
            } else {
                PyDict c = d.copy(ts);
                assertThat(itemsOf(ts, c)).isEqualTo(itemsOf(model));
                assertThat(c.pyEquals(ts, d)).isTrue();
                RefCount.decref(ts, c);
            }
        } finally {
            RefCount.decref(ts, k);
        }
    }

    static List<String> itemsOf(ThreadState ts, PyDict d) {
        List<String> out = new ArrayList<>();
        PyDictView v = d.items(ts);
        PyDictIterator it = v.iter(ts);
        for (PyObject p = it.next(ts); p != null; p = it.next(ts)) {
            PyTuple t = (PyTuple) p;
            out.add(t.getItemBorrowed(0).repr() + "=" + t.getItemBorrowed(1).repr());
            RefCount.decref(ts, p);
        }
        RefCount.decref(ts, it);
        RefCount.decref(ts, v);
        return out;
    }

    static List<String> itemsOf(Map<Object, ModelEntry> model) {
        List<String> out = new ArrayList<>();
        for (Iterator<ModelEntry> it = model.values().iterator(); it.hasNext(); ) {
            ModelEntry e = it.next();
            out.add(e.keyRepr + "=" + e.value);
        }
        return out;
    }
}
