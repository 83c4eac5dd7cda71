// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.dict;

import dev.freethread.dict.PyDict;
import dev.freethread.dict.PyDictIterator;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.RefCountExtension;
import dev.freethread.stress.LincheckPlumbing;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;


/**
 * Lincheck on {@code PyDict}: getItem, get, setItem, delItem, pop, setDefault, popItem, size, contains and clear from three
 * threads, checked for linearizability against a {@link LinkedHashMap} ({@link Spec}), by model checking
 * (interleavings of the lock-free reads' loads, tryIncrefs and re-checks with the writers' stores, CASes and the
 * critical section's mutex) and by stress (real threads). Covers [D1] (a lookup racing the delete or replacement that
 * frees the value), [D2] (lookups racing insertions), [D3] (with three keys in a table of 8 slots, deletions and
 * re-insertions use up the 5 entries within a few operations, so resizes happen in most scenarios) and the
 * linearizability of every writer, and [D8] (size against membership: the model checker found the first version's gap,
 * {@code contains(3): true} then {@code size(): 0} while {@code setDefault(3, 1)} ran).
 *
 * <h2>The harness</h2>
 * As {@code RcLincheckTest}: each invocation builds its own Runtime and dict (Lincheck creates a test instance per
 * invocation), threads attach on first use, and the harness's plumbing runs as single model-checker steps. Keys come
 * from a pool of three labels; every operation creates a fresh key object ({@link EqKey}: equal by label, not
 * identity, with labels 1 and 3 hashing alike, so lookups run the general path that pins the stored key with
 * tryIncref before comparing) and releases it afterwards. Values are ints of 1000 + the operation's value (not cached
 * small ints): 1001 and 1002 are held by the test throughout, so a deleted one stays alive and a reader still in a
 * replaced table could take a reference to it (only the table and entry re-checks stop that); 1003 is created fresh by
 * each writer, so replacing or deleting it frees it while other threads may be reading it (only tryIncref stops that). Results are returned as Java values ({@code -1} for a KeyError), and every reference an
 * operation gets is released before it returns. {@link #validate} checks after each invocation that the dict's
 * iteration agrees with its size and that every value it holds is alive.
 *
 * <p>Effort: {@code -Dlincheck.dict.iterations} (default 8) and {@code -Dlincheck.dict.invocations} (default 200);
 * a thorough run: {@code ./mvnw -o -pl stress test -Djcstress.skip=true -Dtest=DictLincheckTest
 * -Dlincheck.dict.iterations=100 -Dlincheck.dict.invocations=5000}.
 */
public class DictLincheckTest {
    static final int ITERATIONS = Integer.getInteger("lincheck.dict.iterations", 8);
    static final int INVOCATIONS = Integer.getInteger("lincheck.dict.invocations", 200);

    private final Runtime rt = Runtime.builder().scheme(RcScheme.BIASED).discoverExtensions(false)
            .extension(new RefCountExtension()).build();
    private final PyDict dict = PyDict.create(ts());
    /**
     * Values 1 and 2 are held by the test for the whole invocation (a deleted or replaced one stays alive, so a reader
     * in a stale table can take a reference to it: only the re-checks stop it); value 3 is created fresh by each
     * writer, so deleting or replacing it frees it (only tryIncref stops a reader).
     */
    private final PyInt[] heldValues = {null, PyInt.of(ts(), 1001), PyInt.of(ts(), 1002)};

    private PyInt value(ThreadState ts, int value) {
        return value < 3 ? RefCount.newRef(ts, heldValues[value]) : PyInt.of(ts, 1000 + value);
    }

    /** The calling thread's state in this invocation's Runtime, attached on first use (one model-checker step). */
    ThreadState ts() {
        ThreadState ts = rt.currentThreadState();
        return ts != null ? ts : rt.attachCurrentThread();
    }

    /** A key with user-level equality (by label) and a hash that makes labels 1 and 3 collide. */
    static final class EqKey extends PyObject {
        static final PyType TYPE = PyType.staticType("stress.EqKey", 0);
        final int label;

        EqKey(ThreadState ts, int label) {
            super(TYPE, ts);
            this.label = label;
        }

        @Override
        public long pyHash(ThreadState ts) {
            return label % 2;
        }

        @Override
        public dev.freethread.objects.PyObject richCompare(ThreadState ts, PyObject other,
                dev.freethread.objects.CompareOp op) {
            if (!(other instanceof EqKey) || (op != dev.freethread.objects.CompareOp.EQ
                    && op != dev.freethread.objects.CompareOp.NE)) {
                return dev.freethread.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            return dev.freethread.objects.PyBool.of((((EqKey) other).label == label)
                    == (op == dev.freethread.objects.CompareOp.EQ));
        }

        @Override
        public String repr() {
            return "EqKey(" + label + ")";
        }
    }

    private static int valueOf(PyObject v) {
        return (int) (((PyInt) v).longValue() - 1000);
    }

    @Operation
    public int getItem(@Param(gen = IntGen.class, conf = "1:3") int key) {
        ThreadState ts = ts();
        EqKey k = new EqKey(ts, key);
        try {
            PyObject v = dict.getItem(ts, k);
            int r = valueOf(v);
            RefCount.decref(ts, v);
            return r;
        } catch (PyException e) {
            return -1;
        } finally {
            RefCount.decref(ts, k);
        }
    }

    @Operation
    public Integer get(@Param(gen = IntGen.class, conf = "1:3") int key) {
        ThreadState ts = ts();
        EqKey k = new EqKey(ts, key);
        PyObject v = dict.get(ts, k, k);
        Integer r = v == k ? null : valueOf(v);
        RefCount.decref(ts, v);
        RefCount.decref(ts, k);
        return r;
    }

    @Operation
    public void setItem(@Param(gen = IntGen.class, conf = "1:3") int key,
                        @Param(gen = IntGen.class, conf = "1:3") int value) {
        ThreadState ts = ts();
        EqKey k = new EqKey(ts, key);
        PyInt v = value(ts, value);
        dict.setItem(ts, k, v);
        RefCount.decref(ts, v);
        RefCount.decref(ts, k);
    }

    @Operation
    public boolean delItem(@Param(gen = IntGen.class, conf = "1:3") int key) {
        ThreadState ts = ts();
        EqKey k = new EqKey(ts, key);
        try {
            dict.delItem(ts, k);
            return true;
        } catch (PyException e) {
            return false;
        } finally {
            RefCount.decref(ts, k);
        }
    }

    @Operation
    public int pop(@Param(gen = IntGen.class, conf = "1:3") int key) {
        ThreadState ts = ts();
        EqKey k = new EqKey(ts, key);
        try {
            PyObject v = dict.pop(ts, k);
            int r = valueOf(v);
            RefCount.decref(ts, v);
            return r;
        } catch (PyException e) {
            return -1;
        } finally {
            RefCount.decref(ts, k);
        }
    }

    @Operation
    public int setDefault(@Param(gen = IntGen.class, conf = "1:3") int key,
                          @Param(gen = IntGen.class, conf = "1:3") int value) {
        ThreadState ts = ts();
        EqKey k = new EqKey(ts, key);
        PyInt v = value(ts, value);
        PyObject r = dict.setDefault(ts, k, v);
        int out = valueOf(r);
        RefCount.decref(ts, r);
        RefCount.decref(ts, v);
        RefCount.decref(ts, k);
        return out;
    }

    /** The popped item as {@code key * 10 + value}, or -1 when empty. */
    @Operation
    public int popItem() {
        ThreadState ts = ts();
        try {
            PyTuple p = dict.popItem(ts);
            int r = ((EqKey) p.getItemBorrowed(0)).label * 10 + valueOf(p.getItemBorrowed(1));
            RefCount.decref(ts, p);
            return r;
        } catch (PyException e) {
            return -1;
        }
    }

    @Operation
    public int size() {
        return dict.size();
    }

    /** Beyond the list: clear swaps the table, so lookups racing it exercise [D3] and [D8] too. */
    @Operation
    public void clear() {
        dict.clear(ts());
    }

    @Operation
    public boolean contains(@Param(gen = IntGen.class, conf = "1:3") int key) {
        ThreadState ts = ts();
        EqKey k = new EqKey(ts, key);
        boolean r = dict.contains(ts, k);
        RefCount.decref(ts, k);
        return r;
    }

    /** After each invocation: iteration agrees with size, and every value held is alive. */
    @Validate
    public void validate() {
        ThreadState ts = ts();
        PyDictIterator it = dict.values(ts).iter(ts);
        int n = 0;
        for (PyObject v = it.next(ts); v != null; v = it.next(ts)) {
            if (RefCount.isFreed(v)) {
                throw new AssertionError("the dict holds a freed value");
            }
            n++;
            RefCount.decref(ts, v);
        }
        if (n != dict.size()) {
            throw new AssertionError("iteration found " + n + " items, size says " + dict.size());
        }
    }

    /** The sequential specification: a LinkedHashMap (insertion order; a replaced value keeps its position). */
    public static class Spec {
        final LinkedHashMap<Integer, Integer> map = new LinkedHashMap<>();

        public int getItem(int key) {
            Integer v = map.get(key);
            return v == null ? -1 : v;
        }

        public Integer get(int key) {
            return map.get(key);
        }

        public void setItem(int key, int value) {
            map.put(key, value);
        }

        public boolean delItem(int key) {
            return map.remove(key) != null;
        }

        public int pop(int key) {
            Integer v = map.remove(key);
            return v == null ? -1 : v;
        }

        public int setDefault(int key, int value) {
            return map.computeIfAbsent(key, k -> value);
        }

        public int popItem() {
            Map.Entry<Integer, Integer> last = null;
            for (Map.Entry<Integer, Integer> e : map.entrySet()) {
                last = e;
            }
            if (last == null) {
                return -1;
            }
            map.remove(last.getKey());
            return last.getKey() * 10 + last.getValue();
        }

        public int size() {
            return map.size();
        }

        public void clear() {
            map.clear();
        }

        public boolean contains(int key) {
            return map.containsKey(key);
        }
    }

    static ModelCheckingOptions modelChecking() {
        return LincheckPlumbing.bookkeepingAtomic(new ModelCheckingOptions(), DictLincheckTest.class, "ts")
                .iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS).threads(3).actorsPerThread(3)
                .actorsBefore(2).actorsAfter(1).sequentialSpecification(Spec.class);
    }

    @Test
    void modelChecking_test() {
        modelChecking().check(getClass());
    }

    @Test
    void stress_test() {
        new StressOptions().iterations(ITERATIONS).invocationsPerIteration(INVOCATIONS).threads(3).actorsPerThread(3)
                .actorsBefore(2).actorsAfter(1).sequentialSpecification(Spec.class).check(getClass());
    }
}
