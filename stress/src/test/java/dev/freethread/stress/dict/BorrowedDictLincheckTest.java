// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress.dict;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.RefCountExtension;
import dev.freethread.stress.LincheckPlumbing;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

import java.util.HashMap;

/**
 * Lincheck on {@code PyDict}'s borrowed read ([Q1], [Q2]): {@code getBorrowed} with pure keys (ints: the path that
 * takes no reference, stores nothing and runs no user code) against the writers that remove and free values
 * (setItem replacing, delItem, pop, clear), checked for linearizability against a {@link HashMap} by model checking
 * and by stress. Every operation starts with a safepoint (the harness's {@code ts()} polls), where the thread's
 * deferred decrefs are processed: the model checker places those frees between the other threads' steps, so a value
 * freed under a borrow (before the reader's next safepoint) is reported by the reader's check. The dict is not
 * shared-read at the start: the first borrowed read marks it while writers run ([Q2]).
 *
 * <p>Values: 1001 and 1002 are held by the test (a removed one stays alive); 1003 is created by each writer, so its
 * removal is what would free it under a reader if the writer's reference were not deferred.
 */
public class BorrowedDictLincheckTest {
    static final int ITERATIONS = Integer.getInteger("lincheck.dict.iterations", 8);
    static final int INVOCATIONS = Integer.getInteger("lincheck.dict.invocations", 200);

    private final Runtime rt = Runtime.builder().scheme(RcScheme.BIASED).discoverExtensions(false)
            .extension(new RefCountExtension()).build();
    private final PyDict dict = PyDict.create(ts());
    private final PyInt[] heldValues = {null, PyInt.of(ts(), 1001), PyInt.of(ts(), 1002)};

    /** The calling thread's state, attached on first use; a safepoint at the start of every operation. */
    ThreadState ts() {
        ThreadState ts = rt.currentThreadState();
        if (ts == null) {
            return rt.attachCurrentThread();
        }
        ts.poll();
        return ts;
    }

    private PyInt value(ThreadState ts, int value) {
        return value < 3 ? RefCount.newRef(ts, heldValues[value]) : PyInt.of(ts, 1000 + value);
    }

    private static int valueOf(PyObject v) {
        return (int) (((PyInt) v).longValue() - 1000);
    }

    /** The borrowed read; -1 for a miss. The value must be alive until this thread's next safepoint. */
    @Operation
    public int getBorrowed(@Param(gen = IntGen.class, conf = "1:3") int key) {
        ThreadState ts = ts();
        PyInt k = PyInt.of(ts, key);
        PyObject v = dict.getBorrowed(ts, k);
        int r = v == null ? -1 : valueOf(v);
        if (v != null && RefCount.isFreed(v)) {
            throw new AssertionError("getBorrowed returned a value freed under the borrow");
        }
        RefCount.decref(ts, k); // a small int: immortal, so not a safepoint here
        return r;
    }

    @Operation
    public void setItem(@Param(gen = IntGen.class, conf = "1:3") int key,
                        @Param(gen = IntGen.class, conf = "1:3") int value) {
        ThreadState ts = ts();
        PyInt k = PyInt.of(ts, key);
        PyInt v = value(ts, value);
        dict.setItem(ts, k, v);
        RefCount.decref(ts, v);
        RefCount.decref(ts, k);
    }

    @Operation
    public boolean delItem(@Param(gen = IntGen.class, conf = "1:3") int key) {
        ThreadState ts = ts();
        PyInt k = PyInt.of(ts, key);
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
        PyInt k = PyInt.of(ts, key);
        try {
            PyObject v = dict.pop(ts, k);
            int r = valueOf(v);
            RefCount.decref(ts, v); // the caller's reference dropped at once: only the deferral protects readers
            return r;
        } catch (PyException e) {
            return -1;
        } finally {
            RefCount.decref(ts, k);
        }
    }

    @Operation
    public void clear() {
        dict.clear(ts());
    }

    /** The sequential specification. */
    public static class Spec {
        final HashMap<Integer, Integer> map = new HashMap<>();

        public int getBorrowed(int key) {
            Integer v = map.get(key);
            return v == null ? -1 : v;
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

        public void clear() {
            map.clear();
        }
    }

    static ModelCheckingOptions modelChecking() {
        return LincheckPlumbing.bookkeepingAtomic(new ModelCheckingOptions(), BorrowedDictLincheckTest.class, "ts")
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
