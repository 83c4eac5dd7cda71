// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
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
 * Borrowed reads of a dict ({@link PyDict#getBorrowed}, {@link PyDictIterator#nextBorrowed}) and the deferred drops
 * of what writers remove from a shared-read dict ([Q1], [Q2]; docs/dict.md, "Borrowed reads").
 */
@LeakChecked
class BorrowedReadsTest {

    private static PyDict dictWith(ThreadState ts, PyObject k, PyObject v) {
        PyDict d = PyDict.create(ts);
        d.setItem(ts, k, v);
        return d;
    }

    @Test
    void getBorrowed_takesNoReference_andMatchesGet(Runtime rt, ThreadState ts) {
        PyStr k = PyStr.of(ts, "key");
        TestNode v = TestNode.create(ts, 0);
        PyDict d = dictWith(ts, k, v);
        long before = RefCount.refCount(ts, v);
        PyStr equalKey = PyStr.of(ts, "key"); // equal, not identical: the pure-equality path
        assertThat(d.getBorrowed(ts, equalKey)).isSameAs(v);
        assertThat(d.getBorrowed(ts, k)).isSameAs(v);
        assertThat(RefCount.refCount(ts, v)).isEqualTo(before);
        PyStr missing = PyStr.of(ts, "nope");
        assertThat(d.getBorrowed(ts, missing)).isNull(); // absent: null, as the design's API (get's default aside)
        assertThat(RefCount.isSharedRead(d)).isTrue();
        for (PyObject o : new PyObject[] {k, v, equalKey, missing, d}) {
            RefCount.decref(ts, o);
        }
    }

    /** Python: {@code {1: 'a'}[True] == 'a'} and {@code {True: 'a'}[1] == 'a'}: bool and int keys meet by value. */
    @Test
    void getBorrowed_intAndBoolKeys_meetByValue(Runtime rt, ThreadState ts) {
        PyInt one = PyInt.of(ts, 1);
        PyStr a = PyStr.of(ts, "a");
        PyDict d = dictWith(ts, one, a);
        assertThat(d.getBorrowed(ts, PyBool.TRUE)).isSameAs(a);
        PyInt big = PyInt.of(ts, new java.math.BigInteger("123456789012345678901234567890"));
        PyInt big2 = PyInt.of(ts, new java.math.BigInteger("123456789012345678901234567890"));
        d.setItem(ts, big, a);
        assertThat(d.getBorrowed(ts, big2)).isSameAs(a);
        for (PyObject o : new PyObject[] {one, a, big, big2, d}) {
            RefCount.decref(ts, o);
        }
    }

    /** [Q1] A value deleted from a shared-read dict stays alive, usable and keepable, until the next safepoint. */
    @Test
    void aDeletedValue_outlivesTheBorrow_untilTheNextSafepoint(Runtime rt, ThreadState ts) {
        PyStr k = PyStr.of(ts, "k");
        TestNode v = TestNode.create(ts, 0);
        PyDict d = dictWith(ts, k, v);
        RefCount.decref(ts, v); // the dict's is the only reference
        PyObject borrowed = d.getBorrowed(ts, k);
        d.delItem(ts, k);
        assertThat(RefCount.isFreed(borrowed)).as("the writer's drop is deferred").isFalse();
        assertThat(RefCount.deferredDecrefs(ts)).isEqualTo(2); // value and key
        ts.poll();
        assertThat(RefCount.isFreed(v)).isTrue();
        RefCount.decref(ts, k);
        RefCount.decref(ts, d);
    }

    /** A dict nobody read borrowed keeps CPython's immediate destruction. */
    @Test
    void aDictNeverReadBorrowed_freesAtOnce(Runtime rt, ThreadState ts) {
        PyStr k = PyStr.of(ts, "k");
        TestNode v = TestNode.create(ts, 0);
        PyDict d = dictWith(ts, k, v);
        RefCount.decref(ts, v);
        d.delItem(ts, k);
        assertThat(RefCount.isFreed(v)).isTrue();
        assertThat(RefCount.deferredDecrefs(ts)).isZero();
        RefCount.decref(ts, k);
        RefCount.decref(ts, d);
    }

    /**
     * pop, popitem, replacement and clear of a shared-read dict: the caller gets its own reference (dropping it at once
     * cannot free a borrowed object), the dict's goes after a grace period.
     */
    @Test
    void popPopItemReplaceAndClear_deferTheDictsReferences(Runtime rt, ThreadState ts) {
        PyDict d = PyDict.create(ts);
        List<TestNode> vals = new ArrayList<>();
        List<PyStr> keys = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            PyStr k = PyStr.of(ts, "k" + i);
            TestNode v = TestNode.create(ts, 0, i);
            d.setItem(ts, k, v);
            RefCount.decref(ts, v);
            keys.add(k);
            vals.add(v);
        }
        d.getBorrowed(ts, keys.get(0)); // shared-read from now on
        PyObject popped = d.pop(ts, keys.get(0));
        RefCount.decref(ts, popped);
        PyTuple item = d.popItem(ts);
        RefCount.decref(ts, item);
        TestNode fresh = TestNode.create(ts, 0);
        d.setItem(ts, keys.get(1), fresh); // replaces vals[1]
        d.clear(ts);
        for (TestNode v : vals) {
            assertThat(RefCount.isFreed(v)).as("value %d before the safepoint", v.label).isFalse();
        }
        ts.poll();
        for (TestNode v : vals) {
            assertThat(RefCount.isFreed(v)).as("value %d after it", v.label).isTrue();
        }
        RefCount.decref(ts, fresh);
        for (PyStr k : keys) {
            RefCount.decref(ts, k);
        }
        RefCount.decref(ts, d);
    }

    /** A key whose hash and equality are user code: the borrowed read falls back to get's path (a safepoint). */
    @Test
    void aUserKey_fallsBackToTheCountedPath(Runtime rt, ThreadState ts) {
        TestKey k = TestKey.of(ts, 1, 7);
        TestKey m = TestKey.of(ts, 1, 7); // equal by label, different object: __eq__ runs
        TestNode v = TestNode.create(ts, 0);
        PyDict d = dictWith(ts, k, v);
        assertThat(d.getBorrowed(ts, m)).isSameAs(v);
        assertThat(k.eqCalls + m.eqCalls).isPositive();
        ts.poll(); // the fallback's own reference is dropped after its grace period
        assertThat(RefCount.refCount(ts, v)).isEqualTo(2); // ours and the dict's
        for (PyObject o : new PyObject[] {k, m, v, d}) {
            RefCount.decref(ts, o);
        }
    }

    /**
     * Bad input: a key whose {@code __eq__} deletes the entry it is compared with, during a borrowed read. As
     * {@code get} (CPython 3.11 and 3.13: {@code d.get(m)} restarts and misses), the read sees the dict after the
     * mutation; the deleted value is dropped after a grace period, never under the reader.
     */
    @Test
    void aKeyWhoseEqualityMutatesTheDict_duringABorrowedRead(Runtime rt, ThreadState ts) {
        TestKey k = TestKey.of(ts, 1, 5);
        TestKey m = TestKey.of(ts, 2, 5);
        TestNode v = TestNode.create(ts, 0);
        PyDict d = dictWith(ts, k, v);
        RefCount.decref(ts, v);
        PyStr warm = PyStr.of(ts, "warm");
        d.getBorrowed(ts, warm); // shared-read first
        RefCount.decref(ts, warm);
        k.hook = (t, self, o) -> {
            if (o == m) {
                d.delItem(t, self);
            }
            return true;
        };
        assertThat(d.getBorrowed(ts, m)).isNull();
        assertThat(d.size()).isZero();
        assertThat(RefCount.isFreed(v)).as("deferred: the dict is shared-read").isFalse();
        k.hook = null;
        ts.poll();
        assertThat(RefCount.isFreed(v)).isTrue();
        for (PyObject o : new PyObject[] {k, m, d}) {
            RefCount.decref(ts, o);
        }
    }

    /**
     * [Q2] The first borrowed read finds a writer holding the dict: it does not wait (a borrowed read reaches no
     * safepoint); it reads with a new reference, dropped after a grace period, and leaves the dict unmarked.
     */
    @Test
    @Timeout(30)
    void theFirstBorrowedRead_whileAWriterHoldsTheDict_readsWithADeferredReference(Runtime rt, ThreadState ts)
            throws Exception {
        PyStr k = PyStr.of(ts, "k");
        TestNode v = TestNode.create(ts, 0);
        PyDict d = dictWith(ts, k, v);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (ThreadState w = rt.attachCurrentThread()) {
                dev.freethread.objects.PyMutex.lock(w, d); // a writer inside the dict (its section's mutex)
                held.countDown();
                w.detach();
                release.await();
                w.attach();
                dev.freethread.objects.PyMutex.unlock(w, d);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        held.await();
        assertThat(d.getBorrowed(ts, k)).isSameAs(v);
        assertThat(RefCount.isSharedRead(d)).isFalse();
        assertThat(RefCount.deferredDecrefs(ts)).isEqualTo(1);
        release.countDown();
        ts.detach();
        writer.join();
        ts.attach();
        ts.poll();
        assertThat(RefCount.refCount(ts, v)).isEqualTo(2);
        for (PyObject o : new PyObject[] {k, v, d}) {
            RefCount.decref(ts, o);
        }
    }

    @Test
    void keysAndValuesIterators_stepBorrowed_itemsRefuses(Runtime rt, ThreadState ts) {
        PyDict d = PyDict.create(ts);
        List<PyObject> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PyStr k = PyStr.of(ts, "k" + i);
            TestNode v = TestNode.create(ts, 0, i);
            d.setItem(ts, k, v);
            made.add(k);
            made.add(v);
        }
        PyDictIterator keys = d.iter(ts);
        List<String> seen = new ArrayList<>();
        for (PyObject o = keys.nextBorrowed(ts); o != null; o = keys.nextBorrowed(ts)) {
            seen.add(((PyStr) o).value());
        }
        assertThat(seen).containsExactly("k0", "k1", "k2", "k3", "k4");
        PyDictView valuesView = d.values(ts);
        PyDictIterator values = valuesView.iter(ts);
        List<Integer> labels = new ArrayList<>();
        for (PyObject o = values.nextBorrowed(ts); o != null; o = values.nextBorrowed(ts)) {
            labels.add(((TestNode) o).label);
        }
        assertThat(labels).containsExactly(0, 1, 2, 3, 4);
        PyDictView itemsView = d.items(ts);
        PyDictIterator items = itemsView.iter(ts);
        assertThatThrownBy(() -> items.nextBorrowed(ts)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dict_itemiterator has no borrowed step");
        // CPython: a dict that changes size during iteration raises, borrowed or not
        PyDictIterator again = d.iter(ts);
        again.nextBorrowed(ts);
        d.delItem(ts, made.get(0));
        assertThatThrownBy(() -> again.nextBorrowed(ts)).isInstanceOf(PyException.class)
                .hasMessageContaining("dictionary changed size during iteration");
        for (PyObject o : new PyObject[] {keys, values, items, again, valuesView, itemsView, d}) {
            RefCount.decref(ts, o);
        }
        for (PyObject o : made) {
            RefCount.decref(ts, o);
        }
    }

    /** Bad input: a null key is refused with the dict unchanged, as get's. */
    @Test
    void aNullKey_isRefused(Runtime rt, ThreadState ts) {
        PyDict d = PyDict.create(ts);
        assertThatThrownBy(() -> d.getBorrowed(ts, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("dict key is null");
        RefCount.decref(ts, d);
    }
}
