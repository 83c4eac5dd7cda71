// SPDX-License-Identifier: Apache-2.0
package dev.freethread.gc;

import dev.freethread.objects.PyStr;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.PyWeakRef;
import dev.freethread.refcount.RefCount;
import dev.freethread.testkit.LeakChecked;
import dev.freethread.testkit.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Per-thread reference counts ({@link RefCount#makePerThread}; refcount's PerThreadCounts [P1]..[P3]; docs/gc.md
 * [G10]): each thread counts in its own slot; the collector sums the slots with the world stopped and alone frees such
 * objects; a thread's exit folds its slots into the shared word.
 */
@LeakChecked
class PerThreadCountsTest {

    @Test
    void countsFromEveryThread_addUp_andTheCollectorFreesTheObjectWhenTheyReachZero(Runtime rt, ThreadState ts)
            throws Exception {
        TestNode o = TestNode.create(ts, 0);
        RefCount.makePerThread(ts, o);
        assertThat(RefCount.isPerThread(o)).isTrue();
        assertThat(RefCount.isDeferred(o)).isTrue();
        RefCount.incref(ts, o);
        assertThat(RefCount.refCount(ts, o)).isEqualTo(2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                try (ThreadState w = rt.attachCurrentThread()) {
                    for (int i = 0; i < 10_000; i++) {
                        RefCount.incref(w, o);
                    }
                    for (int i = 0; i < 9_999; i++) {
                        RefCount.decref(w, o);
                    }
                    assertThat(RefCount.tryIncref(w, o)).isTrue();
                    RefCount.decref(w, o);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            threads.add(th);
            th.start();
        }
        ts.detach();
        for (Thread th : threads) {
            th.join();
        }
        ts.attach();
        assertThat(failure.get()).isNull();
        assertThat(RefCount.refCount(ts, o)).as("each exited thread folded its one reference in").isEqualTo(6);
        Gc gc = Gc.of(rt);
        gc.collect(ts);
        assertThat(RefCount.isFreed(o)).as("reachable: six references from outside the heap").isFalse();
        for (int i = 0; i < 6; i++) {
            RefCount.decref(ts, o); // our slot goes to -4; the shared word holds +4 from the exits
        }
        assertThat(RefCount.refCount(ts, o)).isZero();
        assertThat(RefCount.isFreed(o)).as("reference counting never frees a per-thread counted object").isFalse();
        gc.collect(ts);
        assertThat(RefCount.isFreed(o)).isTrue();
    }

    /** A per-thread counted object in a cycle: collected with it; its index is released and reused. */
    @Test
    void aPerThreadObjectInAGarbageCycle_isCollected_andItsIndexReused(Runtime rt, ThreadState ts) {
        TestNode a = TestNode.create(ts, 1);
        TestNode b = TestNode.create(ts, 1);
        RefCount.makePerThread(ts, a);
        a.set(ts, 0, b);
        b.set(ts, 0, a);
        PyWeakRef wr = PyWeakRef.of(ts, a, null);
        RefCount.decref(ts, a);
        RefCount.decref(ts, b);
        assertThat(Gc.of(rt).collect(ts)).isEqualTo(2);
        assertThat(RefCount.isFreed(a)).isTrue();
        assertThat(RefCount.isFreed(b)).isTrue();
        assertThat(wr.get(ts)).isNull();
        RefCount.decref(ts, wr);
        TestNode c = TestNode.create(ts, 0);
        RefCount.makePerThread(ts, c); // takes the released index: its slots start from zero
        assertThat(RefCount.refCount(ts, c)).isEqualTo(1);
        RefCount.decref(ts, c);
        Gc.of(rt).collect(ts);
        assertThat(RefCount.isFreed(c)).isTrue();
    }

    @Test
    void anUntrackedObject_isRefused(Runtime rt, ThreadState ts) {
        PyStr s = PyStr.of(ts, "not tracked");
        assertThatThrownBy(() -> RefCount.makePerThread(ts, s)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not tracked by the collector");
        assertThat(RefCount.isPerThread(s)).isFalse();
        RefCount.decref(ts, s);
    }

    @Test
    @Timeout(30)
    void anotherThreadsObject_isRefused_likeMakeDeferred(Runtime rt, ThreadState ts) throws Exception {
        AtomicReference<TestNode> made = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (ThreadState w = rt.attachCurrentThread()) {
                made.set(TestNode.create(w, 0));
                RefCount.enableTryIncref(made.get());
            }
        });
        ts.detach();
        t.start();
        t.join();
        ts.attach();
        TestNode o = made.get();
        // its creator exited: owned by an exited thread until merged; a per-thread conversion must be the creator's
        assertThatThrownBy(() -> RefCount.makePerThread(ts, o)).isInstanceOf(IllegalStateException.class);
        RefCount.decref(ts, o);
    }

    /** Immortal objects stay immortal; a second call changes nothing. */
    @Test
    void immortalAndRepeatedCalls_areNoOps(Runtime rt, ThreadState ts) {
        RefCount.makePerThread(ts, dev.freethread.objects.PyNone.NONE);
        assertThat(RefCount.isPerThread(dev.freethread.objects.PyNone.NONE)).isFalse();
        TestNode o = TestNode.create(ts, 0);
        RefCount.makePerThread(ts, o);
        RefCount.makePerThread(ts, o);
        assertThat(RefCount.refCount(ts, o)).isEqualTo(1);
        RefCount.decref(ts, o);
        Gc.of(rt).collect(ts);
        assertThat(RefCount.isFreed(o)).isTrue();
    }
}
