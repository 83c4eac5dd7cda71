// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;
import dev.freethread.refcount.WeakRefCallback;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CPython's classic collector cases, each against the number Python observes. The Python side is
 * {@code gc/src/test/python/classic_cases.py} (nodes with {@code __slots__}, one tracked object each, as TestNode);
 * its output with {@code ~/.pyenv/versions/3.13.0/bin/python3} (and 3.11, identical) is quoted in each test as
 * {@code # python: ...}.
 */
@LeakChecked
class GcClassicTest {

    static TestNode node(ThreadState ts) {
        return TestNode.create(ts, 2);
    }

    /** A node whose finalizer appends {@code "del" + label} to {@code log}. */
    static TestNode finalizing(ThreadState ts, List<String> log, int label) {
        return TestNode.withFinalizer(ts, 2, (t, self) -> log.add("del" + label));
    }

    static void link(ThreadState ts, TestNode from, TestNode to) {
        from.set(ts, 0, to);
    }

    @Test
    void selfCycle(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        TestNode a = node(ts);
        link(ts, a, a);
        RefCount.decref(ts, a);
        assertThat(RefCount.isFreed(a)).isFalse();
        // python: self_cycle 1
        assertThat(gc.collect(ts)).isEqualTo(1);
        assertThat(RefCount.isFreed(a)).isTrue();
    }

    @Test
    void twoObjectCycle(ThreadState ts, Runtime rt) {
        TestNode a = node(ts);
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: two_cycle 2
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(RefCount.isFreed(a) && RefCount.isFreed(b)).isTrue();
    }

    @Test
    void cycleHangingOffALiveObject_survivesUntilTheLiveObjectGoes(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        TestNode live = node(ts);
        TestNode a = node(ts);
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        link(ts, live, a);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: hanging_off_live (0, 2)
        assertThat(gc.collect(ts)).isEqualTo(0);
        assertThat(RefCount.isFreed(a) || RefCount.isFreed(b)).isFalse();
        RefCount.decref(ts, live); // reference counting frees live; the cycle stays
        assertThat(RefCount.isFreed(live)).isTrue();
        assertThat(gc.collect(ts)).isEqualTo(2);
    }

    @Test
    void cycleWithFinalizers_runsEachOnce_thenFrees(ThreadState ts, Runtime rt) {
        List<String> log = new ArrayList<>();
        TestNode a = finalizing(ts, log, 1);
        TestNode b = finalizing(ts, log, 2);
        link(ts, a, b);
        link(ts, b, a);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: finalizers (2, ['del1', 'del2'])
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(log).containsExactlyInAnyOrder("del1", "del2");
        assertThat(RefCount.isFreed(a) && RefCount.isFreed(b)).isTrue();
    }

    @Test
    void resurrection_survives_finalizerNotRerun(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        List<String> log = new ArrayList<>();
        TestNode saved = TestNode.create(ts, 1); // the global list `saved`
        TestNode a = TestNode.withFinalizer(ts, 2, (t, self) -> {
            log.add("del1");
            saved.set(t, 0, self);
        });
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: resurrection (0, ['del1'], True, 2, ['del1'])
        assertThat(gc.collect(ts)).isEqualTo(0);
        assertThat(log).containsExactly("del1");
        assertThat(Gc.isFinalized(a)).isTrue();
        assertThat(RefCount.isFreed(a) || RefCount.isFreed(b)).isFalse();
        saved.set(ts, 0, null); // saved.clear()
        assertThat(gc.collect(ts)).isEqualTo(2);
        assertThat(log).containsExactly("del1");
        assertThat(RefCount.isFreed(a) && RefCount.isFreed(b)).isTrue();
        RefCount.decref(ts, saved);
    }

    /**
     * Resurrection is decided per cycle, not for the whole collection: the concurrent collector commits all of its
     * garbage as one component when nothing races it, and must find the real components before finalizers run.
     */
    @Test
    void resurrectionOfOneCycle_leavesAnotherCycleCollected(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        List<String> log = new ArrayList<>();
        TestNode saved = TestNode.create(ts, 1);
        TestNode a = TestNode.withFinalizer(ts, 2, (t, self) -> {
            log.add("del1");
            saved.set(t, 0, self);
        });
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        TestNode c = node(ts);
        TestNode d = node(ts);
        link(ts, c, d);
        link(ts, d, c);
        PyWeakRef wc = PyWeakRef.of(ts, c, null);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        RefCount.decref(ts, c);
        RefCount.decref(ts, d);
        // python (3.11 and 3.13, __slots__ classes): two cycles, one resurrects: 2 ['del1'] 1 True; then: 2
        assertThat(gc.collect(ts)).isEqualTo(2);
        assertThat(log).containsExactly("del1");
        assertThat(RefCount.isFreed(c) && RefCount.isFreed(d)).isTrue();
        assertThat(wc.get(ts)).isNull();
        assertThat(RefCount.isFreed(a) || RefCount.isFreed(b)).isFalse();
        saved.set(ts, 0, null);
        assertThat(gc.collect(ts)).isEqualTo(2);
        assertThat(log).containsExactly("del1");
        assertThat(RefCount.isFreed(a) && RefCount.isFreed(b)).isTrue();
        RefCount.decref(ts, wc);
        RefCount.decref(ts, saved);
    }

    @Test
    void weakRefToACycleMember_withoutCallback_isCleared(ThreadState ts, Runtime rt) {
        TestNode a = node(ts);
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        PyWeakRef wr = PyWeakRef.of(ts, a, null);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: weakref_no_callback (2, True)
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(wr.get(ts)).isNull();
        RefCount.decref(ts, wr);
    }

    @Test
    void weakRefToACycleMember_withCallback_callsBack(ThreadState ts, Runtime rt) {
        List<String> log = new ArrayList<>();
        TestNode a = node(ts);
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        PyWeakRef wr = PyWeakRef.of(ts, a, (t, ref) -> log.add("cb"));
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: weakref_with_callback (2, ['cb'], True)
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(log).containsExactly("cb");
        assertThat(wr.get(ts)).isNull();
        RefCount.decref(ts, wr);
    }

    @Test
    void weakRefThatIsItselfGarbage_neverCallsBack(ThreadState ts, Runtime rt) {
        List<String> log = new ArrayList<>();
        TestNode a = node(ts);
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        b.setStealing(ts, 1, PyWeakRef.of(ts, a, (t, ref) -> log.add("cb")));
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: weakref_itself_in_cycle (3, [])
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(3);
        assertThat(log).isEmpty();
    }

    @Test
    void callbackReadingOtherCycleMembers_seesThemCleared(ThreadState ts, Runtime rt) {
        TestNode a = node(ts);
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        PyWeakRef wb = PyWeakRef.of(ts, b, null);
        List<Boolean> seen = new ArrayList<>();
        PyWeakRef wr = PyWeakRef.of(ts, a, (t, ref) -> {
            PyObject got = wb.get(t);
            seen.add(got == null);
            RefCount.xdecref(t, got);
        });
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: callback_reads_members (2, [True])
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(seen).containsExactly(true);
        RefCount.decref(ts, wr);
        RefCount.decref(ts, wb);
    }

    @Test
    void twoCallbacks_runNewestFirst(ThreadState ts, Runtime rt) {
        List<String> log = new ArrayList<>();
        TestNode a = node(ts);
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        PyWeakRef r1 = PyWeakRef.of(ts, a, (t, ref) -> log.add("cb1"));
        PyWeakRef r2 = PyWeakRef.of(ts, a, (t, ref) -> log.add("cb2"));
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: two_callbacks_order (2, ['cb2', 'cb1'])
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(log).containsExactly("cb2", "cb1");
        RefCount.decref(ts, r1);
        RefCount.decref(ts, r2);
    }

    @Test
    void callbacksRunBeforeFinalizers(ThreadState ts, Runtime rt) {
        List<String> log = new ArrayList<>();
        TestNode a = finalizing(ts, log, 1);
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        PyWeakRef wr = PyWeakRef.of(ts, b, (t, ref) -> log.add("cb"));
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: callbacks_then_finalizers (2, ['cb', 'del1'])
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(log).containsExactly("cb", "del1");
        RefCount.decref(ts, wr);
    }

    @Test
    void nestedCycles(ThreadState ts, Runtime rt) {
        TestNode[][] rings = new TestNode[3][3];
        for (TestNode[] ring : rings) {
            for (int i = 0; i < 3; i++) {
                ring[i] = node(ts);
            }
            for (int i = 0; i < 3; i++) {
                ring[i].set(ts, 0, ring[(i + 1) % 3]);
            }
        }
        for (int r = 0; r < 3; r++) {
            rings[r][0].set(ts, 1, rings[(r + 1) % 3][0]);
        }
        for (TestNode[] ring : rings) {
            for (TestNode n : ring) {
                RefCount.decref(ts, n);
            }
        }
        // python: nested 9
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(9);
    }

    @Test
    void debugSaveAll_keepsGarbage_andFinalizersStillRunOnce(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        List<String> log = new ArrayList<>();
        gc.setDebug(Gc.DEBUG_SAVEALL);
        TestNode a = finalizing(ts, log, 1);
        TestNode b = node(ts);
        link(ts, a, b);
        link(ts, b, a);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: saveall (2, 2, ['del1'], 2)
        assertThat(gc.collect(ts)).isEqualTo(2);
        assertThat(gc.garbage().size()).isEqualTo(2);
        assertThat(gc.garbage().contains(a) && gc.garbage().contains(b)).isTrue();
        assertThat(log).containsExactly("del1");
        gc.setDebug(0);
        gc.garbage().clear(ts);
        assertThat(RefCount.isFreed(a)).isFalse(); // still a cycle
        assertThat(gc.collect(ts)).isEqualTo(2);
        assertThat(log).containsExactly("del1");
    }

    @Test
    void finalizerThatThrows_goesToTheUnraisableHook_andCollectionContinues(ThreadState ts, Runtime rt) {
        List<String> errors = new ArrayList<>();
        List<String> log = new ArrayList<>();
        rt.setUnraisableHook((error, context, object) -> errors.add(error.getClass().getSimpleName()));
        TestNode a = TestNode.withFinalizer(ts, 2, (t, self) -> {
            throw new IllegalArgumentException("boom");
        });
        TestNode b = finalizing(ts, log, 2);
        link(ts, a, b);
        link(ts, b, a);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        // python: finalizer_error (2, ['ValueError'], ['del2'])
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(errors).containsExactly("IllegalArgumentException");
        assertThat(log).containsExactly("del2");
    }

    @Test
    void finalizerThatCreatesNewGarbage_isCollectedNextTime(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        TestNode a = TestNode.withFinalizer(ts, 2, (t, self) -> {
            TestNode x = TestNode.create(t, 1);
            TestNode y = TestNode.create(t, 1);
            x.set(t, 0, y);
            y.set(t, 0, x);
            RefCount.decref(t, x);
            RefCount.decref(t, y);
        });
        link(ts, a, a);
        RefCount.decref(ts, a);
        // python: finalizer_makes_garbage (1, 2)
        assertThat(gc.collect(ts)).isEqualTo(1);
        assertThat(gc.collect(ts)).isEqualTo(2);
    }

    @Test
    void callbacks_startAndStop_withInfo(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        List<String> infos = new ArrayList<>();
        GcCallback cb = (t, phase, info) -> infos.add(phase + " " + info.get("generation") + " "
                + info.get("collected") + " " + info.get("uncollectable"));
        gc.callbacks().add(cb);
        try {
            TestNode a = node(ts);
            link(ts, a, a);
            RefCount.decref(ts, a);
            gc.collect(ts);
        } finally {
            gc.callbacks().remove(cb);
        }
        // python: callbacks_info [('start', 2, 0, 0), ('stop', 2, 1, 0)]
        assertThat(infos).containsExactly("start 2 0 0", "stop 2 1 0");
        assertThat(gc.getStats().get(2)).isEqualTo(Map.of("collections", 1L, "collected", 1L, "uncollectable", 0L));
    }

    @Test
    void frozenObjects_areIgnoredUntilUnfrozen(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        TestNode a = node(ts);
        link(ts, a, a);
        RefCount.decref(ts, a);
        gc.freeze(ts);
        assertThat(gc.getFreezeCount(ts)).isEqualTo(1);
        // python: frozen (0, 1)
        assertThat(gc.collect(ts)).isEqualTo(0);
        gc.unfreeze(ts);
        assertThat(gc.getFreezeCount(ts)).isEqualTo(0);
        assertThat(gc.collect(ts)).isEqualTo(1);
    }

    @Test
    void weakRefCallbackFromAnObjectCallback_isCalledWithTheWeakRef(ThreadState ts, Runtime rt) {
        PyWeakRef[] got = new PyWeakRef[1];
        WeakRefCallback cb = (t, ref) -> got[0] = ref;
        TestNode a = node(ts);
        link(ts, a, a);
        PyWeakRef wr = PyWeakRef.of(ts, a, cb);
        RefCount.decref(ts, a);
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(1);
        assertThat(got[0]).isSameAs(wr);
        RefCount.decref(ts, wr);
    }

    @Test
    void callbacksThatThrow_goToTheUnraisableHook_andCollectionContinues(ThreadState ts, Runtime rt) {
        Gc gc = Gc.of(rt);
        List<String> errors = new ArrayList<>();
        List<String> log = new ArrayList<>();
        rt.setUnraisableHook((error, context, object) -> errors.add(error.getClass().getSimpleName()));
        GcCallback bad = (t, phase, info) -> {
            throw new IllegalStateException(phase);
        };
        gc.callbacks().add(bad);
        try {
            TestNode a = node(ts);
            TestNode b = node(ts);
            link(ts, a, b);
            link(ts, b, a);
            PyWeakRef wr = PyWeakRef.of(ts, a, (t, ref) -> {
                throw new IllegalArgumentException("cb");
            });
            PyWeakRef wr2 = PyWeakRef.of(ts, b, (t, ref) -> log.add("cb"));
            RefCount.decref(ts, a);
            RefCount.decref(ts, b);
            // python: callback_errors (2, ['RuntimeError', 'KeyError', 'RuntimeError'], ['cb'])
            assertThat(gc.collect(ts)).isEqualTo(2);
            assertThat(errors).containsExactly("IllegalStateException", "IllegalArgumentException", "IllegalStateException");
            assertThat(log).containsExactly("cb");
            RefCount.decref(ts, wr);
            RefCount.decref(ts, wr2);
        } finally {
            gc.callbacks().remove(bad);
        }
    }
}
