// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.SchemeUnderTest;
import dev.freethread.testkit.TestNode;
import dev.freethread.testkit.TestThreads;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference-counting contract, one suite for every scheme (thin subclasses pick BIASED or ATOMIC). Every test
 * runs under the leak check: a fresh Runtime, and no live object, attached thread or pending merge afterwards.
 */
@LeakChecked
abstract class RcContractTest implements SchemeUnderTest {

    @Test
    void newObject_holdsOneReference_lastDecrefFrees(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        assertThat(RefCount.refCount(ts, n)).isEqualTo(1);
        assertThat(RefCount.isFreed(n)).isFalse();
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void increfsAndDecrefs_balance(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        for (int i = 0; i < 1000; i++) {
            RefCount.incref(ts, n);
        }
        assertThat(RefCount.refCount(ts, n)).isEqualTo(1001);
        for (int i = 0; i < 1000; i++) {
            RefCount.decref(ts, n);
        }
        assertThat(RefCount.refCount(ts, n)).isEqualTo(1);
        assertThat(RefCount.isFreed(n)).isFalse();
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void immortals_seeNoCountTraffic_andAreNeverFreed(Runtime rt, ThreadState ts) {
        // CPython 3.13t: sys.getrefcount(None) == 4294967295, and it stays so.
        PyObject[] immortals = {PyNone.NONE, PyBool.TRUE, PyBool.FALSE, PyInt.of(ts, 7), PyInt.of(ts, -5),
                PyInt.of(ts, 256), rt.intern("spam"), PyTuple.EMPTY};
        for (PyObject o : immortals) {
            for (int i = 0; i < 100; i++) {
                RefCount.decref(ts, o);
            }
            for (int i = 0; i < 50; i++) {
                RefCount.incref(ts, o);
            }
            assertThat(RefCount.isImmortal(o)).as(o.repr()).isTrue();
            assertThat(RefCount.refCount(ts, o)).as(o.repr()).isEqualTo(4294967295L);
            assertThat(RefCount.tryIncref(ts, o)).isTrue();
            assertThat(RefCount.isFreed(o)).isFalse();
        }
        assertThat(rt.intern("spam")).isSameAs(rt.intern(new String("spam")));
    }

    @Test
    void smallIntCache_matchesCPythonRange(ThreadState ts) {
        // CPython: ints in [-5, 256] are cached singletons; 257 and -6 are not.
        assertThat(PyInt.of(ts, 256)).isSameAs(PyInt.of(ts, 256));
        assertThat(PyInt.of(ts, -5)).isSameAs(PyInt.of(ts, -5));
        PyInt a = PyInt.of(ts, 257);
        PyInt b = PyInt.of(ts, -6);
        assertThat(RefCount.isImmortal(a)).isFalse();
        assertThat(RefCount.isImmortal(b)).isFalse();
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        assertThat(RefCount.isFreed(a)).isTrue();
    }

    @Test
    void containerFree_releasesWhatItHeld(ThreadState ts) {
        TestNode parent = TestNode.create(ts, 2);
        TestNode child = TestNode.create(ts, 0);
        parent.set(ts, 0, child);
        RefCount.decref(ts, child); // the parent holds the only reference now
        assertThat(RefCount.isFreed(child)).isFalse();
        RefCount.decref(ts, parent);
        assertThat(RefCount.isFreed(parent)).isTrue();
        assertThat(RefCount.isFreed(child)).isTrue();
    }

    @Test
    void chainOfAMillionNestedContainers_freesIterativelyWithoutStackOverflow(ThreadState ts) {
        TestNode head = TestNode.create(ts, 1);
        TestNode cur = head;
        TestNode last = head;
        for (int i = 0; i < 1_000_000; i++) {
            TestNode next = TestNode.create(ts, 1);
            cur.setStealing(ts, 0, next);
            cur = next;
            last = next;
        }
        RefCount.decref(ts, head); // the leak check proves all 1,000,001 were freed
        assertThat(RefCount.isFreed(last)).isTrue();
    }

    @Test
    void tuples_holdTheirItems(ThreadState ts) {
        PyStr s = PyStr.of(ts, "x");
        PyTuple t = Tuples.of(ts, s, PyInt.of(ts, 1));
        assertThat(RefCount.refCount(ts, s)).isEqualTo(2);
        RefCount.decref(ts, s);
        RefCount.decref(ts, t);
        assertThat(RefCount.isFreed(s)).isTrue();
    }

    @Test
    void ownedRef_dropsItsReferenceOnce(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        RefCount.incref(ts, n);
        try (OwnedRef<TestNode> r = RefCount.own(ts, n)) {
            assertThat(r.get()).isSameAs(n);
        }
        assertThat(RefCount.refCount(ts, n)).isEqualTo(1);
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    // ---- finalizers (PEP 442)

    @Test
    void finalizer_runsOnceBeforeTheFree(ThreadState ts) {
        AtomicInteger calls = new AtomicInteger();
        TestNode n = TestNode.withFinalizer(ts, 0, (t, self) -> {
            calls.incrementAndGet();
            assertThat(RefCount.isFreed(self)).isFalse();
        });
        RefCount.decref(ts, n);
        assertThat(calls).hasValue(1);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void finalizer_thatResurrects_keepsTheObject_andIsNotRunAgain(ThreadState ts) {
        // PEP 442 / CPython: a __del__ that stores self elsewhere resurrects it; __del__ is not called again later.
        TestNode holder = TestNode.create(ts, 1);
        AtomicInteger calls = new AtomicInteger();
        TestNode n = TestNode.withFinalizer(ts, 0, (t, self) -> {
            calls.incrementAndGet();
            holder.set(t, 0, self);
        });
        RefCount.decref(ts, n);
        assertThat(calls).hasValue(1);
        assertThat(RefCount.isFreed(n)).isFalse();
        holder.set(ts, 0, null); // drop the resurrected reference
        assertThat(RefCount.isFreed(n)).isTrue();
        assertThat(calls).hasValue(1);
        RefCount.decref(ts, holder);
    }

    @Test
    void finalizer_thatThrows_goesToTheUnraisableHook_andTheObjectIsStillFreed(Runtime rt, ThreadState ts) {
        List<Throwable> seen = new ArrayList<>();
        rt.setUnraisableHook((e, ctx, o) -> seen.add(e));
        TestNode n = TestNode.withFinalizer(ts, 0, (t, self) -> {
            throw new IllegalArgumentException("boom");
        });
        RefCount.decref(ts, n);
        assertThat(seen).singleElement().satisfies(e -> assertThat(e).hasMessage("boom"));
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    // ---- lifetime edges (docs/refcount.md, "Lifetime edges"): every object deallocated exactly once

    /**
     * Issue 11, defect 1: the finalizer object sits exactly at the nesting limit, so the decref after its finalizer
     * postpones its deallocation; the unchanged owner id was then read as a resurrection and the object pushed a
     * second time: freed twice, live count -1.
     */
    @Test
    void finalizerObjectAtTheNestingLimit_isFreedExactlyOnce(Runtime rt, ThreadState ts) {
        for (int chain = 45; chain <= 52; chain++) {
            AtomicInteger finalized = new AtomicInteger();
            TestNode head = TestNode.create(ts, 1);
            TestNode cur = head;
            for (int i = 1; i < chain; i++) {
                TestNode next = TestNode.create(ts, 1);
                cur.setStealing(ts, 0, next);
                cur = next;
            }
            TestNode fin = TestNode.withFinalizer(ts, 0, (t, self) -> finalized.incrementAndGet());
            cur.setStealing(ts, 0, fin);
            RefCount.decref(ts, head);
            assertThat(finalized).as("finalizer calls, chain of %d", chain).hasValue(1);
            assertThat(RefCount.isFreed(fin)).isTrue();
            assertThat(rt.liveObjectsByType()).as("live objects after a chain of %d", chain).isEmpty();
        }
    }

    /** Issue 11, defect 1 at scale: a long chain with a finalizer on every 7th node crosses the limit many times. */
    @Test
    void longChainWithFinalizers_everyObjectFreedExactlyOnce(Runtime rt, ThreadState ts) {
        int n = 200_000;
        AtomicIntegerArray finalized = new AtomicIntegerArray(n);
        TestNode head = TestNode.create(ts, 1);
        TestNode cur = head;
        for (int i = 1; i < n; i++) {
            int id = i;
            TestNode next = i % 7 == 0 ? TestNode.withFinalizer(ts, 1, (t, self) -> finalized.incrementAndGet(id))
                    : TestNode.create(ts, 1);
            cur.setStealing(ts, 0, next);
            cur = next;
        }
        RefCount.decref(ts, head);
        long[] totals = rt.objectTotals();
        assertThat(totals[1]).as("frees").isEqualTo(totals[0]);
        for (int i = 7; i < n; i += 7) {
            assertThat(finalized.get(i)).as("finalizer calls of node %d", i).isEqualTo(1);
        }
    }

    /**
     * A finalizer hands its resurrected object to another thread, which drops it at once: the drop can land right after
     * the resurrection is published (endResurrection's merge), while this thread's deallocation is still returning.
     * Each object is finalized once and freed once, by whichever thread ends up with the last reference. Debug mode
     * reported a double free here (the torture test found it): the first deallocation left its in-dealloc entry only
     * after the publication, so the other thread's legitimate free was taken for a second entry.
     */
    @Test
    void resurrectedObjectDroppedAtOnceByAnotherThread_isFreedOnce(Runtime rt, ThreadState ts) throws Exception {
        int rounds = 20_000;
        java.util.concurrent.atomic.AtomicReference<PyObject> handoff = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        AtomicInteger finalized = new AtomicInteger();
        Thread dropper = new Thread(() -> {
            try (ThreadState other = rt.attachCurrentThread()) {
                for (int n = 0; n < rounds && failure.get() == null; ) {
                    PyObject o = handoff.getAndSet(null);
                    if (o == null) {
                        Thread.onSpinWait(); // busy: the drop must follow the publication as closely as it can
                        continue;
                    }
                    RefCount.decref(other, o);
                    n++;
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }, "dropper");
        dropper.start();
        TestNode[] made = new TestNode[rounds];
        for (int i = 0; i < rounds && failure.get() == null; i++) {
            made[i] = TestNode.withFinalizer(ts, 0, (t, self) -> {
                finalized.incrementAndGet();
                handoff.set(RefCount.newRef(t, self));
            });
            RefCount.decref(ts, made[i]);
            while (handoff.get() != null && failure.get() == null) {
                Thread.onSpinWait(); // one object at a time
            }
        }
        dropper.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(dropper.isAlive()).as("the dropper finished").isFalse();
        assertThat(failure.get()).as("an error on the dropping thread").isNull();
        ts.poll(); // merges queued to us (drops that came before the publication) are skipped: already merged
        assertThat(finalized).hasValue(rounds);
        for (TestNode n : made) {
            assertThat(RefCount.isFreed(n)).isTrue();
        }
        long[] totals = rt.objectTotals();
        assertThat(totals[1]).as("frees").isEqualTo(totals[0]);
    }

    /** A finalizer at the nesting limit that resurrects its object: kept (once), freed later exactly once. */
    @Test
    void resurrectingFinalizerAtTheNestingLimit_keepsTheObject(Runtime rt, ThreadState ts) {
        TestNode holder = TestNode.create(ts, 1);
        TestNode head = TestNode.create(ts, 1);
        TestNode cur = head;
        for (int i = 1; i < 49; i++) {
            TestNode next = TestNode.create(ts, 1);
            cur.setStealing(ts, 0, next);
            cur = next;
        }
        TestNode fin = TestNode.withFinalizer(ts, 0, (t, self) -> holder.set(t, 0, self));
        cur.setStealing(ts, 0, fin);
        RefCount.decref(ts, head);
        assertThat(RefCount.isFreed(fin)).as("resurrected").isFalse();
        assertThat(RefCount.refCount(ts, fin)).isEqualTo(1);
        RefCount.decref(ts, holder);
        assertThat(RefCount.isFreed(fin)).isTrue();
    }

    /**
     * Issue 11, defect 6: other threads take 2^28 references, the shared count saturates (the object becomes immortal
     * by overflow, a leak by design); the owner's own last decref was then reported as a use after free.
     */
    @Test
    void ownersLastDecref_ofASaturatedObject_isNotAnError(Runtime rt, ThreadState ts) throws Exception {
        TestNode n = TestNode.create(ts, 0);
        RefCount.enableTryIncref(n);
        TestThreads.run(rt, 1, (t, i) -> {
            // The real path: foreign increments (2^28 of them take seconds, so start just below the threshold).
            Header.setRefSharedRelease(n, Header.shared(Header.SATURATED_COUNT - 4, Header.sharedState(Header.refSharedVolatile(n))));
            for (int k = 0; k < 8; k++) {
                RefCount.incref(t, n);
            }
        });
        assertThat(RefCount.isImmortal(n)).isTrue();
        RefCount.decref(ts, n); // the owner's reference: legitimate
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isFalse();
        assertThat(RefCount.isImmortal(n)).isTrue();
        // Immortal by overflow: never freed, so the leak check would count it; make it mortal again to free it.
        Header.setOwnerIdOpaque(n, Header.OWNER_NONE);
        Header.setRefLocal(n, 0);
        Header.setRefSharedRelease(n, Header.shared(1, Header.MERGED));
        RefCount.decref(ts, n);
    }

    /**
     * Hazard (issue 11): every stray decref of a freed object moved its dead count one further; after 2^27 of them the
     * word would have wrapped into the saturated range, where tryIncref succeeds. The count must stay where it was.
     */
    @Test
    void strayDecrefsOfAFreedObject_leaveItsDeadWordUnchanged(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        RefCount.enableTryIncref(n);
        RefCount.decref(ts, n);
        int dead = Header.refSharedVolatile(n);
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> RefCount.decref(ts, n)).isInstanceOf(RcMisuseException.class);
            assertThatThrownBy(() -> RefCount.incref(ts, n)).isInstanceOf(RcMisuseException.class);
        }
        assertThat(Header.refSharedVolatile(n)).isEqualTo(dead);
        assertThat(RefCount.tryIncref(ts, n)).isFalse();
    }

    /**
     * Issue 11, defect 7: the last decref through a detached thread state, of an object whose owner has exited (so
     * the decrementing thread would merge and free it itself): refused, reported, object intact; in normal mode too.
     */
    @Test
    void lastDecrefThroughADetachedState_ofAnExitedOwnersObject_isRefused(Runtime rt, ThreadState ts) throws Exception {
        BlockingQueue<TestNode> handoff = new ArrayBlockingQueue<>(1);
        AtomicInteger finalized = new AtomicInteger();
        TestThreads.run(rt, 1, (t, i) -> handoff.add(TestNode.withFinalizer(t, 0, (x, self) -> finalized.incrementAndGet())));
        TestNode n = handoff.take();
        ts.detach();
        assertThatThrownBy(() -> RefCount.decref(ts, n))
                .isInstanceOfSatisfying(RcMisuseException.class,
                        e -> assertThat(e.kind()).isEqualTo(RcMisuseException.Kind.WRONG_THREAD));
        ts.attach();
        assertThat(finalized).hasValue(0);
        assertThat(RefCount.isFreed(n)).isFalse();
        RefCount.decref(ts, n);
        assertThat(finalized).hasValue(1);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    /**
     * Issue 11, defect 7: a decref after close() freed the object on an exited thread state, whose counters had already
     * been folded into the Runtime's: the object was counted live for ever. Refused now, object intact.
     */
    @Test
    void decrefAfterClose_isRefused_andTheObjectIsNotCountedLiveForEver(Runtime rt) throws Exception {
        TestNode[] kept = new TestNode[1];
        Thread t = new Thread(() -> {
            ThreadState other = rt.attachCurrentThread();
            kept[0] = TestNode.create(other, 0);
            other.close();
            try {
                RefCount.decref(other, kept[0]);
                throw new AssertionError("a decref through a closed thread state was accepted");
            } catch (RcMisuseException e) {
                assertThat(e.kind()).isEqualTo(RcMisuseException.Kind.WRONG_THREAD);
            }
        });
        t.start();
        t.join();
        ThreadState ts = rt.currentThreadState() != null ? rt.currentThreadState() : rt.attachCurrentThread();
        assertThat(RefCount.isFreed(kept[0])).isFalse();
        RefCount.decref(ts, kept[0]); // the exited owner's object: merged and freed by this thread
        assertThat(RefCount.isFreed(kept[0])).isTrue();
        ts.close();
    }

    // ---- weak references

    @Test
    void weakref_getReturnsANewReference_thenNullAfterTheFree(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        PyWeakRef w = PyWeakRef.of(ts, n, null);
        PyObject got = w.get(ts);
        assertThat(got).isSameAs(n);
        assertThat(RefCount.refCount(ts, n)).isEqualTo(2);
        RefCount.decref(ts, got);
        RefCount.decref(ts, n);
        assertThat(w.get(ts)).isNull();
        assertThat(w.isDead()).isTrue();
        RefCount.decref(ts, w);
    }

    @Test
    void weakrefCallbacks_runOnceOnTheFreeingThread_newestFirst(ThreadState ts) {
        // CPython 3.11: r1 = ref(a, cb1); r2 = ref(a, cb2); del a  prints cb2 then cb1.
        TestNode n = TestNode.create(ts, 0);
        List<String> order = new ArrayList<>();
        PyWeakRef w1 = PyWeakRef.of(ts, n, (t, r) -> order.add("cb1 on " + Thread.currentThread().getName()));
        PyWeakRef w2 = PyWeakRef.of(ts, n, (t, r) -> order.add("cb2 on " + Thread.currentThread().getName()));
        RefCount.decref(ts, n);
        String me = Thread.currentThread().getName();
        assertThat(order).containsExactly("cb2 on " + me, "cb1 on " + me);
        RefCount.decref(ts, w1);
        RefCount.decref(ts, w2);
    }

    @Test
    void weakrefWithoutCallback_isShared(ThreadState ts) {
        // CPython: weakref.ref(a) is weakref.ref(a)  ->  True
        TestNode n = TestNode.create(ts, 0);
        PyWeakRef a = PyWeakRef.of(ts, n, null);
        PyWeakRef b = PyWeakRef.of(ts, n, null);
        PyWeakRef c = PyWeakRef.of(ts, n, (t, r) -> { });
        assertThat(b).isSameAs(a);
        assertThat(c).isNotSameAs(a);
        for (PyObject o : new PyObject[] {a, b, c, n}) {
            RefCount.decref(ts, o);
        }
    }

    @Test
    void weakrefHash_isTheReferentsHash_keptAfterItsDeath_elseTypeError(ThreadState ts) {
        // CPython 3.13: a = A(); w = weakref.ref(a); hash(w) == hash(a) -> True; del a; hash(w) is unchanged;
        // a reference first hashed after its referent died raises TypeError: weak object has gone away.
        TestNode n = TestNode.create(ts, 0);
        TestNode m = TestNode.create(ts, 1);
        PyWeakRef w = PyWeakRef.of(ts, n, null);
        PyWeakRef v = PyWeakRef.of(ts, m, null);
        long h = n.pyHash(ts);
        assertThat(w.pyHash(ts)).isEqualTo(h);
        RefCount.decref(ts, n);
        RefCount.decref(ts, m);
        assertThat(w.pyHash(ts)).isEqualTo(h);
        assertThatThrownBy(() -> v.pyHash(ts)).isInstanceOf(PyException.class)
                .hasMessageContaining("weak object has gone away");
        RefCount.decref(ts, w);
        RefCount.decref(ts, v);
    }

    @Test
    void weakrefCount_countsTheReferencesOfALiveReferent_noneOnceDead(ThreadState ts) {
        // CPython 3.13: a = A(); w1 = ref(a); w2 = ref(a, cb); getweakrefcount(a) -> 2 (ref(a) again is w1: still 2)
        TestNode n = TestNode.create(ts, 0);
        assertThat(PyWeakRef.countFor(ts, n)).isZero();
        PyWeakRef w1 = PyWeakRef.of(ts, n, null);
        PyWeakRef w2 = PyWeakRef.of(ts, n, (t, r) -> { });
        PyWeakRef again = PyWeakRef.of(ts, n, null);
        assertThat(PyWeakRef.countFor(ts, n)).isEqualTo(2);
        RefCount.decref(ts, again);
        RefCount.decref(ts, w2);
        assertThat(PyWeakRef.countFor(ts, n)).isEqualTo(1);
        RefCount.decref(ts, n);
        RefCount.decref(ts, w1);
    }

    @Test
    void weakrefsTo_answersNewReferencesOldestFirst_noneOnceDead(ThreadState ts) {
        // CPython 3.13: w1 = ref(a); w2 = ref(a, cb); getweakrefs(a) -> [w1, w2]; after del a -> []
        TestNode n = TestNode.create(ts, 0);
        assertThat(PyWeakRef.refsTo(ts, n)).isEmpty();
        PyWeakRef w1 = PyWeakRef.of(ts, n, null);
        WeakRefCallback cb = (t, r) -> { };
        PyWeakRef w2 = PyWeakRef.of(ts, n, cb);
        java.util.List<PyWeakRef> refs = PyWeakRef.refsTo(ts, n);
        assertThat(refs).containsExactly(w1, w2);
        assertThat(w2.callback()).isSameAs(cb);
        assertThat(w1.callback()).isNull();
        for (PyWeakRef r : refs) {
            RefCount.decref(ts, r); // new references: the originals stay alive
        }
        assertThat(PyWeakRef.countFor(ts, n)).isEqualTo(2);
        RefCount.decref(ts, n);
        assertThat(PyWeakRef.refsTo(ts, n)).isEmpty();
        RefCount.decref(ts, w1);
        RefCount.decref(ts, w2);
    }

    @Test
    void weakrefEquality_comparesLiveReferents_identityOnceDead(ThreadState ts) {
        // CPython 3.13: ref(a, cb1) == ref(a, cb2) -> True (two objects, one referent); ref(a) == ref(b) -> False;
        // once the referent died, == is identity; < is NotImplemented (TypeError through the operator).
        TestNode n = TestNode.create(ts, 0);
        TestNode m = TestNode.create(ts, 1);
        PyWeakRef a1 = PyWeakRef.of(ts, n, (t, r) -> { });
        PyWeakRef a2 = PyWeakRef.of(ts, n, (t, r) -> { });
        PyWeakRef b = PyWeakRef.of(ts, m, null);
        assertThat(a1.richCompare(ts, a2, CompareOp.EQ)).isSameAs(PyBool.TRUE);
        assertThat(a1.richCompare(ts, a2, CompareOp.NE)).isSameAs(PyBool.FALSE);
        assertThat(a1.richCompare(ts, b, CompareOp.EQ)).isSameAs(PyBool.FALSE);
        assertThat(a1.richCompare(ts, b, CompareOp.LT)).isSameAs(PyNotImplemented.NOT_IMPLEMENTED);
        assertThat(a1.richCompare(ts, n, CompareOp.EQ)).isSameAs(PyNotImplemented.NOT_IMPLEMENTED);
        RefCount.decref(ts, n);
        assertThat(a1.richCompare(ts, a2, CompareOp.EQ)).isSameAs(PyBool.FALSE);
        assertThat(a1.richCompare(ts, a1, CompareOp.EQ)).isSameAs(PyBool.TRUE);
        assertThat(a1.richCompare(ts, a2, CompareOp.NE)).isSameAs(PyBool.TRUE);
        for (PyObject o : new PyObject[] {a1, a2, b, m}) {
            RefCount.decref(ts, o);
        }
    }

    @Test
    void finalizer_seesItsWeakrefsStillResolve_callbacksRunAfterIt(ThreadState ts) {
        // CPython 3.11: in __del__, w() is self; the weakref callback runs after __del__.
        List<String> events = new ArrayList<>();
        PyWeakRef[] w = new PyWeakRef[1];
        TestNode n = TestNode.withFinalizer(ts, 0, (t, self) -> {
            PyObject r = w[0].get(t);
            events.add("del, weakref alive: " + (r == self));
            RefCount.xdecref(t, r);
        });
        w[0] = PyWeakRef.of(ts, n, (t, r) -> events.add("callback"));
        RefCount.decref(ts, n);
        assertThat(events).containsExactly("del, weakref alive: true", "callback");
        RefCount.decref(ts, w[0]);
    }

    @Test
    void weakrefThatDiesFirst_neverCallsBack(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        AtomicInteger calls = new AtomicInteger();
        PyWeakRef w = PyWeakRef.of(ts, n, (t, r) -> calls.incrementAndGet());
        RefCount.decref(ts, w);
        RefCount.decref(ts, n);
        assertThat(calls).hasValue(0);
    }

    @Test
    void weakrefCallbackThatThrows_goesToTheUnraisableHook(Runtime rt, ThreadState ts) {
        List<String> contexts = new ArrayList<>();
        rt.setUnraisableHook((e, ctx, o) -> contexts.add(ctx + ": " + e.getMessage()));
        TestNode n = TestNode.create(ts, 0);
        PyWeakRef w = PyWeakRef.of(ts, n, (t, r) -> {
            throw new IllegalStateException("callback failed");
        });
        RefCount.decref(ts, n);
        assertThat(contexts).singleElement().asString().contains("weakref callback").contains("callback failed");
        RefCount.decref(ts, w);
    }

    @Test
    void weakrefToAnInt_isATypeError(ThreadState ts) {
        // CPython: weakref.ref(1000) -> TypeError: cannot create weak reference to 'int' object
        PyInt big = PyInt.of(ts, 1000);
        assertThatThrownBy(() -> PyWeakRef.of(ts, big, null))
                .isInstanceOf(dev.freethread.objects.PyException.class)
                .hasMessage("cannot create weak reference to 'int' object");
        RefCount.decref(ts, big);
    }

    @Test
    void weakrefGet_fromAnotherThread_returnsTheLiveObject(Runtime rt, ThreadState ts) throws Exception {
        TestNode n = TestNode.create(ts, 0);
        PyWeakRef w = PyWeakRef.of(ts, n, null);
        TestThreads.run(rt, 1, (t, i) -> {
            PyObject r = w.get(t);
            assertThat(r).isSameAs(n);
            RefCount.decref(t, r);
        });
        ts.poll();
        RefCount.decref(ts, n);
        assertThat(w.get(ts)).isNull();
        RefCount.decref(ts, w);
    }

    // ---- tryIncref

    @Test
    void tryIncref_succeedsOnLive_failsOnFreed(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        assertThat(RefCount.tryIncref(ts, n)).isTrue();
        RefCount.decref(ts, n);
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
        assertThat(RefCount.tryIncref(ts, n)).isFalse();
    }

    @Test
    void tryIncrefCompare_failsAndDropsWhenTheSlotChanged(ThreadState ts) {
        TestNode box = TestNode.create(ts, 1);
        TestNode a = TestNode.create(ts, 0);
        TestNode b = TestNode.create(ts, 0);
        box.set(ts, 0, a);
        assertThat(RefCount.tryIncrefCompare(ts, a, box.slots(), 0)).isTrue();
        RefCount.decref(ts, a);
        box.set(ts, 0, b);
        assertThat(RefCount.tryIncrefCompare(ts, a, box.slots(), 0)).isFalse();
        assertThat(RefCount.refCount(ts, a)).isEqualTo(1);
        for (PyObject o : new PyObject[] {a, b, box}) {
            RefCount.decref(ts, o);
        }
    }

    @Test
    void tryIncref_fromAnotherThread_onAnAnnouncedObject_succeeds(Runtime rt, ThreadState ts) throws Exception {
        TestNode n = TestNode.create(ts, 0);
        RefCount.enableTryIncref(n);
        TestThreads.run(rt, 1, (t, i) -> {
            assertThat(RefCount.tryIncref(t, n)).isTrue();
            RefCount.decref(t, n);
        });
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    // ---- misuse

    @Test
    void increfOfAFreedObject_isAClearError(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        RefCount.decref(ts, n);
        assertThatThrownBy(() -> RefCount.incref(ts, n))
                .isInstanceOf(RcMisuseException.class)
                .hasMessageContaining("incref of freed 'TestNode' object")
                .hasMessageContaining(Thread.currentThread().getName())
                .satisfies(e -> assertThat(((RcMisuseException) e).kind()).isEqualTo(RcMisuseException.Kind.USE_AFTER_FREE));
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void decrefOfAFreedObject_isAClearError_notASecondFree(ThreadState ts) {
        AtomicInteger finalized = new AtomicInteger();
        TestNode n = TestNode.withFinalizer(ts, 0, (t, self) -> finalized.incrementAndGet());
        RefCount.decref(ts, n);
        assertThatThrownBy(() -> RefCount.decref(ts, n))
                .isInstanceOf(RcMisuseException.class)
                .hasMessageContaining("decref of freed 'FinalizingTestNode' object");
        assertThat(finalized).hasValue(1);
    }

    @Test
    @org.junit.jupiter.api.Tag("debug-only")
    void aThreadStateUsedFromAnotherThread_isAClearErrorInDebugMode(Runtime rt, ThreadState ts) throws Exception {
        TestNode n = TestNode.create(ts, 0);
        Throwable[] seen = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                RefCount.incref(ts, n);
            } catch (Throwable e) {
                seen[0] = e;
            }
        }, "intruder");
        t.start();
        t.join();
        assertThat(seen[0]).isInstanceOf(RcMisuseException.class)
                .hasMessageContaining("belongs to thread '" + Thread.currentThread().getName() + "'")
                .hasMessageContaining("'intruder'");
        RefCount.decref(ts, n);
    }

    @Test
    @org.junit.jupiter.api.Tag("debug-only")
    void aDetachedThreadState_isAClearErrorInDebugMode(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        ts.detach();
        assertThatThrownBy(() -> RefCount.decref(ts, n))
                .isInstanceOf(RcMisuseException.class).hasMessageContaining("detached, not attached");
        ts.attach();
        RefCount.decref(ts, n);
    }

    @Test
    void freeingThroughADetachedThreadState_isRefused_andLeavesTheObjectIntact(ThreadState ts) {
        // Caught in normal mode too: freeing is a slow path, where the check costs nothing.
        TestNode n = TestNode.create(ts, 0);
        ts.detach();
        assertThatThrownBy(() -> RefCount.decref(ts, n))
                .isInstanceOfSatisfying(RcMisuseException.class,
                        e -> assertThat(e.kind()).isEqualTo(RcMisuseException.Kind.WRONG_THREAD))
                .hasMessageContaining("'TestNode' object");
        ts.attach();
        assertThat(RefCount.isFreed(n)).isFalse();
        assertThat(RefCount.refCount(ts, n)).isEqualTo(1);
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    // ---- owner exit and many threads

    @Test
    void objectsOfAnExitedOwner_areNeitherLeakedNorFreedEarly(Runtime rt, ThreadState ts) throws Exception {
        BlockingQueue<TestNode> handoff = new ArrayBlockingQueue<>(4);
        TestThreads.run(rt, 1, (t, i) -> {
            TestNode n = TestNode.create(t, 0);
            RefCount.incref(t, n);
            handoff.add(n); // two references handed over to the main thread
            handoff.add(n);
        }); // the owner has exited here
        TestNode n = handoff.take();
        handoff.take();
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isFalse();
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void manyThreadsSharingObjects_freeEachExactlyOnce(Runtime rt, ThreadState ts) throws Exception {
        int objects = 2000;
        int threads = 4;
        AtomicIntegerArray finalized = new AtomicIntegerArray(objects);
        ConcurrentLinkedQueue<TestNode> pool = new ConcurrentLinkedQueue<>();
        TestThreads.run(rt, threads, (t, index) -> {
            for (int i = index; i < objects; i += threads) {
                int id = i;
                TestNode n = TestNode.withFinalizer(t, 0, (x, self) -> finalized.incrementAndGet(id));
                for (int k = 1; k < threads; k++) {
                    RefCount.incref(t, n); // one reference per thread
                }
                for (int k = 0; k < threads; k++) {
                    pool.add(n);
                }
            }
            // Drop whatever references we can take, wherever they came from, until our share is done.
            int dropped = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (dropped < objects && System.nanoTime() < deadline) {
                TestNode n = pool.poll();
                if (n == null) {
                    t.poll();
                    Thread.onSpinWait();
                    continue;
                }
                RefCount.decref(t, n);
                dropped++;
                if ((dropped & 63) == 0) {
                    t.poll();
                }
            }
        });
        ts.poll();
        assertThat(pool).isEmpty();
        for (int i = 0; i < objects; i++) {
            assertThat(finalized.get(i)).as("finalizer calls of object %d", i).isEqualTo(1);
        }
    }
}
