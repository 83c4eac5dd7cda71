// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestThreads;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real threads on one dict (the jcstress and Lincheck suites in {@code stress/} explore the races systematically;
 * these are quick whole-operation checks that run in every build). The calling thread detaches while the mutators run,
 * as the contract asks of a thread that blocks.
 */
@LeakChecked
class PyDictConcurrencyTest {
    static final int ROUNDS = Integer.getInteger("freethread.dict.rounds", 20_000);

    /**
     * [D1][D2][D3] Readers look up keys that are present throughout while writers churn other keys (forcing resizes and
     * shrinks) and replace the stable keys' values with fresh objects (freeing the old ones): a reader never misses a
     * stable key and never gets a freed value.
     */
    @Test
    void readersNeverMissAStableKey_norGetAFreedValue(Runtime rt, ThreadState ts) throws Exception {
        PyDict d = PyDict.create(ts);
        int stable = 16;
        PyStr[] keys = new PyStr[stable];
        for (int i = 0; i < stable; i++) {
            keys[i] = PyStr.of(ts, "stable" + i);
            PyInt v = PyInt.of(ts, 1_000_000 + i);
            d.setItem(ts, keys[i], v);
            RefCount.decref(ts, v);
        }
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        ts.detach();
        try {
            TestThreads.run(rt, 3, (t, index) -> {
                if (index == 0) {
                    for (int r = 0; r < ROUNDS; r++) {
                        PyInt k = PyInt.of(t, 10_000 + (r % 3000));
                        if (r % 3000 < 1500) {
                            d.setItem(t, k, k);
                        } else {
                            RefCount.decref(t, d.pop(t, k, k));
                        }
                        RefCount.decref(t, k);
                        PyInt v = PyInt.of(t, 2_000_000 + r);
                        d.setItem(t, keys[r % stable], v); // the old value is freed here
                        RefCount.decref(t, v);
                        if (r % 500 == 0) {
                            t.poll();
                        }
                    }
                    done.set(true);
                } else {
                    int r = 0;
                    while (!done.get() || r < 1000) {
                        PyStr k = keys[r++ % stable];
                        PyObject v = d.get(t, k, k);
                        if (v == k || RefCount.isFreed(v) || !(v instanceof PyInt)) {
                            failures.incrementAndGet();
                        }
                        RefCount.decref(t, v);
                        if (!d.contains(t, k)) {
                            failures.incrementAndGet();
                        }
                        if ((r & 255) == 0) {
                            t.poll();
                        }
                    }
                }
            });
        } finally {
            ts.attach();
        }
        assertThat(failures.get()).isZero();
        DictChecks.checkInvariants(ts, d);
        for (PyStr k : keys) {
            RefCount.decref(ts, k);
        }
        RefCount.decref(ts, d);
    }

    /**
     * [D6] Two threads share one iterator over a dict whose values a third thread keeps replacing: every step returns
     * a live object or ends, each thread releases what it got, and the dict is released once, with the iterator.
     */
    @Test
    void sharedIterator_neverReturnsFreedObjects(Runtime rt, ThreadState ts) throws Exception {
        PyDict d = PyDict.create(ts);
        for (int i = 0; i < 200; i++) {
            PyInt k = PyInt.of(ts, 1000 + i);
            d.setItem(ts, k, k);
            RefCount.decref(ts, k);
        }
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        for (int round = 0; round < 20; round++) {
            PyDictView values = d.values(ts);
            PyDictIterator it = values.iter(ts);
            RefCount.enableTryIncref(it);
            ts.detach();
            try {
                done.set(false);
                TestThreads.run(rt, 3, (t, index) -> {
                    if (index == 0) {
                        for (int i = 0; i < 2000 && !done.get(); i++) {
                            PyInt k = PyInt.of(t, 1000 + (i % 200));
                            PyInt v = PyInt.of(t, 5000 + i);
                            d.setItem(t, k, v); // same size: the iterator goes on
                            RefCount.decref(t, v);
                            RefCount.decref(t, k);
                        }
                    } else {
                        PyObject v;
                        while ((v = it.next(t)) != null) {
                            if (RefCount.isFreed(v)) {
                                failures.incrementAndGet();
                            }
                            RefCount.decref(t, v);
                        }
                        done.set(true);
                    }
                });
            } finally {
                ts.attach();
            }
            RefCount.decref(ts, it);
            RefCount.decref(ts, values);
        }
        assertThat(failures.get()).isZero();
        assertThat(RefCount.refCount(ts, d)).isEqualTo(1);
        RefCount.decref(ts, d);
    }

    /** [D7] Two threads update a from b and b from a, many times: both sections are taken in a stable order. */
    @Test
    void crossUpdates_doNotDeadlock(Runtime rt, ThreadState ts) throws Exception {
        PyDict a = PyDict.create(ts);
        PyDict b = PyDict.create(ts);
        for (int i = 0; i < 50; i++) {
            a.setItem(ts, PyInt.small(i), PyInt.small(i));
            b.setItem(ts, PyInt.small(i + 100), PyInt.small(i));
        }
        ts.detach();
        try {
            TestThreads.run(rt, 2, (t, index) -> {
                for (int r = 0; r < 2000; r++) {
                    if (index == 0) {
                        a.update(t, b);
                        a.pyEquals(t, b); // takes both sections too
                    } else {
                        b.update(t, a);
                    }
                }
            });
        } finally {
            ts.attach();
        }
        assertThat(a.size()).isEqualTo(100);
        assertThat(b.size()).isEqualTo(100);
        assertThat(a.pyEquals(ts, b)).isTrue();
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
    }
}
