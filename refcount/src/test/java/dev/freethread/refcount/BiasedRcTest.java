// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.RcScheme;
import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.Header;
import dev.freethread.testkit.TestNode;
import dev.freethread.testkit.TestThreads;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract under BIASED, plus the transitions only the biased scheme has, each named after it. */
class BiasedRcTest extends RcContractTest {
    @Override
    public RcScheme scheme() {
        return RcScheme.BIASED;
    }

    @Test
    void ownerIncrefs_touchOnlyTheLocalCount(ThreadState ts) {
        TestNode n = TestNode.create(ts, 0);
        int shared = Header.refSharedVolatile(n);
        for (int i = 0; i < 10; i++) {
            RefCount.incref(ts, n);
        }
        assertThat(Header.refLocal(n)).isEqualTo(11);
        assertThat(Header.refSharedVolatile(n)).isEqualTo(shared);
        for (int i = 0; i < 11; i++) {
            RefCount.decref(ts, n);
        }
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void init_toQueued_byForeignDecref_thenFreedByOwnerPoll(Runtime rt, ThreadState ts) throws Exception {
        TestNode n = TestNode.create(ts, 0);
        RefCount.incref(ts, n); // local 2: both references handed to another thread below
        TestThreads.run(rt, 1, (t, i) -> {
            RefCount.decref(t, n);
            assertThat(Header.sharedState(Header.refSharedVolatile(n))).isEqualTo(Header.QUEUED);
            RefCount.decref(t, n);
            assertThat(Header.sharedCount(Header.refSharedVolatile(n))).isEqualTo(-2);
        });
        assertThat(RefCount.isFreed(n)).as("freed only when the owner merges").isFalse();
        ts.poll();
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void queued_toMerged_byOwnerPoll_whenReferencesRemain(Runtime rt, ThreadState ts) throws Exception {
        TestNode n = TestNode.create(ts, 0);
        RefCount.incref(ts, n);
        RefCount.incref(ts, n); // local 3; one reference goes to another thread, which drops it
        TestThreads.run(rt, 1, (t, i) -> RefCount.decref(t, n));
        ts.poll();
        assertThat(Header.sharedState(Header.refSharedVolatile(n))).isEqualTo(Header.MERGED);
        assertThat(Header.ownerIdOpaque(n)).isEqualTo(Header.OWNER_NONE);
        assertThat(RefCount.refCount(ts, n)).isEqualTo(2);
        RefCount.decref(ts, n);
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void queued_mergedByDetach(Runtime rt, ThreadState ts) throws Exception {
        TestNode n = TestNode.create(ts, 0);
        RefCount.incref(ts, n);
        TestThreads.run(rt, 1, (t, i) -> {
            RefCount.decref(t, n);
            RefCount.decref(t, n);
        });
        ts.detach();
        assertThat(RefCount.isFreed(n)).isTrue();
        ts.attach();
    }

    @Test
    void owned_toMerged_whenLocalReachesZeroWithSharedReferences(Runtime rt, ThreadState ts) throws Exception {
        TestNode n = TestNode.create(ts, 0);
        List<Runnable> later = new ArrayList<>();
        TestThreads.run(rt, 1, (t, i) -> RefCount.incref(t, n)); // a foreign reference, counted in shared
        RefCount.decref(ts, n); // the owner's last local reference: merge, shared 1 remains
        assertThat(Header.sharedState(Header.refSharedVolatile(n))).isEqualTo(Header.MERGED);
        assertThat(RefCount.isFreed(n)).isFalse();
        later.add(() -> RefCount.decref(ts, n));
        later.forEach(Runnable::run);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void overDecrefByAnotherThread_isReportedAtTheMerge_neverFreedTwice(Runtime rt, ThreadState ts) throws Exception {
        List<Throwable> unraisable = new ArrayList<>();
        rt.setUnraisableHook((e, ctx, o) -> unraisable.add(e));
        TestNode n = TestNode.create(ts, 0);
        TestThreads.run(rt, 1, (t, i) -> {
            RefCount.decref(t, n); // the one reference, handed over
            RefCount.decref(t, n); // a bug: one decref too many
        });
        ts.poll();
        assertThat(unraisable).singleElement().isInstanceOfSatisfying(RcMisuseException.class,
                e -> assertThat(e.kind()).isEqualTo(RcMisuseException.Kind.UNDERFLOW));
        assertThat(RefCount.isFreed(n)).isFalse();
        assertThat(unraisable.get(0)).hasMessageContaining("'TestNode' object").hasMessageContaining("below zero");
        // The merge left the counts as it found them (local 1, shared -2): two references repair them, and the
        // owner's last decref then frees the object, once.
        TestThreads.run(rt, 1, (t, i) -> {
            RefCount.incref(t, n);
            RefCount.incref(t, n);
        });
        RefCount.decref(ts, n);
        assertThat(RefCount.isFreed(n)).isTrue();
    }

    @Test
    void threadIds_areNeverReused(Runtime rt, ThreadState ts) throws Exception {
        int[] ids = new int[20];
        for (int k = 0; k < ids.length; k++) {
            int slot = k;
            TestThreads.run(rt, 1, (t, i) -> ids[slot] = t.id());
        }
        for (int k = 1; k < ids.length; k++) {
            assertThat(ids[k]).isGreaterThan(ids[k - 1]);
        }
        assertThat(ids[0]).isGreaterThan(ts.id());
    }
}
